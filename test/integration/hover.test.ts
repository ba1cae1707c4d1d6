import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, show, waitForCode, workspaceRoot, writeFile } from './helpers.js';

const JOURNAL = [
  '---', 'type: career-journal', 'date: 2026-11-22', '---', '',
  '## Goals for Q1 2031', '',
  '- [ ] Give 3 talks about payments by the end of Q2 2031', // 7
  '- [ ] Get better at writing design docs', // 8
  '',
  '### Goal: Lead the ledger migration', // 10
  '- Measurable: 100% of writes on the new service',
  '- Time-bound: Q3 2031',
  '',
  'Just a paragraph.', // 14
  '',
].join('\n');

/** The Markdown of every hover at a position, joined: as is (`raw`), and with backslash escapes removed (`text`). */
async function hoverText(uri: vscode.Uri, line: number, character = 8): Promise<{ text: string; raw: string; contents: vscode.MarkdownString[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, character));
  const contents = hovers.flatMap((hover) => hover.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
  const raw = hovers.flatMap((hover) => hover.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
  return { text: raw.replace(/\\(.)/g, '$1'), raw, contents };
}

describe('Goal hover', () => {
  let uri: vscode.Uri;

  before(async () => {
    uri = await writeFile('career/hover.md', JOURNAL);
    await show(uri);
    await waitForCode(uri, 'smart-missing-measure');
  });

  after(closeAllEditors);

  it('shows the deadline as a day, the words and where they came from, the reference date, and the measure', async () => {
    const { text } = await hoverText(uri, 7);
    assert.match(text, /\*\*Deadline\*\* 2031-06-30 — from "by the end of Q2 2031" in the goal's text \(reference 2026-11-22\)/);
    assert.match(text, /\*\*Measure\*\* "3 talks" — from the goal's text/);
    assert.match(text, /\(open\)/);
    assert.doesNotMatch(text, /\*\*Lacks\*\*/);
  });

  it('names the heading as the source of a list\'s deadline, and what a goal lacks', async () => {
    const { text } = await hoverText(uri, 8);
    assert.match(text, /2031-03-31 — from "Q1 2031" in the heading over the list/);
    assert.match(text, /\*\*Measure\*\* none found/);
    assert.match(text, /\*\*Lacks\*\* a measure$/m);
  });

  it('reads the fields of a goal heading', async () => {
    const { text } = await hoverText(uri, 10);
    assert.match(text, /2031-09-30 — from "Q3 2031" in its Time-bound field/);
    assert.match(text, /"100% of writes on the new service" — from its Measurable field/);
    assert.match(text, /\*\*Lacks\*\* the Specific, Achievable and Relevant fields/);
  });

  it('escapes the journal\'s words and is never trusted', async () => {
    // Markdown escapes and entities in the journal read as these characters; the hover must show them as text.
    const markup = '[3 talks](command:workbench.action.quit) *x* <img src=x> `y`';
    const source = '\\[3 talks\\]\\(command:workbench.action.quit\\) \\*x\\* &lt;img src=x&gt; \\`y\\`';
    const escaped = await writeFile('career/hover-escape.md', `### Goal: Speak\n- Measurable: ${source}\n- Time-bound: Q2 2031\n`);
    await show(escaped);
    await waitForCode(escaped, 'smart-missing-field');
    const { raw, text, contents } = await hoverText(escaped, 0, 5);
    const ours = contents.filter((c) => c.value.includes('Career Journal goal'));
    assert.equal(ours.length, 1);
    assert.ok(!ours[0]?.isTrusted, 'not trusted');
    assert.ok(text.includes(`"${markup}"`), 'the words are all there, as text');
    assert.doesNotMatch(raw, /[^\\]\]\(command:/, 'no live command link');
    assert.doesNotMatch(raw, /[^\\]<img/, 'no raw HTML');
    assert.doesNotMatch(raw, /[^\\][*`]x|[^\\]`y/, 'no emphasis or code from the journal');
  });

  it('shows nothing off a goal line, nor in a file that is not a journal', async () => {
    await show(uri);
    assert.doesNotMatch((await hoverText(uri, 14)).text, /Career Journal goal/);
    assert.doesNotMatch((await hoverText(uri, 11)).text, /Career Journal goal/, 'a field line is not the goal');
    const readme = vscode.Uri.joinPath(workspaceRoot(), 'README.md');
    const editor = await show(readme);
    const goalLine = editor.document.getText().split('\n').findIndex((line) => line.startsWith('- Keep the checkout flow fast'));
    assert.ok(goalLine >= 0, 'the README has a Goals list');
    assert.doesNotMatch((await hoverText(readme, goalLine, 4)).text, /Career Journal goal/);
  });
});
