import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays } from '../../src/core/dates.js';
import { buildRoots, GoalTreeProvider, type GoalNode, type GoalTreeNode } from '../../src/vscode/goal-tree.js';
import { goalTreeItem } from '../../src/vscode/goal-tree-items.js';
import { JournalIndex, type IndexEntry } from '../../src/vscode/journal-index.js';
import { today } from '../../src/vscode/workspace-paths.js';
import { WAIT_MS, closeAllEditors, newEngine, show, workspaceRoot, writeFile } from './helpers.js';

const day = (offset: number) => addDays(today(), offset);

/** A journal with a goal in every group, relative to today. */
const ALL_GROUPS = [
  '---',
  'type: career-journal',
  'title: Goal tree test',
  `next: ${day(5)}`,
  '---',
  '# Check-in',
  '',
  '## Goals',
  '',
  `- [ ] Ship the billing export to 3 customers by ${day(-10)}`,
  `- [ ] Write 2 design docs by ${day(10)}`,
  `- [ ] Give 3 talks at meetups by ${day(200)}`,
  '- [ ] Get better at estimating',
  `- [x] Mentor 2 new engineers by ${day(100)}`,
  `- [ ] Keep p99 latency < 250 ms & errors under 1% on 3 services by ${day(300)}`,
  '',
  '## Goal: Run the hack week',
  '',
  '- Measurable: 20 teams take part',
  `- Time-bound: ${day(60)}`,
  '- Status: dropped',
  '',
].join('\n');

const TREE_PATH = 'career/tree/all-groups.md';

