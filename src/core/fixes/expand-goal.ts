/**
 * "Expand into a SMART goal block": a one-line goal list item gets nested Specific, Measurable,
 * Achievable, Relevant and Time-bound items. What the engine understood is written in (the
 * measure's words, the deadline's words); what it could not know is an HTML-comment prompt, which
 * the contract reads as "missing" — so the expansion adds no warning the goal did not already have.
 */
import type { Context } from '../context.js';
import { findPeriod } from '../dates.js';
import type { Goal } from '../journal.js';
import { labelledLine } from '../rules/labels-text.js';
import type { TextChange } from './change.js';

/** The title of the expand action. */
export const EXPAND_TITLE = 'Expand into a SMART goal block';

const PROMPTS = {
  specific: '<!-- what exactly will be different when it is done? -->',
  measurable: "<!-- how you will know it is done, e.g. '3 design docs' or 'from 40 to 5' -->",
  achievable: '<!-- why it is within reach: time, help, skills -->',
  relevant: '<!-- why it matters to you and to the team -->',
  timeBound: "<!-- by when, e.g. 'by 2027-03-31' -->",
} as const;

/** True for a goal the expansion applies to: a list item with no SMART field yet. */
export function canExpand(goal: Goal): boolean {
  return goal.form === 'item' && Object.keys(goal.fields).length === 0;
}

/** The nested SMART items for a one-line list goal, the Specific prompt selected; null for other goals. */
export function expandGoal(goal: Goal, ctx: Context): TextChange | null {
  if (!canExpand(goal)) return null;
  const style = { indent: goal.fieldInsert.indent, bullet: goal.fieldInsert.bullet };
  const specific = labelledLine(style, 'Specific', '');
  const rest = [
    labelledLine(style, 'Measurable', goal.measure ? oneLine(goal.measure.words) : PROMPTS.measurable),
    labelledLine(style, 'Achievable', PROMPTS.achievable),
    labelledLine(style, 'Relevant', PROMPTS.relevant),
    labelledLine(style, 'Time-bound', deadlineWords(goal, ctx) ?? PROMPTS.timeBound),
  ].join('');
  return {
    title: EXPAND_TITLE,
    range: ctx.lines.pointAt(goal.fieldInsert.offset),
    text: specific + PROMPTS.specific + rest,
    cursor: { start: specific.length, end: specific.length + PROMPTS.specific.length },
  };
}

/**
 * The deadline as a Time-bound value: the user's words when a Time-bound field reads them as the
 * same day (it resolves from the same reference date), else the day itself (`by 2027-03-31`).
 */
function deadlineWords(goal: Goal, ctx: Context): string | null {
  const deadline = goal.deadline;
  if (!deadline) return null;
  const words = oneLine(deadline.words);
  const again = findPeriod(words, { reference: goal.reference, dateOrder: ctx.dateOrder });
  return again?.date === deadline.date ? words : `by ${deadline.date}`;
}

function oneLine(words: string): string {
  return words.replace(/\s+/g, ' ').trim();
}
