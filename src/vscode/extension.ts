/** Entry point of the extension: registers each feature; everything it creates is disposed with it. */
import * as vscode from 'vscode';
import { registerCodeActions } from './code-actions.js';
import { registerFollowUp } from './commands/follow-up.js';
import { registerNewConversation } from './commands/new-conversation.js';
import { registerDashboard } from './dashboard-panel.js';
import { registerDiagnostics } from './diagnostics.js';
import { registerGoalTree } from './goal-tree.js';
import { JournalIndex } from './journal-index.js';
import { registerStatusBar } from './status-bar.js';

/** What a feature gets to register itself: the extension context, the shared log and journal index. */
export interface FeatureContext {
  readonly extension: vscode.ExtensionContext;
  readonly log: vscode.LogOutputChannel;
  /** The workspace's journals; call `ready()` before the first use (it scans lazily). */
  readonly index: JournalIndex;
}

/** The features, in the order they start. Adding one is one line here; what `register` returns is exported as `api[name]`. */
const FEATURES: ReadonlyArray<readonly [name: string, register: (context: FeatureContext) => unknown]> = [
  ['diagnostics', registerDiagnostics],
  ['quick fixes and hover', registerCodeActions],
  ['dashboard', registerDashboard],
  ['goal tree', registerGoalTree],
  ['status bar', registerStatusBar],
  ['follow-up and agenda', registerFollowUp],
  ['new career conversation', registerNewConversation],
];

/** Called by VS Code on the first Markdown file; a failing feature is logged and shown, never thrown. */
export function activate(extension: vscode.ExtensionContext): Record<string, unknown> {
  const log = vscode.window.createOutputChannel('Career Journal', { log: true });
  const index = new JournalIndex(log);
  extension.subscriptions.push(log, index);
  const api: Record<string, unknown> = {};
  for (const [name, register] of FEATURES) {
    try {
      const exported = register({ extension, log, index });
      if (exported !== undefined) api[name] = exported;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.error(`Could not start ${name}:`, error);
      void vscode.window.showErrorMessage(`Career Journal: ${name} could not start: ${message}`);
    }
  }
  return api;
}

/** Nothing to do: everything registered is in `context.subscriptions`. */
export function deactivate(): void {}
