/**
 * `careerJournal.addDeadline` (the "Add a deadline: custom date…" quick fix): asks for a date or
 * period, shows the day it resolves to while the user types, and writes `by <day>` into the goal
 * the way the other deadline fixes do — one undoable edit, never a save.
 */
import * as vscode from 'vscode';
import type { CustomDeadlineDates } from '../../core/fixes/custom-deadline.js';
import type { ReadResult } from '../../core/read.js';
import { core } from '../core.js';
import { withEol } from '../../core/fixes/change.js';
import type { Goal } from '../../core/journal.js';
import type { IsoDate } from '../../core/types.js';
import { readSettings } from '../config.js';
import type { FeatureContext } from '../extension.js';
import { applyToDocument, today } from '../workspace-paths.js';

/** The command's id, as package.json contributes it (hidden from the palette). */
export const ADD_DEADLINE_COMMAND = 'careerJournal.addDeadline';

/**
 * Registers the command. Arguments: the journal's URI, the goal's 0-based line, and optionally the
 * deadline's words (then no input box is shown). Resolves true when the deadline was added.
 */
export function registerAddDeadline({ extension, log }: FeatureContext): void {
  extension.subscriptions.push(vscode.commands.registerCommand(ADD_DEADLINE_COMMAND, async (uri: unknown, line: unknown, words?: unknown) => {
    if (!(uri instanceof vscode.Uri) || typeof line !== 'number') {
      log.warn(`${ADD_DEADLINE_COMMAND} needs a journal and a line; got`, uri, line);
      return false;
    }
    try {
      return await addDeadlineAt(uri, line, typeof words === 'string' ? words : undefined);
    } catch (error) {
      log.error(`Could not add a deadline at ${uri.toString(true)}:${line + 1}:`, error);
      const message = error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(`Career Journal: could not add the deadline: ${message}`);
      return false;
    }
  }));
}

async function addDeadlineAt(uri: vscode.Uri, line: number, words: string | undefined): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const found = goalWithoutDeadline(document, line);
  if (!found) return false;
  const dates = datesFor(found.goal, found.read);
  const date = words === undefined ? await askForDate(dates) : dateOf(words, dates);
  if (date === undefined) return false;
  // The document may have changed while the input box was open: read it again.
  const now = goalWithoutDeadline(document, line);
  if (!now) return false;
  const change = withEol(core().addDeadline(now.goal, now.read.context, date), document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n');
  const { start } = change.range;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(start.line, start.column), change.text);
  await applyToDocument(document, edit);
  return true;
}

/** The goal on a line, when it still has no deadline; tells the user otherwise. */
function goalWithoutDeadline(document: vscode.TextDocument, line: number): { goal: Goal; read: ReadResult } | undefined {
  const settings = readSettings(document.uri);
  const read = core().readJournal(document.getText(), { today: today(), dateOrder: settings.dateOrder, fileName: document.fileName });
  const goal = core().goalAtLine(read.journal, read.context, line);
  if (!goal) {
    void vscode.window.showWarningMessage(`Career Journal: there is no goal on line ${line + 1} any more.`);
    return undefined;
  }
  if (goal.deadline) {
    void vscode.window.showInformationMessage(`Career Journal: this goal already has a deadline (${goal.deadline.date}, from '${goal.deadline.words}').`);
    return undefined;
  }
  return { goal, read };
}

function datesFor(goal: Goal, { context }: ReadResult): CustomDeadlineDates {
  return { reference: core().newDeadlineReference(goal, context), dateOrder: context.dateOrder, today: context.today };
}

function dateOf(words: string, dates: CustomDeadlineDates): IsoDate | undefined {
  const read = core().readCustomDeadline(words, dates);
  return read.kind === 'date' ? read.date : undefined;
}

/** An input box that shows the resolved day as the user types and refuses what it cannot read. */
async function askForDate(dates: CustomDeadlineDates): Promise<IsoDate | undefined> {
  const answer = await vscode.window.showInputBox({
    title: 'Add a deadline',
    prompt: `By when? Type ${core().DEADLINE_EXAMPLES}.`,
    placeHolder: 'end of Q2',
    ignoreFocusOut: true,
    validateInput: (value) => validation(value, dates),
  });
  return answer === undefined ? undefined : dateOf(answer, dates);
}

function validation(value: string, dates: CustomDeadlineDates): vscode.InputBoxValidationMessage | undefined {
  const read = core().readCustomDeadline(value, dates);
  switch (read.kind) {
    case 'empty':
      return undefined;
    case 'error':
      return { message: read.message, severity: vscode.InputBoxValidationSeverity.Error };
    case 'date':
      return read.past
        ? { message: `${describe(read.date)} has passed — the goal will show as overdue`, severity: vscode.InputBoxValidationSeverity.Warning }
        : { message: `Adds 'by ${read.date}' (${describe(read.date)})`, severity: vscode.InputBoxValidationSeverity.Info };
  }
}

/** `Wednesday 30 June 2027`: the day in words, so a misread date is easy to spot. */
function describe(date: IsoDate): string {
  const day = new Date(`${date}T00:00:00Z`);
  return day.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
