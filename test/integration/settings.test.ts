import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { GOAL_WITHOUT_DEADLINE, closeAllEditors, codes, show, waitForCode, waitForNo, workspaceRoot, writeFile } from './helpers.js';

const settings = () => vscode.workspace.getConfiguration('careerJournal');

describe('Settings', () => {
  afterEach(async () => {
    await closeAllEditors();
    await settings().update('folder', undefined, vscode.ConfigurationTarget.Workspace);
    await settings().update('include', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('follows careerJournal.folder', async () => {
    const moved = await writeFile('journal/moved.md', GOAL_WITHOUT_DEADLINE);
    const career = await writeFile('career/default.md', GOAL_WITHOUT_DEADLINE);
    await show(moved);
    await show(career);
    await waitForCode(career, 'smart-missing-deadline');
    assert.deepEqual(codes(moved), [], 'journal/ is not the journal folder yet');

    await settings().update('folder', 'journal/', vscode.ConfigurationTarget.Workspace);
    await waitForCode(moved, 'smart-missing-deadline');
    await waitForNo(career);
  });

  it('follows careerJournal.include', async () => {
    const standup = vscode.Uri.joinPath(workspaceRoot(), 'notes', 'standup.md');
    const control = await writeFile('career/control-include.md', GOAL_WITHOUT_DEADLINE);
    await show(standup);
    await show(control);
    await waitForCode(control, 'smart-missing-deadline');
    assert.deepEqual(codes(standup), [], 'notes/ holds no journals by default');

    await settings().update('include', ['notes/**/*.md'], vscode.ConfigurationTarget.Workspace);
    await waitForCode(standup, 'smart-missing-deadline');
  });
});
