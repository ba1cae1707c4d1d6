// Bundles the entry points. remark/unified are ESM-only, so everything is bundled to CommonJS.
import * as esbuild from 'esbuild';

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
    // The extension: VS Code provides `vscode` at run time.
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    external: ['vscode'],
  },
  {
    // The dashboard's page script, run by the webview (a browser): no Node, no vscode.
    entryPoints: ['src/webview/dashboard.ts'],
    outfile: 'dist/webview/dashboard.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
  // The integration tests, loaded by mocha inside the extension host (not packaged).
  ...(production ? [] : [{
    entryPoints: ['test/integration/index.ts', 'test/integration/*.test.ts'],
    outdir: 'out/test/integration',
    platform: 'node',
    external: ['vscode', 'mocha'],
  }]),
];

const common = {
  bundle: true,
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  legalComments: 'none',
};

for (const build of builds) {
  const options = { ...common, ...build };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}
