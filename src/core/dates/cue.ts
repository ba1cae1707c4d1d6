/** Reads the words in front of a date expression (`by the end of`, `before`, `mid-`) and decides what they make of it. */
import { earlyPartOf, middleOf, type Period } from './calendar.js';
import type { Core, Scan } from './core.js';

/** Where in a period a modifier points: `end of`, `start of`, `mid-`, `early`, `late`. */
export type Modifier = 'end' | 'start' | 'mid' | 'early' | 'late';

/** The cue in front of a core: a preposition and/or a modifier, and where the deadline's words start. */
export interface Cue {
  readonly start: number;
  readonly prep: string | null;
  readonly modifier: Modifier | null;
}

/** How far before a date expression its cue may start. */
export const LOOK_BEHIND = 64;
const MODIFIER = /(?:^|[^\w])((?:the\s+)?(?:very\s+)?(end|close|start|beginning|middle)\s+of\s+(?:the\s+)?|(mid|early|late|later)(?:\s*[-–]\s*|\s+(?:in\s+)?(?:the\s+)?))$/i;
const PREP = new RegExp(
  "(?:^|[^\\w'’])(no\\s+later\\s+than|not\\s+later\\s+than|on\\s+or\\s+before|prior\\s+to|ahead\\s+of|in\\s+time\\s+for|" +
    "due(?:\\s+(?:by|on|in|before|at))?|by|before|until|till|['’]?til|through|thru|throughout|during|within|in|on|at|for|" +
    'over|to|deadline|after|since|from|starting(?:\\s+(?:in|on|from|at))?|between|every(?:\\s+other)?|each|per)' +
    '(?:\\s+the)?[\\s*_]*[,:]?[\\s*_]*$',
  'i',
);
const MODIFIER_KIND: Readonly<Record<string, Modifier>> = {
  end: 'end', close: 'end', start: 'start', beginning: 'start', middle: 'mid', mid: 'mid', early: 'early', late: 'late', later: 'late',
};

const REJECTING = new Set(['after', 'since', 'from', 'starting', 'between', 'every', 'each', 'per']);
const BEFORE = new Set(['before', 'prior to', 'ahead of', 'in time for']);
const STRONG = new Set([
  'by', 'before', 'until', 'till', 'til', 'through', 'thru', 'throughout', 'during', 'within', 'in', 'over',
  'no later than', 'not later than', 'on or before', 'prior to', 'ahead of', 'in time for', 'due', 'deadline',
]);
const FOR_DAYS = new Set([
  'by', 'before', 'until', 'till', 'til', 'through', 'thru', 'on', 'due', 'deadline',
  'no later than', 'not later than', 'on or before', 'prior to', 'ahead of', 'in time for',
]);
const FOR_UNITS = new Set(['within', 'during', 'throughout']);
const WEAK = new Set(['in', 'at', 'for', 'on', 'over', 'to']);

function normalise(prep: string): string {
  const words = prep.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ');
  if (words.startsWith('due')) return 'due';
  if (words.startsWith('starting')) return 'starting';
  return words.startsWith('every') ? 'every' : words;
}

/** Reads the modifier and preposition right before `start`. */
export function readCue(text: string, start: number): Cue {
  const from = Math.max(0, start - LOOK_BEHIND);
  let before = text.slice(from, start);
  let cueStart = start;
  let modifier: Modifier | null = null;
  const mod = MODIFIER.exec(before);
  if (mod?.[1]) {
    modifier = MODIFIER_KIND[(mod[2] ?? mod[3] ?? '').toLowerCase()] ?? null;
    before = before.slice(0, before.length - mod[1].length);
    cueStart = from + before.length;
  }
  const prep = PREP.exec(before);
  if (!prep?.[1]) return { start: cueStart, prep: null, modifier };
  return { start: from + before.length - prep[0].length + prep[0].indexOf(prep[1]), prep: normalise(prep[1]), modifier };
}

function cueSatisfied(core: Core, cue: Cue): boolean {
  if (cue.modifier) return true;
  const prep = cue.prep ?? '';
  if (core.range && (prep === 'from' || prep === 'between')) return true;
  if (core.kind === 'unit') return FOR_UNITS.has(prep);
  if (core.kind === 'loose-day') return FOR_DAYS.has(prep);
  return STRONG.has(prep);
}

/** Whether a core with this cue is a deadline in this scan (strict scans want a cue for bare months, years, weekdays…). */
export function accepts(scan: Scan, core: Core, cue: Cue): boolean {
  const prep = cue.prep ?? '';
  if (REJECTING.has(prep) && !(core.range && (prep === 'from' || prep === 'between'))) return false;
  if (core.kind === 'own') return true;
  if (core.weak || (core.needsCue && !scan.lenient)) {
    if (!cueSatisfied(core, cue)) return false;
  }
  if (scan.lenient) return true;
  if (core.nameLike && !cue.modifier && (prep === '' || WEAK.has(prep))) return false;
  return !(core.amountLike && prep === 'by');
}

/** The day a modifier points at in a period; with no modifier, the last day (or the first, for `before`). */
function pointIn(period: Period, modifier: Modifier | null, before: boolean): number {
  switch (modifier) {
    case 'start':
      return period.first;
    case 'mid':
      return middleOf(period);
    case 'early':
      return earlyPartOf(period);
    default:
      return before ? period.first : period.last;
  }
}

/**
 * The last day a core allows under its cue: a period's last day, its first for `start of`, its middle
 * for `mid-`, and the day before it starts after `before` (`before the end of X` is still X's last day).
 */
export function resolveDay(core: Core, cue: Cue): number {
  if (core.kind === 'own' || cue.modifier === 'end' || cue.modifier === 'late') return core.period.last;
  const before = cue.prep !== null && BEFORE.has(cue.prep);
  const period = before && core.beforePeriod ? core.beforePeriod : core.period;
  return pointIn(period, cue.modifier, before) - (before ? 1 : 0);
}
