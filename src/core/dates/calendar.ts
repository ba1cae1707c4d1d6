/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC).
 * Whole days only, computed with `Date.UTC`, so no time zone can shift a date.
 */
import type { IsoDate } from '../types.js';

const MS_PER_DAY = 86_400_000;

/** A calendar span, both ends included, as day numbers. */
export interface Period {
  readonly first: number;
  readonly last: number;
}

/** Whether year, month (1–12) and day form a real calendar date. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The day number of a year, month (1–12) and day; the caller checks validity. */
export function dayOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Year, month (1–12) and day of a day number. */
export function ymdOf(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Number of days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A day number as `YYYY-MM-DD`. */
export function toIso(day: number): IsoDate {
  const { year, month, day: dom } = ymdOf(day);
  const yyyy = String(year).padStart(4, '0');
  return `${yyyy}-${String(month).padStart(2, '0')}-${String(dom).padStart(2, '0')}`;
}

/** Parses a strict `YYYY-MM-DD` string to a day number, or null. */
export function fromIso(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidYmd(year, month, day) ? dayOf(year, month, day) : null;
}

/** Adds whole months, clamping the day to the end of a shorter month (Nov 30 + 3 → Feb 28). */
export function addMonths(day: number, months: number): number {
  const { year, month, day: dom } = ymdOf(day);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return dayOf(newYear, newMonth, Math.min(dom, daysInMonth(newYear, newMonth)));
}

/** The months `fromMonth`..`fromMonth + count - 1` of a year as a period (months may run past 12). */
export function monthsPeriod(year: number, fromMonth: number, count: number): Period {
  const first = dayOf(year, fromMonth, 1);
  return { first, last: addMonths(first, count) - 1 };
}

/** Whole months a period covers when it runs from a month's first to a month's last day, else 0. */
function wholeMonths(period: Period): number {
  const a = ymdOf(period.first);
  const b = ymdOf(period.last + 1);
  if (a.day !== 1 || b.day !== 1) return 0;
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Last day of the `n`th month (1-based) of a period that starts on a month's first day. */
function endOfNthMonth(period: Period, n: number): number {
  return addMonths(period.first, n) - 1;
}

/** The 15th of the `n`th month (1-based) of a period that starts on a month's first day. */
function fifteenthOfNthMonth(period: Period, n: number): number {
  return addMonths(period.first, n - 1) + 14;
}

/**
 * The middle of a period: the 15th for a month, the 15th of the middle month for an odd number
 * of months (a quarter, a season), the end of the first half otherwise (a year → June 30).
 */
export function middleOf(period: Period): number {
  const months = wholeMonths(period);
  if (months === 0) return period.first + Math.floor((period.last - period.first) / 2);
  if (months % 2 === 1) return fifteenthOfNthMonth(period, (months + 1) / 2);
  return endOfNthMonth(period, months / 2);
}

/** The end of the early part of a period: the 10th of a month, the end of its first third otherwise (a year → April 30). */
export function earlyPartOf(period: Period): number {
  const months = wholeMonths(period);
  if (months === 1) return period.first + 9;
  if (months >= 3) return endOfNthMonth(period, Math.floor(months / 3));
  return period.first + Math.floor((period.last - period.first) / 3);
}

/** Day of the week of a day number, 0 = Sunday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The Monday–Sunday week that holds a day. */
export function weekOf(day: number): Period {
  const first = day - ((weekdayOf(day) + 6) % 7);
  return { first, last: first + 6 };
}

/** Adds days (may be negative) to an IsoDate; throws a RangeError when `date` is not a valid `YYYY-MM-DD`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const day = fromIso(date);
  if (day === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return toIso(day + Math.trunc(days));
}
