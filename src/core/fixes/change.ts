/**
 * The edits quick fixes make, as plain data: text replacing a range, and where the cursor lands.
 * The editor layer turns a change into a `WorkspaceEdit`; the core only says what and where.
 */
import { LineIndex } from '../positions.js';
import type { FixHint, Range } from '../types.js';

/** A span of a change's text, as UTF-16 offsets into `text`; a non-empty span is a placeholder to type over. */
export interface Cursor {
  readonly start: number;
  readonly end: number;
}

/** Text that replaces a range (an empty range inserts), with an optional cursor stop inside it. */
export interface TextChange {
  /** The title of the quick fix that makes this change. */
  readonly title: string;
  readonly range: Range;
  readonly text: string;
  readonly cursor?: Cursor;
}

const MARKER = '$1';

/**
 * A rule's fix hint as a change: its first `$1` becomes the cursor stop, and any later one is
 * dropped (one cursor, not several linked ones typing the same text into each empty field).
 * Rules write `$1` only into text they generate (labels, dates), never into the user's words.
 */
export function fromHint(hint: FixHint): TextChange {
  const at = hint.text.indexOf(MARKER);
  if (at < 0) return { title: hint.title, range: hint.range, text: hint.text };
  const text = hint.text.split(MARKER).join('');
  return { title: hint.title, range: hint.range, text, cursor: { start: at, end: at } };
}

/** The change with its line breaks written as `eol` (a CRLF document stays CRLF); the cursor follows. */
export function withEol(change: TextChange, eol: '\n' | '\r\n'): TextChange {
  if (eol === '\n' || !change.text.includes('\n')) return change;
  const convert = (text: string): string => text.replace(/\r?\n/g, eol);
  const text = convert(change.text);
  if (!change.cursor) return { ...change, text };
  const start = convert(change.text.slice(0, change.cursor.start)).length;
  const end = start + convert(change.text.slice(change.cursor.start, change.cursor.end)).length;
  return { ...change, text, cursor: { start, end } };
}

/**
 * The same insertion made at the start of the next line: `\nX` at a line's end is `X\n` at the
 * start of the line after. Editors indent a snippet's lines like the text before the insertion
 * point on its line; at a line's start there is none, so the text lands exactly as written.
 * Null unless the change inserts text starting with `eol`, at the end of a line that has a next one
 * (the caller knows the line's length: `lineEnd`).
 */
export function atNextLineStart(change: TextChange, eol: string, lineEnd: number, lastLine: number): TextChange | null {
  const { start } = change.range;
  if (!isEmpty(change.range) || !change.text.startsWith(eol) || start.column !== lineEnd || start.line >= lastLine) return null;
  if (change.cursor && change.cursor.start < eol.length) return null;
  const at = { line: start.line + 1, column: 0 };
  const moved: TextChange = { title: change.title, range: { start: at, end: at }, text: change.text.slice(eol.length) + eol };
  if (!change.cursor) return moved;
  return { ...moved, cursor: { start: change.cursor.start - eol.length, end: change.cursor.end - eol.length } };
}

/**
 * Several changes as one set the editor can apply together: cursor stops dropped, and inserts at
 * the same place joined in the order given (an editor may apply same-place inserts in any order).
 */
export function mergeInserts(changes: readonly TextChange[], title: string): TextChange[] {
  const merged: TextChange[] = [];
  for (const change of [...changes].sort(byStart)) {
    const last = merged[merged.length - 1];
    if (last && isEmpty(change.range) && isEmpty(last.range) && samePosition(last.range, change.range)) {
      merged[merged.length - 1] = { title, range: last.range, text: last.text + change.text };
    } else {
      merged.push({ title, range: change.range, text: change.text });
    }
  }
  return merged;
}

function byStart(a: TextChange, b: TextChange): number {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column;
}

function isEmpty(range: Range): boolean {
  return range.start.line === range.end.line && range.start.column === range.end.column;
}

function samePosition(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.column === b.start.column;
}

/**
 * The text after the changes (ranges refer to the original text and must not overlap); what an
 * editor would show, for tests and for tools without an editor.
 */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  const lines = new LineIndex(text);
  const offset = (p: Range['start']): number => Math.min(lines.lineStart(p.line) + p.column, lines.lineEnd(p.line));
  const ordered = changes.map((change, index) => ({ change, index, start: offset(change.range.start), end: offset(change.range.end) }))
    .sort((a, b) => b.start - a.start || b.index - a.index);
  let result = text;
  for (const { change, start, end } of ordered) result = result.slice(0, start) + change.text + result.slice(end);
  return result;
}
