import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DashboardData, DashboardJournal, HostMessage } from '../../src/protocol/dashboard.js';
import type { DashboardApi } from '../../src/vscode/dashboard-panel.js';
import { EXTENSION_ID, WAIT_MS, closeAllEditors, show, workspaceRoot, writeFile } from './helpers.js';

const SAMPLE = 'career/2026-11-22-career-conversation.md';
const LIVE = 'career/dashboard-live.md';

/** The dashboard's test API, from the extension's exports. */
async function dashboardApi(): Promise<DashboardApi> {
  const extension = vscode.extensions.getExtension<Record<string, unknown>>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  const api = (await extension.activate()).dashboard as DashboardApi | undefined;
  assert.ok(api, 'activate exports the dashboard API');
  return api;
}

/** The dashboard's tabs, wherever they are. */
function dashboardTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('careerJournal.dashboard'));
}

/** Resolves once a dashboard tab is open (now or after a tab change). */
function waitForDashboardTab(ms = WAIT_MS): Promise<vscode.Tab> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const tab = dashboardTabs()[0];
      if (!tab) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(tab);
    };
    const subscription = vscode.window.tabGroups.onDidChangeTabs(check);
    const timer = setTimeout(() => {
      subscription.dispose();
      const open = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
      reject(new Error(`timed out after ${ms} ms waiting for the dashboard tab; tabs: ${open.join(', ') || 'none'}`));
    }, ms);
    check();
  });
}

