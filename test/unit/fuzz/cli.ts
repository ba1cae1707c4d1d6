/** The built CLI the fuzz suite runs, and a check that it was built from the current sources. */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** `dist/cli.js`, built by `npm run build`. */
export const CLI = path.join(ROOT, 'dist', 'cli.js');

/** Fails with what to do when dist/cli.js is missing or older than a source file it is built from. */
export function assertBuilt(): void {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
  const built = fs.statSync(CLI).mtimeMs;
  const newer = (dir: string): string | undefined => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      const found = entry.isDirectory() ? newer(file) : /\.ts$/.test(entry.name) && fs.statSync(file).mtimeMs > built ? file : undefined;
      if (found) return found;
    }
    return undefined;
  };
  const changed = newer(path.join(ROOT, 'src', 'core')) ?? newer(path.join(ROOT, 'src', 'node'))
    ?? (fs.statSync(path.join(ROOT, 'src', 'cli.ts')).mtimeMs > built ? path.join(ROOT, 'src', 'cli.ts') : undefined);
  if (changed) throw new Error(`dist/cli.js is older than ${path.relative(ROOT, changed)}: run npm run build`);
}

