/**
 * Journals that are not ordinary files: an untitled editor, a file without write permission
 * (chmod 0444), one opened read-only (`files.readonlyFromPermissions`), and one from a read-only
 * file system. Edits land in the editor's buffer, unsaved, or are refused with a message that
 * says why — never thrown, never a lost line, never a save.
 */
import * as assert from 'node:assert/strict';
import { chmodSync, statSync } from 'node:fs';
import * as vscode from 'vscode';
import { WAIT_MS, closeAllEditors, codeOf, codes, show, waitForCode, waitUntil, writeFile } from './helpers.js';
import { MemFs } from './memfs.js';
import { captureMessages, type CapturedMessages } from './messages.js';

/** GOAL_WITHOUT_DEADLINE marked as a journal by its front matter (so it is one anywhere), goal on GOAL. */
const JOURNAL = ['---', 'type: career-journal', '---', '# Career notes', '', '## Goals', '', '- [ ] Get better at writing design docs', ''].join('\n');
const GOAL = 7;
const bytesOf = (uri: vscode.Uri) => vscode.workspace.fs.readFile(uri);

/** Our quick fix of a title for a diagnostic, once the workbench offers it. */
async function quickFix(uri: vscode.Uri, code: string, line: number, title: string): Promise<vscode.CodeAction> {
  const diagnostic = (await waitForCode(uri, code)).find((d) => codeOf(d) === code && d.range.start.line === line);
  assert.ok(diagnostic, `a ${code} diagnostic on line ${line}`);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const actions: vscode.CodeAction[] = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const found = actions.find((action) => action.title === title);
    if (found) return found;
    if (Date.now() > deadline) assert.fail(`no quick fix '${title}'; offered: ${actions.map((a) => a.title).join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One undo in the document's editor gives back `text` exactly. */
async function undoTo(document: vscode.TextDocument, text: string): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('undo');
  assert.equal(document.getText(), text, 'one undo restores the text');
}

describe('Untitled and read-only journals', () => {
  const files = () => vscode.workspace.getConfiguration('files');
  let autoSave: unknown;
  let messages: CapturedMessages | undefined;

  // VS Code in a browser saves after a delay by default; off (the desktop default) shows that nothing saves.
  before(async () => {
    autoSave = files().inspect('autoSave')?.globalValue;
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await files().update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
  });

  afterEach(async () => {
    messages?.restore();
    messages = undefined;
    for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await closeAllEditors();
  });

  it('checks an untitled journal, applies a quick fix and marks a goal done in its buffer, each one undo', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: JOURNAL });
    await vscode.window.showTextDocument(document);
    assert.equal(document.isUntitled, true);
    const fix = await quickFix(document.uri, 'smart-missing-measure', GOAL, 'Add a Measurable field');
    assert.ok(codes(document.uri).includes('smart-missing-deadline'));
    assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)));
    assert.equal(document.getText(), JOURNAL.replace('design docs\n', 'design docs\n  - **Measurable:** \n'));
    await undoTo(document, JOURNAL);
    await vscode.commands.executeCommand('careerJournal.toggleGoalDone', { uri: document.uri, line: GOAL });
    assert.equal(document.getText(), JOURNAL.replace('- [ ]', '- [x]'));
    await undoTo(document, JOURNAL);
    assert.equal(document.isUntitled, true, 'still unsaved');
  });

  describe('a file without write permission (chmod 0444)', () => {
    let uri: vscode.Uri;
    let counter = 0;

    beforeEach(async () => {
      uri = await writeFile(`notes/read-only-${++counter}.md`, JOURNAL);
      chmodSync(uri.fsPath, 0o444);
    });

    afterEach(() => {
      chmodSync(uri.fsPath, 0o644);
    });

    it('gets diagnostics; mark done and a quick fix change the buffer only: dirty, unsaved, one undo each', async () => {
      const editor = await show(uri);
      const document = editor.document;
      const disk = await bytesOf(uri);
      await vscode.commands.executeCommand('careerJournal.toggleGoalDone', { uri, line: GOAL });
      assert.equal(document.getText(), JOURNAL.replace('- [ ]', '- [x]'));
      assert.ok(document.isDirty, 'the change waits in the editor for the user to save (or not)');
      assert.deepEqual(await bytesOf(uri), disk, 'the file is untouched');
      await undoTo(document, JOURNAL);
      const fix = await quickFix(uri, 'smart-missing-deadline', GOAL, 'Add a Measurable field');
      assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)));
      assert.ok(document.isDirty);
      assert.deepEqual(await bytesOf(uri), disk);
      await undoTo(document, JOURNAL);
      assert.equal(statSync(uri.fsPath).mode & 0o777, 0o444, 'its permissions are as they were');
    });

    it('opened read-only (files.readonlyFromPermissions): mark done and add deadline are refused, saying why', async () => {
      await files().update('readonlyFromPermissions', true, vscode.ConfigurationTarget.Global);
      try {
        const document = (await show(uri)).document;
        await waitForCode(uri, 'smart-missing-deadline');
        messages = captureMessages();
        await vscode.commands.executeCommand('careerJournal.toggleGoalDone', { uri, line: GOAL });
        assert.equal(await vscode.commands.executeCommand('careerJournal.addDeadline', uri, GOAL, 'end of 2031'), false);
        assert.equal(document.getText(), JOURNAL, 'the text is as it was');
        assert.equal(document.isDirty, false);
        assert.deepEqual(messages.all.filter((m) => m.startsWith('error: ')), [
          `error: Career Journal: could not change the goal: ${vscode.workspace.asRelativePath(uri)} is open read-only, so it was left as it is`,
          `error: Career Journal: could not add the deadline: ${vscode.workspace.asRelativePath(uri)} is open read-only, so it was left as it is`,
        ]);
      } finally {
        await files().update('readonlyFromPermissions', undefined, vscode.ConfigurationTarget.Global);
      }
    });
  });

  describe('a journal from a read-only file system', () => {
    let fs: MemFs;

    before(async () => {
      fs = MemFs.register('cjro', { readonly: true });
      await waitUntil(() => vscode.workspace.fs.isWritableFileSystem('cjro') === false, 'VS Code to know cjro: is read-only');
    });

    after(() => fs.dispose());

    it('is not checked: read-only file systems are history and diff views (git:), not journals being written', async () => {
      const uri = fs.seed('/career/history.md', JOURNAL);
      await show(uri);
      const control = await writeFile('career/control-read-only-fs.md', JOURNAL);
      await show(control);
      await waitForCode(control, 'smart-missing-deadline');
      assert.deepEqual(codes(uri), []);
    });

    it('mark done and add deadline are refused, saying why; nothing is written', async () => {
      const uri = fs.seed('/career/read-only.md', JOURNAL);
      const document = (await show(uri)).document;
      messages = captureMessages();
      await vscode.commands.executeCommand('careerJournal.toggleGoalDone', { uri, line: GOAL });
      assert.equal(await vscode.commands.executeCommand('careerJournal.addDeadline', uri, GOAL, 'end of 2031'), false);
      assert.equal(document.getText(), JOURNAL);
      assert.equal(fs.writes, 0);
      assert.deepEqual(messages.all.filter((m) => m.startsWith('error: ')), [
        'error: Career Journal: could not change the goal: read-only.md is on a read-only file system, so it was left as it is',
        'error: Career Journal: could not add the deadline: read-only.md is on a read-only file system, so it was left as it is',
      ]);
    });
  });
});
