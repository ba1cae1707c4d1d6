// Bundle and package sizes, built in a scratch copy of the project so that the working tree's
// dist/ (which others' tests use) is left alone: `node esbuild.mjs --production` and
// `node scripts/package.mjs --out <tmp>/x.vsix`, as a release does.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COPIED = ['package.json', 'esbuild.mjs', 'tsconfig.json', 'src', 'scripts', 'media', 'snippets', 'syntaxes',
  'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore'];

const CLI_ONLY = new Set(['dist/cli.js', 'dist/parse-worker.js']);

function run(args, cwd) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
}

function jsFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path, `${prefix}${name}/`);
    return name.endsWith('.js') ? [{ file: `dist/${prefix}${name}`, bytes: statSync(path).size }] : [];
  });
}

/** Sizes in bytes of each production bundle, of what the .vsix ships, and of the .vsix; `inspect` sees the build first. */
export function measureSizes(root, inspect = () => {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'career-journal-bench-'));
  try {
    for (const name of COPIED) if (existsSync(join(root, name))) cpSync(join(root, name), join(scratch, name), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
    run(['scripts/package.mjs', '--out', join(scratch, 'x.vsix')], scratch);
    const bundles = jsFiles(join(scratch, 'dist'));
    inspect(scratch);
    // The npm package's files (the CLI and its parse worker) are not in the .vsix.
    const shipped = bundles.filter((b) => !CLI_ONLY.has(b.file)).reduce((sum, b) => sum + b.bytes, 0);
    return { bundles, shippedJs: shipped, vsix: statSync(join(scratch, 'x.vsix')).size };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
