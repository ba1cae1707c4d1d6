/**
 * "Add a deadline: custom date…": reads the date or period a user types, and writes it into a goal
 * the way the `smart-missing-deadline` fixes do (` by <date>` after a one-line goal, else a
 * Time-bound field). The resolved day is written, not the words: relative words would be read
 * again from the goal's reference date, which may not be the day the user was shown.
 */
import type { Context } from '../context.js';
import { findPeriod } from '../dates.js';
import type { Goal } from '../journal.js';
import { labelledLine } from '../rules/labels-text.js';
import type { DateOrder, IsoDate } from '../types.js';
import type { TextChange } from './change.js';

/** What a typed deadline means: the day, or why it cannot be read. */
export type CustomDeadline =
  | { readonly kind: 'date'; readonly date: IsoDate; readonly past: boolean }
  | { readonly kind: 'empty' }
  | { readonly kind: 'error'; readonly message: string };

/** How a typed deadline is read: from what day, in which numeric date order, and what day it is. */
export interface CustomDeadlineDates {
  readonly reference: IsoDate;
  readonly dateOrder: DateOrder;
  readonly today: IsoDate;
}

/** Words that may surround a date in what a user types (`by the end of Q2`, `no later than June`). */
const FILLER = new Set(['by', 'before', 'until', 'till', 'in', 'within', 'on', 'at', 'the', 'end', 'of', 'no', 'later', 'than', 'latest', 'due']);

/** Examples shown to the user, all accepted. */
export const DEADLINE_EXAMPLES = "a date or period, e.g. '2027-03-31', 'end of Q2' or 'in 6 months'";

/**
 * Reads what the user typed as a deadline, counted from `dates.reference` (today, or the goal's
 * later reference date). Anything besides the date words and a few cue words (`by`, `the`, `end of`…) is refused,
 * so `Q2 blah` is not silently taken as Q2.
 */
export function readCustomDeadline(input: string, dates: CustomDeadlineDates): CustomDeadline {
  if (input.trim() === '') return { kind: 'empty' };
  const found = findPeriod(input, { reference: dates.reference, dateOrder: dates.dateOrder });
  const rest = found ? `${input.slice(0, found.start)} ${input.slice(found.end)}` : input;
  const leftover = rest.toLowerCase().split(/[\s,.;:!]+/).filter((word) => word !== '' && !FILLER.has(word));
  if (!found || leftover.length > 0) {
    const what = found ? `'${leftover.join(' ')}'` : `'${input.trim()}'`;
    return { kind: 'error', message: `Cannot read ${what} as a deadline — type ${DEADLINE_EXAMPLES}` };
  }
  return { kind: 'date', date: found.date, past: found.date < dates.today };
}

/** The reference a new deadline counts from: the goal's own reference date, or today when that is later. */
export function newDeadlineReference(goal: Goal, ctx: Context): IsoDate {
  return ctx.today > goal.reference ? ctx.today : goal.reference;
}

/** The change that gives `goal` the deadline `date`, as the rule's own deadline fixes write it. */
export function addDeadline(goal: Goal, ctx: Context, date: IsoDate, title = `Add a deadline: by ${date}`): TextChange {
  if (goal.form === 'item' && goal.fields.timeBound === undefined) {
    return { title, range: ctx.lines.pointAt(goal.lineEnd), text: ` by ${date}` };
  }
  return { title, range: ctx.lines.pointAt(goal.fieldInsert.offset), text: labelledLine(goal.fieldInsert, 'Time-bound', `by ${date}`) };
}
