/**
 * Run by `scripts/test-integration.mjs --untrusted`: VS Code with workspace trust on and a
 * folder never trusted, so the extension runs in Restricted Mode. What works as usual, and
 * what is refused: folder settings that lead outside the workspace.
 */
import * as assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import * as vscode from 'vscode';
import { addDays } from '../../src/core/dates.js';
import { GoalTreeProvider, type GoalNode, type GoalTreeNode } from '../../src/vscode/goal-tree.js';
import { JournalIndex } from '../../src/vscode/journal-index.js';
import { today } from '../../src/vscode/workspace-paths.js';
import {
  EXTENSION_ID, GOAL_LINE, GOAL_WITHOUT_DEADLINE, WAIT_MS, closeAllEditors, codeOf, newEngine, show, waitForCode, waitForNo,
  waitUntil, workspaceRoot, writeFile,
} from '../integration/helpers.js';
import { captureMessages, type CapturedMessages } from '../integration/messages.js';

const read = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const create = (args: Record<string, unknown>) => vscode.commands.executeCommand<vscode.Uri | undefined>('careerJournal.newConversation', args);
const settings = () => vscode.workspace.getConfiguration('careerJournal', workspaceRoot());
const SECRET = 'TOP-SECRET-7f3a';

/** A file in a folder next to the workspace (outside it); returns the folder. */
async function outside(folder: string, name: string, text: string): Promise<vscode.Uri> {
  const dir = vscode.Uri.joinPath(workspaceRoot(), '..', folder);
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, name), new TextEncoder().encode(text));
  return dir;
}

/** The workspace's files whose text contains `marker`. */
async function filesContaining(marker: string): Promise<string[]> {
  const found: string[] = [];
  for (const uri of await vscode.workspace.findFiles('**/*.md')) {
    if ((await read(uri)).includes(marker)) found.push(vscode.workspace.asRelativePath(uri));
  }
  return found;
}

