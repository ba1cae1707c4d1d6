/**
 * Every edit the extension makes — each kind of quick fix, "add a deadline", "mark done / not
 * done" — on journals whose bytes are easy to disturb: CRLF with a UTF-8 BOM, and LF with no
 * final line break. Each must be one undoable step that changes only its own span, keeps the
 * line breaks, never saves by itself, and, once the user saves, leaves every other byte of the
 * file as it was on disk.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { WAIT_MS, closeAllEditors, codeOf, show, waitForCode, writeFile } from './helpers.js';

const LINES = [
  '---', 'type: career-journal', 'date: 2026-11-22', '---', '# Career notes', '', '## Goals', '',
  '- [ ] Get better at writing design docs', // 8
  '- [x] Give 3 talks by 2031-06-30', // 9
  '',
  '### Goal: Lead the ledger migration', // 11
  '- Measurable: 100% of writes on the new service', '- Time-bound: by 2031-03-31', '- Status: in progress', '',
  '### STAR: Calmer on-call', // 16
  '- Situation: paged at night', '- Action: deleted the noisy alerts',
];
const GOAL = 8;
const DONE = 9;
const HEADING = 11;
const STAR = 16;

interface Variant { readonly name: string; readonly eol: string; readonly bom: boolean; readonly finalBreak: boolean }
const VARIANTS: readonly Variant[] = [
  { name: 'CRLF with a UTF-8 BOM', eol: '\r\n', bom: true, finalBreak: true },
  { name: 'LF with no final line break', eol: '\n', bom: false, finalBreak: false },
];

/** How an edit is made, and which text of the original it replaces ('' for insertions only). */
interface EditCase {
  readonly name: string;
  readonly replaces: string;
  run(uri: vscode.Uri): Promise<void>;
}

const fix = (code: string, line: number, title: string | RegExp, name = typeof title === 'string' ? title : String(title)): EditCase => ({
  name: `quick fix "${name}"`,
  replaces: '',
  run: async (uri) => {
    const action = await quickFix(uri, code, line, title);
    assert.ok(action.edit, `${action.title} has an edit`);
    assert.ok(await vscode.workspace.applyEdit(action.edit), `${action.title} applies`);
  },
});

const EDITS: readonly EditCase[] = [
  fix('smart-missing-deadline', GOAL, /^Add a deadline: by \d{4}-\d\d-\d\d \(in 3 months\)$/, 'Add a deadline: by … (in 3 months)'),
  fix('smart-missing-measure', GOAL, 'Add a Measurable field'),
  fix('smart-missing-measure', GOAL, 'Expand into a SMART goal block'),
  fix('smart-missing-field', HEADING, 'Add Specific, Achievable and Relevant'),
  fix('star-missing-part', STAR, 'Add a Task line'),
  fix('star-missing-result', STAR, 'Add a Result line'),
  fix('star-missing-part', STAR, 'Add all missing STAR parts in this file'),
  fix('smart-missing-measure', GOAL, 'Disable smart-missing-measure for this line'),
  fix('smart-missing-measure', GOAL, 'Disable smart-missing-measure for this file'),
  {
    name: 'careerJournal.addDeadline ("end of March 2031")', replaces: '',
    run: async (uri) => assert.equal(await vscode.commands.executeCommand('careerJournal.addDeadline', uri, GOAL, 'end of March 2031'), true),
  },
  { name: 'mark done (a checkbox)', replaces: ' ', run: (uri) => toggle(uri, GOAL) },
  { name: 'mark not done (a checkbox)', replaces: 'x', run: (uri) => toggle(uri, DONE) },
  { name: 'mark done (a Status: field)', replaces: 'in progress', run: (uri) => toggle(uri, HEADING) },
];

async function toggle(uri: vscode.Uri, line: number): Promise<void> {
  await vscode.commands.executeCommand('careerJournal.toggleGoalDone', { uri, line });
}

