import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { WAIT_MS, closeAllEditors, codeOf, ours, show, waitForDiagnostics, waitUntil, writeFile } from './helpers.js';

/** A journal with a one-line goal lacking measure and deadline, a goal heading lacking fields, and two STAR stories. */
const JOURNAL = [
  '---', 'type: career-journal', 'date: 2026-11-22', '---', '# Career notes', '',
  '## Goals', '',
  '- [ ] Get better at writing design docs', // 8
  '- [ ] Give 3 talks by 2030-06-30', // 9
  '',
  '### Goal: Lead the ledger migration', // 11
  '- Measurable: 100% of writes on the new service',
  '- Time-bound: by 2030-03-31',
  '',
  '### STAR: Calmer on-call', // 15
  '- Situation: paged at night', '- Action: deleted the noisy alerts', '',
  '### STAR: Faster releases', // 19
  '- Situation: releases took a day', '- Task: make them routine', '- Action: scripted them', '',
].join('\n');
const GOAL = 8;
const HEADING_GOAL = 11;
const STAR = 15;
const STAR_TWO = 19;

let counter = 0;

/** Writes a fresh journal, shows it, and waits for its diagnostics. */
async function openJournal(text = JOURNAL): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor }> {
  const uri = await writeFile(`career/fix-${++counter}.md`, text);
  const editor = await show(uri);
  await waitForDiagnostics(uri, (all) => all.length > 0, 'the journal\'s diagnostics');
  return { uri, editor };
}

function diagnosticAt(uri: vscode.Uri, code: string, line: number): vscode.Diagnostic {
  const found = ours(uri).find((d) => codeOf(d) === code && d.range.start.line === line);
  assert.ok(found, `a ${code} diagnostic on line ${line}; have ${ours(uri).map((d) => `${codeOf(d)}@${d.range.start.line}`).join(', ')}`);
  return found;
}

/** Titles of this extension's quick fixes (other providers, such as snippets, add their own). */
const OURS = /^(?:Add |Expand into|Disable )/;

/**
 * The code actions VS Code offers on a diagnostic's range, as the lightbulb would ask for them.
 * Diagnostics reach the workbench's marker service a moment after the extension host has them,
 * and code actions only see them there: ask again until ours are offered (no event says when).
 */
async function actionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
    if (actions.some((a) => OURS.test(a.title)) || Date.now() > deadline) return actions;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function action(uri: vscode.Uri, code: string, line: number, title: string | RegExp): Promise<vscode.CodeAction> {
  const all = await actionsAt(uri, diagnosticAt(uri, code, line).range);
  const found = all.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  assert.ok(found, `an action ${String(title)}; have ${all.map((a) => a.title).join(' | ')}`);
  return found;
}

const has = (code: string, line: number) => (all: vscode.Diagnostic[]) => all.some((d) => codeOf(d) === code && d.range.start.line === line);
const lacks = (code: string, line: number) => (all: vscode.Diagnostic[]) => !has(code, line)(all);

/**
 * Applies an action's edit and checks what a user would: the text only gained `inserted` (the rest
 * byte-identical), the document is dirty and the file on disk untouched. `inserted` may be a
 * RegExp for text that varies. Returns the text as it was before.
 */
async function applyAndCheck(uri: vscode.Uri, fix: vscode.CodeAction, inserted: string | RegExp): Promise<string> {
  const document = await vscode.workspace.openTextDocument(uri);
  const before = document.getText();
  const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  assert.ok(fix.edit, `${fix.title} has an edit`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit), `${fix.title} applies`);
  const after = document.getText();
  const added = insertion(before, after);
  assert.ok(added !== undefined, `${fix.title} only inserts: the rest of the document is byte-identical`);
  if (typeof inserted === 'string') assert.ok(added.includes(inserted), `${fix.title} inserts ${JSON.stringify(inserted)}; the text went from ${JSON.stringify(before)} to ${JSON.stringify(after)}`);
  else assert.ok(added.some((text) => inserted.test(text)), `${fix.title} inserts ${String(inserted)}; got one of ${JSON.stringify(added)}`);
  assert.ok(document.isDirty, 'the document is changed, not saved');
  assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), onDisk, 'the file on disk is untouched');
  return before;
}

