/**
 * Live diagnostics for career journals: lint on open, on change (debounced) and on a
 * settings change; clear when the journal's editor or document closes.
 */
import * as vscode from 'vscode';
import { isJournal } from '../core/journal-files.js';
import type { Finding, Severity } from '../core/types.js';
import { binaryNote, budgetNote, sizeNote, type CheckNotes } from './check-notes.js';
import { affectsSettings, readSettings } from './config.js';
import { DiagnosticBands } from './diagnostic-bands.js';
import { EngineBudgetError, type Engine } from './engine.js';
import type { FeatureContext, LintedVersions } from './extension.js';
import { relativePath, today } from './workspace-paths.js';

/** The `source` of every diagnostic this extension reports. */
export const SOURCE = 'career-journal';

/** How long typing must pause before a changed journal is linted again. */
const DEBOUNCE_MS = 300;

/** Where journals can come from: local and remote files and unsaved editors, not diff or git views. */
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

const SEVERITY: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Registers the diagnostics feature and lints the journals already open. */
export function registerDiagnostics({ extension, log, engine, notes, linted }: FeatureContext): void {
  const bands = new DiagnosticBands(SOURCE);
  const diagnostics = new JournalDiagnostics(bands, log, docsLink(extension), engine, notes, linted);
  extension.subscriptions.push(
    bands,
    diagnostics,
    vscode.workspace.onDidOpenTextDocument((document) => diagnostics.update(document)),
    vscode.workspace.onDidChangeTextDocument((event) => diagnostics.schedule(event.document)),
    vscode.workspace.onDidCloseTextDocument((document) => diagnostics.forget(document.uri)),
    vscode.window.tabGroups.onDidChangeTabs((event) => diagnostics.followTabs(event)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsSettings(event)) diagnostics.updateAll();
    }),
  );
  diagnostics.updateAll();
}

/**
 * Owns the diagnostics (in bands, see diagnostic-bands.ts). Each document has a generation
 * number, bumped by every change, close and settings change; a result is applied only while its
 * generation is current, so a stale lint never overwrites a newer one. The engine worker keeps one
 * incremental linter per open journal: re-linting after an edit re-reads only what changed.
 */
class JournalDiagnostics implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();

  constructor(
    private readonly bands: DiagnosticBands,
    private readonly log: vscode.LogOutputChannel,
    private readonly docs: (code: string) => vscode.Uri,
    private readonly engine: Engine,
    private readonly notes: CheckNotes,
    private readonly linted: LintedVersions,
  ) {}

  /** Lints a changed document once typing pauses. */
  schedule(document: vscode.TextDocument): void {
    if (!isCandidate(document)) return;
    const key = document.uri.toString();
    const generation = this.next(key);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.apply(document, generation);
    }, DEBOUNCE_MS));
  }

  /** Lints a document now (opened, or settings changed). */
  update(document: vscode.TextDocument): void {
    if (!isCandidate(document)) return;
    void this.apply(document, this.next(document.uri.toString()));
  }

  /** Re-evaluates every open document: settings may have made journals of others, or the reverse. */
  updateAll(): void {
    for (const document of vscode.workspace.textDocuments) this.update(document);
  }

  /** Drops a document's diagnostics and any pending lint of it. */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.next(key);
    this.generations.delete(key);
    this.drop(uri);
  }

  /**
   * Clears a journal when its last editor tab closes (VS Code may keep the document open in
   * the background for a while), and lints it again when a tab shows it anew.
   */
  followTabs(event: vscode.TabChangeEvent): void {
    const shown = new Set(vscode.window.tabGroups.all.flatMap((group) => group.tabs).map(tabKey).filter(isDefined));
    for (const tab of event.closed) {
      const uri = tabUri(tab);
      if (uri && !shown.has(uri.toString())) this.forget(uri);
    }
    const opened = new Set(event.opened.map(tabKey).filter(isDefined));
    for (const document of vscode.workspace.textDocuments) {
      if (opened.has(document.uri.toString()) && !this.generations.has(document.uri.toString())) this.update(document);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.generations.clear();
  }

  private next(key: string): number {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    return generation;
  }

  private async apply(document: vscode.TextDocument, generation: number): Promise<void> {
    const current = () => this.generations.get(document.uri.toString()) === generation && !document.isClosed;
    const key = document.uri.toString();
    try {
      if (!current()) return;
      const settings = readSettings(document.uri);
      const text = document.getText();
      if (!settings.enabled || !isJournal(relativePath(document.uri), text, settings.selection)) {
        this.drop(document.uri);
        return;
      }
      const note = sizeNote(Buffer.byteLength(text, 'utf8'), settings.maxBytes) ?? binaryNote(text);
      if (note) {
        this.drop(document.uri);
        this.notes.set(document.uri, note);
        return;
      }
      const version = document.version;
      const findings = await this.engine.lint(key, text, { today: today(), dateOrder: settings.dateOrder, fileName: document.fileName, severities: settings.severities });
      if (!findings || !current()) return;
      this.linted.set(key, { version, findings });
      this.notes.clear(document.uri);
      // Typing inside a line mostly leaves every finding where it was: only changed bands are set.
      await this.bands.show(document.uri, findings, (finding) => this.toDiagnostic(document, finding), current);
    } catch (error) {
      if (!current()) return;
      this.bands.delete(document.uri);
      this.linted.delete(key);
      if (error instanceof EngineBudgetError) {
        this.log.warn(`Stopped checking ${document.uri.toString(true)}: ${error.message}.`);
        this.notes.set(document.uri, budgetNote(error.seconds));
      } else {
        this.log.error(`Could not check ${document.uri.toString(true)}:`, error);
      }
    }
  }

  /** Clears what is known of a document: diagnostics, note, kept findings and the worker's linter. */
  private drop(uri: vscode.Uri): void {
    this.bands.delete(uri);
    this.notes.clear(uri);
    this.linted.delete(uri.toString());
    this.engine.forget(uri.toString());
  }

  private toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
    const { start, end } = finding.range;
    const range = document.validateRange(new vscode.Range(
      Math.max(0, start.line), Math.max(0, start.column), Math.max(0, end.line), Math.max(0, end.column)));
    const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity] ?? vscode.DiagnosticSeverity.Warning);
    diagnostic.source = SOURCE;
    diagnostic.code = { value: finding.code, target: this.docs(finding.code) };
    return diagnostic;
  }
}

/**
 * A Markdown document we check: from a known scheme, a workspace folder, or any writable file
 * system. Read-only ones stay out on purpose: `git:` and other history views show old text,
 * where every deadline would read as overdue.
 */
function isCandidate(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown') return false;
  const { scheme } = document.uri;
  return SCHEMES.has(scheme) || vscode.workspace.getWorkspaceFolder(document.uri) !== undefined
    || vscode.workspace.fs.isWritableFileSystem(scheme) === true;
}

/** The README section that explains a code: the published homepage when set, else the packaged README. */
function docsLink(extension: vscode.ExtensionContext): (code: string) => vscode.Uri {
  const homepage: unknown = (extension.extension.packageJSON as { homepage?: unknown }).homepage;
  const base = typeof homepage === 'string' && homepage.startsWith('https://')
    ? vscode.Uri.parse(homepage)
    : vscode.Uri.joinPath(extension.extensionUri, 'README.md');
  const links = new Map<string, vscode.Uri>();
  return (code) => links.get(code) ?? links.set(code, base.with({ fragment: code })).get(code) ?? base;
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
}

function tabKey(tab: vscode.Tab): string | undefined {
  return tabUri(tab)?.toString();
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