/** Resolves with the first posted data (the last one, or a later one) for which `check` holds. */
function waitForData(api: DashboardApi, check: (data: DashboardData) => boolean, description: string, ms = WAIT_MS): Promise<DashboardData> {
  return new Promise((resolve, reject) => {
    const test = (message: HostMessage | undefined) => {
      if (!message || !check(message.data)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(message.data);
    };
    const subscription = api.onDidPost(test);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${description}; last posted: ${JSON.stringify(api.lastPosted()?.data ?? null).slice(0, 600)}`));
    }, ms);
    test(api.lastPosted());
  });
}

const journalIn = (data: DashboardData, path: string): DashboardJournal | undefined => data.journals.find((j) => j.path === path);
const sum = (data: DashboardData, key: 'goals' | 'done') => data.journals.reduce((n, j) => n + j[key], 0);
const isoDay = (offset: number) => {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
};

describe('Dashboard', () => {
  let api: DashboardApi;

  before(async () => {
    api = await dashboardApi();
  });

  after(async () => {
    await closeAllEditors();
  });

  it('opens one progress panel with the figures of the workspace\'s journals', async () => {
    const pageReady = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the dashboard page sent no 'ready' within ${WAIT_MS} ms: its script did not run`)), WAIT_MS);
      const subscription = api.onDidReceive(({ message, handled }) => {
        if (!handled || (message as { type?: unknown }).type !== 'ready') return;
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('careerJournal.showProgress');
    const tab = await waitForDashboardTab();
    assert.equal(tab.label, 'Career Progress');
    await pageReady;
    const data = await waitForData(api, (d) => journalIn(d, SAMPLE) !== undefined, 'the sample journal in the figures');

    assert.deepEqual(journalIn(data, SAMPLE), { path: SAMPLE, title: 'Career conversation with Alex', date: '2026-11-22', goals: 4, done: 1 });
    assert.deepEqual(journalIn(data, 'notes/offsite-reflection.md'), { path: 'notes/offsite-reflection.md', title: 'Reflection after the offsite', goals: 1, done: 0 });
    assert.ok(journalIn(data, 'career/star-stories.md'), 'a journal of STAR stories is counted');
    assert.equal(journalIn(data, 'notes/standup.md'), undefined, 'notes without the journal marker are not journals');
    assert.equal(journalIn(data, 'README.md'), undefined, 'the project README is left alone');
    assert.equal(data.goals, sum(data, 'goals'), 'goals total = the journals\' goals');
    assert.equal(data.done, sum(data, 'done'));
    assert.ok(data.stars >= 2, 'the two sample STAR stories');
    const sample = data.upcoming.filter((g) => g.path === SAMPLE).map((g) => [g.title, g.line, g.date]);
    assert.deepEqual(sample, [
      ['Give 3 talks about our payments platform at internal meetups by 2027-06-30', 24, '2027-06-30'],
      ['Lead the ledger migration', 28, '2027-09-30'],
    ]);
    const dates = data.upcoming.map((g) => g.date);
    assert.deepEqual(dates, [...dates].sort(), 'soonest deadline first');
    assert.deepEqual(data.next, { date: '2027-02-20', path: SAMPLE, title: 'Career conversation with Alex' });

    await vscode.commands.executeCommand('careerJournal.showProgress');
    assert.equal(dashboardTabs().length, 1, 'running the command again shows the same panel');
  });

  it('posts fresh figures when a journal is created, edited and deleted', async () => {
    // Other tests' journals may still be re-read (in the engine worker) while this runs: check what
    // this journal adds to the figures, and that the totals agree with the journals listed.
    const totalGoals = (d: DashboardData) => d.journals.reduce((sum, journal) => sum + journal.goals, 0);
    const totalDone = (d: DashboardData) => d.journals.reduce((sum, journal) => sum + journal.done, 0);
    await waitForData(api, (d) => journalIn(d, SAMPLE) !== undefined, 'figures');
    const uri = await writeFile(LIVE, '---\ntitle: Live\ndate: 2026-12-01\n---\n## Goals\n\n- [ ] Run 2 workshops by 2027-09-01\n');
    const created = await waitForData(api, (d) => journalIn(d, LIVE)?.goals === 1, 'the new journal');
    assert.equal(created.goals, totalGoals(created));

    const editor = await show(uri);
    const soon = isoDay(5);
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount, 0),
      `- [ ] Write 1 design doc by ${soon}\n- [x] Read 2 books by 2026-10-01\n`)));
    const edited = await waitForData(api, (d) => journalIn(d, LIVE)?.goals === 3, 'the typed goals (unsaved)');
    assert.equal(journalIn(edited, LIVE)?.done, 1);
    assert.equal(edited.goals, totalGoals(edited));
    assert.equal(edited.done, totalDone(edited));
    assert.ok(edited.upcoming.some((g) => g.path === LIVE && g.title.startsWith('Write 1 design doc') && g.group === 'dueSoon' && g.line === 7),
      `the goal due ${soon} is due soon`);

    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(uri);
    const deleted = await waitForData(api, (d) => journalIn(d, LIVE) === undefined, 'the deleted journal gone');
    assert.equal(deleted.goals, totalGoals(deleted));
  });

  it('opens a goal the webview asks for at its line', async () => {
    const result = await api.receive({ type: 'reveal', path: SAMPLE, line: 28 });
    assert.equal(result.handled, true, result.reason);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), vscode.Uri.joinPath(workspaceRoot(), SAMPLE).toString());
    assert.equal(editor?.selection.active.line, 28);
    assert.match(editor?.document.lineAt(28).text ?? '', /Goal: Lead the ledger migration/);
  });

  it('ignores forged messages: unknown types, files outside the journals, bad fields', async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('careerJournal.showProgress');
    await waitForDashboardTab();
    const forged: unknown[] = [
      { type: 'reveal', path: '../../etc/passwd', line: 0 },
      { type: 'reveal', path: '/etc/passwd', line: 0 },
      { type: 'reveal', path: 'notes/standup.md', line: 0 },
      { type: 'reveal', path: SAMPLE, line: -1 },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'progress', data: {} },
      'reveal',
      null,
    ];
    for (const message of forged) {
      const result = await api.receive(message);
      assert.equal(result.handled, false, `${JSON.stringify(message)} must be ignored`);
      assert.ok(result.reason, 'the reason is logged');
    }
    assert.equal(vscode.window.visibleTextEditors.length, 0, 'no editor was opened');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith('/etc/passwd')), 'no file outside the workspace was opened');
    assert.equal(dashboardTabs().length, 1, 'the dashboard is still open');
  });
});
