/** Reads the `careerJournal.*` settings the editor layer needs. */
import * as vscode from 'vscode';
import { DEFAULT_SELECTION, type JournalSelection } from '../core/journal-files.js';
import type { DateOrder, Severity } from '../core/types.js';
import { linkOnTheWay, settingPath } from './workspace-paths.js';

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

/** A folder setting as this workspace may use it: where it leads, or why it is not used. */
export type FolderSetting = { readonly uri: vscode.Uri } | { readonly refused: string };

/**
 * Where a folder setting (`careerJournal.folder`, `careerJournal.templatesFolder`) leads for a
 * workspace folder; undefined when it is empty. In a workspace that is not trusted (Restricted
 * Mode) a value from the workspace's own settings that leaves the workspace folder — an absolute
 * path, `~`, `..` out of it — is refused with a message saying why, and so is any folder inside
 * it reached through a symbolic link: a workspace nobody vouched for never makes the extension
 * read or write files elsewhere. A value from your user settings may lead outside (you chose
 * it). Trust is read on every call, so granting it takes effect at once.
 */
export async function folderSetting(key: 'folder' | 'templatesFolder', value: string, folder: vscode.Uri): Promise<FolderSetting | undefined> {
  const resolved = settingPath(folder, value);
  if (!resolved) return undefined;
  const setting = `careerJournal.${key} "${value.trim()}"`;
  if (!resolved.uri) return { refused: `${setting} names a folder on this computer's disk, which this workspace (${folder.scheme}:) cannot reach` };
  if (vscode.workspace.isTrusted) return { uri: resolved.uri };
  const inspected = vscode.workspace.getConfiguration(SECTION, folder).inspect(key);
  const fromWorkspace = inspected?.workspaceFolderValue !== undefined || inspected?.workspaceValue !== undefined;
  if (resolved.outside && !fromWorkspace) return { uri: resolved.uri };
  const link = resolved.outside ? undefined : await linkOnTheWay(folder, resolved.uri);
  if (!resolved.outside && !link) return { uri: resolved.uri };
  const name = vscode.workspace.getWorkspaceFolder(folder)?.name ?? folder.path.split('/').pop() ?? folder.path;
  const how = resolved.absolute ? ' (an absolute path)' : link ? ` (through the symbolic link ${link.path.slice(folder.path.replace(/\/+$/, '').length + 1)})` : '';
  return {
    refused: `${setting} leads outside the workspace folder "${name}"${how}, and this workspace is not trusted: ` +
      'in Restricted Mode Career Journal reads and writes only inside it. Trust the workspace to use that folder.',
  };
}
