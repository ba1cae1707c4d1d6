// The sample career workspace (test/fixtures/workspace), copied before use so that tests and
// `npm start` never dirty the repository.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/** The sample workspace in the repository. */
export const SAMPLE_WORKSPACE = join(ROOT, 'test', 'fixtures', 'workspace');

/** The sample journal `npm start` opens. */
export const SAMPLE_JOURNAL = join('career', '2026-11-22-career-conversation.md');

// Copies not removed yet; removed when Node exits, however a run ends.
const copies = new Set();
process.on('exit', () => {
  for (const folder of copies) rmSync(folder, { recursive: true, force: true });
});

/**
 * Copies the sample workspace to `destination` (replacing it), or to a new temp folder.
 * Returns the copy's path and a function that removes it.
 */
export function copySampleWorkspace(destination) {
  const target = destination ?? join(mkdtempSync(join(tmpdir(), 'career-journal-sample-')), 'workspace');
  rmSync(target, { recursive: true, force: true });
  cpSync(SAMPLE_WORKSPACE, target, { recursive: true });
  const folder = destination ?? dirname(target);
  if (!destination) copies.add(folder);
  const remove = () => {
    copies.delete(folder);
    rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  };
  return { path: target, remove };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  // node scripts/lib/sample-workspace.mjs DEST  (used by .vscode/tasks.json)
  const destination = process.argv[2];
  if (!destination) {
    console.error('usage: node scripts/lib/sample-workspace.mjs DESTINATION');
    process.exit(2);
  }
  console.log(`sample workspace copied to ${copySampleWorkspace(join(process.cwd(), destination)).path}`);
}
