/**
 * Limits with a clear message: a journal over careerJournal.maxFileSize or holding binary
 * content is not checked as you type (the status bar says why); files the goal index cannot
 * read are left out with a reason.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { GoalTreeProvider } from '../../src/vscode/goal-tree.js';
import type { JournalIndex } from '../../src/vscode/journal-index.js';
import type { JournalStatusBar } from '../../src/vscode/status-bar.js';
import { EXTENSION_ID, GOAL_WITHOUT_DEADLINE, closeAllEditors, codes, show, waitForCode, waitUntil, workspaceRoot } from './helpers.js';

const settings = () => vscode.workspace.getConfiguration('careerJournal');

interface Api {
  readonly 'status bar': JournalStatusBar;
  readonly index: JournalIndex;
}

async function api(): Promise<Api> {
  const extension = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(extension);
  return extension.activate();
}

/** A journal of about `bytes` bytes, a section of goals lacking a deadline after another. */
function bigJournal(bytes: number): string {
  const lines = ['---', 'type: career-journal', '---', ''];
  for (let n = 1; lines.join('\n').length < bytes; n++) {
    if (n % 10 === 1) lines.push('', `## Goals, part ${(n + 9) / 10}`, '');
    lines.push(`- [ ] Write ${n} design docs for the platform team`);
  }
  return `${lines.join('\n')}\n`;
}

describe('Limits', () => {
  afterEach(async () => {
    await closeAllEditors();
    await settings().update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('does not check a journal over careerJournal.maxFileSize, says so in the status bar, and checks it once the limit allows', async () => {
    const { 'status bar': bar } = await api();
    await settings().update('maxFileSize', 0.02, vscode.ConfigurationTarget.Workspace);
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'career', 'limits', 'large.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(bigJournal(30 * 1024)));
    await show(uri);
    await waitUntil(() => bar.shown?.text.startsWith('$(circle-slash) Journal not checked: 30 KB') === true, 'the status bar note');
    assert.match(bar.shown?.tooltip ?? '', /\(30 KB\) is larger than careerJournal\.maxFileSize \(20 KB\)/);
    assert.match(bar.shown?.tooltip ?? '', /career-journal lint/);
    assert.equal(bar.shown?.setting, 'careerJournal.maxFileSize', 'a click opens the setting');
    assert.deepEqual(codes(uri), [], 'no diagnostics while over the limit');

    await settings().update('maxFileSize', 1, vscode.ConfigurationTarget.Workspace);
    await waitForCode(uri, 'smart-missing-deadline');
    await waitUntil(() => bar.shown?.text.startsWith('$(checklist)') === true, 'the goal summary instead of the note');
  });

  it('does not check a journal holding NUL characters (a binary file opened as text)', async () => {
    const { 'status bar': bar } = await api();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: `---\ntype: career-journal\n---\n${GOAL_WITHOUT_DEADLINE}\0\0\u0001binary` });
    await vscode.window.showTextDocument(document);
    await waitUntil(() => bar.shown?.text === '$(circle-slash) Journal not checked: binary', 'the binary note');
    assert.match(bar.shown?.tooltip ?? '', /NUL characters/);
    assert.deepEqual(codes(document.uri), []);
  });

  it('leaves files the goals cannot be read from out of the index, each with the reason', async () => {
    const { index } = await api();
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'career', 'limits');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'latin1.md'), Uint8Array.from([...'## Goals\n\n- [ ] Caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x0a])));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'binary.md'), Uint8Array.from([0x23, 0x20, 0x00, 0x01, 0x02, 0x0a]));
    await index.ready();
    await index.rescan();
    await waitUntil(() => index.skipped().length >= 2, 'two files skipped');
    const reasons = Object.fromEntries(index.skipped().map((skip) => [skip.path.replace(/^.*\//, ''), skip.reason]));
    assert.match(reasons['latin1.md'] ?? '', /not UTF-8 text/);
    assert.match(reasons['binary.md'] ?? '', /binary/);
    assert.ok(!index.all().some((entry) => /latin1|binary/.test(entry.path)), 'neither is listed as a journal');

    const log = vscode.window.createOutputChannel('Career Journal limits tests', { log: true });
    const tree = new GoalTreeProvider(index, log);
    try {
      const skipped = (await tree.getChildren()).find((node) => node.kind === 'skipped');
      assert.ok(skipped, 'the Goals view lists the files it could not read');
      assert.match(String(tree.getTreeItem(skipped).label), /^Not read: \d+ files$/);
      const files = (await tree.getChildren(skipped)).map((node) => tree.getTreeItem(node));
      assert.ok(files.some((item) => String(item.label).endsWith('latin1.md') && /not UTF-8/.test(String(item.description))));
      assert.ok(files.some((item) => String(item.label).endsWith('binary.md') && /binary/.test(String(item.description))));
    } finally {
      tree.dispose();
      log.dispose();
    }
  });
});
