/** `careerJournal.revealGoal`: opens a journal at a goal's line, selected and centred. */
import * as vscode from 'vscode';

/** The command's id, as package.json contributes it. */
export const REVEAL_GOAL = 'careerJournal.revealGoal';

/** Where a goal is: its journal and 0-based line. */
export interface GoalLocation {
  readonly uri: vscode.Uri;
  readonly line: number;
}

/** Registers the command; it takes `{ uri, line }` (a Uri or its string form). */
export function registerRevealGoal(log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_GOAL, async (argument: unknown) => {
    const location = locationOf(argument);
    if (!location) {
      log.warn(`${REVEAL_GOAL} needs { uri, line }; got`, argument);
      void vscode.window.showWarningMessage('Career Journal: pick a goal in the Goals view to go to it.');
      return;
    }
    try {
      await revealLine(location);
    } catch (error) {
      log.error(`Could not open ${location.uri.toString(true)}:`, error);
      const message = error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(`Career Journal: could not open the goal: ${message}`);
    }
  });
}

/** Shows the document with the line's text selected, scrolled to the middle of the editor. */
export async function revealLine({ uri, line }: GoalLocation): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const at = document.lineAt(Math.max(0, Math.min(line, document.lineCount - 1)));
  const selection = new vscode.Selection(at.lineNumber, at.firstNonWhitespaceCharacterIndex, at.lineNumber, at.range.end.character);
  const editor = await vscode.window.showTextDocument(document, { selection });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenter);
  return editor;
}

/** Reads `{ uri, line }` from a command argument, which may come from anywhere (a command link too). */
function locationOf(argument: unknown): GoalLocation | undefined {
  if (typeof argument !== 'object' || argument === null) return undefined;
  const { uri, line } = argument as { uri?: unknown; line?: unknown };
  const parsed = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? parseUri(uri) : undefined;
  if (!parsed || typeof line !== 'number' || !Number.isInteger(line) || line < 0) return undefined;
  return { uri: parsed, line };
}

function parseUri(text: string): vscode.Uri | undefined {
  try {
    return vscode.Uri.parse(text, true);
  } catch {
    return undefined;
  }
}
