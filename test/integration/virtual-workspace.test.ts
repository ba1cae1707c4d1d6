/**
 * Journals on a file system that is not the disk: a FileSystemProvider this test registers for
 * `cjmem:` (what a virtual workspace, or an extension's remote file system, gives VS Code).
 * The extension reaches files only through `vscode.workspace.fs` and edits only editors, so
 * everything works there; edits stay in the editor until the user saves.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { WAIT_MS, closeAllEditors, codeOf, codes, show, waitForCode, waitUntil } from './helpers.js';
import { MemFs } from './memfs.js';

const JOURNAL = ['---', 'type: career-journal', 'date: 2026-11-22', 'manager: Alex Kim', '---', '# Career notes', '', '## Goals', '',
  '- [ ] Get better at writing design docs', '- [ ] Give 3 talks by 2031-06-30', '',
  '## Action items', '', '- [ ] @alex: share the staff rubric', ''].join('\n');
const GOAL = 9;
const TALKS = 10;
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('Journals on a file system from a provider (cjmem:)', () => {
  const files = () => vscode.workspace.getConfiguration('files');
  let fs: MemFs;
  let autoSave: unknown;
  let counter = 0;

  before(async () => {
    fs = MemFs.register('cjmem');
    await waitUntil(() => vscode.workspace.fs.isWritableFileSystem('cjmem') === true, 'VS Code to know cjmem:');
    autoSave = files().inspect('autoSave')?.globalValue;
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await files().update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
    fs.dispose();
  });

  afterEach(async () => {
    for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'cjmem')) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await closeAllEditors();
  });

  /** A fresh journal on the provider, shown in an editor. */
  async function journal(text = JOURNAL): Promise<{ uri: vscode.Uri; document: vscode.TextDocument; path: string }> {
    const path = `/career/virtual-${++counter}.md`;
    const uri = fs.seed(path, text);
    const document = (await show(uri)).document;
    return { uri, document, path };
  }

  // Pending until isCandidate in src/vscode/diagnostics.ts also takes a document on a workspace
  // folder's file system or on any writable one (`vscode.workspace.fs.isWritableFileSystem(scheme)
  // === true`), not only the schemes of its SCHEMES list; then make this an `it`.
  it('checks a journal from a writable file system, and its quick fix lands in the buffer only', async () => {
    const { uri, document, path } = await journal();
    const diagnostic = (await waitForCode(uri, 'smart-missing-deadline')).find((d) => codeOf(d) === 'smart-missing-deadline');
    assert.ok(diagnostic);
    assert.equal(diagnostic.range.start.line, GOAL);
    let fix: vscode.CodeAction | undefined;
    const deadline = Date.now() + WAIT_MS;
    while (!fix && Date.now() < deadline) {
      const actions: vscode.CodeAction[] = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range);
      fix = actions.find((action) => action.title === 'Add a Measurable field');
      if (!fix) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.ok(fix?.edit && (await vscode.workspace.applyEdit(fix.edit)));
    assert.equal(document.getText(), JOURNAL.replace('design docs\n', 'design docs\n  - **Measurable:** \n'));
    assert.ok(document.isDirty);
    assert.equal(fs.writes, 0, 'nothing saved');
    assert.equal(decode(fs.bytes(path)), JOURNAL);
    assert.ok(codes(uri).length > 0);
  });

  it('marks a goal done and adds a deadline in the editor: one undo each, nothing written', async () => {
    const { uri, document, path } = await journal();
    const writes = fs.writes;
    await vscode.commands.executeCommand('careerJournal.toggleGoalDone', { uri, line: TALKS, title: 'Give 3 talks by 2031-06-30' });
    assert.equal(document.getText(), JOURNAL.replace('- [ ] Give 3 talks', '- [x] Give 3 talks'));
    assert.ok(document.isDirty);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), JOURNAL);
    assert.equal(await vscode.commands.executeCommand('careerJournal.addDeadline', uri, GOAL, 'end of March 2031'), true);
    assert.equal(document.lineAt(GOAL).text, '- [ ] Get better at writing design docs by 2031-03-31');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), JOURNAL);
    assert.equal(fs.writes, writes, 'the provider was never asked to write');
    assert.equal(decode(fs.bytes(path)), JOURNAL);
  });

  it('New Career Conversation writes through the provider, carries over the journal before, never overwrites', async () => {
    fs.seed('/team/career/2026-09-01-earlier.md', JOURNAL.replace('date: 2026-11-22', 'date: 2026-09-01'));
    const folder = fs.uri('/team');
    const writes = fs.writes;
    const create = () => vscode.commands.executeCommand<vscode.Uri | undefined>('careerJournal.newConversation',
      { template: 'conversation', manager: 'Alex Kim', date: '2026-09-15', title: 'Virtual', folder });
    const first = await create();
    assert.equal(first?.toString(), fs.uri('/team/career/2026-09-15-virtual.md').toString());
    const text = decode(fs.bytes(first.path));
    assert.match(text, /^---\ntype: career-journal\n/);
    const agenda = text.slice(text.indexOf('## Agenda'), text.indexOf('\n## ', text.indexOf('## Agenda') + 1));
    assert.match(agenda, /Give 3 talks by 2031-06-30/);
    assert.match(agenda, /share the staff rubric/);
    assert.match(agenda, /2026-09-01-earlier\.md/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), first.toString());
    const second = await create();
    assert.equal(second?.toString(), fs.uri('/team/career/2026-09-15-virtual-2.md').toString());
    assert.equal(decode(fs.bytes(first.path)), text, 'the first journal is untouched');
    assert.equal(fs.writes, writes + 2, 'one write per new journal');
  });

  it('drafts the follow-up email of a journal on the provider', async () => {
    await journal();
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('careerJournal.draftFollowUp');
    assert.ok(uri);
    const email = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.match(email?.getText() ?? '', /Goals we agreed:\n- Get better at writing design docs\n- Give 3 talks by 2031-06-30/);
  });
});
