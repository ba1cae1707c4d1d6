import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installExtension } from '../../scripts/lib/code-server.mjs';
import { ROOT } from '../../scripts/lib/sample-workspace.mjs';
import { Workbench } from './workbench.js';

function node(args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
  assert.equal(result.status, 0, `node ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
}

describe('Packaged .vsix (UI)', function () {
  let scratch = '';
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  let workbench: Workbench | undefined;

  before(async function () {
    scratch = mkdtempSync(join(tmpdir(), 'career-journal-vsix-'));
    process.once('exit', removeScratch); // also when the run is interrupted
    node(['scripts/package.mjs', '--out', join(scratch, 'career-journal.vsix')]);
    installExtension(join(scratch, 'career-journal.vsix'), join(scratch, 'extensions'));
    // Not the development folder: only the installed copy can report anything here.
    workbench = await Workbench.start({ name: 'vsix', withExtension: false, extensionsDir: join(scratch, 'extensions') });
  });

  afterEach(async function () {
    await workbench?.screenshot(`vsix ${this.currentTest?.title ?? 'test'}`);
  });

  after(async function () {
    await workbench?.stop();
    removeScratch();
    process.off('exit', removeScratch);
    node(['esbuild.mjs']); // package.mjs left a production build in dist/: back to the development build
  });

  it('reports problems from the installed extension', async () => {
    assert.ok(workbench);
    assert.doesNotMatch(await workbench.page.title(), /Extension Development Host/);
    await workbench.quickOpen('career/2026-11-22-career-conversation.md');
    await workbench.openProblems();
    await workbench.waitForProblem('smart-missing-deadline');
  });
});