describe('Goal tree', () => {
  const log = vscode.window.createOutputChannel('Career Journal goal tree tests', { log: true });
  let index: JournalIndex;
  let tree: GoalTreeProvider;

  before(async () => {
    await writeFile(TREE_PATH, ALL_GROUPS);
    index = new JournalIndex(log, newEngine(log));
    tree = new GoalTreeProvider(index, log);
    await index.ready();
  });

  afterEach(closeAllEditors);

  after(() => {
    tree.dispose();
    index.dispose();
    log.dispose();
  });

  /** Resolves with `check`'s result once it is truthy for the tree's nodes: now or after a change. */
  function waitForTree<T>(check: (roots: GoalTreeNode[]) => T | undefined | false, description: string): Promise<T> {
    return new Promise((resolve, reject) => {
      let last: GoalTreeNode[] = [];
      const test = async () => {
        last = await tree.getChildren();
        const result = check(last);
        if (result) finish(undefined, result);
      };
      const finish = (error: Error | undefined, result?: T) => {
        clearTimeout(timer);
        subscription.dispose();
        if (error) reject(error);
        else resolve(result as T);
      };
      const subscription = tree.onDidChangeTreeData(() => void test().catch((error: Error) => finish(error)));
      const timer = setTimeout(() => finish(new Error(`timed out after ${WAIT_MS} ms waiting for ${description}; the tree:\n${dump(last)}`)), WAIT_MS);
      void test().catch((error: Error) => finish(error));
    });
  }

  it('groups every journal\'s goals by status, with counts, soonest deadline first', async () => {
    const roots = await waitForTree((nodes) => goalsIn(nodes, TREE_PATH).length === 7 && nodes, `the goals of ${TREE_PATH}`);
    const groups = roots.filter((node) => node.kind === 'group');
    assert.deepEqual(groups.map((group) => group.group), ['overdue', 'dueSoon', 'open', 'done', 'dropped'], 'in the order of GROUPS, empty ones hidden');
    for (const group of groups) {
      assert.match(group.label, new RegExp(`^(Overdue|Due soon|Open|Done|Dropped) \\(${group.goals.length}\\)$`));
    }
    assert.deepEqual(Object.fromEntries(goalsIn(roots, TREE_PATH).map((node) => [node.goal.title.split(' ').slice(0, 2).join(' '), node.goal.group])), {
      'Ship the': 'overdue', 'Write 2': 'dueSoon', 'Give 3': 'open', 'Get better': 'open', 'Mentor 2': 'done', 'Keep p99': 'open', 'Run the': 'dropped',
    });
    const open = goalsIn(roots, TREE_PATH).filter((node) => node.goal.group === 'open').map((node) => node.goal.title.split(' ')[0]);
    assert.deepEqual(open, ['Give', 'Keep', 'Get'], 'earliest deadline first, goals without one last');
  });

  it('shows the next check-in first and opens its journal on click', async () => {
    const roots = await waitForTree((nodes) => nodes[0]?.kind === 'checkIn' && nodes[0].path === TREE_PATH && nodes, 'the check-in');
    const item = goalTreeItem(roots[0] as GoalTreeNode);
    assert.equal(item.label, `Next check-in: ${day(5)} (in 5 days)`);
    await run(item.command);
    assert.equal(vscode.window.activeTextEditor?.document.uri.path, uriOf(TREE_PATH).path);
  });

  it('draws each goal with its deadline, file, icon and an escaped tooltip', async () => {
    const roots = await waitForTree((nodes) => goalsIn(nodes, TREE_PATH).length === 7 && nodes, 'the goals');
    const item = (start: string) => {
      const node = goalsIn(roots, TREE_PATH).find((goal) => goal.goal.title.startsWith(start));
      assert.ok(node, start);
      return goalTreeItem(node);
    };
    const overdue = item('Ship the billing export');
    assert.equal(overdue.description, `by ${day(-10)} · ${TREE_PATH}`);
    assert.match(overdue.contextValue ?? '', /^goal/, 'gets the inline "mark done" button');
    const tooltip = overdue.tooltip;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.match(tooltip.value, /Deadline: \d{4}-\d\d-\d\d \(10 days ago\)/);
    assert.match(tooltip.value, /Measure: “3 customers”/);
    assert.match(tooltip.value, /Status: open, overdue/);
    assert.match(tooltip.value, /line 10/);

    const vague = item('Get better at estimating');
    assert.equal(vague.description, `no deadline · ${TREE_PATH}`);
    assert.equal((vague.iconPath as vscode.ThemeIcon).id, 'warning', 'not SMART: a warning icon');
    assert.match((vague.tooltip as vscode.MarkdownString).value, /Not SMART yet: no measure, no deadline/);
    assert.equal((item('Mentor 2').iconPath as vscode.ThemeIcon).id, 'pass-filled');
    assert.equal((item('Run the hack week').iconPath as vscode.ThemeIcon).id, 'circle-slash');

    const markup = (item('Keep p99').tooltip as vscode.MarkdownString);
    assert.equal(markup.supportHtml, false);
    assert.ok(!/[<>]| & /.test(markup.value), `journal text is escaped: ${markup.value}`);
    assert.match(markup.value, /&lt; 250 ms &amp; errors/);
  });

  it('lists goals of files marked type: career-journal, never a project README or other notes', async () => {
    const roots = await waitForTree((nodes) => goalsIn(nodes, 'notes/offsite-reflection.md').length === 1 && nodes, 'the offsite reflection');
    const paths = new Set(roots.flatMap((node) => (node.kind === 'group' ? node.goals.map((goal) => goal.path) : [])));
    assert.ok(!paths.has('README.md'), 'the README has a ## Goals section but is no journal');
    assert.ok(!paths.has('notes/standup.md'));
  });

  it('hides empty groups', () => {
    const [entry] = index.all().filter((candidate) => candidate.path === TREE_PATH);
    assert.ok(entry);
    const { next: _next, ...summary } = entry.summary;
    const onlyOpen: IndexEntry = { ...entry, summary: { ...summary, goals: summary.goals.filter((goal) => goal.group === 'open') } };
    const roots = buildRoots([onlyOpen], today());
    assert.deepEqual(roots.map((node) => goalTreeItem(node).label), ['Open (3)']);
  });

  it('clicking a goal selects its line in the editor', async () => {
    const roots = await waitForTree((nodes) => goalsIn(nodes, TREE_PATH).length === 7 && nodes, 'the goals');
    const node = goalsIn(roots, TREE_PATH).find((goal) => goal.goal.group === 'dropped');
    assert.ok(node);
    await run(goalTreeItem(node).command);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.path, node.uri.path);
    assert.equal(editor.selection.start.line, 16);
    assert.equal(editor.document.getText(editor.selection), '## Goal: Run the hack week');
    assert.ok(editor.visibleRanges.some((range) => range.contains(editor.selection)), 'scrolled into view');
  });

  it('moves a goal to Overdue as its deadline is edited, re-reading only that journal', async () => {
    const path = 'career/tree/moves.md';
    const uri = await writeFile(path, `## Goals\n\n- [ ] Give 3 talks by ${day(200)}\n`);
    await waitForTree((nodes) => groupOf(nodes, path, 'Give 3 talks') === 'open', 'the talks goal in Open');
    const untouched = index.get(uriOf('career/2026-11-22-career-conversation.md'));
    assert.ok(untouched);
    const editor = await show(uri);
    const line = editor.document.lineAt(2);
    const at = line.text.indexOf(day(200));
    assert.ok(await editor.edit((edit) => edit.replace(new vscode.Range(2, at, 2, line.text.length), day(-3))));
    await waitForTree((nodes) => groupOf(nodes, path, 'Give 3 talks') === 'overdue', 'the talks goal in Overdue');
    assert.equal(index.get(untouched.uri), untouched, 'the other journals were not read again');
    await discard(uri);
  });

  it('drops the goals of a deleted journal', async () => {
    const path = 'career/tree/delete-me.md';
    const uri = await writeFile(path, `## Goals\n\n- [ ] Review 5 pull requests a week by ${day(40)}\n`);
    await waitForTree((nodes) => goalsIn(nodes, path).length === 1, 'the goal of the new journal');
    await vscode.workspace.fs.delete(uri);
    await waitForTree((nodes) => goalsIn(nodes, path).length === 0, 'no goal of the deleted journal');
  });

  describe('mark done / undone', () => {
    const files = () => vscode.workspace.getConfiguration('files');
    let autoSave: unknown;

    // VS Code in a browser saves after a delay by default; the desktop default (off) shows that the command never saves.
    before(async () => {
      autoSave = files().inspect('autoSave')?.globalValue;
      await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    });

    after(async () => {
      await files().update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
    });

    it('ticks a checkbox goal in one undoable edit, without saving', async () => {
      const text = `## Goals\n\n- [ ] Give 3 talks by ${day(200)}\n- [ ] Write 2 design docs by ${day(100)}\n`;
      const { uri, document } = await toggled('career/tree/toggle-box.md', text, 'Write 2 design docs');
      assert.equal(document.getText(), text.replace('- [ ] Write 2', '- [x] Write 2'));
      assert.ok(document.isDirty, 'the journal is left unsaved');
      assert.equal(await onDisk(uri), text, 'the file on disk is unchanged');
      await waitForTree((nodes) => groupOf(nodes, 'career/tree/toggle-box.md', 'Write 2 design docs') === 'done', 'the goal in Done');
      await undoOnce(document, text);
    });

    it('rewrites the Status: field of a goal heading', async () => {
      const text = `# Plan\n\n## Goal: Lead the ledger migration\n\n- Measurable: 100% of writes on the new service\n- Time-bound: ${day(200)}\n- **Status:** in progress\n\n## Notes\n`;
      const { document } = await toggled('career/tree/toggle-status.md', text, 'Lead the ledger migration');
      assert.equal(document.getText(), text.replace('**Status:** in progress', '**Status:** done'));
      await undoOnce(document, text);
    });

    it('adds a Status: field in a CRLF journal, keeping its line ends', async () => {
      const text = `## Goal: Lead the ledger migration\r\n\r\n- Measurable: 100% of writes on the new service\r\n- Time-bound: ${day(200)}\r\n\r\n## Notes\r\n`;
      const { document } = await toggled('career/tree/toggle-crlf.md', text, 'Lead the ledger migration');
      assert.equal(document.getText(), text.replace(`${day(200)}\r\n`, `${day(200)}\r\n- **Status:** done\r\n`));
      await undoOnce(document, text);
    });

    it('finds the goal by its title when lines moved since the tree was drawn', async () => {
      const path = 'career/tree/toggle-moved.md';
      const text = `## Goals\n\n- [ ] Give 3 talks by ${day(200)}\n- [ ] Write 2 design docs by ${day(100)}\n`;
      const uri = await writeFile(path, text);
      const node = await waitForTree((nodes) => goalsIn(nodes, path).find((goal) => goal.goal.title.startsWith('Give 3')), 'the goal');
      const editor = await show(uri);
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# Moved down\n\n')));
      await vscode.commands.executeCommand('careerJournal.toggleGoalDone', node);
      assert.equal(editor.document.getText(), `# Moved down\n\n${text.replace('- [ ] Give 3', '- [x] Give 3')}`);
      await discard(uri);
    });
  });

  /** Writes a journal, waits for its goal in the tree and runs the inline command on it. */
  async function toggled(path: string, text: string, title: string): Promise<{ uri: vscode.Uri; document: vscode.TextDocument }> {
    const uri = await writeFile(path, text);
    const node = await waitForTree((nodes) => goalsIn(nodes, path).find((goal) => goal.goal.title.startsWith(title)), `the goal '${title}'`);
    await vscode.commands.executeCommand('careerJournal.toggleGoalDone', node);
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.path === uri.path);
    assert.ok(document, 'the journal is open');
    assert.equal(vscode.window.visibleTextEditors.some((editor) => editor.document === document), true, 'in an editor the user sees');
    return { uri, document };
  }
});

