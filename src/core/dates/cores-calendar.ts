/** Recognizers of calendar dates: ISO and numeric dates, month names, weekdays, `the 15th`, `tomorrow`. */
import type { DateOrder } from '../types.js';
import { addMonths, dayOf, daysInMonth, isValidYmd, monthsPeriod, weekdayOf, ymdOf, type Period } from './calendar.js';
import { monthNameDates } from './cores-chrono.js';
import { fullYear, hyphenOk, matches, previous, upcoming, type Core, type Scan } from './core.js';
import { MAY_HOLD_MONTH_DATE, MONTH_RE, MONTHS, WEEKDAY_RE, WEEKDAYS } from './vocab.js';

const point = (day: number): Period => ({ first: day, last: day });

const ISO = /(?<![\w./:-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\w/:-]|\.\d)/g;
const YEAR_MONTH = /(?<![\w./:-])(20\d{2})-(0[1-9]|1[0-2])(?![\w/:-]|\.\d)/g;
const NUMERIC = /(?<![\w./:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/:-]|\.\d)/g;
const NUMERIC_NO_YEAR = /(?<![\w./:-])(\d{1,2})\/(\d{1,2})(?![\w/:%-]|[.,]\d|\s*(?:of|rating|stars?|score|points?)\b)/g;
const CHANGE_BY = /\b(?:increase|decrease|reduce|cut|grow|lower|raise|boost|improve|drop|shrink|slash|speed)\w*\b[^.;]*\bby\s*$/i;
const MONTH = new RegExp(
  `(?<![\\w])(?:(this|next|coming|last)\\s+)?(${MONTH_RE})\\.?` +
    `(?:(?:,\\s*|\\s+)(?:of\\s+)?(20\\d{2})(?![\\w-]|[.,/]\\d)|\\s*['’](\\d{2})(?!\\w)|\\s+(next|this|last)\\s+year\\b)?` +
    '(?![\\w]|\\s*\\d|-\\d)',
  'gi',
);
const WEEKDAY = new RegExp(`(?<![\\w-])(?:([Tt]his|[Nn]ext|[Cc]oming)\\s+)?(${WEEKDAY_RE})\\b\\.?(?![\\w'’-])`, 'g');
const DAY_OF_MONTH = /(?<![\w])the\s+(\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(this|next|the)\s+month)?(?=\s*(?:$|[,.;:!?)]))/gi;
const TOMORROW = /\btomorrow\b/gi;

/** `2027-03-31`, `2027/03/31` and `2027-03` (a month). */
function isoDates(scan: Scan): Core[] {
  const found: Core[] = [];
  for (const m of matches(scan, ISO)) {
    const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (!isValidYmd(year, month, day)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'day', period: point(dayOf(year, month, day)), needsCue: false });
  }
  for (const m of matches(scan, YEAR_MONTH)) {
    const period = monthsPeriod(Number(m[1]), Number(m[2]), 1);
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'period', period, needsCue: false });
  }
  return found;
}

/**
 * Reads `first/second/year` as m/d or d/m: the only valid reading when one is invalid
 * (`15/04/2027`), the configured order when both are valid, null when neither is.
 */
export function numericDay(first: number, second: number, year: number, order: DateOrder): number | null {
  const mdy = isValidYmd(year, first, second);
  const dmy = isValidYmd(year, second, first);
  if (mdy && (order === 'mdy' || !dmy)) return dayOf(year, first, second);
  if (dmy) return dayOf(year, second, first);
  return null;
}

/** `03/04/2027`, `15.04.2027`, `3/15/27`; dots and dashes need a four-digit year. */
function numericDates(scan: Scan): Core[] {
  const found: Core[] = [];
  for (const m of matches(scan, NUMERIC)) {
    const yearDigits = m[4] ?? '';
    if (m[2] !== '/' && yearDigits.length !== 4) continue;
    const day = numericDay(Number(m[1]), Number(m[3]), fullYear(yearDigits), scan.order);
    if (day === null) continue;
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'day', period: point(day), needsCue: false });
  }
  return found;
}

/** `by 3/15`: a numeric date without a year, the next such day on or after the reference. */
function numericDatesWithoutYear(scan: Scan): Core[] {
  const found: Core[] = [];
  const { year } = ymdOf(scan.ref);
  for (const m of matches(scan, NUMERIC_NO_YEAR)) {
    if (m[0] === '24/7' || CHANGE_BY.test(scan.text.slice(Math.max(0, m.index - 60), m.index))) continue;
    const days = [0, 1, 2, 3, 4].map((offset) => year + offset)
      .map((y) => numericDay(Number(m[1]), Number(m[2]), y, scan.order))
      .filter((d): d is number => d !== null && d >= scan.ref);
    if (days[0] === undefined) continue;
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'loose-day', period: point(days[0]), needsCue: true });
  }
  return found;
}

