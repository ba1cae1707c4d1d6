/**
 * The scan behind `findMeasure` and `findQuantity`: every number-like token of a masked paragraph,
 * in order, is classified from the few words around it; the first that states a quantity wins.
 */
import type { Measure } from '../measures.js';
import {
  fromTo,
  hasActionBefore,
  isVersionAfterTo,
  labelBefore,
  measure,
  nounEnd,
  objectEnd,
  ofPhraseEnd,
  sentenceBefore,
  textAfter,
  textBefore,
  thresholdBefore,
  TO_BEFORE,
  type Context,
  type Mode,
  type Span,
} from './context.js';
import {
  CADENCE_AFTER,
  CHANGE_VERB,
  MAGNITUDE_SUFFIXES,
  MONEY_AFTER,
  MONEY_BEFORE,
  MULTIPLIER_AFTER,
  MULTIPLIER_SUFFIXES,
  NAME_COMPOUNDS,
  NUMBER,
  NUMBER_WORD,
  PERCENT_AFTER,
  PERIOD_AFTER,
  PERIOD_SUFFIXES,
  PERIOD_UNIT,
  PERIOD_UNSAFE_THRESHOLDS,
  PRECHECK,
  SCORE_AFTER,
  SHORT_DURATION_AFTER,
  SHORT_DURATION_SUFFIXES,
  THRESHOLD_AFTER,
  TIMES_CADENCE_AFTER,
  UNIT_SUFFIXES,
  ZERO_COMPOUNDS,
} from './lexicon.js';
import { atSentenceStart, blankCommentsAndCode, maskNamesAndDates } from './mask.js';

/** Anything that may state a quantity; which group matched tells the classifier to use. */
const TOKEN = new RegExp(
  [
    String.raw`(?<fold>\b(?:two|three|four|five|six|seven|eight|nine|ten|hundred)fold\b)`,
    String.raw`(?<split>\b(?:(?:in|by)\s+half|by\s+(?:a|one)\s+(?:third|quarter))\b)`,
    String.raw`(?<times>\b(?:twice|thrice|once)\b)`,
    String.raw`(?<scale>\b(?:doubl|tripl|quadrupl|halv)(?:e|ed|es|ing)\b)`,
    String.raw`(?<couple>\ba\s+(?:couple|pair)\s+of\b)`,
    String.raw`(?<many>\b(?:dozens|hundreds|thousands|millions|billions)\s+of\b)`,
    String.raw`(?<fraction>\b(?:(?:a|one)\s+)?(?:half|third|quarter)\s+(?:of\s+)?(?:the|our|my|all|their|its|your)\b)`,
    String.raw`(?<word>\b(?:a\s+)?${NUMBER_WORD}(?:(?:\s|-)+(?:and\s+)?${NUMBER_WORD})*\b)`,
    String.raw`(?<num>[$€£¥₹]?${NUMBER}(?:\s?[-–]\s?${NUMBER})?(?<suffix>%|×|[A-Za-z]+)?)`,
  ].join('|'),
  'gi',
);

const HYPHEN_WORD_AFTER = /^-([A-Za-z]+)/;
const PER_BEFORE = /\bper\s+$/i;
const ALL_BEFORE = /\ball\s+$/i;
const ARTICLE_BEFORE = /\b(?:a|the)\s*$/i;
const BIG_AFTER_A = /^a\s+(?:dozen|hundred|thousand|million|billion)\b/i;
const ONE_BLOCKED_BEFORE = /\b(?:no|the|any|every|each|this|that|which|some|such|per|little|only|one|as)\s*$/i;
const ONE_BLOCKED_AFTER =
  /^(?:\s+(?:of\s+(?:the|them|those|these|us|its)\b|another|or\b|by\s+one|and\s+(?:only|the\s+same|a\s+half)|point|time|way|hand|day\b(?!\s+(?:a|per|every|each)\s))|-)/i;
