/**
 * The scan behind `findMeasure` and `findQuantity`: every number-like token of the masked text,
 * in order, is classified from the few words around it; the first that states a quantity wins.
 */
import type { Measure } from '../measures.js';
import {
  textAfter,
  textBefore,
  fromTo,
  hasActionBefore,
  isVersionAfterTo,
  labelBefore,
  measure,
  nounEnd,
  objectEnd,
  ofPhraseEnd,
  sentenceBefore,
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
import { atSentenceStart, maskNamesAndDates } from './mask.js';

const TOKEN = new RegExp(
  [
    String.raw`(?<fold>\b(?:two|three|four|five|six|seven|eight|nine|ten|hundred)fold\b)`,
    String.raw`(?<split>\b(?:(?:in|by)\s+half|by\s+(?:a|one)\s+(?:third|quarter))\b)`,
    String.raw`(?<times>\b(?:twice|thrice|once)\b)`,
    String.raw`(?<scale>\b(?:doubl|tripl|quadrupl|halv)(?:e|ed|es|ing)\b)`,
    String.raw`(?<couple>\ba\s+(?:couple|pair)\s+of\b)`,
    String.raw`(?<many>\b(?:dozens|hundreds|thousands|millions|billions)\s+of\b)`,
    String.raw`(?<fraction>\b(?:(?:a|one)\s+)?(?:half|third|quarter)\s+(?:of\s+)?(?:the|our|my|all|their|its|your)\b)`,
    String.raw`(?<word>\b(?:a[^\S\n]+)?${NUMBER_WORD}(?:(?:[^\S\n]|-)+(?:and[^\S\n]+)?${NUMBER_WORD})*\b)`,
    String.raw`(?<num>[$€£¥₹]?${NUMBER}(?:[^\S\n]?[-–][^\S\n]?${NUMBER})?(?<suffix>%|×|[A-Za-z]+)?)`,
  ].join('|'),
  'gi',
);

const HYPHEN_WORD_AFTER = /^-([A-Za-z]+)/;
const ALL_BEFORE = /\ball[^\S\n]+$/i;
const ARTICLE_BEFORE = /\b(?:a|the)[^\S\n]*$/i;
const BIG_AFTER_A = /^a\s+(?:dozen|hundred|thousand|million|billion)\b/i;
const ONE_BLOCKED_BEFORE = /\b(?:no|the|any|every|each|this|that|which|some|such|per|little|only|one|as)[^\S\n]*$/i;
const ONE_BLOCKED_AFTER = /^(?:[^\S\n]+(?:of[^\S\n]+(?:the|them|those|these|us|its)\b|another|or\b|by[^\S\n]+one|and[^\S\n]+(?:only|the[^\S\n]+same|a[^\S\n]+half)|point|time|way|hand|day\b(?![^\S\n]+(?:a|per|every|each)[^\S\n]))|-)/i;
const OF_POSSESSIVE = /^[^\S\n]+of[^\S\n]+(?:my|our|your|their|his|her)[^\S\n]/i;
const ZERO_BLOCKED_BEFORE = /\b(?:ground|day|patient|from)[^\S\n]*$/i;
const ZERO_BLOCKED_AFTER = /^[^\S\n]+(?:in[^\S\n]+on|to[^\S\n]+(?:one|hero))\b/i;
const SCALE_BLOCKED_AFTER =
  /^(?:-|[^\S\n]+(?:down|up|as|check|checks|checked|click|standard|agent|duty|take|bed|beds|room|rooms|quotes?|shift|entry|dip|whammy|bass|edged|bind|blind|espresso|digits?|helix|play|crown|threat|jump|decker|glazing|meaning|life|lives|back|over|out)\b)/i;
const FRACTION_BLOCKED_BEFORE = /\b(?:first|second|last|latter|former|back|front|the|this|next|each|every)[^\S\n]*$/i;
const PERIOD_NOUN = new RegExp(`^(?:the|our|my|all|their|its|your)?[^\\S\\n]*(?:next|last|first|coming)?[^\\S\\n]*${PERIOD_UNIT}\\b`, 'i');

type Kind = 'amount' | 'count' | 'bare' | 'period' | 'frequency' | 'name';

/** What the words right after a number make of it, and where those words end. */
function unitOf(ctx: Context, span: Span, suffix: string, money: boolean): { kind: Kind; end: number } {
  const rest = textAfter(ctx, span.end);
  const moneyWord = MONEY_AFTER.exec(rest);
  if (money || moneyWord || MONEY_BEFORE.test(textBefore(ctx, span.start, 8))) return { kind: 'amount', end: span.end + (moneyWord?.[0].length ?? 0) };
  const percent = PERCENT_AFTER.exec(rest);
  if (percent || suffix === '%') return { kind: 'amount', end: ofPhraseEnd(ctx, span.end + (percent?.[0].length ?? 0)) };
  const fixed = MULTIPLIER_AFTER.exec(rest) ?? SCORE_AFTER.exec(rest) ?? SHORT_DURATION_AFTER.exec(rest);
  if (fixed) return { kind: 'amount', end: span.end + fixed[0].length };
  if (MULTIPLIER_SUFFIXES.has(suffix) || SHORT_DURATION_SUFFIXES.has(suffix)) return { kind: 'amount', end: span.end };
  if (MAGNITUDE_SUFFIXES.has(suffix) || UNIT_SUFFIXES.has(suffix)) return { kind: 'amount', end: nounEnd(ctx, span.end) };
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

/**
 * What a number (digits or number words, spanning `span`) states, from the words around it.
 * `suffix` holds letters glued to digits; `needsNoun` is set for `one`, a pronoun when alone.
 */
function classifyQuantity(ctx: Context, span: Span, suffix: string, options: { money?: boolean; needsNoun?: boolean }): Measure | null {
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
function periodOrNull(ctx: Context, withUnit: Span, number: Span, threshold: string | undefined, open: boolean): Measure | null {
  if (ctx.mode === 'result' || open) return measure(ctx, withUnit);
  if (threshold !== undefined && !PERIOD_UNSAFE_THRESHOLDS.has(threshold)) return measure(ctx, withUnit);
  const hyphenated = ctx.masked.charAt(number.end) === '-';
  if (!hyphenated && TO_BEFORE.test(textBefore(ctx, number.start, 10)) && CHANGE_VERB.test(sentenceBefore(ctx, number.start))) {
    return measure(ctx, { start: number.start, end: withUnit.end });
  }
  return null;
}

/** Number words: `five mentees`, `a dozen interviews`, `one small tool`, but not `no one`, `phase two`. */
function classifyWords(ctx: Context, token: Span): Measure | null {
  const change = fromTo(ctx, token.start);
  if (change) return change;
  const article = /^a\s+/i.exec(ctx.masked.slice(token.start, token.end));
  const span = article && !BIG_AFTER_A.test(ctx.masked.slice(token.start, token.end)) ? { start: token.start + article[0].length, end: token.end } : token;
  if (labelBefore(ctx, span.start)) return null;
  const lower = ctx.masked.slice(span.start, span.end).toLowerCase();
  const ahead = textAfter(ctx, span.end);
  const compound = HYPHEN_WORD_AFTER.exec(ahead)?.[1]?.toLowerCase();
  if (lower === 'zero') {
    if (ZERO_BLOCKED_BEFORE.test(textBefore(ctx, span.start, 20)) || ZERO_BLOCKED_AFTER.test(ahead)) return null;
    if (compound !== undefined) {
      return ZERO_COMPOUNDS.has(compound) ? measure(ctx, { start: span.start, end: nounEnd(ctx, span.end + compound.length + 1) }) : null;
    }
  }
  if (lower === 'one') {
    if (ONE_BLOCKED_BEFORE.test(textBefore(ctx, span.start, 20)) || ONE_BLOCKED_AFTER.test(ahead)) return null;
    if (OF_POSSESSIVE.test(ahead)) {
      return atSentenceStart(ctx.source, span.start) ? null : measure(ctx, { start: span.start, end: ofPhraseEnd(ctx, span.end) });
    }
  }
  return classifyQuantity(ctx, span, '', { needsNoun: lower === 'one' });
}

/** `double test coverage`, `halved the pages`, `keep pages halved`; not `double-check`, `double down`, `a double`. */
function classifyScale(ctx: Context, span: Span): Measure | null {
  if (SCALE_BLOCKED_AFTER.test(textAfter(ctx, span.end)) || ARTICLE_BEFORE.test(textBefore(ctx, span.start, 10))) return null;
  const end = objectEnd(ctx, span.end);
  const participle = /ed$/i.test(ctx.masked.slice(span.start, span.end));
  if (ctx.mode === 'goal' && end === span.end && !participle) return null;
  return measure(ctx, { start: span.start, end });
}

/** `twice a month`, `twice as fast`, `present twice`; `once` only as a frequency. */
function classifyTimes(ctx: Context, span: Span): Measure | null {
  const ahead = textAfter(ctx, span.end);
  const cadence = CADENCE_AFTER.exec(ahead);
  if (cadence) {
    return ctx.mode === 'goal' && !hasActionBefore(ctx, span.start) ? null : measure(ctx, { start: span.start, end: span.end + cadence[0].length });
  }
  if (/^once$/i.test(ctx.masked.slice(span.start, span.end))) return null;
  const as = /^[^\S\n]+as\b/i.exec(ahead);
  return measure(ctx, { start: span.start, end: as ? nounEnd(ctx, span.end + as[0].length, 1) : objectEnd(ctx, span.end) });
}

/** `a couple of talks`, `half the team`, `hundreds of users`: the noun decides, and a period is no measure. */
function classifyGroupOf(ctx: Context, span: Span): Measure | null {
  const end = nounEnd(ctx, span.end);
  if (end === span.end) return null;
  if (PERIOD_NOUN.test(textAfter(ctx, span.end).trimStart()) && ctx.mode === 'goal') return null;
  return measure(ctx, { start: span.start, end });
}

function classify(ctx: Context, m: RegExpMatchArray): Measure | null {
  const g = m.groups ?? {};
  const start = m.index ?? 0;
  const span: Span = { start, end: start + m[0].length };
  if (g['num'] !== undefined) {
    return classifyQuantity(ctx, span, g['suffix'] ?? '', { money: /^[$€£¥₹]/.test(m[0]) });
  }
  if (g['word'] !== undefined) return classifyWords(ctx, span);
  if (g['fold'] !== undefined || g['split'] !== undefined) return measure(ctx, span);
  if (g['times'] !== undefined) return classifyTimes(ctx, span);
  if (g['scale'] !== undefined) return classifyScale(ctx, span);
  if (g['couple'] !== undefined) return classifyGroupOf(ctx, span);
  if (g['many'] !== undefined) return ctx.mode === 'result' ? classifyGroupOf(ctx, span) : null;
  if (g['fraction'] !== undefined && !FRACTION_BLOCKED_BEFORE.test(textBefore(ctx, span.start, 20))) return classifyGroupOf(ctx, span);
  return null;
}

/** The first quantity `source` states, read as `mode` says, or null. */
export function findFirst(source: string, mode: Mode): Measure | null {
  if (!PRECHECK.test(source)) return null;
  const ctx: Context = { source, masked: maskNamesAndDates(source), mode };
  for (const m of ctx.masked.matchAll(TOKEN)) {
    const found = classify(ctx, m);
    if (found) return found;
  }
  return null;
}
