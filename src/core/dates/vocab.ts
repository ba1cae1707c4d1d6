/** Words that name months, weekdays, seasons and small numbers, with the regex fragments built from them. */

const MONTH_WORDS: readonly (readonly string[])[] = [
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'],
  ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'],
  ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
];

/** Month name or abbreviation (lower case) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_WORDS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** Regex alternation of month names and abbreviations, longest first. */
export const MONTH_RE = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Full weekday names (lower case) → day of week, 0 = Sunday. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
  ['sun', 0], ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6],
]);

/** Regex alternation of weekday names: full names in any case, abbreviations capitalised only (`Sat`, not `sat`). */
export const WEEKDAY_RE =
  '(?:[Ss]un|[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur)day|SUNDAY|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun|Mon';

/** Season → the month it starts in (winter starts in December and runs into the next year). */
export const SEASONS: ReadonlyMap<string, number> = new Map([
  ['spring', 3], ['summer', 6], ['autumn', 9], ['fall', 9], ['winter', 12],
]);

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Regex for a count: digits, a number word up to ninety-nine, `a`/`an`, `a couple (of)`, `a dozen`. */
export const COUNT_RE =
  `\\d{1,3}(?:\\.5)?|(?:${TENS.filter(Boolean).join('|')})(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?` +
  `|${UNITS.slice(1).sort((a, b) => b.length - a.length).join('|')}|(?:a\\s+)?couple(?:\\s+of)?|a\\s+dozen|half\\s+an?|an?`;

/** The value of a count matched by `COUNT_RE`, or null. */
export function countValue(words: string): number | null {
  const text = words.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(text)) return Number(text);
  if (text === 'a' || text === 'an') return 1;
  if (/^half an?$/.test(text)) return 0.5;
  if (text.includes('couple')) return 2;
  if (text === 'a dozen') return 12;
  const [tens = '', unit = ''] = text.split(/[- ]/);
  const tensIndex = TENS.indexOf(tens);
  if (tensIndex >= 2) return tensIndex * 10 + Math.max(0, UNITS.indexOf(unit));
  const unitIndex = UNITS.indexOf(text);
  return unitIndex > 0 ? unitIndex : null;
}

/** Cheap test for whether a text could hold a date at all: a digit, or a month, weekday, season or period word. */
export const MAY_HOLD_DATE = new RegExp(
  `\\d|\\b(?:${MONTH_RE}|mon|tue|wed|thu|fri|sat|sun|spring|summer|autumn|fall|winter|week|month|quarter|year|` +
  'half|eo[ywmq]|fy|tomorrow|fortnight|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|' +
  'twenty|thirty|couple|dozen|mid)',
  'i',
);

/** Cheap test for whether chrono is worth calling at all: a month name somewhere. */
export const MAY_HOLD_MONTH_DATE = new RegExp(`\\b(?:${MONTH_RE})`, 'i');
