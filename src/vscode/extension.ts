/** Entry point of the extension: registers each feature; everything it creates is disposed with it. */
import * as vscode from 'vscode';
import { registerFollowUp } from './commands/follow-up.js';
import { registerDiagnostics } from './diagnostics.js';
import { JournalIndex } from './journal-index.js';

/** What a feature gets to register itself: the extension context, the shared log and journal index. */
export interface FeatureContext {
  readonly extension: vscode.ExtensionContext;
  readonly log: vscode.LogOutputChannel;
  /** The workspace's journals; call `ready()` before the first use (it scans lazily). */
  readonly index: JournalIndex;
}

/** The features, in the order they start. Adding one is one line here. */
const FEATURES: ReadonlyArray<readonly [name: string, register: (context: FeatureContext) => void]> = [
  ['diagnostics', registerDiagnostics],
  ['follow-up and agenda', registerFollowUp],
];

/** Called by VS Code on the first Markdown file; a failing feature is logged and shown, never thrown. */
export function activate(extension: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Career Journal', { log: true });
  const index = new JournalIndex(log);
  extension.subscriptions.push(log, index);
  for (const [name, register] of FEATURES) {
    try {
      register({ extension, log, index });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.error(`Could not start ${name}:`, error);
      void vscode.window.showErrorMessage(`Career Journal: ${name} could not start: ${message}`);
    }
  }
}

/** Nothing to do: everything registered is in `context.subscriptions`. */
export function deactivate(): void {}
