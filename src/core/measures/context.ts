/** The reading context of one paragraph and the small look-arounds the classifiers share. */
import type { Measure } from '../measures.js';
import { FROM_BEFORE, FROM_TO, LABEL_WORDS, STOP_WORDS, THRESHOLD_BEFORE, UPGRADE_VERB } from './lexicon.js';

/** `goal`: only a quantity that decides success; `result`: any quantity, durations included. */
export type Mode = 'goal' | 'result';

/** One paragraph being read: its source, its masked twin (same offsets) and the reading mode. */
export interface Context {
  readonly source: string;
  readonly masked: string;
  readonly mode: Mode;
}

/** Offsets of some words in the text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

const WORD_AFTER = /\s+([A-Za-z][A-Za-z'’-]*)/y;
const LAST_WORD = /([A-Za-z]+)\s*$/;
const OF = /\s+of(?=\s)/iy;
/** A `to` right before a number. */
export const TO_BEFORE = /\bto\s*$/i;
const DETERMINER = /\s+(?:the|our|my|its|their|your|his|her|this|that|these|those|all)(?=\s)/iy;

/** Up to `size` masked characters ending at `index`. */
export function textBefore(ctx: Context, index: number, size = 60): string {
  return ctx.masked.slice(Math.max(0, index - size), index);
}

/** Up to `size` masked characters starting at `index`. */
export function textAfter(ctx: Context, index: number, size = 80): string {
  return ctx.masked.slice(index, index + size);
}

/** The measure for `span`, its words taken from the source. */
export function measure(ctx: Context, span: Span): Measure {
  return { words: ctx.source.slice(span.start, span.end), start: span.start, end: span.end };
}

function isPluralHead(word: string): boolean {
  return word.length > 3 && /[^sui'’]s$/.test(word);
}

/** The end of the noun phrase after `end` (`3| design docs| reviewed`), at most `limit` words. */
export function nounEnd(ctx: Context, end: number, limit = 4): number {
  let result = end;
  for (let i = 0; i < limit; i++) {
    WORD_AFTER.lastIndex = result;
    const m = WORD_AFTER.exec(ctx.masked);
    const word = m?.[1]?.toLowerCase();
    if (word === undefined || STOP_WORDS.has(word)) break;
    result = WORD_AFTER.lastIndex;
    if (isPluralHead(word)) break;
  }
  return result;
}

/** The end of a noun phrase with an optional determiner after `end` (`halve| the time|`), or `end`. */
export function objectEnd(ctx: Context, end: number, limit = 3): number {
  DETERMINER.lastIndex = end;
  const nounStart = DETERMINER.test(ctx.masked) ? DETERMINER.lastIndex : end;
  const noun = nounEnd(ctx, nounStart, limit);
  return noun > nounStart ? noun : end;
}

/** The end of `of the tests` after a percentage when a noun follows, else `end`. */
export function ofPhraseEnd(ctx: Context, end: number): number {
  OF.lastIndex = end;
  if (!OF.test(ctx.masked)) return end;
  const afterOf = OF.lastIndex;
  const noun = objectEnd(ctx, afterOf, 4);
  return noun > afterOf ? noun : end;
}

/** The threshold (`under`, `at least`, `<`) right before `start`: where it starts and its words. */
export function thresholdBefore(ctx: Context, start: number): { start: number; word: string } | null {
  const window = textBefore(ctx, start, 40);
  const m = THRESHOLD_BEFORE.exec(window);
  if (!m) return null;
  return { start: start - window.length + m.index, word: (m.groups?.['word'] ?? m[0]).trim().toLowerCase() };
}

/** The from/to change whose first number starts at `start` (`from 40 to 5`), or null. */
export function fromTo(ctx: Context, start: number): Measure | null {
  const window = textBefore(ctx, start, 30);
  const from = FROM_BEFORE.exec(window);
  if (!from) return null;
  FROM_TO.lastIndex = start - window.length + from.index;
  const m = FROM_TO.exec(ctx.masked);
  return m ? measure(ctx, { start: m.index, end: m.index + m[0].length }) : null;
}

/** `upgrade Kafka to 3.6`: a bare number after `to` is a version when the verb upgrades something. */
export function isVersionAfterTo(ctx: Context, start: number): boolean {
  return TO_BEFORE.test(textBefore(ctx, start, 10)) && UPGRADE_VERB.test(sentenceBefore(ctx, start));
}

/** The source of the current sentence up to `start` (at most 80 characters). */
export function sentenceBefore(ctx: Context, start: number): string {
  return ctx.masked.slice(Math.max(0, start - 80), start).split(/[.!?;]/).pop() ?? '';
}

/** Whether some word precedes `start`: `blog once a week` is a target, `once a week` alone is not. */
export function hasActionBefore(ctx: Context, start: number): boolean {
  return /[A-Za-z]/.test(ctx.masked.slice(Math.max(0, start - 80), start));
}

/** Whether the word before `start` labels a number (`phase two`, `level 6`). */
export function labelBefore(ctx: Context, start: number): boolean {
  const word = LAST_WORD.exec(textBefore(ctx, start, 20))?.[1];
  return word !== undefined && LABEL_WORDS.has(word.toLowerCase());
}
