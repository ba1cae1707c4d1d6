/** Reads the `careerJournal.*` settings the editor layer needs. */
import * as vscode from 'vscode';
import { DEFAULT_SELECTION, type JournalSelection } from '../core/journal-files.js';
import type { DateOrder } from '../core/types.js';

/** The settings section every Career Journal setting lives in. */
export const SECTION = 'careerJournal';

/** The settings that decide which files are journals and how they are read. */
export interface JournalSettings {
  readonly selection: JournalSelection;
  readonly dateOrder: DateOrder;
}

/** Reads the settings for a document (folder-scoped in multi-root workspaces). */
export function readSettings(scope?: vscode.Uri): JournalSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const folder = config.get<unknown>('folder');
  const include = config.get<unknown>('include');
  const dateOrder = config.get<unknown>('dateOrder');
  return {
    selection: {
      folder: typeof folder === 'string' ? folder : DEFAULT_SELECTION.folder,
      include: Array.isArray(include) ? include.filter((glob): glob is string => typeof glob === 'string') : [],
    },
    dateOrder: dateOrder === 'dmy' ? 'dmy' : 'mdy',
  };
}

/** True when a settings change can change which files are journals or what they report. */
export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
