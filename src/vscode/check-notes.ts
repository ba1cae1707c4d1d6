/**
 * Why a journal open in an editor is not being checked: too large, binary, or its check ran over
 * the time budget. The diagnostics write these notes; the status bar shows the active editor's.
 */
import * as vscode from 'vscode';

/** A note about one document, in words a person understands. */
export interface CheckNote {
  /** Short, for the status bar: "Journal not checked: 6.2 MB". */
  readonly short: string;
  /** The whole reason and what to do about it. */
  readonly detail: string;
  /** A setting that changes it, if any. */
  readonly setting?: string;
}

/** The notes, by document URI; fires when one is set or cleared. */
export class CheckNotes implements vscode.Disposable {
  private readonly notes = new Map<string, CheckNote>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  get(uri: vscode.Uri): CheckNote | undefined {
    return this.notes.get(uri.toString());
  }

  set(uri: vscode.Uri, note: CheckNote): void {
    const key = uri.toString();
    const had = this.notes.get(key);
    this.notes.set(key, note);
    if (had?.detail !== note.detail) this.changed.fire(uri);
  }

  clear(uri: vscode.Uri): void {
    if (this.notes.delete(uri.toString())) this.changed.fire(uri);
  }

  dispose(): void {
    this.notes.clear();
    this.changed.dispose();
  }
}

/** A file size as people read it: `6.2 MB`, or `30 KB` under a megabyte. */
export function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The note for a journal over `careerJournal.maxFileSize`, or undefined. */
export function sizeNote(bytes: number, maxBytes: number): CheckNote | undefined {
  if (bytes <= maxBytes) return undefined;
  return {
    short: `Journal not checked: ${megabytes(bytes)}`,
    detail: `This journal (${megabytes(bytes)}) is larger than careerJournal.maxFileSize (${megabytes(maxBytes)}), so it is not checked as you type. ` +
      'Raise the setting (0 means no limit), or check it with `career-journal lint`.',
    setting: 'careerJournal.maxFileSize',
  };
}

/** The note for a document holding NUL characters (a binary file opened as text), or undefined. */
export function binaryNote(text: string): CheckNote | undefined {
  if (!text.slice(0, 65_536).includes('\0')) return undefined;
  return {
    short: 'Journal not checked: binary',
    detail: 'This file holds NUL characters, so it looks like a binary file rather than Markdown text; it is not checked.',
  };
}

/** The note for a check stopped by the time budget. */
export function budgetNote(seconds: number): CheckNote {
  return {
    short: 'Journal check stopped',
    detail: `Checking this journal took longer than ${seconds} s and was stopped so the editor stays responsive. ` +
      'It is checked again when you edit it; `career-journal lint` checks it without a time limit.',
  };
}
