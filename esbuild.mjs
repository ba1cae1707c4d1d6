// Bundles the entry points. remark/unified are ESM-only, so everything is bundled to CommonJS.
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { fastFromMarkdown } from './scripts/lib/fast-from-markdown.mjs';

/**
 * The journal engine (src/engine/core.ts: remark, dates, rules) is its own file, dist/core.js,
 * loaded by the engine worker and, on demand, by the extension: an import of it from those
 * bundles stays a `require('./core.js')` instead of a second copy.
 */
const CORE = resolve('src/engine/core.ts');
const engineApart = {
  name: 'engine-apart',
  setup(build) {
    build.onResolve({ filter: /(^|\/)core\.js$/ }, (args) => (
      resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) === CORE ? { path: './core.js', external: true } : undefined));
  },
};

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The CLI's parse worker (src/node/parallel-lint.ts): next to dist/cli.js, in its package.
    entryPoints: ['src/node/parse-worker.ts'],
    outfile: 'dist/parse-worker.js',
    platform: 'node',
  },
  {
    // The extension: VS Code provides `vscode` at run time; no parser in it (see engineApart).
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    external: ['vscode'],
    plugins: [engineApart],
  },
  {
    // The journal engine, shared by the worker and the extension's commands.
    entryPoints: ['src/engine/core.ts'],
    outfile: 'dist/core.js',
    platform: 'node',
  },
  {
    // The engine worker thread: parses and lints off the extension host's thread.
    entryPoints: ['src/engine/worker.ts'],
    outfile: 'dist/engine-worker.js',
    platform: 'node',
    plugins: [engineApart],
  },
  {
    // The dashboard's page script, run by the webview (a browser): no Node, no vscode.
    entryPoints: ['src/webview/dashboard.ts'],
    outfile: 'dist/webview/dashboard.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  // The extension-host part of `npm run bench` (bench/host.mjs runs it in VS Code; not packaged).
  ...(production ? [] : [{
    entryPoints: ['bench/host/index.ts'],
    outfile: 'out/bench/host.js',
    platform: 'node',
    external: ['vscode'],
  }]),
  // The integration tests, loaded by mocha inside the extension host (not packaged); the
  // untrusted ones run in a Restricted Mode workspace (scripts/test-integration.mjs --untrusted).
  ...(production ? [] : [{
    entryPoints: ['test/integration/index.ts', 'test/integration/*.test.ts', 'test/integration-untrusted/index.ts', 'test/integration-untrusted/*.test.ts'],
    outbase: 'test',
    outdir: 'out/test',
    platform: 'node',
    external: ['vscode', 'mocha'],
  }]),
];

const common = {
  bundle: true,
  // remark's parser without a copy of its context per event (see the file it comes from).
  plugins: [fastFromMarkdown],
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  legalComments: 'none',
};

for (const build of builds) {
  const options = { ...common, ...build, plugins: [...common.plugins, ...(build.plugins ?? [])] };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}
