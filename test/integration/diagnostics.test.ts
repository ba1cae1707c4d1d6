import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  GOAL_LINE, GOAL_WITHOUT_DEADLINE, closeAllEditors, codeOf, codes, ours, show, waitForCode, waitForDiagnostics, waitForNo, workspaceRoot, writeFile,
} from './helpers.js';

describe('Diagnostics', () => {
  afterEach(closeAllEditors);

  it('warns about a goal without a deadline in a journal under career/', async () => {
    const uri = await writeFile('career/x.md', GOAL_WITHOUT_DEADLINE);
    await show(uri);
    const diagnostics = await waitForCode(uri, 'smart-missing-deadline');
    const deadline = diagnostics.find((d) => codeOf(d) === 'smart-missing-deadline');
    assert.ok(deadline);
    assert.equal(deadline.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(deadline.source, 'career-journal');
    assert.equal(deadline.range.start.line, GOAL_LINE, 'points at the goal, not the whole document');
    assert.ok(deadline.message.length > 0);
    const code = deadline.code;
    assert.ok(typeof code === 'object' && code.target instanceof vscode.Uri, 'the code links to its documentation');
    assert.equal(code.target.fragment, 'smart-missing-deadline');
  });

  it('drops the warning when the user adds a deadline', async () => {
    const uri = await writeFile('career/edit.md', GOAL_WITHOUT_DEADLINE);
    const editor = await show(uri);
    await waitForCode(uri, 'smart-missing-deadline');
    const goal = editor.document.lineAt(GOAL_LINE);
    assert.ok(await editor.edit((builder) => builder.insert(goal.range.end, ' by 2027-03-31')));
    await waitForNo(uri, 'smart-missing-deadline');
    assert.ok(codes(uri).includes('smart-missing-measure'), 'the goal still lacks a measure: that finding stays');
  });

  it('leaves a project README with a Goals section alone', async () => {
    const readme = vscode.Uri.joinPath(workspaceRoot(), 'README.md');
    await show(readme);
    // Opened after the README: once it has diagnostics, the README has been looked at too.
    const journal = await writeFile('career/control.md', GOAL_WITHOUT_DEADLINE);
    await show(journal);
    await waitForCode(journal, 'smart-missing-deadline');
    assert.deepEqual(codes(readme), []);
  });

  it('checks any file whose front matter says type: career-journal', async () => {
    const uri = await writeFile('notes/reflection.md', `---\ntype: career-journal\n---\n${GOAL_WITHOUT_DEADLINE}`);
    await show(uri);
    await waitForCode(uri, 'smart-missing-deadline');
  });

  it('clears the diagnostics when the journal is closed', async () => {
    const uri = await writeFile('career/close.md', GOAL_WITHOUT_DEADLINE);
    await show(uri);
    await waitForCode(uri, 'smart-missing-deadline');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitForNo(uri);
  });

  it('publishes nothing anew when a lint finds the same (typing inside a line), and publishes the next change', async () => {
    const uri = await writeFile('career/same.md', `${GOAL_WITHOUT_DEADLINE}\nSome notes from the week.\n`);
    const editor = await show(uri);
    const before = await waitForCode(uri, 'smart-missing-deadline');
    const notes = editor.document.lineAt(editor.document.lineCount - 2);
    assert.ok(await editor.edit((builder) => builder.insert(notes.range.end, ' More words.')));
    // Debounce (300 ms) and a lint of a few lines: long done after this.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    // VS Code hands back the very objects a collection was given: the same ones, not re-published.
    const after = ours(uri);
    assert.equal(after.length, before.length);
    assert.ok(after.every((diagnostic, i) => diagnostic === before[i]), 'the same findings were published again');
    const goal = editor.document.lineAt(GOAL_LINE);
    assert.ok(await editor.edit((builder) => builder.insert(goal.range.end, ' by 2027-03-31')));
    await waitForNo(uri, 'smart-missing-deadline');
  });

  it('publishes every finding of a journal with thousands of them, in order, and re-sets only what changed', async () => {
    const goals = Array.from({ length: 1500 }, () => '- [ ] Get better at writing design docs');
    const uri = await writeFile('career/many.md', ['# Career notes', '', '## Goals', '', ...goals, ''].join('\n'));
    const editor = await show(uri);
    const last = 4 + goals.length - 1;
    const all = await waitForDiagnostics(uri, (diagnostics) => diagnostics.some((d) => d.range.start.line === last && codeOf(d) === 'smart-missing-deadline'),
      'a diagnostic on the last goal', 60_000);
    for (const code of ['smart-missing-deadline', 'smart-missing-measure']) assert.equal(all.filter((d) => codeOf(d) === code).length, goals.length, code);
    const lines = all.map((d) => d.range.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'one list, in document order');
    // A deadline for the goal in the middle: one finding fewer there, everything before it untouched.
    const middle = 4 + 750;
    assert.ok(await editor.edit((builder) => builder.insert(editor.document.lineAt(middle).range.end, ' by 2027-03-31')));
    const after = await waitForDiagnostics(uri, (diagnostics) => !diagnostics.some((d) => d.range.start.line === middle && codeOf(d) === 'smart-missing-deadline'),
      'no missing deadline on the middle goal', 60_000);
    assert.equal(after.length, all.length - 1);
    const before = all.filter((d) => d.range.start.line < middle - 100);
    assert.ok(before.length > 1000 && before.every((d, i) => after[i] === d), 'diagnostics far before the edit were published again');
  });
});