const OF_POSSESSIVE = /^\s+of\s+(?:my|our|your|their|his|her)\s/i;
const ZERO_BLOCKED_BEFORE = /\b(?:ground|day|patient|from)\s*$/i;
const ZERO_BLOCKED_AFTER = /^\s+(?:in\s+on|to\s+(?:one|hero))\b/i;
const SCALE_BLOCKED_AFTER = new RegExp(
  String.raw`^(?:-|\s+(?:down|up|as|check|checks|checked|click|standard|agent|duty|take|bed|beds|room|rooms|quotes?|` +
    String.raw`shift|entry|dip|whammy|bass|edged|bind|blind|espresso|digits?|helix|play|crown|threat|jump|decker|` +
    String.raw`glazing|meaning|life|lives|back|over|out)\b)`,
  'i',
);
const FRACTION_BLOCKED_BEFORE = /\b(?:first|second|last|latter|former|back|front|the|this|next|each|every)\s*$/i;
const PERIOD_NOUN = new RegExp(String.raw`^(?:the|our|my|all|their|its|your)?\s*(?:next|last|first|coming)?\s*${PERIOD_UNIT}\b`, 'i');

/** What a number turned out to be, from the words after it. */
type Kind = 'amount' | 'count' | 'bare' | 'period' | 'frequency' | 'name';

/** What the words right after a number make of it, and where those words end. */
function unitOf(ctx: Context, span: Span, suffix: string, money: boolean): { kind: Kind; end: number } {
  const rest = textAfter(ctx, span.end);
  const moneyWord = MONEY_AFTER.exec(rest);
  if (money || moneyWord || MONEY_BEFORE.test(textBefore(ctx, span.start, 8))) {
    return { kind: 'amount', end: span.end + (moneyWord?.[0].length ?? 0) };
  }
  const percent = PERCENT_AFTER.exec(rest);
  if (percent || suffix === '%') {
    return { kind: 'amount', end: ofPhraseEnd(ctx, span.end + (percent?.[0].length ?? 0)) };
  }
  const fixed = MULTIPLIER_AFTER.exec(rest) ?? SCORE_AFTER.exec(rest) ?? SHORT_DURATION_AFTER.exec(rest);
  if (fixed) return { kind: 'amount', end: span.end + fixed[0].length };
  if (MULTIPLIER_SUFFIXES.has(suffix) || SHORT_DURATION_SUFFIXES.has(suffix)) {
    return { kind: 'amount', end: span.end };
  }
  if (MAGNITUDE_SUFFIXES.has(suffix) || UNIT_SUFFIXES.has(suffix)) {
    return { kind: 'amount', end: nounEnd(ctx, span.end) };
  }
  const frequency = TIMES_CADENCE_AFTER.exec(rest);
  if (frequency) return { kind: 'frequency', end: span.end + frequency[0].length };
  const period = PERIOD_SUFFIXES.has(suffix) ? 0 : PERIOD_AFTER.exec(rest)?.[0].length;
  if (period !== undefined) return { kind: 'period', end: span.end + period };
  const compound = HYPHEN_WORD_AFTER.exec(rest);
  if (compound && NAME_COMPOUNDS.has((compound[1] ?? '').toLowerCase())) return { kind: 'name', end: span.end };
  const numberEnd = span.end + (compound?.[0].length ?? 0);
  const end = nounEnd(ctx, numberEnd);
  return { kind: end > numberEnd || compound ? 'count' : 'bare', end };
}

interface QuantityOptions {
  /** The token starts with a currency symbol. */
  readonly money?: boolean;
  /** A bare number is no measure: set for `one`, a pronoun when alone. */
  readonly needsNoun?: boolean;
}

