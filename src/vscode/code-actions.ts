/**
 * Quick fixes for the diagnostics of career journals (split from diagnostics, as in the
 * `code-actions-sample`): each diagnostic's fixes, computed afresh from the document's current
 * text, plus "custom date…", "Expand into a SMART goal block", "add all missing STAR parts" and
 * "Disable CODE for this line / file". Every fix is one undoable `WorkspaceEdit`; none saves.
 */
import * as vscode from 'vscode';
import { atNextLineStart, fromHint, withEol, type TextChange } from '../core/fixes/change.js';
import { disableForFile, disableForLine, reEnables } from '../core/fixes/disable-comments.js';
import { FIX_ALL_STAR_TITLE, STAR_PART_CODES, fixAllStarParts } from '../core/fixes/fix-all-star.js';
import type { Finding } from '../core/types.js';
import { ADD_DEADLINE_COMMAND, registerAddDeadline } from './commands/add-deadline.js';
import { readSettings } from './config.js';
import { SOURCE } from './diagnostics.js';
import type { Engine } from './engine.js';
import type { FeatureContext, LintedVersions } from './extension.js';
import { registerHover } from './hover.js';
import { today } from './workspace-paths.js';

/** Codes about a goal, on whose line "Expand into a SMART goal block" is offered. */
const GOAL_CODES = new Set(['smart-missing-measure', 'smart-missing-deadline', 'goal-overdue']);

/** Registers the quick fixes, the "custom date…" command they use, and the goal hover. */
export function registerCodeActions(context: FeatureContext): void {
  context.extension.subscriptions.push(vscode.languages.registerCodeActionsProvider(
    { language: 'markdown' },
    new JournalCodeActions(context.log, context.engine, context.linted),
    { providedCodeActionKinds: JournalCodeActions.kinds },
  ));
  registerAddDeadline(context);
  registerHover(context);
}

/** What the diagnostics found in this version of the document. */
interface Facts {
  readonly findings: readonly Finding[];
}

/**
 * Turns our diagnostics under the cursor into code actions. The lightbulb asks on every cursor
 * move: the findings are those the diagnostics computed for this very version (no second lint),
 * and a goal to expand is read by the engine worker from the parse it keeps.
 */
class JournalCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly log: vscode.LogOutputChannel, private readonly engine: Engine, private readonly linted: LintedVersions) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    try {
      if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) return [];
      const diagnostics = context.diagnostics.filter((d) => d.source === SOURCE);
      if (diagnostics.length === 0) return [];
      const facts = this.factsOf(document);
      if (!facts) return [];
      const fixes = diagnostics.flatMap((d) => this.fixesFor(document, facts, d));
      const expands = await this.expandsFor(document, facts, diagnostics);
      if (document.version !== this.linted.get(document.uri.toString())?.version) return [];
      const all = this.fixAllFor(document, facts, diagnostics);
      const current = diagnostics.filter((d) => facts.findings.some((f) => f.code === codeOf(d) && f.range.start.line === d.range.start.line));
      const disables = current.flatMap((d) => disablesFor(document, d));
      return [...fixes, ...expands, ...all, ...disables];
    } catch (error) {
      this.log.error(`Could not compute quick fixes for ${document.uri.toString(true)}:`, error);
      return [];
    }
  }

  /** The findings of this version of the document, if the diagnostics have linted it. */
  private factsOf(document: vscode.TextDocument): Facts | undefined {
    const linted = this.linted.get(document.uri.toString());
    return linted?.version === document.version ? linted : undefined;
  }

  /** The finding's own fixes (the first preferred), and "custom date…" for a missing deadline. */
  private fixesFor(document: vscode.TextDocument, facts: Facts, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const code = codeOf(diagnostic);
    const line = diagnostic.range.start.line;
    const finding = facts.findings.find((f) => f.code === code && f.range.start.line === line);
    if (!finding) return [];
    const actions = finding.fixes.map((hint, index) => {
      const action = quickFix(document, [fromHint(hint)], diagnostic);
      action.isPreferred = index === 0;
      return action;
    });
    if (code === 'smart-missing-deadline') {
      const custom = new vscode.CodeAction('Add a deadline: custom date…', vscode.CodeActionKind.QuickFix);
      custom.diagnostics = [diagnostic];
      custom.command = { command: ADD_DEADLINE_COMMAND, title: custom.title, arguments: [document.uri, line] };
      actions.push(custom);
    }
    return actions;
  }

  /** "Expand into a SMART goal block", once per one-line list goal with a goal diagnostic. */
  private async expandsFor(document: vscode.TextDocument, facts: Facts, diagnostics: readonly vscode.Diagnostic[]): Promise<vscode.CodeAction[]> {
    const lines = new Set(diagnostics.filter((d) => GOAL_CODES.has(codeOf(d))).map((d) => d.range.start.line));
    const actions: vscode.CodeAction[] = [];
    const settings = readSettings(document.uri);
    const options = { today: today(), dateOrder: settings.dateOrder, fileName: document.fileName };
    for (const line of lines) {
      if (!facts.findings.some((f) => GOAL_CODES.has(f.code) && f.range.start.line === line)) continue;
      const change = (await this.engine.goal(document.uri.toString(), document.getText(), line, options))?.expand;
      if (change) actions.push(quickFix(document, [change], ...diagnostics.filter((d) => d.range.start.line === line && GOAL_CODES.has(codeOf(d)))));
    }
    return actions;
  }

  /** One action adding every missing STAR part line of the file, when there is more than one to add. */
  private fixAllFor(document: vscode.TextDocument, facts: Facts, diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
    const star = diagnostics.filter((d) => STAR_PART_CODES.has(codeOf(d)));
    if (star.length === 0) return [];
    const count = facts.findings.filter((f) => STAR_PART_CODES.has(f.code)).reduce((sum, f) => sum + f.fixes.length, 0);
    if (count < 2) return [];
    const action = new vscode.CodeAction(FIX_ALL_STAR_TITLE, vscode.CodeActionKind.QuickFix);
    action.diagnostics = star;
    action.edit = toWorkspaceEdit(document, fixAllStarParts(facts.findings), { snippets: false });
    return [action];
  }
}

