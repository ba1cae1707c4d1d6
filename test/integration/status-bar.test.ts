import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays } from '../../src/core/dates.js';
import { JournalIndex } from '../../src/vscode/journal-index.js';
import { JournalStatusBar, type StatusContent } from '../../src/vscode/status-bar.js';
import { today } from '../../src/vscode/workspace-paths.js';
import { WAIT_MS, closeAllEditors, newEngine, show, workspaceRoot, writeFile } from './helpers.js';

const day = (offset: number) => addDays(today(), offset);

describe('Status bar', () => {
  const log = vscode.window.createOutputChannel('Career Journal status bar tests', { log: true });
  let index: JournalIndex;
  let item: vscode.StatusBarItem;
  let status: JournalStatusBar;

  before(() => {
    index = new JournalIndex(log, newEngine(log));
    item = vscode.window.createStatusBarItem('careerJournal.statusTest', vscode.StatusBarAlignment.Left);
    status = new JournalStatusBar(item, index, log);
  });

  afterEach(closeAllEditors);

  after(() => {
    status.dispose();
    item.dispose();
    index.dispose();
    log.dispose();
  });

  /** Resolves once `check` holds for what the item shows: now, or after an update. */
  function waitForStatus(check: (shown: StatusContent | undefined) => boolean, description: string): Promise<StatusContent | undefined> {
    return new Promise((resolve, reject) => {
      const finish = (error?: Error) => {
        clearTimeout(timer);
        subscription.dispose();
        if (error) reject(error);
        else resolve(status.shown);
      };
      const subscription = status.onDidUpdate((shown) => {
        if (check(shown)) finish();
      });
      const timer = setTimeout(() => finish(new Error(`timed out after ${WAIT_MS} ms waiting for ${description}; shown: ${JSON.stringify(status.shown)}`)), WAIT_MS);
      if (check(status.shown)) finish();
    });
  }

  it('sums up the active journal: open, overdue and the next check-in', async () => {
    const uri = await writeFile('career/status/2026-summary.md', [
      '---', 'type: career-journal', `next: ${day(12)}`, '---', '', '## Goals', '',
      `- [ ] Ship the billing export to 3 customers by ${day(-10)}`,
      `- [ ] Write 2 design docs by ${day(10)}`,
      '- [ ] Get better at estimating',
      `- [x] Mentor 2 new engineers by ${day(100)}`,
      '',
    ].join('\n'));
    await show(uri);
    const shown = await waitForStatus((content) => content?.text.startsWith('$(checklist) 3 open') === true, 'the journal summary');
    assert.equal(shown?.text, '$(checklist) 3 open · 1 overdue · check-in in 12 days');
    assert.match(shown?.tooltip ?? '', /3 open goals, 1 past its deadline, 1 due within 30 days, 1 done/);
    assert.match(shown?.tooltip ?? '', /Click to show all goals/);
    assert.equal(item.text, shown?.text);
  });

  it('leaves out what is zero and follows edits', async () => {
    const uri = await writeFile('career/status/quiet.md', `## Goals\n\n- [x] Mentor 2 new engineers by ${day(100)}\n`);
    const editor = await show(uri);
    await waitForStatus((content) => content?.text === '$(checklist) no open goals', 'no open goals');
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(3, 0), `- [ ] Give 3 talks by ${day(200)}\n`)));
    await waitForStatus((content) => content?.text === '$(checklist) 1 open', 'one open goal');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('hides for a file that is not a journal', async () => {
    const journal = await writeFile('career/status/shown.md', `## Goals\n\n- [ ] Give 3 talks by ${day(200)}\n`);
    await show(journal);
    await waitForStatus((content) => content !== undefined, 'the item shown');
    await show(vscode.Uri.joinPath(workspaceRoot(), 'README.md'));
    await waitForStatus((content) => content === undefined, 'the item hidden for the README');
  });
});