/** What a number (digits or number words) states, from the words around it; `suffix` holds letters glued to digits. */
function classifyQuantity(ctx: Context, span: Span, suffix: string, options: QuantityOptions): Measure | null {
  const change = fromTo(ctx, span.start);
  if (change) return change;
  const { kind, end } = unitOf(ctx, span, suffix, options.money === true);
  if (kind === 'bare' && isVersionAfterTo(ctx, span.start)) return null;
  const threshold = thresholdBefore(ctx, span.start);
  const open = THRESHOLD_AFTER.exec(textAfter(ctx, span.end));
  const start = threshold?.start ?? prefixStart(ctx, span.start);
  switch (kind) {
    case 'name':
      return null;
    case 'period':
      return periodOrNull(ctx, { start, end: open ? end + open[0].length : end }, span, threshold?.word, open !== null);
    case 'frequency':
      return ctx.mode === 'goal' && !hasActionBefore(ctx, span.start) ? null : measure(ctx, { start, end });
    case 'bare':
      if (open) return measure(ctx, { start, end: nounEnd(ctx, span.end + open[0].length) });
      return options.needsNoun === true && !threshold ? null : measure(ctx, { start, end });
    default:
      return measure(ctx, { start, end });
  }
}

/** Where a quantity's words start when a word before belongs to it (`all 12`, `USD 5,000`). */
function prefixStart(ctx: Context, start: number): number {
  const window = textBefore(ctx, start, 8);
  const m = ALL_BEFORE.exec(window) ?? MONEY_BEFORE.exec(window);
  return m ? start - window.length + m.index : start;
}

/** A number of days, weeks or months: a deadline in a goal unless a threshold or a change targets it. */
function periodOrNull(
  ctx: Context,
  withUnit: Span,
  number: Span,
  threshold: string | undefined,
  open: boolean,
): Measure | null {
  if (ctx.mode === 'result' || open) return measure(ctx, withUnit);
  if (threshold !== undefined && !PERIOD_UNSAFE_THRESHOLDS.has(threshold)) return measure(ctx, withUnit);
  const hyphenated = ctx.masked.charAt(number.end) === '-';
  const target = TO_BEFORE.test(textBefore(ctx, number.start, 10)) && CHANGE_VERB.test(sentenceBefore(ctx, number.start));
  return target && !hyphenated ? measure(ctx, { start: number.start, end: withUnit.end }) : null;
}

/**
 * Number words: `five mentees`, `a dozen interviews`, `one small tool`, but not `no one`, `phase two`.
 * `one` counts in goals only: in a result it is a pronoun or `a single` (`apply one clear policy`), not an impact.
 */
function classifyWords(ctx: Context, token: Span): Measure | null {
  const change = fromTo(ctx, token.start);
  if (change) return change;
  const text = ctx.masked.slice(token.start, token.end);
  const article = BIG_AFTER_A.test(text) ? null : /^a\s+/i.exec(text);
  const span = article ? { start: token.start + article[0].length, end: token.end } : token;
  if (labelBefore(ctx, span.start)) return null;
  const lower = ctx.masked.slice(span.start, span.end).toLowerCase();
  const ahead = textAfter(ctx, span.end);
  const compound = HYPHEN_WORD_AFTER.exec(ahead)?.[1]?.toLowerCase();
  if (lower === 'zero') {
    if (ZERO_BLOCKED_BEFORE.test(textBefore(ctx, span.start, 20)) || ZERO_BLOCKED_AFTER.test(ahead)) return null;
    if (compound !== undefined && !ZERO_COMPOUNDS.has(compound)) return null;
    if (compound !== undefined) return measure(ctx, { start: span.start, end: nounEnd(ctx, span.end + compound.length + 1) });
  }
  if (lower === 'one') {
    if (ctx.mode === 'result') return null;
    if (ONE_BLOCKED_BEFORE.test(textBefore(ctx, span.start, 20)) || ONE_BLOCKED_AFTER.test(ahead)) return null;
    if (OF_POSSESSIVE.test(ahead) && atSentenceStart(ctx.source, span.start)) return null;
    if (OF_POSSESSIVE.test(ahead)) return measure(ctx, { start: span.start, end: ofPhraseEnd(ctx, span.end) });
  }
  return classifyQuantity(ctx, span, '', { needsNoun: lower === 'one' });
}

