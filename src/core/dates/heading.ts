/** Dates that stand alone: a heading that is a date, a date in a file name, a front-matter value. */
import type { DateOrder, IsoDate } from '../types.js';
import { dayOf, isValidYmd, toIso } from './calendar.js';
import { numericDay } from './cores-calendar.js';
import { monthNameDates } from './cores-chrono.js';
import { fullYear } from './core.js';
import { MAY_HOLD_MONTH_DATE } from './vocab.js';

interface Found {
  readonly start: number;
  readonly end: number;
  readonly day: number;
}

const ISO = /(?<![\w./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\w/-]|\.\d)/;
const NUMERIC = /(?<![\w./:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/:-]|\.\d)/;
const FILE_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const FRONT_MATTER_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]\S*)?$/;
const CHRONO_REFERENCE_DAY = 0;

const LABEL_WORDS = new Set([
  'check-in', 'checkin', 'check', 'in', '1:1', '1-1', '1-on-1', '1on1', 'one-on-one', 'career', 'conversation',
  'chat', 'review', 'meeting', 'week', 'of', 'on', 'notes', 'sync', 'catch-up', 'catchup', 'retro', 'retrospective',
  'standup', 'session', 'performance', 'mid-year', 'annual', 'quarterly', 'monthly', 'weekly', 'entry', 'log',
  'journal', 'update', 'call', 'feedback', 'discussion', 'appraisal', 'skip-level', 'date', 'day', 'my', 'the', 'our',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'mentoring', 'coaching', 'planning', 'debrief', 'growth', 'development',
]);

function findIso(text: string): Found | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
  return isValidYmd(year, month, day) ? { start: m.index, end: m.index + m[0].length, day: dayOf(year, month, day) } : null;
}

function findNumeric(text: string, order: DateOrder): Found | null {
  const m = NUMERIC.exec(text);
  if (!m || (m[2] !== '/' && (m[4] ?? '').length !== 4)) return null;
  const day = numericDay(Number(m[1]), Number(m[3]), fullYear(m[4] ?? ''), order);
  return day === null ? null : { start: m.index, end: m.index + m[0].length, day };
}

function findMonthName(text: string): Found | null {
  if (!MAY_HOLD_MONTH_DATE.test(text)) return null;
  const date = monthNameDates(text, CHRONO_REFERENCE_DAY).find((d) => d.yearStated);
  return date ? { start: date.start, end: date.end, day: date.first } : null;
}

/**
 * Words that make a heading with a date about something due, not a dated entry: `Goals by
 * 2027-03-31`, `Deadline 2027-03-31`, `Ship before 2027-03-31`.
 */
const NOT_LABEL_WORDS = new Set([
  'by', 'due', 'before', 'until', 'till', 'til', 'deadline', 'deadlines', 'goal', 'goals', 'target', 'targets', 'objective',
  'objectives', 'okr', 'okrs', 'milestone', 'milestones', 'for', 'from', 'to', 'since', 'after', 'end', 'ends', 'start',
  'starts', 'no', 'not', 'expires', 'expiry', 'eta', 'star', 'situation', 'task', 'action', 'result',
]);

/** How many words a label may hold besides the known ones: `Jahresgespräch`, `Kickoff`, a first name, `Entretien annuel`. */
const FREE_LABEL_WORDS = 2;

/**
 * Whether the words beside a date make a label: known label words (`Check-in`, `1:1`, weekday
 * names), a `with Name` clause naming who the conversation was with, and at most `free` other
 * words of letters (an event in any language, a name) that say nothing about a deadline. Before
 * the date two such words may stand (`Jahresgespräch 2026-06-15`); after it, none.
 */
function isLabel(text: string, free = FREE_LABEL_WORDS): boolean {
  const withoutNames = text.replace(/\b(?:with|w\/)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/gu, ' ');
  const tokens = withoutNames.toLowerCase().split(/[\s—–|,()[\]#*_]+/).map((t) => t.replace(/^[-:.]+|[-:.]+$/g, ''));
  const words = tokens.filter(Boolean);
  const others = words.filter((t) => !LABEL_WORDS.has(t));
  return words.length <= 6 && others.length <= free
    && others.every((t) => /^\p{L}[\p{L}'’-]*$/u.test(t) && !NOT_LABEL_WORDS.has(t));
}

/** Whether the text around a date leaves it "essentially a date": a short label in front, a separated note after. */
function isEssentiallyDate(text: string, found: Found): boolean {
  const after = text.slice(found.end);
  return isLabel(text.slice(0, found.start)) && (/^\s*(?:$|[—–:|,([-]|with\b|w\/)/.test(after) || isLabel(after, 0));
}

/**
 * The date a heading is (`2026-03-02`, `Check-in 2026-03-02`, `March 2, 2026 — 1:1 with Alex`), or null.
 * Only day-precise dates with a year count: `Goals for Q1 2027` names a period, `Achievements in 2025` a topic.
 */
export function headingDate(text: string, dateOrder: DateOrder): IsoDate | null {
  const found = findIso(text) ?? findNumeric(text, dateOrder) ?? findMonthName(text);
  return found && isEssentiallyDate(text, found) ? toIso(found.day) : null;
}

/** A `YYYY-MM-DD` date inside a file name (`2026-11-22-alex.md`), or null; the first valid one wins. */
export function dateInFileName(name: string): IsoDate | null {
  for (const m of name.matchAll(FILE_DATE)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidYmd(year, month, day)) return toIso(dayOf(year, month, day));
  }
  return null;
}

/**
 * A front-matter date value as an IsoDate, or null: a `YYYY-MM-DD` string (a time part is dropped),
 * or a JS Date as YAML parsers produce, read in UTC because YAML timestamps without a zone are UTC.
 */
export function toIsoDate(value: unknown): IsoDate | null {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? null : toIso(Math.floor(time / 86_400_000));
  }
  if (typeof value !== 'string') return null;
  const m = FRONT_MATTER_DATE.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(year, month, day) ? toIso(dayOf(year, month, day)) : null;
}