/** Our quick fix of a title for a diagnostic, once the workbench offers it (diagnostics reach it a moment later). */
async function quickFix(uri: vscode.Uri, code: string, line: number, title: string | RegExp): Promise<vscode.CodeAction> {
  const diagnostic = (await waitForCode(uri, code)).find((d) => codeOf(d) === code && d.range.start.line === line);
  assert.ok(diagnostic, `a ${code} diagnostic on line ${line}`);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const actions: vscode.CodeAction[] = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const found = actions.find((action) => (typeof title === 'string' ? action.title === title : title.test(action.title)));
    if (found) return found;
    if (Date.now() > deadline) assert.fail(`no quick fix ${String(title)}; offered: ${actions.map((a) => a.title).join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** Bytes as a string of one character per byte (BOM as `ï»¿`), so a failed comparison shows where they differ. */
const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

/** The one span where `after` differs from `before`: common prefix and suffix, and what sits between. */
function change(before: string, after: string): { prefix: number; suffix: number; removed: string; added: string } {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { prefix, suffix, removed: before.slice(prefix, before.length - suffix), added: after.slice(prefix, after.length - suffix) };
}

/** True when `after` is `before` with text inserted (a fix-all inserts at several places): nothing removed or altered. */
function insertsOnly(before: string, after: string): boolean {
  let at = 0;
  for (const char of after) if (at < before.length && char === before[at]) at++;
  return at === before.length && after.length > before.length;
}

/** Text as a message shows it: quoted, line breaks visible. */
const quoted = (text: string): string => JSON.stringify(text);

describe('Every edit: one undo step, nothing else touched, never saved', () => {
  const files = () => vscode.workspace.getConfiguration('files');
  let autoSave: unknown;
  let counter = 0;

  // VS Code in a browser saves after a delay by default; off (the desktop default) shows that the extension never saves.
  before(async () => {
    autoSave = files().inspect('autoSave')?.globalValue;
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await files().update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
  });

  afterEach(closeAllEditors);

  for (const variant of VARIANTS) {
    describe(variant.name, () => {
      const text = LINES.join(variant.eol) + (variant.finalBreak ? variant.eol : '');
      const original = concat(variant.bom ? BOM : new Uint8Array(), encode(text));

      for (const edit of EDITS) {
        it(edit.name, async () => {
          const uri = await writeFile(`career/bytes-${++counter}.md`, '');
          await vscode.workspace.fs.writeFile(uri, original);
          const document = (await show(uri)).document;
          assert.equal(document.getText(), text, 'VS Code reads the file as written (the BOM aside)');
          assert.equal(document.eol, variant.eol === '\r\n' ? vscode.EndOfLine.CRLF : vscode.EndOfLine.LF);
          await waitForCode(uri, 'smart-missing-deadline');

          await edit.run(uri);
          const after = document.getText();
          const { prefix, suffix, removed, added } = change(text, after);
          assert.ok(added.length > 0, 'adds something');
          if (edit.replaces) assert.equal(removed, edit.replaces, `replaces only ${quoted(edit.replaces)}; removed ${quoted(removed)}, added ${quoted(added)}`);
          else assert.ok(insertsOnly(text, after), `only inserts (every original character kept, in order); the span ${quoted(removed)} became ${quoted(added)}`);
          if (variant.eol === '\r\n') assert.doesNotMatch(after, /[^\r]\n/, `only CRLF line breaks; added ${quoted(added)}`);
          else assert.doesNotMatch(after, /\r/, `only LF line breaks; added ${quoted(added)}`);
          assert.equal(after.endsWith(variant.eol), variant.finalBreak, 'the last line break is as it was');
          assert.equal(document.isDirty, true, 'the change waits in the editor');
          assert.equal(latin1(await vscode.workspace.fs.readFile(uri)), latin1(original), 'not saved: the file is as it was');

          await vscode.window.showTextDocument(document);
          await vscode.commands.executeCommand('undo');
          assert.equal(document.getText(), text, 'one undo restores the text exactly');
          assert.equal(document.isDirty, false, 'and the editor is clean again');
          await vscode.commands.executeCommand('redo');
          assert.equal(document.getText(), after, 'one redo makes the edit again');

          assert.ok(await document.save(), 'the user saves');
          const head = (variant.bom ? BOM.length : 0) + encode(text.slice(0, prefix)).length;
          const tail = encode(text.slice(text.length - suffix)).length;
          const expected = concat(original.subarray(0, head), encode(added), original.subarray(original.length - tail));
          assert.equal(latin1(await vscode.workspace.fs.readFile(uri)), latin1(expected), 'on disk, every byte outside the edit is the original one (BOM, line breaks)');
        });
      }
    });
  }
});
