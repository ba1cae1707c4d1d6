/**
 * Blanking of the numbers that are names or dates, so the finders never count them.
 *
 * Every pass replaces what it matches with as many spaces, so offsets in the masked text are
 * offsets in the source.
 */
import {
  CURRENCY_CODES,
  LABEL_WORDS,
  MAGNITUDE_SUFFIXES,
  MULTIPLIER_SUFFIXES,
  NUMBER,
  NUMBER_WORD,
  PERIOD_SUFFIXES,
  PLANNING_WORDS,
  SHORT_DURATION_SUFFIXES,
  STOP_WORDS,
  UNIT_SUFFIXES,
} from './lexicon.js';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:19|20)\d{2}`;

/** Numbers that are always names, dates or times, whatever surrounds them. */
const ALWAYS_MASKED: readonly RegExp[] = [
  /\b(?:1|one)[\s-]?(?:on|to)[\s-]?(?:1|one)s?\b/gi, // one-on-one, 1-on-1s
  /\b1[-x×]1s?\b/gi, // 1-1s, 1x1
  /\b\d+:\d+(?::\d+)?(?:s\b|\s?[ap]\.?m\.?)?/gi, // 1:1s, 10:30, 9:00 am
  /\b\d{1,2}\s?[ap]\.?m\.?(?![a-z])/gi, // 5pm, 9 a.m.
  /\b24\s?[/x×]\s?7\b/gi,
  /\b9-to-5\b/gi,
  /\b\d{1,4}([/.-])\d{1,2}\1\d{1,4}\b/g, // 2027-04-30, 03/04/2027, 1.2.3, 30-60-90
  new RegExp(String.raw`\b\d{1,2}/${YEAR}\b`, 'g'), // 03/2027
  new RegExp(String.raw`\b${YEAR}\s?[/–-]\s?(?:${YEAR}|\d{2})\b`, 'g'), // 2026/27, 2027-04
  new RegExp(String.raw`\b${MONTH}\.?\s+${DAY}\b(?:,?\s+${YEAR}\b)?`, 'g'), // March 31, 2027
  new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH}\b\.?(?:,?\s+${YEAR}\b)?`, 'g'), // 31st of March 2027
  new RegExp(String.raw`\b${MONTH}\.?,?\s+(?:${YEAR}|['’]\d{2})\b`, 'g'), // March 2027, Dec '27
  /['’]\d{2}\b/g, // '27
  /\b\d+\.\d+(?=\s+(?:release|version|update|upgrade|launch|rollout|api|sdk|spec|branch|beta|migration)\b)/gi,
  /(?<=\b(?:on|by|before|until|till|since|due|after)\s{1,3})\d{1,2}\/\d{1,2}\b(?!\/)/gi, // by 3/14
  /(?<![\w.])\d+-[A-Z]{1,4}\b/g, // form and standard names: 10-K, 10-Q, 8-K, 1099-MISC
  /#\d+/g, // #123
  /\[\d+\]/g, // [2]
  /(?<=^|\s)\(?\d{1,2}\)(?=\s)/gm, // (1) or 2) enumerating
  /(?<![\w$€£¥₹])[A-Za-z]+(?:[-/]?\d+(?:\.\d+)*[A-Za-z]*)+/g, // v2, Q3, p99, k8s, IPv6, GPT-4, HTTP/2, mid-2027
];

/** Digits with letters attached: a unit (`10k`, `2x`) stays, an ordinal or a name (`3rd`, `2FA`, `5G`) goes. */
const DIGITS_WITH_LETTERS = /(?<![\w.,])\d+(?:[.,]\d+)*([A-Za-z]+)\b/g;

/** A word then a number: `Python 3`, `SOC 2`, `level 6`, `Go 1.22`. */
const WORD_THEN_NUMBER = new RegExp(
  String.raw`(?<![A-Za-z.+#&'’-])([A-Za-z][A-Za-z.+#&'’-]*)[ \t]+(${NUMBER})(?!\d|[.,]\d|[A-Za-z])`,
  'g',
);

/** After the number of a word-then-number pair, what shows it is a quantity after all. */
const QUANTITY_AFTER_NAME =
  /^(?:\s*(?:%|\+|percent\b|per\s*cent\b|points?\b|pts\b|pp\b|times\b|x\b|×|\/\s*\d|out\s+of\b|or\s+(?:more|higher|better|above|greater|less|lower|fewer|below)\b)|\s*(?:ms|milliseconds?|secs?|seconds?|mins?|minutes?|hrs?|hours?)\b)/;

