/** Reads the `careerJournal.*` settings the editor layer needs. */
import * as vscode from 'vscode';
import { DEFAULT_SELECTION, type JournalSelection } from '../core/journal-files.js';
import type { DateOrder, Severity } from '../core/types.js';

/** The settings section every Career Journal setting lives in. */
export const SECTION = 'careerJournal';

/** The settings that decide which files are journals and how they are read. */
export interface JournalSettings {
  /** `careerJournal.enable`: false switches diagnostics off. */
  readonly enabled: boolean;
  readonly selection: JournalSelection;
  readonly dateOrder: DateOrder;
  /** Goals due within this many days are "due soon". */
  readonly dueSoonDays: number;
  /** Per-code severity overrides, `off` silences a code. */
  readonly severities: Readonly<Record<string, Severity | 'off'>>;
  /** `careerJournal.maxFileSize` in bytes: larger journals are not checked as you type (Infinity: no limit). */
  readonly maxBytes: number;
}

/** The default of `careerJournal.maxFileSize`, in megabytes. */
export const DEFAULT_MAX_MEGABYTES = 5;

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Reads the settings for a document (folder-scoped in multi-root workspaces). */
export function readSettings(scope?: vscode.Uri): JournalSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const folder = config.get<unknown>('folder');
  const include = config.get<unknown>('include');
  const dueSoon = config.get<unknown>('dueSoonDays');
  return {
    enabled: config.get<unknown>('enable') !== false,
    selection: {
      folder: typeof folder === 'string' ? folder : DEFAULT_SELECTION.folder,
      include: Array.isArray(include) ? include.filter((glob): glob is string => typeof glob === 'string') : [],
    },
    dateOrder: config.get<unknown>('dateOrder') === 'dmy' ? 'dmy' : 'mdy',
    dueSoonDays: typeof dueSoon === 'number' && dueSoon >= 0 ? Math.floor(dueSoon) : 30,
    severities: severitiesOf(config.get<unknown>('severity')),
    maxBytes: maxBytesOf(config.get<unknown>('maxFileSize')),
  };
}

function maxBytesOf(megabytes: unknown): number {
  if (typeof megabytes !== 'number' || !Number.isFinite(megabytes) || megabytes < 0) return DEFAULT_MAX_MEGABYTES * 1024 * 1024;
  return megabytes === 0 ? Infinity : Math.round(megabytes * 1024 * 1024);
}

function severitiesOf(value: unknown): Record<string, Severity | 'off'> {
  if (value === null || typeof value !== 'object') return {};
  const out: Record<string, Severity | 'off'> = {};
  for (const [code, severity] of Object.entries(value)) {
    if (typeof severity === 'string' && SEVERITIES.has(severity)) out[code] = severity as Severity | 'off';
  }
  return out;
}

/** True when a settings change can change which files are journals or what they report. */
export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
