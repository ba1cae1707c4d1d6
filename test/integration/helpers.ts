/** Helpers for tests that run inside VS Code's extension host: files, editors, waiting on events. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Engine } from '../../src/vscode/engine.js';

/** The extension under test, as package.json names it. */
export const EXTENSION_ID = 'career-journal.career-journal';

/** How long a test waits for the editor to react before it fails. */
export const WAIT_MS = 10_000;

/** The workspace folder the runner opened (a temp copy of test/fixtures/workspace). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run must open a workspace folder');
  return folder.uri;
}

/** Writes a file in the workspace (creating folders) and returns its URI. */
export async function writeFile(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Opens a file in an editor, as a user clicking it in the explorer would. */
export async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Our diagnostics of a file right now. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'career-journal');
}

/** The code of a diagnostic as a string (`{ value, target }` or a plain value). */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

/** The codes of our diagnostics of a file. */
export function codes(uri: vscode.Uri): string[] {
  return ours(uri).map(codeOf);
}

/**
 * Resolves once `check` holds for a file's diagnostics: now, or after a diagnostics change.
 * Rejects after `ms` with what the diagnostics were, so a failure explains itself.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  check: (diagnostics: vscode.Diagnostic[]) => boolean,
  description: string,
  ms = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      subscription.dispose();
      if (error) reject(error);
      else resolve(ours(uri));
    };
    const test = () => {
      try {
        if (check(ours(uri))) done();
      } catch (error) {
        done(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) test();
    });
    const timer = setTimeout(() => {
      const now = ours(uri).map((d) => `${codeOf(d)} @${d.range.start.line}: ${d.message}`);
      done(new Error(`timed out after ${ms} ms waiting for ${description} on ${vscode.workspace.asRelativePath(uri)}; ` +
        `diagnostics now: ${now.length ? now.join(' | ') : 'none'}`));
    }, ms);
    test();
  });
}

/** Waits until a file has a diagnostic with a code. */
export function waitForCode(uri: vscode.Uri, code: string, ms = WAIT_MS): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === code), `a ${code} diagnostic`, ms);
}

/** Waits until a file has no diagnostic with a code (or none at all when no code is given). */
export function waitForNo(uri: vscode.Uri, code?: string, ms = WAIT_MS): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (all) => !all.some((d) => code === undefined || codeOf(d) === code),
    code ? `no ${code} diagnostic` : 'no diagnostics', ms);
}

/** Closes every editor, leaving the workbench as a test found it. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Resolves once `condition` holds, checking every 50 ms; for states VS Code raises no event
 * for (an extension becoming active). Rejects after `ms`.
 */
export async function waitUntil(condition: () => boolean, description: string, ms = WAIT_MS): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A journal whose one goal has neither a deadline nor a measure (the contract's example). */
export const GOAL_WITHOUT_DEADLINE = ['# Career notes', '', '## Goals', '', '- [ ] Get better at writing design docs', ''].join('\n');

/** The line of the goal in GOAL_WITHOUT_DEADLINE. */
export const GOAL_LINE = 4;

/** A journal engine of its own (the extension's worker script), for tests that build an index or tree themselves. */
export function newEngine(log: vscode.LogOutputChannel): Engine {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return new Engine(log, path.join(extension.extensionPath, 'dist', 'engine-worker.js'));
}
