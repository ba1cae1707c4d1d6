import * as assert from 'node:assert/strict';
import { Workbench } from './workbench.js';

describe('Problems panel (UI)', function () {
  let workbench: Workbench | undefined;

  before(async function () {
    workbench = await Workbench.start({ name: 'problems' });
  });

  afterEach(async function () {
    await workbench?.screenshot(`problems ${this.currentTest?.title ?? 'test'}`);
  });

  after(async function () {
    await workbench?.stop();
  });

  it('lists the sample journal\'s goal without a deadline after opening it from the explorer', async () => {
    assert.ok(workbench);
    await workbench.openFromExplorer('career/2026-11-22-career-conversation.md');
    await workbench.openProblems();
    await workbench.waitForProblem('smart-missing-deadline');
    const rows = await workbench.problems();
    assert.ok(
      rows.some((row) => row.includes('career-journal') && row.includes('smart-missing-deadline') && row.includes('Ln 26')),
      `expected the goal on line 26 in the Problems panel, got:\n${rows.join('\n')}`,
    );
  });

  it('warns while a goal without a deadline is typed, and stops once it has one', async () => {
    assert.ok(workbench);
    await workbench.runCommand('View: Close All Editors');
    await workbench.quickOpen('career/next-steps.md');
    await workbench.typeAtEnd('- [ ] Get better at writing design docs');
    assert.match(await workbench.editorText(), /^- \[ \] Get better at writing design docs$/m);
    await workbench.runCommand('Focus Problems (Errors, Warnings, Infos)');
    await workbench.waitForProblem('smart-missing-deadline');

    await workbench.typeAtEnd(' by 2027-03-31');
    await workbench.waitForNoProblem('smart-missing-deadline');
    const rows = await workbench.problems();
    assert.ok(rows.some((row) => row.includes('smart-missing-measure')), `the goal still has no measure:\n${rows.join('\n')}`);
  });
});
