/** What a rule is: a code, a default severity, and a check over the journal model. */
import type { Context } from '../context.js';
import type { Journal } from '../journal.js';
import type { FixHint, Severity } from '../types.js';

/** A finding before severity, ranges and switches are applied: it points at an offset's line. */
export interface RuleFinding {
  /** Offset of the goal's or entry's heading or list item. */
  readonly offset: number;
  readonly message: string;
  readonly fixes?: readonly FixHint[];
}

/** One diagnostic code of the contract. */
export interface Rule {
  readonly code: string;
  readonly severity: Severity;
  /** One line on what the rule checks, for the README and `--help`. */
  readonly description: string;
  readonly check: (journal: Journal, ctx: Context) => readonly RuleFinding[];
}

/** A fix that inserts `text` at `offset`. */
export function insertAt(ctx: Context, offset: number, title: string, text: string): FixHint {
  return { title, range: ctx.lines.pointAt(offset), text };
}
