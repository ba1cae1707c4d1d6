import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { show, writeFile } from './helpers.js';

const JOURNAL = [
  '---', 'type: career-journal', 'title: Career conversation with Alex', 'date: 2026-11-22', 'manager: Alex Kim', 'next: 2027-02-20', '---', '',
  '## Agenda', '', '- Promotion path to senior', '- Feedback on the design review', '',
  '## Key points', '', '- Alex sees me leading observability', '',
  '## SMART goals agreed', '', '- [ ] Write 3 design docs by 2027-04-30', '',
  '## Action items', '', '- [ ] @me: send the follow-up by 2026-11-25', '- [ ] @alex: share the staff rubric', '',
].join('\n');

describe('follow-up email and agenda', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('drafts the follow-up email in a new untitled document', async () => {
    await show(await writeFile('career/follow-up-source.md', JOURNAL));
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('careerJournal.draftFollowUp');
    assert.ok(uri, 'the command returns the new document');
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.ok(document);
    assert.equal(document.isUntitled, true);
    const text = document.getText();
    assert.match(text, /^Subject: Follow-up: Career conversation with Alex \(2026-11-22\)\n\nHi Alex,/);
    assert.match(text, /Goals we agreed:\n- Write 3 design docs by 2027-04-30/);
    assert.match(text, /Action items:\n- Me: send the follow-up by 2026-11-25 \(by 2026-11-25\)\n- Alex: share the staff rubric/);
    assert.match(text, /Next check-in: 2027-02-20\./);
    assert.equal(vscode.window.activeTextEditor?.document, document);
  });

  it('copies the agenda to the clipboard', async () => {
    await show(await writeFile('career/agenda-source.md', JOURNAL));
    const text = await vscode.commands.executeCommand<string | undefined>('careerJournal.copyAgenda');
    assert.equal(text, 'Agenda — Career conversation with Alex (2026-11-22)\n\n- Promotion path to senior\n- Feedback on the design review\n');
    assert.equal(await vscode.env.clipboard.readText(), text);
  });

  it('asks for a journal when no Markdown editor is active', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await vscode.commands.executeCommand('careerJournal.copyAgenda'), undefined);
  });
});
