/** Calendar dates on the command line: checking `--today` and finding today's local date. */
import type { IsoDate } from '../core/types.js';

/** True when `text` is a real calendar date written `YYYY-MM-DD` (not `2026-02-30`). */
export function isIsoDate(text: string): text is IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's date in the local time zone, as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}
