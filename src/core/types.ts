/** Shared value types of the core: positions, dates and findings. */

/** A calendar date without time or zone, as `YYYY-MM-DD`. */
export type IsoDate = string;

/** How an ambiguous numeric date such as `03/04/2027` is read. */
export type DateOrder = 'mdy' | 'dmy';

/** A place in a text: 0-based line and UTF-16 column, like VS Code's `Position`. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A span of text between two positions (end exclusive). */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Severity of a finding, in the CLI's words. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** What to insert, and where, for a quick fix of a finding. */
export interface FixHint {
  /** Short title of the fix as the user sees it, e.g. "Add a deadline". */
  readonly title: string;
  /** Where the text goes (an empty range inserts). */
  readonly range: Range;
  /** The text to insert; `$1` marks where the cursor should land. */
  readonly text: string;
}

/** One problem the linter reports. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly fixes: readonly FixHint[];
}
