/**
 * Pure helpers that turn the dashboard's data into what the page draws: percentages, the
 * timeline's order and wording, the chart's bars. No DOM here, so they are unit-tested in Node.
 */
import type { DashboardGoal, DashboardJournal, DeadlineGroup } from '../protocol/dashboard.js';

/** A 0–1 ratio as a whole percentage, clamped to 0–100 (0 for anything not a number). */
export function percent(ratio: number): number {
  if (!Number.isFinite(ratio)) return 0;
  return Math.round(Math.min(1, Math.max(0, ratio)) * 100);
}

/** `part` of `whole` as a 0–1 ratio; 0 when there is no whole. */
export function ratio(part: number, whole: number): number {
  return whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 0;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** How far a deadline is from today, in words: "in 5 days", "tomorrow", "today", "3 days overdue". */
export function dueIn(days: number): string {
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days > 1) return `in ${days} days`;
  return days === -1 ? '1 day overdue' : `${-days} days overdue`;
}

/** One row of the deadlines timeline. */
export interface TimelineItem extends DashboardGoal {
  /** Days from today to the deadline (negative: overdue). */
  readonly days: number;
  readonly when: string;
  /** Overdue by date or by the host's reckoning. */
  readonly state: DeadlineGroup;
}

/** The timeline: soonest deadline first (overdue ones lead), ties by journal and line. */
export function timeline(goals: readonly DashboardGoal[], today: string): TimelineItem[] {
  return [...goals]
    .sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path) || a.line - b.line)
    .map((goal) => {
      const days = daysBetween(today, goal.date);
      const state: DeadlineGroup = days < 0 || goal.group === 'overdue' ? 'overdue' : goal.group;
      return { ...goal, days, when: dueIn(days), state };
    });
}

/** Sizes of the goals-per-journal chart, in SVG user units. */
export interface ChartSize {
  readonly height: number;
  readonly barWidth: number;
  readonly gap: number;
}

/** One journal's bar: total goals, with the done part drawn over its foot. */
export interface Bar {
  readonly journal: DashboardJournal;
  readonly x: number;
  /** Top and height of the whole bar (all goals). */
  readonly y: number;
  readonly height: number;
  /** Top and height of the done part. */
  readonly doneY: number;
  readonly doneHeight: number;
  /** The two short lines under the bar: day and month, then year ("undated" when there is no date). */
  readonly label: readonly [string, string];
}

/** The chart's default size. */
export const CHART: ChartSize = { height: 120, barWidth: 28, gap: 24 };

/**
 * Bars for the journals that have goals, in the order given (the host sends oldest first),
 * heights proportional to the most goals in one journal; a bar is never thinner than 2 units.
 */
export function bars(journals: readonly DashboardJournal[], size: ChartSize = CHART): Bar[] {
  const shown = journals.filter((j) => j.goals > 0);
  const most = Math.max(1, ...shown.map((j) => j.goals));
  const scale = (n: number): number => (n > 0 ? Math.max(2, Math.round((n / most) * size.height * 10) / 10) : 0);
  return shown.map((journal, i) => {
    const height = scale(journal.goals);
    const doneHeight = Math.min(height, scale(Math.min(journal.done, journal.goals)));
    return {
      journal,
      x: size.gap / 2 + i * (size.barWidth + size.gap),
      y: size.height - height,
      height,
      doneY: size.height - doneHeight,
      doneHeight,
      label: journal.date ? shortDate(journal.date) : ['undated', ''],
    };
  });
}

/** The chart's width for a number of bars. */
export function chartWidth(count: number, size: ChartSize = CHART): number {
  return Math.max(1, count) * (size.barWidth + size.gap);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A `YYYY-MM-DD` date as two short lines for a chart axis: `22 Nov`, `2026`. */
export function shortDate(date: string): [string, string] {
  const [year = '', month = '', day = ''] = date.split('-');
  const name = MONTHS[Number(month) - 1];
  return name ? [`${Number(day)} ${name}`, year] : [date, ''];
}

function utc(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}
