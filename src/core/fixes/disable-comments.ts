/**
 * "Disable CODE for this line / for this file": the `<!-- career-journal-disable… -->` comments of
 * the contract, written where they take effect and merged into an existing one when there is one.
 */
import { LineIndex } from '../positions.js';
import type { Range } from '../types.js';
import type { TextChange } from './change.js';

const NEXT_LINE_BEFORE = /<!--[ \t]*career-journal-disable-next-line\b((?:(?!-->)[\s\S])*)-->[ \t]*$/;
const DISABLE_LINE = /^[ \t]*<!--[ \t]*career-journal-disable\b((?:(?!-->)[^\n])*)-->[ \t]*$/;
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Silences `code` on one line: a `disable-next-line` comment above it with the same indentation, or
 * the code added to the one already there (a second comment would take the first one's line away).
 * Null when the line above already silences the code.
 */
export function disableForLine(text: string, line: number, code: string): TextChange | null {
  const lines = new LineIndex(text);
  const title = `Disable ${code} for this line`;
  if (line < frontMatterEnd(text, lines)) return null;
  const start = lines.lineStart(line);
  if (line > 0) {
    const before = text.slice(Math.max(0, lines.lineStart(line - 1) - 4000), lines.lineEnd(line - 1));
    const existing = NEXT_LINE_BEFORE.exec(before);
    if (existing) return addCode(existing, before, lines.lineEnd(line - 1), lines, code, title);
  }
  const indent = /^[ \t]*/.exec(text.slice(start, lines.lineEnd(line)))?.[0] ?? '';
  const at = lines.pointAt(start);
  return { title, range: at, text: `${indent}<!-- career-journal-disable-next-line ${code} -->${eolOf(text)}` };
}

/**
 * Silences `code` in the whole file: a `disable` comment on the first line after the front matter
 * (or the first line), or the code added to such a comment already there. Null when one already
 * silences it, or when `line` (of the finding) lies in the front matter, above any comment.
 * The caller should not offer it when an `enable` comment turns the code back on ({@link reEnables}).
 */
export function disableForFile(text: string, code: string, line: number): TextChange | null {
  const lines = new LineIndex(text);
  const title = `Disable ${code} for this file`;
  if (line < frontMatterEnd(text, lines)) return null;
  const frontMatter = FRONT_MATTER.exec(text);
  const offset = frontMatter ? frontMatter[0].length : 0;
  const first = lines.positionAt(offset).line;
  const current = text.slice(lines.lineStart(first), lines.lineEnd(first));
  const existing = DISABLE_LINE.exec(current);
  const codes = (existing?.[1] ?? '').split(/[\s,]+/).filter(Boolean);
  if (existing && codes.length > 0) {
    if (codes.includes(code)) return null;
    const close = current.lastIndexOf('-->');
    return { title, range: lines.pointAt(lines.lineStart(first) + close), text: spaced(current, close, code) };
  }
  return { title, range: lines.pointAt(offset), text: `<!-- career-journal-disable ${code} -->${eolOf(text)}` };
}

/** True when the text has an `enable` comment that would turn `code` back on after a file-wide disable. */
export function reEnables(text: string, code: string): boolean {
  for (const match of text.matchAll(/<!--[ \t]*career-journal-enable\b((?:(?!-->)[\s\S])*)-->/g)) {
    const codes = (match[1] ?? '').split(/[\s,]+/).filter(Boolean);
    if (codes.length === 0 || codes.includes(code)) return true;
  }
  return false;
}

/** The first line after the front matter (0 without one); a comment cannot go above it. */
function frontMatterEnd(text: string, lines: LineIndex): number {
  const frontMatter = FRONT_MATTER.exec(text);
  if (!frontMatter) return 0;
  const end = lines.positionAt(frontMatter[0].length);
  return /\n$/.test(frontMatter[0]) ? end.line : end.line + 1;
}

function addCode(match: RegExpExecArray, before: string, end: number, lines: LineIndex, code: string, title: string): TextChange | null {
  const codes = (match[1] ?? '').split(/[\s,]+/).filter(Boolean);
  if (codes.length === 0 || codes.includes(code)) return null;
  const closeInBefore = match.index + match[0].lastIndexOf('-->');
  const closeAt = end - (before.length - closeInBefore);
  const range: Range = lines.pointAt(closeAt);
  return { title, range, text: spaced(before, closeInBefore, code) };
}

/** ` CODE ` or `CODE ` to insert before a comment's `-->`, keeping one space on each side. */
function spaced(text: string, closeAt: number, code: string): string {
  return /[ \t]$/.test(text.slice(0, closeAt)) ? `${code} ` : ` ${code} `;
}

function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}
