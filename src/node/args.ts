/** The command line of `career-journal`: what the user asked for, or why it makes no sense. */
import type { DateOrder, IsoDate } from '../core/types.js';
import { isIsoDate } from './calendar.js';

/** How findings are printed. */
export type OutputFormat = 'text' | 'json';

/** What to lint and how, from `career-journal lint ...`. */
export interface LintRequest {
  readonly kind: 'lint';
  readonly format: OutputFormat;
  /** Absent: today's local date. */
  readonly today?: IsoDate;
  /** Absent: the workspace setting, else `mdy`. */
  readonly dateOrder?: DateOrder;
  /** Files and folders, as typed. */
  readonly paths: readonly string[];
}

/** One parsed command line. */
export type Command = { readonly kind: 'help' } | { readonly kind: 'version' } | LintRequest;

/** A command line that cannot be run; the message says what is wrong in the user's words. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

interface ValueOption {
  readonly key: 'format' | 'today' | 'dateOrder';
  /** What a valid value looks like, for messages. */
  readonly expected: string;
  readonly isValid: (value: string) => boolean;
}

const VALUE_OPTIONS: Readonly<Record<string, ValueOption>> = {
  '--format': { key: 'format', expected: 'text or json', isValid: (v) => v === 'text' || v === 'json' },
  '--today': { key: 'today', expected: 'a date like 2026-11-22', isValid: isIsoDate },
  '--date-order': { key: 'dateOrder', expected: 'mdy or dmy', isValid: (v) => v === 'mdy' || v === 'dmy' },
};

/**
 * Parses the arguments after the program name. `--help` and `--version` win wherever
 * they appear (before `--`); options take `--name value` or `--name=value`.
 * @throws UsageError when the command line is wrong.
 */
export function parseCommandLine(argv: readonly string[]): Command {
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  const flags = argv.slice(0, end);
  if (flags.includes('--help') || flags.includes('-h')) return { kind: 'help' };
  if (flags.includes('--version') || flags.includes('-v')) return { kind: 'version' };

  const words: string[] = [];
  const values: Partial<Record<ValueOption['key'], string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (i > end || arg === '-' || !arg.startsWith('-')) words.push(arg);
    else if (i < end) i += readOption(argv, i, values);
  }
  return toLintRequest(words, values);
}

/** Reads the option at `argv[i]` into `values`; returns how many extra arguments it used. */
function readOption(argv: readonly string[], i: number, values: Partial<Record<ValueOption['key'], string>>): number {
  const arg = argv[i] as string;
  const equals = arg.indexOf('=');
  const name = equals < 0 ? arg : arg.slice(0, equals);
  const option = VALUE_OPTIONS[name];
  if (option === undefined) throw new UsageError(`unknown option '${name}'`);
  const next = argv[i + 1];
  const value = equals >= 0 ? arg.slice(equals + 1) : next !== undefined && !next.startsWith('-') ? next : undefined;
  if (value === undefined || value === '') throw new UsageError(`option '${name}' needs a value: ${option.expected}`);
  if (!option.isValid(value)) throw new UsageError(`invalid ${name} '${value}': use ${option.expected}`);
  values[option.key] = value;
  return equals >= 0 ? 0 : 1;
}

function toLintRequest(words: readonly string[], values: Partial<Record<ValueOption['key'], string>>): LintRequest {
  const [command, ...paths] = words;
  if (command === undefined) throw new UsageError('missing command (the only command is lint)');
  if (command !== 'lint') throw new UsageError(`unknown command '${command}' (the only command is lint)`);
  if (paths.length === 0) throw new UsageError('no files or folders to lint');
  return {
    kind: 'lint',
    format: values.format === 'json' ? 'json' : 'text',
    ...(values.today !== undefined && { today: values.today }),
    ...(values.dateOrder !== undefined && { dateOrder: values.dateOrder as DateOrder }),
    paths,
  };
}
