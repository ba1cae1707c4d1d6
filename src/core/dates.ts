/**
 * Dates in a career journal: deadlines in goal prose and SMART fields, dates of headings, file names
 * and front matter. Pure (no clock, no Node, English chrono only): the reference date is always passed in.
 *
 * Choices the contract leaves open (the README states them):
 * - The FIRST deadline phrase in a text wins, not the earliest-ending one.
 * - A named period ends on its last day; `before X` ends the day before X starts (`before the end of X` is
 *   X's last day); `by the start of X` is X's first day.
 * - A quarter, half, month or season without a year is the next one that has not ended; after `before`,
 *   the next one that has not started (`before November` on 2026-11-22 → 2027-10-31).
 * - Seasons are meteorological: spring March–May, summer June–August, autumn/fall September–November,
 *   winter December–February (`winter 2027` runs December 2027 – February 2028).
 * - `FY27` / `FY2027` / `fiscal 2027` is the calendar year 2027, as fiscal calendars differ.
 * - `early X` ends after its first third (a year → April 30, a quarter → its first month, a month → the 10th);
 *   `mid-X` at its middle (a year → June 30, a quarter → the 15th of its middle month, a month → the 15th);
 *   `late X` on its last day. `mid-year` is June 30.
 * - Weeks run Monday to Sunday (`next week`, `EOW`). `Friday`, `this Friday` and `next Friday` all mean the
 *   first Friday after the reference.
 * - `within` / `in` N units and `in the next N units` count from the reference (`within 6 months` from
 *   2026-11-22 → 2027-05-22, month ends clamp); `next month` / `next quarter` are calendar periods.
 *   A range (`3–5 years`, `Q1–Q2 2027`, `from March to May 2027`) ends with its later end.
 * - Service levels are not deadlines: minutes, hours, business/working days are never deadline periods, and
 *   `within` / `in` N days or weeks is a service level when the text signals repetition (`every`, `each`, `any`,
 *   `per`, `all` not followed by a number, `N% of`, `of … requests/tickets/…`) or `of` / `after` follows the period.
 *   A bare `%` does not count (`by 20% within 6 weeks` is a deadline).
 * - Strict prose needs a cue (`by`, `before`, `until`, `in`, `during`, `within`, `end of`, `mid-`…) before a bare
 *   month, year, season, weekday or `3/15`; a bare quarter counts only at the end of a clause (`Launch the beta Q3.`)
 *   and a bare year only there too, when it is near the reference year and not after a name (`Windows Server 2025`).
 *   A quarter, year or year-end followed by a noun such as `roadmap`, `OKRs`, `review` is a name after a weak cue.
 * - Two-digit years are 20xx. A numeric date with a `.` or `-` needs a four-digit year.
 * - `today`, `tonight`, `now`, `EOD`, `ASAP`, `ongoing`, `TBD`, sprints and vague counts (`a few weeks`,
 *   `the coming months`) are not deadlines. A past date still is one (it is overdue).
 */
import type { DateContext, Deadline } from './dates/core.js';
import { scanForDeadline } from './dates/scan.js';

export type { DateContext, Deadline } from './dates/core.js';
export { dateInFileName, headingDate, toIsoDate } from './dates/heading.js';

/**
 * Deadline stated in free prose (a goal's text), or null (also when `ctx.reference` is not a valid date).
 * Strict: a cadence (`every week`), a service level (`within a business day`) or `by 20%` is not one,
 * and bare months, years and weekdays need a cue such as `by`, `in` or `end of`.
 */
export function findDeadline(text: string, ctx: DateContext): Deadline | null {
  return scanForDeadline(text, ctx, false);
}

/**
 * Deadline in a Time-bound/Deadline/Due field value or a heading over a goal list.
 * Lenient: a bare period counts (`6 months`, `Q2`, `2027`, `next 12 months`, `June`, `3–5 years`).
 */
export function findPeriod(text: string, ctx: DateContext): Deadline | null {
  return scanForDeadline(text, ctx, true);
}

export { addDays } from './dates/calendar.js';