/** `double test coverage`, `halved the pages`, `keep pages halved`; not `double-check`, `double down`, `a double`. */
function classifyScale(ctx: Context, span: Span): Measure | null {
  if (SCALE_BLOCKED_AFTER.test(textAfter(ctx, span.end))) return null;
  if (ARTICLE_BEFORE.test(textBefore(ctx, span.start, 10))) return null;
  const end = objectEnd(ctx, span.end);
  const participle = /ed$/i.test(ctx.masked.slice(span.start, span.end));
  if (ctx.mode === 'goal' && end === span.end && !participle) return null;
  return measure(ctx, { start: span.start, end });
}

/** `twice a month`, `twice as fast`, `present twice`; `once` only as a frequency. */
function classifyTimes(ctx: Context, span: Span): Measure | null {
  const ahead = textAfter(ctx, span.end);
  const cadence = CADENCE_AFTER.exec(ahead);
  if (cadence && ctx.mode === 'goal' && !hasActionBefore(ctx, span.start)) return null;
  if (cadence) return measure(ctx, { start: span.start, end: span.end + cadence[0].length });
  if (/^once$/i.test(ctx.masked.slice(span.start, span.end))) return null;
  const as = /^\s+as\b/i.exec(ahead);
  const end = as ? nounEnd(ctx, span.end + as[0].length, 1) : objectEnd(ctx, span.end);
  return measure(ctx, { start: span.start, end });
}

/** `a couple of talks`, `half the team`, `hundreds of users`: the noun decides, and a period is no measure. */
function classifyGroupOf(ctx: Context, span: Span): Measure | null {
  const end = nounEnd(ctx, span.end);
  if (end === span.end) return null;
  if (PERIOD_NOUN.test(textAfter(ctx, span.end).trimStart()) && ctx.mode === 'goal') return null;
  return measure(ctx, { start: span.start, end });
}

/** Dispatches a token to its classifier by the group that matched. */
function classify(ctx: Context, m: RegExpMatchArray): Measure | null {
  const g = m.groups ?? {};
  const start = m.index ?? 0;
  const span: Span = { start, end: start + m[0].length };
  if (PER_BEFORE.test(textBefore(ctx, start, 6))) return null;
  if (g['num'] !== undefined) {
    return classifyQuantity(ctx, span, g['suffix'] ?? '', { money: /^[$€£¥₹]/.test(m[0]) });
  }
  if (g['word'] !== undefined) return classifyWords(ctx, span);
  if (g['fold'] !== undefined || g['split'] !== undefined) return measure(ctx, span);
  if (g['times'] !== undefined) return classifyTimes(ctx, span);
  if (g['scale'] !== undefined) return classifyScale(ctx, span);
  if (g['couple'] !== undefined) return classifyGroupOf(ctx, span);
  if (g['many'] !== undefined) return ctx.mode === 'result' ? classifyGroupOf(ctx, span) : null;
  if (g['fraction'] !== undefined) {
    return FRACTION_BLOCKED_BEFORE.test(textBefore(ctx, span.start, 20)) ? null : classifyGroupOf(ctx, span);
  }
  return null;
}

/** Single line breaks become spaces, as Markdown reads them; blank lines still part paragraphs. */
function softBreaksAsSpaces(text: string): string {
  return text.replace(/\r?\n(?:[^\S\r\n]*\r?\n)*/g, (br) =>
    br.indexOf('\n') === br.lastIndexOf('\n') ? ' '.repeat(br.length) : br,
  );
}

/**
 * The first quantity `source` states, read as `mode` says, or null.
 * Each paragraph is masked and scanned on its own, so a long text stops at its first quantity.
 */
export function findFirst(source: string, mode: Mode): Measure | null {
  if (!PRECHECK.test(source)) return null;
  const text = softBreaksAsSpaces(blankCommentsAndCode(source));
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const paragraph = text.slice(start, end);
    if (PRECHECK.test(paragraph)) {
      const found = findInParagraph({ source: source.slice(start, end), masked: maskNamesAndDates(paragraph), mode });
      if (found) return { ...found, start: found.start + start, end: found.end + start };
    }
    start = end + 1;
  }
  return null;
}

function findInParagraph(ctx: Context): Measure | null {
  for (const m of ctx.masked.matchAll(TOKEN)) {
    const found = classify(ctx, m);
    if (found) return found;
  }
  return null;
}
