/** The deadlines a quick fix offers: end of this quarter, in 3 months, in 12 months. */
import type { Context } from '../context.js';
import { findPeriod } from '../dates.js';
import type { IsoDate } from '../types.js';

/** A deadline a user can pick, with its plain-words name. */
export interface DeadlineChoice {
  readonly date: IsoDate;
  readonly name: string;
}

const CHOICES = ['end of this quarter', 'in 3 months', 'in 12 months'];

/** Concrete deadlines counted from `reference`, soonest first, without duplicates. */
export function deadlineChoices(reference: IsoDate, ctx: Context): DeadlineChoice[] {
  const choices: DeadlineChoice[] = [];
  for (const name of CHOICES) {
    const period = findPeriod(name, { reference, dateOrder: ctx.dateOrder });
    if (period && !choices.some((c) => c.date === period.date)) choices.push({ date: period.date, name });
  }
  return choices;
}