/** Our quick fix of a title on a diagnostic, once the workbench offers it (diagnostics reach it a moment later). */
async function quickFix(uri: vscode.Uri, diagnostic: vscode.Diagnostic, title: string): Promise<vscode.CodeAction> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const found = actions.find((action) => action.title === title);
    if (found) return found;
    if (Date.now() > deadline) assert.fail(`no quick fix '${title}'; offered: ${actions.map((a) => a.title).join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Restricted Mode (a workspace that is not trusted)', () => {
  let messages: CapturedMessages | undefined;

  afterEach(async () => {
    messages?.restore();
    messages = undefined;
    await settings().update('templatesFolder', undefined, vscode.ConfigurationTarget.Workspace);
    await settings().update('folder', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAllEditors();
  });

  it('runs untrusted: vscode.workspace.isTrusted is false', () => {
    assert.equal(vscode.workspace.isTrusted, false, 'this suite must run in a workspace that is not trusted (scripts/test-integration.mjs --untrusted)');
  });

  it('activates on a Markdown file and checks a journal as you type', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const uri = await writeFile('career/restricted.md', GOAL_WITHOUT_DEADLINE);
    const editor = await show(uri);
    await waitUntil(() => extension.isActive, 'the extension to activate');
    await waitForCode(uri, 'smart-missing-deadline');
    const goal = editor.document.lineAt(GOAL_LINE);
    assert.ok(await editor.edit((builder) => builder.insert(goal.range.end, ' by 2031-03-31')));
    await waitForNo(uri, 'smart-missing-deadline');
  });

  it('offers and applies quick fixes', async () => {
    const uri = await writeFile('career/restricted-fix.md', GOAL_WITHOUT_DEADLINE);
    await show(uri);
    const diagnostic = (await waitForCode(uri, 'smart-missing-measure')).find((d) => codeOf(d) === 'smart-missing-measure');
    assert.ok(diagnostic);
    const fix = await quickFix(uri, diagnostic, 'Add a Measurable field');
    assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)));
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.lineAt(GOAL_LINE + 1).text, '  - **Measurable:** ');
  });

  it('lists the journals\' goals in the goal tree, and marks one done', async () => {
    const log = vscode.window.createOutputChannel('Career Journal restricted tests', { log: true });
    const index = new JournalIndex(log, newEngine(log));
    const tree = new GoalTreeProvider(index, log);
    try {
      const path = 'career/restricted-tree.md';
      const uri = await writeFile(path, `## Goals\n\n- [ ] Give 3 talks by ${addDays(today(), 90)}\n- [ ] Write 2 design docs by ${addDays(today(), -5)}\n`);
      await index.ready();
      const goals = (roots: GoalTreeNode[]): GoalNode[] => roots.flatMap((node) => (node.kind === 'group' ? node.goals.filter((goal) => goal.path === path) : []));
      let found: GoalNode[] = [];
      const deadline = Date.now() + WAIT_MS;
      while (found.length !== 2 && Date.now() < deadline) {
        found = goals(await tree.getChildren());
        if (found.length !== 2) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.deepEqual(found.map((node) => [node.goal.title.split(' by ')[0], node.goal.group]).sort(),
        [['Give 3 talks', 'open'], ['Write 2 design docs', 'overdue']]);
      const overdue = found.find((node) => node.goal.group === 'overdue');
      await vscode.commands.executeCommand('careerJournal.toggleGoalDone', overdue);
      const document = await vscode.workspace.openTextDocument(uri);
      assert.match(document.getText(), /- \[x\] Write 2 design docs/);
      assert.ok(document.isDirty, 'changed in the editor, not saved');
    } finally {
      tree.dispose();
      index.dispose();
      log.dispose();
    }
  });

  it('creates a journal from each built-in template', async () => {
    for (const template of ['worksheet', 'conversation', 'star-log', 'follow-up']) {
      const uri = await create({ template, manager: 'Alex Kim', date: '2026-12-01' });
      assert.ok(uri, `${template}: the command returns the new file`);
      assert.match(uri.path, /\/career\/2026-12-01-[a-z0-9-]+\.md$/);
      assert.match(await read(uri), /^---\ntype: career-journal\n[\s\S]*\ndate: 2026-12-01\n/);
    }
  });

  it('uses a templates folder inside the workspace: plain text, {{var}} filled, nothing run', async () => {
    await writeFile('my-templates/plain.md', [
      '---', 'type: career-journal', 'date: {{date}}', 'manager: {{manager}}', '---', '',
      '# 1:1 with {{manager}}', '', 'Literal: {{constructor}} {{__proto__}} ${process.exit(1)} <script>alert(1)</script> `$(rm -rf ~)`', '',
    ].join('\n'));
    await settings().update('templatesFolder', 'my-templates', vscode.ConfigurationTarget.Workspace);
    const uri = await create({ template: 'plain.md', manager: 'Priya', date: '2026-12-03', title: 'Plain' });
    assert.ok(uri);
    const text = await read(uri);
    assert.match(text, /^---\ntype: career-journal\ndate: 2026-12-03\nmanager: Priya\n---\n\n# 1:1 with Priya\n/);
    assert.ok(text.includes('Literal: {{constructor}} {{__proto__}} ${process.exit(1)} <script>alert(1)</script> `$(rm -rf ~)`'), text);
  });

  for (const [how, value] of [['with ..', '../outside-templates'], ['as an absolute path', 'ABSOLUTE']] as const) {
    it(`does not read a templates folder that leads outside the workspace (${how}), and says why`, async () => {
      const dir = await outside('outside-templates', 'secret.md', `---\ntype: career-journal\n---\n# ${SECRET}\n`);
      const setting = value === 'ABSOLUTE' ? dir.fsPath : value;
      await settings().update('templatesFolder', setting, vscode.ConfigurationTarget.Workspace);
      messages = captureMessages();
      assert.equal(await create({ template: 'secret.md', manager: 'Sam', date: '2026-12-04' }), undefined, 'no template of that folder');
      assert.ok(messages.all.some((m) => m.startsWith('warning: ') && m.includes(`careerJournal.templatesFolder "${setting}" leads outside the workspace folder`) &&
        m.includes('not trusted')), `a warning that says why; shown: ${JSON.stringify(messages.all)}`);
      assert.ok(messages.all.some((m) => /^error: .*there is no template called 'secret\.md'/.test(m)), JSON.stringify(messages.all));
      const builtIn = await create({ template: 'follow-up', manager: 'Sam', date: '2026-12-04' });
      assert.ok(builtIn, 'the built-in templates still work');
      assert.deepEqual(await filesContaining(SECRET), [], 'nothing of the outside folder reached the workspace');
    });
  }

  it('uses a templates folder outside the workspace set in your user settings (your choice, not the workspace\'s)', async () => {
    const dir = await outside('my-own-templates', 'mine.md', '---\ntype: career-journal\n---\n# My own 1:1 with {{manager}}\n');
    await vscode.workspace.getConfiguration('careerJournal').update('templatesFolder', dir.fsPath, vscode.ConfigurationTarget.Global);
    try {
      const uri = await create({ template: 'mine.md', manager: 'Priya', date: '2026-12-08', title: 'Mine' });
      assert.ok(uri, 'the journal is created from the user\'s own template');
      assert.match(await read(uri), /# My own 1:1 with Priya/);
    } finally {
      await vscode.workspace.getConfiguration('careerJournal').update('templatesFolder', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('does not read a templates folder reached through a symbolic link', async () => {
    const dir = await outside('linked-templates-target', 'secret.md', `---\ntype: career-journal\n---\n# ${SECRET}\n`);
    symlinkSync(dir.fsPath, vscode.Uri.joinPath(workspaceRoot(), 'linked-templates').fsPath);
    await settings().update('templatesFolder', 'linked-templates', vscode.ConfigurationTarget.Workspace);
    messages = captureMessages();
    assert.equal(await create({ template: 'secret.md', manager: 'Sam', date: '2026-12-05' }), undefined);
    assert.ok(messages.all.some((m) => m.includes('through the symbolic link linked-templates')), JSON.stringify(messages.all));
  });

  it('does not write a new journal into a careerJournal.folder outside the workspace, and says why', async () => {
    const target = vscode.Uri.joinPath(workspaceRoot(), '..', 'outside-journals');
    await settings().update('folder', '../outside-journals', vscode.ConfigurationTarget.Workspace);
    messages = captureMessages();
    assert.equal(await create({ template: 'follow-up', manager: 'Sam', date: '2026-12-06' }), undefined);
    assert.ok(messages.all.some((m) => m.startsWith('error: Career Journal: could not create the journal: careerJournal.folder "../outside-journals" leads outside')),
      JSON.stringify(messages.all));
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)), 'no folder was made outside the workspace');
  });

  it('does not carry over the goals of a journal linked in from outside the workspace', async () => {
    const dir = await outside('outside-old-journals', 'old.md', `---\ntype: career-journal\ndate: 2026-01-01\n---\n## Goals\n\n- [ ] ${SECRET} goal by 2031-01-01\n`);
    await writeFile('career/2026-01-02-own.md', '---\ntype: career-journal\ndate: 2026-01-02\n---\n## Goals\n\n- [ ] Own goal by 2031-01-01\n');
    symlinkSync(vscode.Uri.joinPath(dir, 'old.md').fsPath, vscode.Uri.joinPath(workspaceRoot(), 'career', '2026-01-03-linked.md').fsPath);
    const uri = await create({ template: 'conversation', manager: 'Sam', date: '2026-01-10' });
    assert.ok(uri);
    const text = await read(uri);
    assert.ok(!text.includes(SECRET), 'the linked journal is not read');
    assert.match(text, /Own goal by 2031-01-01/, 'the latest journal of the workspace itself is carried over');
  });
});
