/** Edits that change a goal's status in place: the checkbox of an item, or its `Status:` field. */
import type { Context } from './context.js';
import { isOpen, type Goal } from './journal.js';
import type { Range } from './types.js';

/** A replacement of a range of the document's text. */
export interface TextEdit {
  readonly range: Range;
  readonly text: string;
}

const CHECKBOX = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[([ xX])\]/;
const MARKER = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)/;
const STATUS_VALUE = /^(.*?\bstatus\b\W*?:\**\s*)(.*?)\s*$/i;

/**
 * The one edit that marks an open goal done, or a done goal open again: ticks or clears its
 * checkbox (adding one to a plain item), or rewrites or adds its `Status:` field.
 */
export function toggleGoalEdit(goal: Goal, ctx: Context): TextEdit {
  const done = isOpen(goal.status);
  const status = goal.fields.status;
  if (status) return statusEdit(status.offset, done, ctx);
  if (goal.form === 'item') return checkboxEdit(goal.offset, done, ctx);
  const { offset, indent, bullet } = goal.fieldInsert;
  return { range: ctx.lines.pointAt(offset), text: `\n${indent}${bullet}**Status:** ${done ? 'done' : 'in progress'}` };
}

function checkboxEdit(offset: number, done: boolean, ctx: Context): TextEdit {
  const lineStart = ctx.lines.lineStart(ctx.lines.positionAt(offset).line);
  const line = ctx.text.slice(lineStart, ctx.lines.lineEnd(ctx.lines.positionAt(offset).line));
  const box = CHECKBOX.exec(line);
  if (box) {
    const at = lineStart + (box[1]?.length ?? 0) + 1;
    return { range: { start: ctx.lines.positionAt(at), end: ctx.lines.positionAt(at + 1) }, text: done ? 'x' : ' ' };
  }
  const marker = MARKER.exec(line);
  return { range: ctx.lines.pointAt(lineStart + (marker?.[1]?.length ?? 0)), text: done ? '[x] ' : '[ ] ' };
}

function statusEdit(lineOffset: number, done: boolean, ctx: Context): TextEdit {
  const line = ctx.lines.positionAt(lineOffset).line;
  const start = ctx.lines.lineStart(line);
  const text = ctx.text.slice(start, ctx.lines.lineEnd(line));
  const match = STATUS_VALUE.exec(text);
  const valueStart = start + (match?.[1]?.length ?? text.length);
  const valueEnd = start + (match ? (match[1]?.length ?? 0) + (match[2]?.length ?? 0) : text.length);
  return { range: { start: ctx.lines.positionAt(valueStart), end: ctx.lines.positionAt(valueEnd) }, text: done ? 'done' : 'in progress' };
}