/** The period a month expression names, given its determiner and year parts. */
function monthPeriod(scan: Scan, month: number, m: RegExpExecArray): { period: Period; beforePeriod?: Period } {
  const forYear = (year: number): Period => monthsPeriod(year, month, 1);
  const refYear = ymdOf(scan.ref).year;
  if (m[3]) return { period: forYear(Number(m[3])) };
  if (m[4]) return { period: forYear(fullYear(m[4])) };
  if (m[5]) return { period: forYear(refYear + ({ next: 1, last: -1 }[m[5].toLowerCase()] ?? 0)) };
  const determiner = m[1]?.toLowerCase();
  if (determiner === 'last') return { period: previous(scan.ref, forYear) };
  const next = upcoming(scan.ref, forYear);
  return determiner === 'next' ? { period: next.beforePeriod } : next;
}

/** `March 2027`, `Mar '27`, `by March`, `next June`, `mid-March`; the day-precise forms are chrono's. */
function monthNames(scan: Scan): Core[] {
  const found: Core[] = [];
  for (const m of matches(scan, MONTH)) {
    const name = m[2] ?? '';
    const month = MONTHS.get(name.toLowerCase());
    if (month === undefined || !hyphenOk(scan.text, m.index)) continue;
    const hasYear = Boolean(m[3] ?? m[4] ?? m[5]);
    const verbLike = (name === 'may' || name === 'march') && !hasYear && !m[1];
    const { period, beforePeriod } = monthPeriod(scan, month, m);
    const core: Core = {
      start: m.index, end: m.index + m[0].length, kind: 'period', period,
      needsCue: !hasYear && !m[1], weak: verbLike,
    };
    found.push(beforePeriod ? { ...core, beforePeriod } : core);
  }
  return found;
}

/** `Friday`, `by next Tuesday`: the first such weekday after the reference. */
function weekdays(scan: Scan): Core[] {
  const found: Core[] = [];
  for (const m of matches(scan, WEEKDAY)) {
    const weekday = WEEKDAYS.get((m[2] ?? '').toLowerCase());
    if (weekday === undefined) continue;
    const day = scan.ref + ((weekday - weekdayOf(scan.ref) + 7) % 7 || 7);
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'loose-day', period: point(day), needsCue: !m[1] });
  }
  return found;
}

/** The next day numbered `dom` on or after `from`, in `from`'s month or a later one. */
function nextDayOfMonth(from: number, dom: number): number | null {
  const { year, month } = ymdOf(from);
  for (let offset = 0; offset < 3; offset++) {
    const first = addMonths(dayOf(year, month, 1), offset);
    const { year: y, month: mo } = ymdOf(first);
    if (dom <= daysInMonth(y, mo) && first + dom - 1 >= from) return first + dom - 1;
  }
  return null;
}

/** `by the 15th`, `before the 3rd of next month`. */
function daysOfMonth(scan: Scan): Core[] {
  const found: Core[] = [];
  for (const m of matches(scan, DAY_OF_MONTH)) {
    const dom = Number(m[1]);
    const { year, month } = ymdOf(scan.ref);
    const from = m[2]?.toLowerCase() === 'next' ? addMonths(dayOf(year, month, 1), 1) : scan.ref;
    const day = dom >= 1 ? nextDayOfMonth(from, dom) : null;
    if (day === null) continue;
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'loose-day', period: point(day), needsCue: true });
  }
  return found;
}

/** `tomorrow`; `today`, `tonight` and `now` are deliberately not deadlines. */
function tomorrow(scan: Scan): Core[] {
  return [...matches(scan, TOMORROW)].map((m) => ({
    start: m.index, end: m.index + m[0].length, kind: 'day' as const, period: point(scan.ref + 1), needsCue: false,
  }));
}

/** Day-precise dates with a month name, via chrono (only called when a month name is present). */
function chronoDates(scan: Scan): Core[] {
  if (!MAY_HOLD_MONTH_DATE.test(scan.text) || !/\d/.test(scan.text)) return [];
  return monthNameDates(scan.text, scan.ref).map((date) => ({
    start: date.start, end: date.end, kind: 'day' as const, period: { first: date.first, last: date.last },
    needsCue: false, range: date.last > date.first,
  }));
}

/** Every recognizer of calendar dates, in no particular order. */
export const CALENDAR_RECOGNIZERS: readonly ((scan: Scan) => Core[])[] = [
  isoDates, numericDates, numericDatesWithoutYear, monthNames, weekdays, daysOfMonth, tomorrow, chronoDates,
];
