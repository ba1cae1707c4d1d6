/**
 * Records the notifications the extension shows (information, warning, error) instead of
 * showing them, so a test can check that a refusal says why. The extension and its tests get
 * the same `vscode` API object (the tests live in the extension's folder), so replacing
 * `vscode.window.show…Message` here replaces it for the extension too.
 */
import * as vscode from 'vscode';

const NAMES = ['showInformationMessage', 'showWarningMessage', 'showErrorMessage'] as const;

/** What was shown since `captureMessages()`, as `warning: text`; `restore()` puts the real ones back. */
export interface CapturedMessages {
  readonly all: string[];
  restore(): void;
}

/** Starts recording notifications (they resolve as if dismissed). */
export function captureMessages(): CapturedMessages {
  const window = vscode.window as unknown as Record<string, unknown>;
  const originals = Object.fromEntries(NAMES.map((name) => [name, window[name]]));
  const all: string[] = [];
  for (const name of NAMES) {
    const kind = name.replace(/^show|Message$/g, '').toLowerCase();
    window[name] = (message: string) => {
      all.push(`${kind}: ${message}`);
      return Promise.resolve(undefined);
    };
  }
  return { all, restore: () => Object.assign(window, originals) };
}
