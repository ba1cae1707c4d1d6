import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, show, waitUntil, writeFile } from './helpers.js';

describe('snippets', () => {
  afterEach(closeAllEditors);

  for (const [name, expected] of [
    ['STAR story', /^### STAR: What you achieved, in a few words\n- \*\*Situation:\*\* /],
    ['SMART goal', /^### Goal: The goal in one line\n- \*\*Specific:\*\* [\s\S]*- \*\*Time-bound:\*\* by \d{4}-12-31/],
    ['Agenda', /^## Agenda\n/],
    ['Follow-up', /^## Follow-up\n\n### Key points/],
  ] as const) {
    it(`inserts the ${name} snippet into a Markdown journal`, async () => {
      const editor = await show(await writeFile(`career/snippet-${name.replace(/\W+/g, '-')}.md`, ''));
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
      await waitUntil(() => editor.document.getText().length > 0, `the ${name} snippet to be inserted`);
      assert.match(editor.document.getText(), expected);
    });
  }
});
