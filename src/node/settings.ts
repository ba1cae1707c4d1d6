/** The `careerJournal.*` settings of the workspace, read from `.vscode/settings.json`. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SELECTION, type JournalSelection } from '../core/journal-files.js';
import type { DateOrder, Severity } from '../core/types.js';
import { explain, isMissingPath } from './errors.js';
import { parseJsonc } from './jsonc.js';

/** The settings the CLI uses, with what was wrong in the file if anything. */
export interface WorkspaceSettings {
  readonly selection: JournalSelection;
  /** Absent when the workspace does not set it. */
  readonly dateOrder?: DateOrder;
  /** `careerJournal.severity`: per-code severity or `off`. */
  readonly severities?: Readonly<Record<string, Severity | 'off'>>;
  /** Why (part of) the settings file was ignored, for a warning on stderr. */
  readonly warnings: readonly string[];
}

/** Where the settings live, relative to the workspace root. */
export const SETTINGS_PATH = path.join('.vscode', 'settings.json');

/**
 * Reads the workspace settings under `root`. A missing file gives the defaults; a broken
 * file or a wrong value gives the defaults for what is broken plus a warning.
 */
export function readWorkspaceSettings(root: string): WorkspaceSettings {
  let text: string;
  try {
    text = fs.readFileSync(path.join(root, SETTINGS_PATH), 'utf8');
  } catch (error) {
    if (isMissingPath(error)) return { selection: DEFAULT_SELECTION, warnings: [] };
    return defaultsBecause(`cannot read ${SETTINGS_PATH} (${explain(error)})`);
  }
  let parsed: unknown;
  try {
    parsed = parseJsonc(text);
  } catch (error) {
    return defaultsBecause(`${SETTINGS_PATH} is not valid JSON (${explain(error)})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return defaultsBecause(`${SETTINGS_PATH} does not hold an object`);
  }
  return fromObject(parsed as Record<string, unknown>);
}

function fromObject(settings: Record<string, unknown>): WorkspaceSettings {
  const warnings: string[] = [];
  const pick = <T>(key: string, isValid: (value: unknown) => value is T, expected: string): T | undefined => {
    const value = settings[`careerJournal.${key}`];
    if (value === undefined || isValid(value)) return value;
    warnings.push(`ignoring careerJournal.${key} in ${SETTINGS_PATH}: expected ${expected}`);
    return undefined;
  };
  const folder = pick('folder', (v): v is string => typeof v === 'string', 'a folder name');
  const include = pick('include', isStringArray, 'a list of globs');
  const dateOrder = pick('dateOrder', (v): v is DateOrder => v === 'mdy' || v === 'dmy', '"mdy" or "dmy"');
  const severities = pick('severity', isSeverityMap, 'an object of code → "error", "warning", "information", "hint" or "off"');
  return {
    selection: { folder: folder ?? DEFAULT_SELECTION.folder, include: include ?? DEFAULT_SELECTION.include },
    ...(dateOrder !== undefined && { dateOrder }),
    ...(severities !== undefined && { severities }),
    warnings,
  };
}

function defaultsBecause(reason: string): WorkspaceSettings {
  return { selection: DEFAULT_SELECTION, warnings: [`${reason}; using the default settings`] };
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

function isSeverityMap(value: unknown): value is Record<string, Severity | 'off'> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    && Object.values(value).every((v) => typeof v === 'string' && SEVERITIES.has(v));
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