/** "Disable CODE for this line" and "… for this file", where such a comment would work (the text still has the finding). */
function disablesFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  const code = codeOf(diagnostic);
  const text = document.getText();
  const line = diagnostic.range.start.line;
  const changes = [
    disableForLine(text, line, code),
    reEnables(text, code) ? null : disableForFile(text, code, line),
  ];
  return changes.filter((change): change is TextChange => change !== null).map((change) => quickFix(document, [change], diagnostic));
}

/** A quick fix making `changes` for `diagnostics`; a single change with a cursor stop is a snippet edit. */
function quickFix(document: vscode.TextDocument, changes: readonly TextChange[], ...diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
  const action = new vscode.CodeAction(changes[0]?.title ?? 'Fix', vscode.CodeActionKind.QuickFix);
  action.diagnostics = diagnostics;
  action.edit = toWorkspaceEdit(document, changes, { snippets: changes.length === 1 });
  return action;
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

/**
 * The changes as one `WorkspaceEdit` on the document, line breaks as the document writes them.
 * With `snippets`, a change with a cursor stop is a `SnippetTextEdit` (its text escaped, the stop
 * a tab stop or a selected placeholder) so the cursor lands there.
 */
function toWorkspaceEdit(document: vscode.TextDocument, changes: readonly TextChange[], options: { snippets: boolean }): vscode.WorkspaceEdit {
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, changes.map((change) => {
    const written = withEol(change, eol);
    return options.snippets && written.cursor ? toSnippetEdit(document, written, eol) : vscode.TextEdit.replace(toRange(written), written.text);
  }));
  return edit;
}

/**
 * A snippet edit that lands byte for byte. `keepWhitespace` asks the editor not to re-indent it, but
 * VS Code 1.100 drops that flag on some paths (microsoft/vscode#325990) and then indents each new
 * line like the text before the insertion point. So a multi-line insert after an indented line is
 * moved to the next line's start, where there is no such text; failing that, it is a plain edit.
 */
function toSnippetEdit(document: vscode.TextDocument, change: TextChange, eol: string): vscode.TextEdit | vscode.SnippetTextEdit {
  const { line, column } = change.range.start;
  const before = line < document.lineCount ? document.lineAt(line).text.slice(0, column) : '';
  let landing: TextChange | null = change;
  if (change.text.includes(eol) && /^[ \t]/.test(before)) {
    landing = atNextLineStart(change, eol, document.lineAt(line).text.length, document.lineCount - 1);
  }
  if (!landing?.cursor) return vscode.TextEdit.replace(toRange(change), change.text);
  const { cursor, text } = landing;
  const snippet = new vscode.SnippetString().appendText(text.slice(0, cursor.start));
  if (cursor.end > cursor.start) snippet.appendPlaceholder(text.slice(cursor.start, cursor.end), 1);
  else snippet.appendTabstop(1);
  snippet.appendText(text.slice(cursor.end));
  const edit = new vscode.SnippetTextEdit(toRange(landing), snippet);
  edit.keepWhitespace = true;
  return edit;
}

function toRange({ range: { start, end } }: TextChange): vscode.Range {
  return new vscode.Range(start.line, start.column, end.line, end.column);
}
