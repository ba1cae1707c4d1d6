/** Shared shapes of the deadline scanner: what a recognizer reports and the helpers recognizers share. */
import type { DateOrder, IsoDate } from '../types.js';
import { ymdOf, type Period } from './calendar.js';

/** A deadline found in a text: the last day it allows and the words it came from. */
export interface Deadline {
  /** The last day the deadline allows. */
  date: IsoDate;
  /** The words it came from, e.g. "by the end of Q1 2027". */
  words: string;
  /** Offset of `words` in the text. */
  start: number;
  /** End offset of `words` (exclusive). */
  end: number;
}

/** What relative dates resolve against: the reference date and how to read `03/04/2027`. */
export interface DateContext {
  reference: IsoDate;
  dateOrder: DateOrder;
}

/** One text being scanned, with the reference as a day number. */
export interface Scan {
  readonly text: string;
  readonly ref: number;
  readonly order: DateOrder;
  /** Lenient scans (field values, headings) accept bare periods such as `Q2`, `June` or `6 months`. */
  readonly lenient: boolean;
}

/**
 * What a date expression is, which decides the words that may introduce it:
 * `day` a calendar date, `loose-day` a date without month name or year (`3/15`, `the 15th`, `Friday`),
 * `unit` a bare `the year`/`month` that only counts after `end of`, `within`…, `own` a duration that carries its cue.
 */
export type CoreKind = 'day' | 'loose-day' | 'period' | 'unit' | 'own';

/** A date expression a recognizer found, before the words in front of it are read. */
export interface Core {
  readonly start: number;
  readonly end: number;
  readonly kind: CoreKind;
  readonly period: Period;
  /** For a period without a year: the next one that has not started yet, which `before` refers to. */
  readonly beforePeriod?: Period;
  /** Whether strict scans need a cue in front (`by`, `in`, `end of`…) to take it as a deadline. */
  readonly needsCue: boolean;
  /** Needs a cue even in lenient scans: a lower-case `may` or `march` is more likely a verb. */
  readonly weak?: boolean;
  /** Followed by a noun that makes it a name (`Q3 roadmap`, `year-end review`): no deadline after a weak cue. */
  readonly nameLike?: boolean;
  /** A year followed by a counted noun (`by 2000 users`): an amount after `by`. */
  readonly amountLike?: boolean;
  /** A range joined from two expressions (`from March to May 2027`). */
  readonly range?: boolean;
}

/** Nouns after a quarter, half, year or year-end that make it a name (`Q3 roadmap`) rather than a deadline. */
const NAME_NOUNS = new RegExp(
  '^\\s+(?:roadmaps?|planning|plans?|okrs?|goals?|objectives?|reviews?|reports?|results|targets?|budgets?|' +
    'offsites?|kickoffs?|kick-offs?|retros?|retrospectives?|releases?|launch|priorities|board|meetings?|' +
    'all-hands|decks?|numbers|forecasts?|cycles?|calibrations?|headings?|tags?|elements?|titles?|bonus(?:es)?|' +
    'party|parties|close|closing|earnings|sales|commitments|initiatives|themes?|promo(?:tion)?s?|performance|' +
    'summary|summaries)\\b',
  'i',
);

/** Whether the text after `end` starts with a noun that turns a period into a name. */
export function followedByName(text: string, end: number): boolean {
  return NAME_NOUNS.test(text.slice(end, end + 24));
}

/** Whether nothing but closing punctuation separates `end` from the end of the sentence. */
export function endsClause(text: string, end: number): boolean {
  return /^[\s*_]*(?:$|[,.;:!?)\]—–]|-\s|and\b|or\b)/.test(text.slice(end, end + 8));
}

/** Whether a hyphen right before `index` is part of the date phrase (`mid-2027`) rather than a name (`COVID-2020`). */
export function hyphenOk(text: string, index: number): boolean {
  if (text[index - 1] !== '-') return true;
  return /(?:^|[^\w])(?:mid|early|late|end|year|start)-$/i.test(text.slice(Math.max(0, index - 8), index));
}

/**
 * Resolves a period named without a year (`Q3`, `March`, `spring`) against the reference:
 * `period` is the next one that has not ended, `beforePeriod` the next one that has not started.
 */
export function upcoming(ref: number, forYear: (year: number) => Period): { period: Period; beforePeriod: Period } {
  const year = ymdOf(ref).year;
  const candidates = [year - 1, year, year + 1, year + 2].map(forYear);
  const period = candidates.find((p) => p.last >= ref) ?? forYear(year + 1);
  const beforePeriod = candidates.find((p) => p.first > ref) ?? forYear(year + 2);
  return { period, beforePeriod };
}

/** The most recent period of a kind that has ended before the reference (`last March`). */
export function previous(ref: number, forYear: (year: number) => Period): Period {
  const year = ymdOf(ref).year;
  const candidates = [year + 1, year, year - 1, year - 2].map(forYear);
  return candidates.find((p) => p.last < ref) ?? forYear(year - 2);
}

/** A four-digit year, or a two-digit one read as 20xx. */
export function fullYear(digits: string): number {
  const value = Number(digits);
  return digits.length <= 2 ? 2000 + value : value;
}

/** Iterates the matches of a global regex over the scan's text. */
export function matches(scan: Scan, pattern: RegExp): IterableIterator<RegExpExecArray> {
  return scan.text.matchAll(pattern);
}
