import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Engine } from '../../src/vscode/engine.js';
import { EXTENSION_ID, GOAL_WITHOUT_DEADLINE, closeAllEditors, show, waitForCode, waitUntil, workspaceRoot, writeFile } from './helpers.js';

/** True when the extension host has loaded the journal engine bundle (remark, dates, rules). */
function hostLoadedEngine(extensionPath: string): boolean {
  return Object.keys(require.cache).includes(path.join(extensionPath, 'dist', 'core.js'));
}

describe('Activation', () => {
  after(closeAllEditors);

  it('activates when a Markdown file is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded in the development host`);
    assert.equal(extension.isActive, false, 'not active before any Markdown file is open');
    await show(vscode.Uri.joinPath(workspaceRoot(), 'notes', 'standup.md'));
    await waitUntil(() => extension.isActive, 'the extension to activate');
  });

  it('checks journals in the engine worker: the extension host loads no parser', async () => {
    const extension = vscode.extensions.getExtension<{ engine: Engine }>(EXTENSION_ID);
    assert.ok(extension);
    const { engine } = await extension.activate();
    assert.equal(hostLoadedEngine(extension.extensionPath), false, 'activation loaded no parser');
    const uri = await writeFile('career/activation.md', GOAL_WITHOUT_DEADLINE);
    await show(uri);
    await waitForCode(uri, 'smart-missing-deadline');
    assert.equal(engine.started, 1, 'one engine worker started for the first journal');
    assert.equal(hostLoadedEngine(extension.extensionPath), false, 'diagnostics parsed in the worker, not on the host');
    await vscode.commands.executeCommand('careerJournal.copyAgenda');
    assert.equal(hostLoadedEngine(extension.extensionPath), true, 'a command that reads the journal loads the engine on demand');
  });
});
