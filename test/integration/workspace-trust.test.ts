/**
 * The trusted side of Restricted Mode (test/integration-untrusted has the other): in a trusted
 * workspace a templates folder may lie outside it, e.g. one shared by all your workspaces.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, workspaceRoot } from './helpers.js';

const read = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const settings = () => vscode.workspace.getConfiguration('careerJournal', workspaceRoot());

describe('Workspace trust: a trusted workspace', () => {
  afterEach(async () => {
    await settings().update('templatesFolder', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('runs trusted (the Restricted Mode tests run apart: scripts/test-integration.mjs --untrusted)', () => {
    assert.equal(vscode.workspace.isTrusted, true);
  });

  for (const [how, relative] of [['with ..', true], ['as an absolute path', false]] as const) {
    it(`uses a templates folder outside the workspace (${how})`, async () => {
      const dir = vscode.Uri.joinPath(workspaceRoot(), '..', 'shared-templates');
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'shared.md'), new TextEncoder().encode('---\ntype: career-journal\n---\n# Shared 1:1 with {{manager}}\n'));
      await settings().update('templatesFolder', relative ? '../shared-templates/' : dir.fsPath, vscode.ConfigurationTarget.Workspace);
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('careerJournal.newConversation',
        { template: 'shared.md', manager: 'Priya', date: '2026-12-07', title: `Shared ${how}` });
      assert.ok(uri, 'the journal is created from the shared template');
      assert.match(await read(uri), /# Shared 1:1 with Priya/);
    });
  }
});
