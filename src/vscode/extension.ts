/** Entry point of the extension: registers each feature; everything it creates is disposed with it. */
import * as vscode from 'vscode';
import type { Finding } from '../core/types.js';
import { CheckNotes } from './check-notes.js';
import { registerCodeActions } from './code-actions.js';
import { registerFollowUp } from './commands/follow-up.js';
import { registerNewConversation } from './commands/new-conversation.js';
import { registerDashboard } from './dashboard-panel.js';
import { registerDiagnostics } from './diagnostics.js';
import { Engine } from './engine.js';
import { registerGoalTree } from './goal-tree.js';
import { JournalIndex } from './journal-index.js';
import { registerStatusBar } from './status-bar.js';

/** The findings of the last lint of each open journal, with the document version they are of. */
export type LintedVersions = Map<string, { readonly version: number; readonly findings: readonly Finding[] }>;

/** What a feature gets to register itself: the extension context, and what features share. */
export interface FeatureContext {
  readonly extension: vscode.ExtensionContext;
  readonly log: vscode.LogOutputChannel;
  /** Parses and lints in a worker thread, started on the first request. */
  readonly engine: Engine;
  /** The workspace's journals; call `ready()` before the first use (it scans lazily). */
  readonly index: JournalIndex;
  /** Why an open journal is not checked (too large, binary, over the time budget). */
  readonly notes: CheckNotes;
  /** Written by the diagnostics, read by the quick fixes: no second lint of the same version. */
  readonly linted: LintedVersions;
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
  const engine = new Engine(log);
  const index = new JournalIndex(log, engine);
  const notes = new CheckNotes();
  extension.subscriptions.push(log, engine, index, notes);
  const shared: FeatureContext = { extension, log, engine, index, notes, linted: new Map() };
  const api: Record<string, unknown> = { engine, index };
  for (const [name, register] of FEATURES) {
    try {
      const exported = register(shared);
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
