/** Recognizers of periods relative to the reference: `next quarter`, `the end of the year`, `EOY`, `within 6 months`. */
import { addMonths, monthsPeriod, weekOf, ymdOf, type Period } from './calendar.js';
import { followedByName, matches, upcoming, type Core, type Scan } from './core.js';
import { COUNT_RE, countValue } from './vocab.js';

type Unit = 'week' | 'month' | 'quarter' | 'half' | 'year';

const RELATIVE = /(?<![\w-])(this|current|the\s+current|next|the\s+next|following|the\s+following|coming|the\s+coming|last|the\s+last|previous|the\s+previous)\s+(week|month|quarter|half|year)(?![\w-])/gi;
const UNIT_ONLY = /(?<![\w-])(the\s+)?(week|month|quarter|year)(?![\w-])(?!\s+20\d{2})/gi;
const END_WORD = /(?<![\w-])(EOY|EOQ|EOM|EOW|year[-\s]?end|quarter[-\s]?end|month[-\s]?end|end-of-(?:the-)?(?:year|quarter|month|week)|mid[-\s]?year)(?:\s*['’](\d{2})(?!\w)|\s+(20\d{2})(?![\w-]|[.,/]\d))?(?![\w-])/gi;
const DURATION_UNIT = 'days?|weeks?|wks?|fortnights?|months?|mos|mo|mths?|quarters?|years?|yrs?';
const DURATION = new RegExp(
  '(?<![\\w-])(?:(within|in\\s+(?:under|less\\s+than)|in|inside(?:\\s+of)?|over|during|for|throughout)\\s+)?' +
    `(?:the\\s+)?(?:(next|coming|following)\\s+)?(?:(${COUNT_RE})(?:\\s*(?:-|–|—|to|or)\\s*(${COUNT_RE}))?\\s*)?` +
    `(${DURATION_UNIT})(?![\\w-])(\\s+from\\s+(?:now|today)|['’]?\\s+time\\b)?`,
  'gi',
);
const SERVICE_PREPS = /^(?:within|in|in\s+under|in\s+less\s+than|inside(?:\s+of)?)$/i;
const REPETITION = new RegExp(
  '\\b(?:every|each|any|per)\\b|\\ball\\b(?!\\s+\\d)|\\d\\s*(?:%|percent)\\s+of\\b|' +
    '\\bof\\b[^.;]{0,40}?\\b(?:requests?|tickets?|pings?|incidents?|issues|bugs|prs|pull\\s+requests|reviews|' +
    'emails|messages|questions|calls|cases|alerts|escalations|enquiries|inquiries|orders|complaints)\\b',
  'i',
);

/** The `offset`th unit-long period from the one holding the reference (0 = current, 1 = next, -1 = last). */
export function relativePeriod(ref: number, unit: Unit, offset: number): Period {
  const { year, month } = ymdOf(ref);
  const index = month - 1;
  switch (unit) {
    case 'week': {
      const week = weekOf(ref);
      return { first: week.first + 7 * offset, last: week.last + 7 * offset };
    }
    case 'month': return monthsPeriod(year, month + offset, 1);
    case 'quarter': return monthsPeriod(year, index - (index % 3) + 1 + 3 * offset, 3);
    case 'half': return monthsPeriod(year, index - (index % 6) + 1 + 6 * offset, 6);
    case 'year': return monthsPeriod(year + offset, 1, 12);
  }
}

function offsetOf(word: string): number {
  if (/this|current/i.test(word)) return 0;
  return /last|previous/i.test(word) ? -1 : 1;
}

/** `this year`, `next quarter`, `last month`: whole calendar periods (weeks run Monday to Sunday). */
function relativeCalendar(scan: Scan): Core[] {
  return [...matches(scan, RELATIVE)].map((m) => ({
    start: m.index, end: m.index + m[0].length, kind: 'period' as const, needsCue: false,
    period: relativePeriod(scan.ref, (m[2] ?? 'year').toLowerCase() as Unit, offsetOf(m[1] ?? '')),
  }));
}

/** `the year` in `by the end of the year`, `within the month`: the current period, only after such words. */
function bareUnits(scan: Scan): Core[] {
  return [...matches(scan, UNIT_ONLY)].map((m) => ({
    start: m.index, end: m.index + m[0].length, kind: 'unit' as const, needsCue: true, weak: !m[1],
    period: relativePeriod(scan.ref, (m[2] ?? 'year').toLowerCase() as Unit, 0),
  }));
}

/** The period an end word such as `EOY` or `mid-year` closes, for a stated year or the reference's. */
function endWordPeriod(ref: number, word: string, year: number | null): Period {
  const w = word.toLowerCase();
  const refYear = ymdOf(ref).year;
  if (/^mid/.test(w)) {
    const june30 = (y: number): Period => ({ first: monthsPeriod(y, 6, 1).last, last: monthsPeriod(y, 6, 1).last });
    return year === null ? upcoming(ref, june30).period : june30(year);
  }
  if (w === 'eoy' || w.includes('year')) return monthsPeriod(year ?? refYear, 1, 12);
  if (w === 'eoq' || w.includes('quarter')) return relativePeriod(ref, 'quarter', 0);
  if (w === 'eom' || w.includes('month')) return relativePeriod(ref, 'month', 0);
  return relativePeriod(ref, 'week', 0);
}

/** `EOY`, `year-end 2027`, `EOQ`, `EOM`, `EOW`, `mid-year`. */
function endWords(scan: Scan): Core[] {
  return [...matches(scan, END_WORD)].map((m) => {
    const stated = m[2] ? 2000 + Number(m[2]) : m[3] ? Number(m[3]) : null;
    const end = m.index + m[0].length;
    return {
      start: m.index, end, kind: 'period' as const, needsCue: false,
      period: endWordPeriod(scan.ref, m[1] ?? '', stated), nameLike: followedByName(scan.text, end),
    };
  });
}

/** The last day of a span of `count` units from the reference; fractions of months become days. */
function addSpan(ref: number, count: number, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('d')) return ref + Math.round(count);
  if (u.startsWith('w')) return ref + Math.round(count * 7);
  if (u.startsWith('f')) return ref + Math.round(count * 14);
  const months = count * (u.startsWith('q') ? 3 : u.startsWith('y') ? 12 : 1);
  return addMonths(ref, Math.floor(months)) + Math.round((months % 1) * 30);
}

/** Whether a `within N days` reads as a service level: a bound on each repetition of an action. */
function isServiceLevel(scan: Scan, m: RegExpExecArray): boolean {
  const unit = (m[5] ?? '').toLowerCase();
  if (m[2] || !/^(?:d|w|f)/.test(unit) || !SERVICE_PREPS.test((m[1] ?? '').replace(/\s+/g, ' '))) return false;
  const after = scan.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  return /^\s+(?:of|after)\b/i.test(after) || REPETITION.test(scan.text);
}

/** Whether a matched duration is meant as a deadline in this scan, before the service-level check. */
function isDeadlineSpan(scan: Scan, m: RegExpExecArray, count: number | null): boolean {
  const [prep, next, countWords, , unit, fromNow] = [m[1], m[2], m[3], m[4], m[5], m[6]];
  if (count === null) return Boolean(prep && next && !/s$/i.test(unit ?? ''));
  const before = scan.text.slice(Math.max(0, m.index - 12), m.index);
  if (/(?:past|last|previous|first|every|each)\s+$/i.test(before)) return false;
  if (/^\s+ago\b/i.test(scan.text.slice(m.index + m[0].length))) return false;
  const weakPrep = !prep || /^(?:over|during|for|throughout)$/i.test(prep);
  if (!weakPrep || next || /from/i.test(fromNow ?? '')) return true;
  return scan.lenient && !/^an?$/i.test(countWords ?? '');
}

/** `within 6 months`, `in the next two weeks`, `over the next year`, `6 months from now`; bare `6 months` only in lenient scans. */
function durations(scan: Scan): Core[] {
  const found: Core[] = [];
  for (const m of matches(scan, DURATION)) {
    const counts = [m[3], m[4]].filter((c): c is string => Boolean(c)).map(countValue);
    const count = counts.length === 0 ? (m[2] ? 1 : null) : Math.max(...counts.map((c) => c ?? 0));
    if (count === 0 || !isDeadlineSpan(scan, m, counts.length === 0 ? null : count) || isServiceLevel(scan, m)) continue;
    const last = addSpan(scan.ref, count ?? 1, m[5] ?? 'day');
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'own', period: { first: scan.ref, last }, needsCue: false });
  }
  return found;
}

/** Every recognizer of periods relative to the reference. */
export const RELATIVE_RECOGNIZERS: readonly ((scan: Scan) => Core[])[] = [relativeCalendar, bareUnits, endWords, durations];
