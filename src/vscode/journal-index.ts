/**
 * Every journal in the workspace, summarised for the goal tree, status bar and dashboard.
 * Scans once, then re-reads only the file that changed (an edit in an editor, or a file
 * created, changed or deleted on disk). The engine worker reads them: an open journal from the
 * parse its diagnostics keep, a file on disk once; the extension host never parses.
 */
import * as vscode from 'vscode';
import { isJournal, isMarkdownPath } from '../core/journal-files.js';
import type { JournalSummary } from '../core/summary.js';
import { megabytes } from './check-notes.js';
import { readSettings } from './config.js';
import type { Engine } from './engine.js';
import { displayPath, relativePath, today } from './workspace-paths.js';

/** One indexed journal. */
export interface IndexEntry {
  readonly uri: vscode.Uri;
  /** Workspace-relative path for display. */
  readonly path: string;
  readonly summary: JournalSummary;
}

const MARKDOWN_GLOB = '**/*.{md,markdown,mdown,mkd}';
const EXCLUDE_GLOB = '{**/node_modules/**,**/.*/**}';
/** How long after a file changes on disk it is read again. */
const DEBOUNCE_MS = 300;
/**
 * How long typing must pause before an open journal's goals are read again: longer than the
 * diagnostics' pause, so that while you type the engine lints first and summarises after.
 */
const TYPING_PAUSE_MS = 1_000;

/** The workspace's journals, kept current; fires `onDidChange` after each update. */
export class JournalIndex implements vscode.Disposable {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private scanning: Promise<void> | undefined;

  /** Fires when any journal was added, changed or removed. */
  readonly onDidChange = this.changed.event;

  /** Markdown files left out and why (binary, not UTF-8, too large), by URI. */
  private readonly skips = new Map<string, string>();
  /** How often each file was deleted: a read that began before a deletion must not bring it back. */
  private readonly removals = new Map<string, number>();

  constructor(private readonly log: vscode.LogOutputChannel, private readonly engine: Engine) {}

  /** The Markdown files not read, each with the reason, by path. */
  skipped(): Array<{ readonly path: string; readonly reason: string }> {
    return [...this.skips].map(([key, reason]) => ({ path: displayPath(vscode.Uri.parse(key)), reason })).sort((a, b) => a.path.localeCompare(b.path));
  }

  /** Starts (once) the first scan and the watchers; resolves when the scan is done. */
  ready(): Promise<void> {
    this.scanning ??= this.start();
    return this.scanning;
  }

  /** The indexed journals, by path. */
  all(): IndexEntry[] {
    return [...this.entries.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  /** The entry of one document, if it is an indexed journal. */
  get(uri: vscode.Uri): IndexEntry | undefined {
    return this.entries.get(uri.toString());
  }

  /** Re-reads every journal, e.g. after a settings change or when the day changes. */
  async rescan(): Promise<void> {
    const uris = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDE_GLOB);
    const seen = new Set(uris.map((u) => u.toString()));
    for (const key of [...this.entries.keys()]) if (!seen.has(key)) this.entries.delete(key);
    await Promise.all(uris.map((uri) => this.read(uri, false)));
    this.changed.fire();
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private async start(): Promise<void> {
    const watcher = vscode.workspace.createFileSystemWatcher(MARKDOWN_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.schedule(uri)),
      watcher.onDidChange((uri) => this.schedule(uri)),
      watcher.onDidDelete((uri) => this.remove(uri)),
      // Only edits: a change of the dirty state alone (a file deleted under its editor) is none.
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document.uri, TYPING_PAUSE_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('careerJournal')) void this.rescan();
      }),
    );
    await this.rescan();
  }

  private schedule(uri: vscode.Uri, pause = DEBOUNCE_MS): void {
    if (!isMarkdownPath(uri.path) || uri.path.includes('/node_modules/')) return;
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.read(uri, true);
    }, pause));
  }

  private remove(uri: vscode.Uri): void {
    clearTimeout(this.timers.get(uri.toString()));
    this.timers.delete(uri.toString());
    this.removals.set(uri.toString(), (this.removals.get(uri.toString()) ?? 0) + 1);
    this.skips.delete(uri.toString());
    if (this.entries.delete(uri.toString())) this.changed.fire();
  }

  /** Reads one file (the editor's text when it is open) and updates its entry. */
  private async read(uri: vscode.Uri, notify: boolean): Promise<void> {
    const key = uri.toString();
    const removals = this.removals.get(key);
    try {
      const settings = readSettings(uri);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      // A file outside the journal folder and globs is a journal only by its front matter: left unread quietly.
      const named = isJournal(relativePath(uri), '', settings.selection);
      const text = open ? open.getText() : await this.readDisk(uri, settings.maxBytes, named);
      const had = this.entries.has(key);
      // An editor may still show a file deleted on disk: the index lists files, so it is left out.
      if (open && open.uri.scheme !== 'untitled' && !(await exists(uri))) {
        if (this.entries.delete(key) && notify) this.changed.fire();
        return;
      }
      if (text === undefined || !isJournal(relativePath(uri), text, settings.selection) || (open && this.tooLarge(uri, text, settings.maxBytes))) {
        this.entries.delete(key);
        if (notify && had) this.changed.fire();
        return;
      }
      this.skips.delete(key);
      const options = { today: today(), dateOrder: settings.dateOrder, fileName: uri.path };
      // An open journal's summary waits behind the editor's lints (it is read from their parse).
      const summary = open
        ? await this.engine.summaryOf(key, text, options, settings.dueSoonDays, true)
        : await this.engine.summarize(text, options, settings.dueSoonDays);
      if (!summary || this.removals.get(key) !== removals) return;
      this.entries.set(key, { uri, path: displayPath(uri), summary });
      if (notify) this.changed.fire();
    } catch (error) {
      this.log.warn(`Could not index ${uri.toString(true)}:`, error);
    }
  }

  /** The text of a file on disk if it is UTF-8 text within the size limit; else notes why not. */
  private async readDisk(uri: vscode.Uri, maxBytes: number, named: boolean): Promise<string | undefined> {
    const bytes = await vscode.workspace.fs.readFile(uri);
    const reason = bytes.length > maxBytes ? `larger than careerJournal.maxFileSize (${megabytes(bytes.length)})`
      : bytes.subarray(0, 65_536).includes(0) ? 'binary (it holds NUL bytes)'
      : undefined;
    if (reason) return named ? this.skip(uri, reason) : undefined;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return named ? this.skip(uri, 'not UTF-8 text (save it as UTF-8 to see its goals)') : undefined;
    }
  }

  private tooLarge(uri: vscode.Uri, text: string, maxBytes: number): boolean {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= maxBytes) return false;
    this.skip(uri, `larger than careerJournal.maxFileSize (${megabytes(bytes)})`);
    return true;
  }

  private skip(uri: vscode.Uri, reason: string): undefined {
    const key = uri.toString();
    if (this.skips.get(key) !== reason) this.log.warn(`Not reading ${uri.toString(true)} for the goals: ${reason}.`);
    this.skips.set(key, reason);
    return undefined;
  }
}

/** False when the file is not there (any other error: assume it is). */
async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    return !(error instanceof vscode.FileSystemError && error.code === 'FileNotFound');
  }
}