/** One Ctrl+Z in the journal's editor restores the text exactly. */
async function undoOnce(document: vscode.TextDocument, original: string): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('undo');
  assert.equal(document.getText(), original);
  assert.equal(document.isDirty, false, 'back to the saved text');
}

/** Reverts a journal edited by a test, so closing its editor asks nothing. */
async function discard(uri: vscode.Uri): Promise<void> {
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.path === uri.path);
  if (!document?.isDirty) return;
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

async function onDisk(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function run(command: vscode.Command | undefined): Promise<void> {
  assert.ok(command, 'the item has a click command');
  await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
}

function uriOf(path: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), path);
}

function goalsIn(roots: readonly GoalTreeNode[], path: string): GoalNode[] {
  return roots.flatMap((node) => (node.kind === 'group' ? node.goals.filter((goal) => goal.path === path) : []));
}

function groupOf(roots: readonly GoalTreeNode[], path: string, title: string): string | undefined {
  return goalsIn(roots, path).find((node) => node.goal.title.startsWith(title))?.goal.group;
}

function dump(roots: readonly GoalTreeNode[]): string {
  return roots.map((node) => {
    const item = goalTreeItem(node);
    const goals = node.kind === 'group' ? node.goals.map((goal) => `\n    ${goal.goal.title} (${goal.path}:${goal.goal.line})`).join('') : '';
    return `  ${String(item.label)}${goals}`;
  }).join('\n');
}
