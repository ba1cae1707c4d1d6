/** Recognizers of named periods: quarters, halves, years, fiscal years and seasons. */
import { monthsPeriod, ymdOf, type Period } from './calendar.js';
import { endsClause, followedByName, fullYear, hyphenOk, matches, previous, upcoming, type Core, type Scan } from './core.js';
import { SEASONS } from './vocab.js';

const YEARLIKE = `20\\d{2}(?![\\w-]|[.,/]\\d)|['’]\\d{2}(?!\\w)|FY\\s?['’]?(?:20)?\\d{2}(?!\\w)`;
const QUARTER = new RegExp(`(?<![\\w])Q([1-4])(?:\\s*(?:of\\s+|[-/]\\s*)?(${YEARLIKE}))?(?![\\w])`, 'gi');
const YEAR_QUARTER = /(?<![\w])(20\d{2}|FY\s?['’]?(?:20)?\d{2})[\s-]*Q([1-4])(?![\w])/gi;
const HALF = new RegExp(`(?<![\\w])H([12])(?:\\s*(?:of\\s+|[-/]\\s*)?(${YEARLIKE}))?(?![\\w])`, 'g');
const YEAR_HALF = /(?<![\w])(20\d{2})[\s-]*H([12])(?![\w])/g;
const OF_YEAR = '(?:\\s+of\\s+(?:(20\\d{2})|(?:the\\s+)?(this|next)\\s+year|the\\s+year))?(?![\\w-])(?!\\s+of\\b)';
const SPELLED_QUARTER = new RegExp(
  `(?<![\\w-])(?:the\\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+quarter${OF_YEAR}`, 'gi');
const SPELLED_HALF = new RegExp(`(?<![\\w-])(?:the\\s+)?(first|second|1st|2nd|latter|last|back)\\s+half${OF_YEAR}`, 'gi');
const YEAR = /(?<![\w$€£.,/])(?:(?:the\s+)?year\s+)?(20\d{2})(?:(?:\s*(?:-|–|—|to|through|until)\s*|\/)(20\d{2}|\d{2}))?(?![\w%]|[.,/:-]\d|\s*(?:%|percent))/gi;
const FISCAL_YEAR = /(?<![\w-])(?:FY|fiscal\s+year|fiscal)\s*[-'’]?\s*(20\d{2}|\d{2})(?![\w]|[.,/-]\d)/gi;
const SEASON = /(?<![\w])(?:(this|next|last|coming)\s+)?(?:the\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(20\d{2})(?![\w-]|[.,/]\d)|\s*['’](\d{2})(?!\w))?(?![\w-])/gi;
const COUNTED_NOUN = /^\s+(?:new|more|extra|additional|active|paying|unique|total|net|[a-z]+s\b(?<!\b(?:as|is|was|has|this|its|thus|plus|unless|always|perhaps|yes|across|towards|afterwards|besides|his|us)))/;

/** A season followed by a noun (`the spring hiring push`) names an event, not a deadline. */
const NOUN_AFTER = /^\s+(?!(?:and|or|but|so|to|with|at|for|if|when|as|before|after|of|in|on|by|the|a|an|we|while|then|once|too|again|is|will|season)\b)[a-z]{3,}/;
const NAME_BEFORE = /\p{Lu}[\p{L}\d]*\s+$/u;
const QUANTITY_BEFORE = /(?:\b(?:to|than|of|reach|hit|at|about|around|over|under|from|approximately|and|or)|[~≈<>=+-])\s*$/i;

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4, latter: 2, back: 2,
};

/** A year written as `2027`, `'27`, `27` or `FY27`. */
function yearOf(token: string): number {
  return fullYear(token.replace(/^FY\s?/i, '').replace(/['’]/g, ''));
}

/** A core for the `index`th part (1-based) of `size` months of a year, stated or not. */
function partOfYear(scan: Scan, m: RegExpExecArray, index: number, size: number, year: number | null): Core {
  const forYear = (y: number): Period => monthsPeriod(y, (index - 1) * size + 1, size);
  const base = { start: m.index, end: m.index + m[0].length, kind: 'period' as const };
  if (year !== null) return { ...base, period: forYear(year), needsCue: false };
  const bare = !endsClause(scan.text, base.end);
  return { ...base, ...upcoming(scan.ref, forYear), needsCue: bare, nameLike: followedByName(scan.text, base.end) };
}

/** The year named by `of 2027`, `of next year` or `of the year` after a spelled quarter or half, or null. */
function yearOfPhrase(scan: Scan, m: RegExpExecArray): number | null {
  const refYear = ymdOf(scan.ref).year;
  if (m[2]) return Number(m[2]);
  if (m[3]) return refYear + (m[3].toLowerCase() === 'next' ? 1 : 0);
  return /\s+of\s+the\s+year$/i.test(m[0]) ? refYear : null;
}

/** `Q2 2027`, `2027 Q2`, `Q3`, `Q2 FY27`, `the third quarter of 2027`. */
function quarters(scan: Scan): Core[] {
  const found: Core[] = [];
  for (const m of matches(scan, QUARTER)) {
    found.push(partOfYear(scan, m, Number(m[1]), 3, m[2] ? yearOf(m[2]) : null));
  }
  for (const m of matches(scan, YEAR_QUARTER)) found.push(partOfYear(scan, m, Number(m[2]), 3, yearOf(m[1] ?? '')));
  for (const m of matches(scan, SPELLED_QUARTER)) {
    const year = yearOfPhrase(scan, m);
    const ordinal = (m[1] ?? '').toLowerCase();
    if (ordinal === 'last' && year === null) continue;
    found.push({ ...partOfYear(scan, m, ORDINALS[ordinal] ?? 1, 3, year), ...(year === null ? { needsCue: true } : {}) });
  }
  return found;
}

/** `H1 2027`, `2027 H2`, `H1`, `the second half of next year`. */
function halves(scan: Scan): Core[] {
  const found: Core[] = [];
  for (const m of matches(scan, HALF)) found.push(partOfYear(scan, m, Number(m[1]), 6, m[2] ? yearOf(m[2]) : null));
  for (const m of matches(scan, YEAR_HALF)) found.push(partOfYear(scan, m, Number(m[2]), 6, Number(m[1])));
  for (const m of matches(scan, SPELLED_HALF)) {
    const year = yearOfPhrase(scan, m);
    const core = partOfYear(scan, m, ORDINALS[(m[1] ?? '').toLowerCase()] ?? 1, 6, year);
    found.push(year === null ? { ...core, needsCue: true } : core);
  }
  return found;
}

/**
 * Whether a bare year ends a clause as its deadline (`Speak at a conference 2027.`), not as a quantity
 * (`from 1500 to 2000`) or a product name (`Windows Server 2025`).
 */
function closesGoal(scan: Scan, start: number, end: number, year: number): boolean {
  const refYear = ymdOf(scan.ref).year;
  if (year < refYear - 1 || year > refYear + 10 || !endsClause(scan.text, end)) return false;
  const before = scan.text.slice(Math.max(0, start - 16), start);
  return !QUANTITY_BEFORE.test(before) && !NAME_BEFORE.test(before);
}

/** `in 2027`, `2026–2027` (to the end of the later year), `the year 2027`; a bare year needs a cue. */
function years(scan: Scan): Core[] {
  const found: Core[] = [];
  for (const m of matches(scan, YEAR)) {
    const first = Number(m[1]);
    const last = m[2] ? fullYear(m[2]) : first;
    if (last < first || (m[2] && last > first + 20) || !hyphenOk(scan.text, m.index)) continue;
    const end = m.index + m[0].length;
    const period: Period = { first: monthsPeriod(first, 1, 12).first, last: monthsPeriod(last, 1, 12).last };
    const amountLike = COUNTED_NOUN.test(scan.text.slice(end, end + 24));
    const needsCue = !closesGoal(scan, m.index, end, last);
    const nameLike = followedByName(scan.text, end);
    found.push({ start: m.index, end, kind: 'period', period, needsCue, amountLike, nameLike, range: Boolean(m[2]) });
  }
  return found;
}

/** `FY27`, `FY2027`, `fiscal 2027`: read as the calendar year (fiscal calendars differ, so none is assumed). */
function fiscalYears(scan: Scan): Core[] {
  return [...matches(scan, FISCAL_YEAR)].map((m) => ({
    start: m.index, end: m.index + m[0].length, kind: 'period' as const,
    period: monthsPeriod(fullYear(m[1] ?? ''), 1, 12), needsCue: false,
  }));
}

/** The core for one season match: a stated year, `last`/`next`/`this`, or the next one that has not ended. */
function seasonCore(scan: Scan, m: RegExpExecArray, startMonth: number): Core {
  const forYear = (y: number): Period => monthsPeriod(y, startMonth, 3);
  const base = { start: m.index, end: m.index + m[0].length, kind: 'period' as const };
  const stated = m[3] ?? m[4];
  if (stated) return { ...base, period: forYear(fullYear(stated)), needsCue: false };
  const determiner = m[1]?.toLowerCase();
  const next = upcoming(scan.ref, forYear);
  if (determiner === 'last') return { ...base, period: previous(scan.ref, forYear), needsCue: false };
  if (determiner === 'next') return { ...base, period: next.beforePeriod, needsCue: false };
  const nameLike = NOUN_AFTER.test(scan.text.slice(base.end, base.end + 16));
  return { ...base, ...next, needsCue: !determiner, nameLike };
}

/**
 * `this spring`, `by summer 2027`, `in the fall`: spring is March–May, summer June–August,
 * autumn September–November, winter December–February (so `winter 2027` ends in February 2028).
 */
function seasons(scan: Scan): Core[] {
  const found: Core[] = [];
  for (const m of matches(scan, SEASON)) {
    const startMonth = SEASONS.get((m[2] ?? '').toLowerCase());
    if (startMonth !== undefined && hyphenOk(scan.text, m.index)) found.push(seasonCore(scan, m, startMonth));
  }
  return found;
}

/** Every recognizer of named periods. */
export const PERIOD_RECOGNIZERS: readonly ((scan: Scan) => Core[])[] = [quarters, halves, years, fiscalYears, seasons];
