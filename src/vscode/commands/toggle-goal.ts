/**
 * `careerJournal.toggleGoalDone`: marks a goal done, or open again, in the journal's editor —
 * one undoable edit of the checkbox or the `Status:` field, never a save.
 */
import * as vscode from 'vscode';
import { core } from '../core.js';
import type { Context } from '../../core/context.js';
import type { Goal } from '../../core/journal.js';
import { readSettings } from '../config.js';
import { applyToDocument, displayPath, today } from '../workspace-paths.js';

/** The command's id, as package.json contributes it. */
export const TOGGLE_GOAL = 'careerJournal.toggleGoalDone';

/** The goal to toggle: where the tree last saw it, and its title in case lines moved since. */
export interface GoalTarget {
  readonly uri: vscode.Uri;
  /** 0-based line. */
  readonly line: number;
  readonly title?: string;
}

/** Registers the command; it takes a Goals view item, or `{ uri, line, title? }`. */
export function registerToggleGoal(log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(TOGGLE_GOAL, async (argument: unknown) => {
    const target = targetOf(argument);
    if (!target) {
      log.warn(`${TOGGLE_GOAL} needs a goal; got`, argument);
      void vscode.window.showWarningMessage('Career Journal: pick a goal in the Goals view to mark it done.');
      return;
    }
    try {
      await toggleGoal(target);
    } catch (error) {
      log.error(`Could not change the goal at ${target.uri.toString(true)}:${target.line + 1}:`, error);
      const message = error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(`Career Journal: could not change the goal: ${message}`);
    }
  });
}

/**
 * Shows the journal, re-reads its current text and applies the goal's toggle as one
 * WorkspaceEdit. Resolves false (after telling the user) when the goal is no longer there.
 */
export async function toggleGoal(target: GoalTarget): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(target.uri);
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  const editor = await vscode.window.showTextDocument(document, {
    preserveFocus: true,
    preview: false,
    ...(visible?.viewColumn ? { viewColumn: visible.viewColumn } : {}),
  });
  const settings = readSettings(document.uri);
  const { journal, context } = core().readJournal(document.getText(), { today: today(), dateOrder: settings.dateOrder, fileName: document.uri.path });
  const goal = findGoal(journal.goals, context, target);
  if (!goal) {
    const what = target.title ? `'${target.title}'` : `on line ${target.line + 1}`;
    void vscode.window.showWarningMessage(`Career Journal: the goal ${what} is no longer in ${displayPath(document.uri)} — it was edited or removed.`);
    return false;
  }
  const { range, text } = core().toggleGoalEdit(goal, context);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(range.start.line, range.start.column, range.end.line, range.end.column), text);
  await applyToDocument(document, edit);
  const line = context.lines.positionAt(goal.offset).line;
  editor.revealRange(document.lineAt(line).range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/** The goal of the target's title nearest to its line (lines may have moved); without a title, the goal on the line. */
function findGoal(goals: readonly Goal[], context: Context, target: GoalTarget): Goal | undefined {
  const placed = goals.map((goal) => ({ goal, line: context.lines.positionAt(goal.offset).line }));
  const matches = target.title === undefined
    ? placed.filter(({ line }) => line === target.line)
    : placed.filter(({ goal }) => goal.title === target.title);
  const distance = (line: number) => Math.abs(line - target.line);
  return matches.sort((a, b) => distance(a.line) - distance(b.line))[0]?.goal;
}

/** Reads the target from a command argument: a Goals view item, or `{ uri, line, title? }`. */
function targetOf(argument: unknown): GoalTarget | undefined {
  if (typeof argument !== 'object' || argument === null) return undefined;
  const { uri, line, title, goal } = argument as { uri?: unknown; line?: unknown; title?: unknown; goal?: { line?: unknown; title?: unknown } };
  if (!(uri instanceof vscode.Uri)) return undefined;
  const at = goal?.line ?? line;
  const named = goal?.title ?? title;
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 0) return undefined;
  return { uri, line: at, ...(typeof named === 'string' ? { title: named } : {}) };
}