/** A number word: capitalised mid-sentence, it is part of a name (`Lean Six Sigma`, `the Big Five`, `Seven Habits`). */
const NUMBER_WORD_ANY_CASE = new RegExp(String.raw`\b${NUMBER_WORD}\b`, 'gi');

const YEAR_ALONE = new RegExp(String.raw`(?<![\w.,$€£¥₹#'’/-])${YEAR}(?![\w%×]|[.,]\d)`, 'g');
const NEXT_WORD = /^\s+([A-Za-z]+)/;
const YEAR_DETERMINER = /\b(?:the|my|our|their|your|this|next|last|since|during|until|till|before|in)\s*$/i;

function blank(text: string): string {
  return ' '.repeat(text.length);
}

function keepsSuffix(suffix: string): boolean {
  return [MAGNITUDE_SUFFIXES, MULTIPLIER_SUFFIXES, SHORT_DURATION_SUFFIXES, PERIOD_SUFFIXES, UNIT_SUFFIXES].some((set) =>
    set.has(suffix),
  );
}

/** Whether `index` begins a sentence, where any verb is capitalised (`Write 3 docs`). */
export function atSentenceStart(source: string, index: number): boolean {
  for (let i = index - 1; i >= Math.max(0, index - 20); i--) {
    const c = source.charAt(i);
    if (/[\s*_~`"'“‘([>#]/.test(c)) continue;
    if (c === '-' || c === '+') return i === 0 || /\s/.test(source.charAt(i - 1));
    return /[.!?:;—–|•)]/.test(c);
  }
  return true;
}

/** Whether most long words are capitalised, as in a heading; capitals then say nothing. */
function isTitleCase(source: string): boolean {
  if (source.length > 300) return false;
  const long = source.match(/\b[A-Za-z]{4,}\b/g) ?? [];
  if (long.length < 3) return false;
  return long.filter((w) => /^[A-Z]/.test(w)).length / long.length >= 0.85;
}

function isNameBeforeNumber(word: string, wordStart: number, after: string, source: string, titleCase: boolean): boolean {
  if (/[.'’-]$|['’]s$/.test(word)) return false;
  const lower = word.toLowerCase();
  if (STOP_WORDS.has(lower) || CURRENCY_CODES.has(word) || QUANTITY_AFTER_NAME.test(after)) return false;
  if (LABEL_WORDS.has(lower)) return true;
  if (titleCase || !/[A-Z]/.test(word)) return false;
  return !(/^[A-Z][a-z]+$/.test(word) && atSentenceStart(source, wordStart));
}

function isYear(masked: string, start: number, end: number): boolean {
  const next = NEXT_WORD.exec(masked.slice(end, end + 40))?.[1]?.toLowerCase();
  const countsSomething = next !== undefined && /^[a-z]{2,}[^sui]s$/.test(next) && !PLANNING_WORDS.has(next);
  return !countsSomething || YEAR_DETERMINER.test(masked.slice(Math.max(0, start - 12), start));
}

/** The text with HTML comments and inline code blanked out (line breaks kept): the contract never reads them. */
export function blankCommentsAndCode(text: string): string {
  const parts: string[] = [];
  let kept = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', kept)) {
    const close = text.indexOf('-->', open + 4);
    const end = close === -1 ? text.length : close + 3;
    parts.push(text.slice(kept, open), text.slice(open, end).replace(/[^\n]/g, ' '));
    kept = end;
  }
  parts.push(text.slice(kept));
  return parts.join('').replace(/`[^`\n]*`/g, blank);
}

/** The source with every number that is a name, a date or a time blanked out. */
export function maskNamesAndDates(source: string): string {
  let masked = source;
  for (const re of ALWAYS_MASKED) masked = masked.replace(re, blank);
  masked = masked.replace(DIGITS_WITH_LETTERS, (all: string, suffix: string) => (keepsSuffix(suffix) ? all : blank(all)));
  const titleCase = isTitleCase(source);
  if (!titleCase) {
    masked = masked.replace(NUMBER_WORD_ANY_CASE, (word: string, offset: number) =>
      /^[A-Z][a-z]+$/.test(word) && !atSentenceStart(source, offset) ? blank(word) : word);
  }
  const beforeNames = masked;
  masked = masked.replace(WORD_THEN_NUMBER, (all: string, word: string, num: string, offset: number) => {
    const after = beforeNames.slice(offset + all.length, offset + all.length + 30);
    return isNameBeforeNumber(word, offset, after, source, titleCase) ? all.slice(0, -num.length) + blank(num) : all;
  });
  const beforeYears = masked;
  return beforeYears.replace(YEAR_ALONE, (year: string, offset: number) =>
    isYear(beforeYears, offset, offset + year.length) ? blank(year) : year,
  );
}
