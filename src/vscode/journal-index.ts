/**
 * Every journal in the workspace, summarised for the goal tree, status bar and dashboard.
 * Scans once, then re-reads only the file that changed (an edit in an editor, or a file
 * created, changed or deleted on disk).
 */
import * as vscode from 'vscode';
import { isJournal, isMarkdownPath } from '../core/journal-files.js';
import { readJournal } from '../core/read.js';
import { summarize, type JournalSummary } from '../core/summary.js';
import { readSettings } from './config.js';
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
const DEBOUNCE_MS = 300;

/** The workspace's journals, kept current; fires `onDidChange` after each update. */
export class JournalIndex implements vscode.Disposable {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private scanning: Promise<void> | undefined;

  /** Fires when any journal was added, changed or removed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

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
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('careerJournal')) void this.rescan();
      }),
    );
    await this.rescan();
  }

  private schedule(uri: vscode.Uri): void {
    if (!isMarkdownPath(uri.path) || uri.path.includes('/node_modules/')) return;
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.read(uri, true);
    }, DEBOUNCE_MS));
  }

  private remove(uri: vscode.Uri): void {
    if (this.entries.delete(uri.toString())) this.changed.fire();
  }

  /** Reads one file (the editor's text when it is open) and updates its entry. */
  private async read(uri: vscode.Uri, notify: boolean): Promise<void> {
    try {
      const text = await textOf(uri);
      const settings = readSettings(uri);
      const key = uri.toString();
      const had = this.entries.has(key);
      if (text === undefined || !isJournal(relativePath(uri), text, settings.selection)) {
        this.entries.delete(key);
        if (notify && had) this.changed.fire();
        return;
      }
      const read = readJournal(text, { today: today(), dateOrder: settings.dateOrder, fileName: uri.path });
      this.entries.set(key, { uri, path: displayPath(uri), summary: summarize(read.journal, read.context, settings.dueSoonDays) });
      if (notify) this.changed.fire();
    } catch (error) {
      this.log.warn(`Could not index ${uri.toString(true)}:`, error);
    }
  }
}

/** The text of a file: the open editor's (unsaved edits included), else the disk's if it is UTF-8 text. */
async function textOf(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.length > 5 * 1024 * 1024 || bytes.subarray(0, 8192).includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
