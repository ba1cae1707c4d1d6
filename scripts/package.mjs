#!/usr/bin/env node
// `npm run package`: builds for production and packs the extension into
// career-journal-<version>.vsix with `vsce package --no-dependencies`.
// package.json's "files" lists what the npm package (the CLI) ships, and vsce refuses a
// "files" property next to a .vscodeignore; so vsce runs in a staging folder holding only the
// .vscodeignore allow-list's files and a package.json without "files" and scripts.
// Extra arguments go to vsce, e.g. `npm run package -- --out /tmp/x.vsix`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './lib/sample-workspace.mjs';

/** Top-level files and folders the .vsix may hold; .vscodeignore narrows them further. */
const CANDIDATES = ['dist', 'README.md', 'CHANGELOG.md', 'LICENSE', 'LICENSE.md', 'snippets', 'syntaxes', 'media', '.vscodeignore'];

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

function main() {
  run(process.execPath, ['esbuild.mjs', '--production'], ROOT);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const stage = mkdtempSync(join(tmpdir(), 'career-journal-package-'));
  try {
    for (const name of CANDIDATES) {
      if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(stage, name), { recursive: true });
    }
    const { files: _files, scripts: _scripts, devDependencies: _dev, ...staged } = manifest;
    writeFileSync(join(stage, 'package.json'), JSON.stringify(staged, null, 2));
    const args = process.argv.slice(2);
    const out = args.includes('--out') ? [] : ['--out', join(ROOT, `${manifest.name}-${manifest.version}.vsix`)];
    const allow = [
      ...(manifest.repository ? [] : ['--allow-missing-repository']),
      ...(['LICENSE', 'LICENSE.md', 'LICENSE.txt'].some((name) => existsSync(join(ROOT, name))) ? [] : ['--skip-license']),
    ];
    const vsce = resolve(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    run(process.execPath, [vsce, 'package', '--no-dependencies', ...allow, ...out, ...args], stage);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