/**
 * Every way `after` can be `before` with one block inserted (inserting `\nX` at a line's end
 * reads the same as `X\n` after its line break), or undefined when `after` is not that.
 */
function insertion(before: string, after: string): string[] | undefined {
  const length = after.length - before.length;
  let prefix = 0;
  while (prefix < before.length && before[prefix] === after[prefix]) prefix++;
  const found: string[] = [];
  for (let at = prefix; at >= 0 && at >= prefix - length; at--) {
    if (after.slice(0, at) === before.slice(0, at) && after.slice(at + length) === before.slice(at)) found.push(after.slice(at, at + length));
  }
  return length > 0 && found.length > 0 ? found : undefined;
}

/** One undo brings the original text back. */
async function undoAndCheck(uri: vscode.Uri, original: string): Promise<void> {
  await vscode.commands.executeCommand('undo');
  const document = await vscode.workspace.openTextDocument(uri);
  assert.equal(document.getText(), original, 'one undo restores the text');
}

describe('Quick fixes', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAllEditors();
  });

  it('offers deadline choices, a custom date, a measure, expand and disables on a one-line goal', async () => {
    const { uri } = await openJournal();
    const deadline = await actionsAt(uri, diagnosticAt(uri, 'smart-missing-deadline', GOAL).range);
    const titles = deadline.map((a) => a.title);
    for (const pattern of [
      /^Add a deadline: by \d{4}-\d\d-\d\d \(end of this quarter\)$/, /^Add a deadline: by \d{4}-\d\d-\d\d \(in 3 months\)$/,
      /^Add a deadline: by \d{4}-\d\d-\d\d \(in 12 months\)$/, /^Add a deadline: custom date…$/, /^Add a Measurable field$/,
      /^Expand into a SMART goal block$/, /^Disable smart-missing-deadline for this line$/, /^Disable smart-missing-deadline for this file$/,
      /^Disable smart-missing-measure for this line$/,
    ]) assert.ok(titles.some((t) => pattern.test(t)), `${String(pattern)} in ${titles.join(' | ')}`);
    assert.equal(titles.filter((t) => t === 'Expand into a SMART goal block').length, 1, 'expand is offered once per goal');
    const first = deadline.find((a) => a.title.endsWith('(end of this quarter)'));
    assert.equal(first?.isPreferred, true, 'the first choice is preferred');
    const mine = deadline.filter((a) => OURS.test(a.title));
    assert.ok(mine.every((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value), mine.map((a) => `${a.title}: ${a.kind?.value}`).join(' | '));
    const custom = deadline.find((a) => a.title === 'Add a deadline: custom date…');
    assert.equal(custom?.command?.command, 'careerJournal.addDeadline');
  });

  it('each deadline choice adds "by <date>", clears the warning, inserts only, is one undo and never saves', async () => {
    const { uri } = await openJournal();
    const original = JOURNAL;
    for (const name of ['end of this quarter', 'in 3 months', 'in 12 months']) {
      const fix = await action(uri, 'smart-missing-deadline', GOAL, new RegExp(`\\(${name}\\)$`));
      const date = /by (\d{4}-\d\d-\d\d)/.exec(fix.title)?.[1];
      await applyAndCheck(uri, fix, ` by ${date}`);
      await waitForDiagnostics(uri, lacks('smart-missing-deadline', GOAL), `no deadline warning after '${fix.title}'`);
      assert.ok(has('smart-missing-measure', GOAL)(ours(uri)), 'the measure warning stays');
      await undoAndCheck(uri, original);
      await waitForDiagnostics(uri, has('smart-missing-deadline', GOAL), 'the warning back after undo');
    }
  });

  it('adds a Measurable field with the cursor after the label; typing the measure clears the warning', async () => {
    const { uri, editor } = await openJournal();
    const fix = await action(uri, 'smart-missing-measure', GOAL, 'Add a Measurable field');
    await applyAndCheck(uri, fix, '\n  - **Measurable:** ');
    await undoAndCheck(uri, JOURNAL);
    assert.ok(await vscode.workspace.applyEdit(fix.edit ?? new vscode.WorkspaceEdit()));
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [GOAL + 1, '  - **Measurable:** '.length],
      'the cursor waits where the measure goes');
    await vscode.commands.executeCommand('type', { text: '3 design docs reviewed by the architecture group' });
    await waitForDiagnostics(uri, lacks('smart-missing-measure', GOAL), 'no measure warning once typed');
    assert.equal(editor.document.lineAt(GOAL + 1).text, '  - **Measurable:** 3 design docs reviewed by the architecture group');
  });

  it('adds the missing fields of a goal heading, cursor on the first', async () => {
    const { uri, editor } = await openJournal();
    const fix = await action(uri, 'smart-missing-field', HEADING_GOAL, 'Add Specific, Achievable and Relevant');
    await applyAndCheck(uri, fix, '\n- **Specific:** \n- **Achievable:** \n- **Relevant:** ');
    assert.equal(editor.selection.active.line, HEADING_GOAL + 3);
    assert.ok(!editor.document.getText().includes('$1'), 'no snippet marker left in the text');
  });

  it('expands a one-line goal into a SMART block, the Specific prompt selected, with no new diagnostics', async () => {
    const { uri, editor } = await openJournal();
    const before = ours(uri).map((d) => `${codeOf(d)}@${d.range.start.line}`).sort();
    const fix = await action(uri, 'smart-missing-measure', GOAL, 'Expand into a SMART goal block');
    await applyAndCheck(uri, fix, /^\n {2}- \*\*Specific:\*\* <!--.*-->\n {2}- \*\*Measurable:\*\* <!--.*-->\n {2}- \*\*Achievable:\*\* <!--.*-->\n {2}- \*\*Relevant:\*\* <!--.*-->\n {2}- \*\*Time-bound:\*\* <!--.*-->$/);
    assert.match(editor.document.getText(editor.selection), /^<!-- what exactly .* -->$/, 'the Specific prompt is selected, ready to type over');
    const shifted = (key: string) => key.replace(/@(\d+)$/, (_, line: string) => `@${Number(line) > GOAL ? Number(line) + 5 : Number(line)}`);
    await waitForDiagnostics(uri, (all) => all.some((d) => d.range.start.line === STAR + 5), 'diagnostics of the expanded text');
    assert.deepEqual(ours(uri).map((d) => `${codeOf(d)}@${d.range.start.line}`).sort(), before.map(shifted).sort());
    await undoAndCheck(uri, JOURNAL);
  });

  it('disables one code on one line, leaving the other diagnostics', async () => {
    const { uri } = await openJournal();
    const others = ours(uri).filter((d) => !(codeOf(d) === 'smart-missing-measure' && d.range.start.line === GOAL)).length;
    const fix = await action(uri, 'smart-missing-measure', GOAL, 'Disable smart-missing-measure for this line');
    await applyAndCheck(uri, fix, '<!-- career-journal-disable-next-line smart-missing-measure -->\n');
    await waitForDiagnostics(uri, (all) => lacks('smart-missing-measure', GOAL + 1)(all) && has('smart-missing-deadline', GOAL + 1)(all),
      'the measure warning gone, the deadline warning of the same goal still there');
    assert.equal(ours(uri).length, others);
    await undoAndCheck(uri, JOURNAL);
  });

  it('disables a code for the whole file after the front matter', async () => {
    const { uri } = await openJournal();
    const fix = await action(uri, 'smart-missing-measure', GOAL, 'Disable smart-missing-measure for this file');
    await applyAndCheck(uri, fix, '<!-- career-journal-disable smart-missing-measure -->\n');
    await waitForDiagnostics(uri, (all) => !all.some((d) => codeOf(d) === 'smart-missing-measure'), 'no measure warnings');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.lineAt(4).text, '<!-- career-journal-disable smart-missing-measure -->');
  });

  it('adds a Result line to a STAR story; typing it clears the warning', async () => {
    const { uri } = await openJournal();
    const fix = await action(uri, 'star-missing-result', STAR, 'Add a Result line');
    await applyAndCheck(uri, fix, '\n- Result: ');
    await vscode.commands.executeCommand('type', { text: 'pages fell from 9 to 2 a week' });
    await waitForDiagnostics(uri, lacks('star-missing-result', STAR), 'no Result warning');
  });

  it('keeps the indentation of a line added under an indented one (a STAR story in a list item)', async () => {
    const text = '---\ntype: career-journal\n---\n# Stories\n\n- Migrated billing\n  - Situation: old provider shut down\n  - Task: move 40,000 subscriptions\n  - Action: dual-run plan\n';
    const { uri, editor } = await openJournal(text);
    const fix = await action(uri, 'star-missing-result', 5, 'Add a Result line');
    await applyAndCheck(uri, fix, '\n  - Result: ');
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [9, '  - Result: '.length]);
  });

  it('adds all missing STAR parts of the file in one undoable edit', async () => {
    const { uri } = await openJournal();
    assert.ok(has('star-missing-result', STAR_TWO)(ours(uri)));
    const fix = await action(uri, 'star-missing-part', STAR, 'Add all missing STAR parts in this file');
    assert.ok(fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const document = await vscode.workspace.openTextDocument(uri);
    const text = document.getText();
    assert.match(text, /### STAR: Calmer on-call\n- Situation: paged at night\n- Task: \n- Action: deleted the noisy alerts\n- Result: \n/);
    assert.match(text, /- Action: scripted them\n- Result: \n/);
    assert.equal(text.replace(/^- (?:Task|Result): \n/gm, ''), JOURNAL, 'nothing else changed');
    assert.ok(document.isDirty);
    await undoAndCheck(uri, JOURNAL);
  });

  it('keeps a CRLF journal CRLF and byte-identical around the fix', async () => {
    const crlf = JOURNAL.replace(/\n/g, '\r\n');
    const { uri } = await openJournal(crlf);
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.eol, vscode.EndOfLine.CRLF);
    const measure = await action(uri, 'smart-missing-measure', GOAL, 'Add a Measurable field');
    await applyAndCheck(uri, measure, '\r\n  - **Measurable:** ');
    await undoAndCheck(uri, crlf);
    await waitForDiagnostics(uri, has('star-missing-part', STAR), 'the diagnostics of the original text');
    const expand = await action(uri, 'smart-missing-measure', GOAL, 'Expand into a SMART goal block');
    await applyAndCheck(uri, expand, /^\r\n(?: {2}- \*\*[A-Za-z-]+:\*\* <!--[^\n]*-->\r\n){4} {2}- \*\*Time-bound:\*\* <!--[^\r\n]*-->$/);
    await undoAndCheck(uri, crlf);
    await waitForDiagnostics(uri, has('star-missing-part', STAR), 'the diagnostics of the original text');
    const line = await action(uri, 'smart-missing-deadline', GOAL, 'Disable smart-missing-deadline for this line');
    await applyAndCheck(uri, line, '<!-- career-journal-disable-next-line smart-missing-deadline -->\r\n');
  });

  it('adds a custom deadline through the addDeadline command', async () => {
    const { uri } = await openJournal();
    const applied = await vscode.commands.executeCommand<boolean>('careerJournal.addDeadline', uri, GOAL, 'end of March 2031');
    assert.equal(applied, true);
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.lineAt(GOAL).text, '- [ ] Get better at writing design docs by 2031-03-31');
    await waitForDiagnostics(uri, lacks('smart-missing-deadline', GOAL), 'no deadline warning');
    assert.equal(await vscode.commands.executeCommand<boolean>('careerJournal.addDeadline', uri, GOAL, 'Q2'), false,
      'a goal that has a deadline gets no second one');
    await waitUntil(() => document.isDirty, 'the document dirty, unsaved');
  });
});
