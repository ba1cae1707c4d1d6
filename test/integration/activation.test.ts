import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, show, waitUntil, workspaceRoot } from './helpers.js';

describe('Activation', () => {
  after(closeAllEditors);

  it('activates when a Markdown file is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded in the development host`);
    assert.equal(extension.isActive, false, 'not active before any Markdown file is open');
    await show(vscode.Uri.joinPath(workspaceRoot(), 'notes', 'standup.md'));
    await waitUntil(() => extension.isActive, 'the extension to activate');
  });
});
