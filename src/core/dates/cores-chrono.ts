/** Dates written with a month name (`30 September 2027`, `Sept. 30th`, `31st of March`), read by chrono. */
import * as chrono from 'chrono-node/en';
import { dayOf, isValidYmd } from './calendar.js';
import { MONTH_RE } from './vocab.js';

const MS_PER_DAY = 86_400_000;
const MONTH_WORD = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const LOWER_VERB_MONTH = /^(?:may|march)\b/;
const MONTH_NEXT_TO_DIGIT = new RegExp(
  `\\b(?:${MONTH_RE})\\.?,?\\s*\\d|\\d(?:st|nd|rd|th)?\\.?[\\s-]*(?:of\\s+)?(?:${MONTH_RE})\\b`,
  'gi',
);
const WINDOW = 40;

/** A day-precise date with a month name that chrono found. */
export interface MonthNameDate {
  readonly start: number;
  readonly end: number;
  /** The date, or the first day of a range (`March 5–10, 2027`). */
  readonly first: number;
  /** The same date, or the last day of a range. */
  readonly last: number;
  /** Whether the text states the year. */
  readonly yearStated: boolean;
}

/** Stretches of text around each month name written next to a number, merged where they overlap. */
function windows(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(MONTH_NEXT_TO_DIGIT)) {
    const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, m.index - WINDOW)));
    const end = Math.min(text.length, m.index + m[0].length + WINDOW);
    const last = spans[spans.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  }
  return spans;
}

/**
 * Finds dates that name a month and a day; a missing year resolves forward, to the next
 * occurrence on or after the reference. Times, weekdays alone and relative phrases are left out.
 * Chrono only reads the stretches around a month name written next to a number, which keeps long texts cheap,
 * with en and em dashes read as hyphens (same length, so offsets hold) because chrono reads ranges only with `-`.
 */
export function monthNameDates(text: string, ref: number): MonthNameDate[] {
  const reference = { instant: new Date(ref * MS_PER_DAY), timezone: 0 };
  const found: MonthNameDate[] = [];
  for (const span of windows(text)) {
    const piece = text.slice(span.start, span.end).replace(/[–—]/g, '-');
    for (const result of chrono.strict.parse(piece, reference, { forwardDate: true })) {
      const date = toMonthNameDate(piece, result);
      if (date) found.push({ ...date, start: date.start + span.start, end: date.end + span.start });
    }
  }
  return found;
}

function toMonthNameDate(text: string, result: chrono.ParsedResult): MonthNameDate | null {
  const { start, end } = result;
  if (!start.isCertain('day') || !start.isCertain('month') || !MONTH_WORD.test(result.text)) return null;
  const words = result.text.trimEnd();
  let yearStated = start.isCertain('year');
  if (!yearStated && LOWER_VERB_MONTH.test(words)) return null;
  let year = start.get('year') ?? 0;
  let stop = result.index + words.length;
  const shortYear = yearStated ? null : /^\s*['’](\d{2})(?!\w)/.exec(text.slice(stop));
  if (shortYear?.[1]) {
    year = 2000 + Number(shortYear[1]);
    stop += shortYear[0].length;
    yearStated = true;
  }
  const first = dayFrom(year, start.get('month'), start.get('day'));
  if (first === null) return null;
  const last = end?.isCertain('day') ? dayFrom(end.get('year') ?? year, end.get('month'), end.get('day')) : null;
  return { start: result.index, end: stop, first, last: last !== null && last >= first ? last : first, yearStated };
}

function dayFrom(year: number, month: number | null, day: number | null): number | null {
  if (month === null || day === null || !isValidYmd(year, month, day)) return null;
  return dayOf(year, month, day);
}
