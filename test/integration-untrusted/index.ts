/**
 * Loaded by VS Code as `extensionTestsPath` by `scripts/test-integration.mjs --untrusted`: runs
 * the bundled *.test.js beside it inside the extension host of a workspace that is NOT trusted
 * (Restricted Mode), with the same runner as test/integration.
 */
import * as vscode from 'vscode';
import { runMocha } from '../integration/run-mocha.js';

export function run(): Promise<void> {
  return runMocha(__dirname, `integration (${vscode.workspace.isTrusted ? 'trusted' : 'untrusted'} workspace)`);
}
