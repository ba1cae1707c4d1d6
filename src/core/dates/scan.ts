/** Finds the first deadline in a text: runs the recognizers, joins ranges, reads cues and keeps the first accepted one. */
import { fromIso, toIso } from './calendar.js';
import type { Core, DateContext, Deadline, Scan } from './core.js';
import { CALENDAR_RECOGNIZERS } from './cores-calendar.js';
import { PERIOD_RECOGNIZERS } from './cores-period.js';
import { RELATIVE_RECOGNIZERS } from './cores-relative.js';
import { accepts, LOOK_BEHIND, readCue, resolveDay } from './cue.js';
import { MAY_HOLD_DATE } from './vocab.js';

const RECOGNIZERS = [...CALENDAR_RECOGNIZERS, ...PERIOD_RECOGNIZERS, ...RELATIVE_RECOGNIZERS];
const MAX_JOIN = 10;
const EMPHASIS_UNDERSCORES = /(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
const RANGE_JOIN = /^\s*(?:-|–|—|\/|to|through|thru|until|till|or|and)\s*$/i;

/** Joins `A – B`, `A to B`, `between A and B` into one core that runs from A's start to B's end. */
function joinRanges(text: string, cores: readonly Core[]): Core[] {
  const sorted = cores.filter((c) => c.kind !== 'own').sort((x, y) => x.start - y.start);
  const joined: Core[] = [];
  sorted.forEach((a, i) => {
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j];
      if (!b || b.start - a.end > MAX_JOIN) break;
      if (b.start >= a.end && b.period.last >= a.period.first && joins(text, a, b)) joined.push(join(a, b));
    }
  });
  return joined;
}

/** Whether the words between two cores make them one range. */
function joins(text: string, a: Core, b: Core): boolean {
  const between = text.slice(a.end, b.start);
  if (!RANGE_JOIN.test(between)) return false;
  return !/and/i.test(between) || readCue(text, a.start).prep === 'between';
}

function join(a: Core, b: Core): Core {
  return {
    start: a.start, end: b.end, kind: a.kind === 'day' && b.kind === 'day' ? 'day' : 'period',
    period: { first: a.period.first, last: b.period.last }, needsCue: a.needsCue && b.needsCue, range: true,
  };
}

function toDeadline(scan: Scan, core: Core, original: string): Deadline | null {
  const cue = readCue(scan.text, core.start);
  if (!accepts(scan, core, cue)) return null;
  const start = cue.prep === 'for' || cue.prep === 'to' ? core.start : Math.min(cue.start, core.start);
  return { date: toIso(resolveDay(core, cue)), words: original.slice(start, core.end), start, end: core.end };
}

/**
 * The deadline whose words start first (the longest on a tie). Cores are read in order of start, and reading stops
 * once no later core could reach back (through its cue) before the best one found.
 */
function firstDeadline(scan: Scan, cores: readonly Core[], original: string): Deadline | null {
  const sorted = [...cores].sort((x, y) => x.start - y.start || y.end - x.end);
  let best: Deadline | null = null;
  for (const core of sorted) {
    if (best && core.start - LOOK_BEHIND > best.start) break;
    const d = toDeadline(scan, core, original);
    if (d && (!best || d.start < best.start || (d.start === best.start && d.end > best.end))) best = d;
  }
  return best;
}

/**
 * Scans `text` for its first deadline; null when the reference is not a valid date or nothing qualifies.
 * Underscores used as Markdown emphasis (`_March 2027_`) are read as spaces, which keeps every offset.
 */
export function scanForDeadline(text: string, ctx: DateContext, lenient: boolean): Deadline | null {
  const ref = fromIso(ctx.reference);
  if (ref === null || !MAY_HOLD_DATE.test(text)) return null;
  const plain = text.includes('_') ? text.replace(EMPHASIS_UNDERSCORES, (m) => ' '.repeat(m.length)) : text;
  const scan: Scan = { text: plain, ref, order: ctx.dateOrder, lenient };
  const cores = RECOGNIZERS.flatMap((recognize) => recognize(scan));
  return firstDeadline(scan, [...cores, ...joinRanges(plain, cores)], text);
}
