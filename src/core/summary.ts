/** What the goal tree, status bar and dashboard show: goals grouped by status, and figures. */
import { addDays } from './dates/calendar.js';
import { isOpen, type Goal, type Journal } from './journal.js';
import type { Context } from './context.js';
import type { IsoDate } from './types.js';

/** The groups of the goal tree, in the order they are shown. */
export type GoalGroup = 'overdue' | 'dueSoon' | 'open' | 'done' | 'dropped';

/** Group order and labels, as the tree shows them. */
export const GROUPS: ReadonlyArray<readonly [GoalGroup, string]> = [
  ['overdue', 'Overdue'],
  ['dueSoon', 'Due soon'],
  ['open', 'Open'],
  ['done', 'Done'],
  ['dropped', 'Dropped'],
];

/** One goal as the tree and the dashboard list it. */
export interface GoalSummary {
  readonly title: string;
  readonly group: GoalGroup;
  readonly status: Goal['status'];
  /** 0-based line of the goal's heading or list item. */
  readonly line: number;
  readonly deadline?: { readonly date: IsoDate; readonly words: string };
  readonly measure?: string;
  /** What keeps the goal from being SMART: `measure`, `deadline`. */
  readonly lacking: readonly ('measure' | 'deadline')[];
}

/** One journal's goals, stories and dates. */
export interface JournalSummary {
  readonly title?: string;
  readonly date?: IsoDate;
  readonly next?: IsoDate;
  readonly manager?: string;
  readonly goals: readonly GoalSummary[];
  readonly stars: { readonly total: number; readonly complete: number };
}

/** The group a goal belongs to on `today`, with "due soon" meaning within `dueSoonDays`. */
export function goalGroup(goal: Goal, today: IsoDate, dueSoonDays: number): GoalGroup {
  if (goal.status === 'done') return 'done';
  if (goal.status === 'dropped') return 'dropped';
  if (goal.deadline && goal.deadline.date < today) return 'overdue';
  if (goal.deadline && goal.deadline.date <= addDays(today, dueSoonDays)) return 'dueSoon';
  return 'open';
}

/** Summarises a read journal for the tree and dashboard. */
export function summarize(journal: Journal, context: Context, dueSoonDays: number): JournalSummary {
  const goals = journal.goals.map((goal): GoalSummary => {
    const lacking = isOpen(goal.status)
      ? ([goal.measure ? null : 'measure', goal.deadline ? null : 'deadline'].filter(Boolean) as ('measure' | 'deadline')[])
      : [];
    return {
      title: goal.title,
      group: goalGroup(goal, context.today, dueSoonDays),
      status: goal.status,
      line: context.lines.positionAt(goal.offset).line,
      ...(goal.deadline ? { deadline: { date: goal.deadline.date, words: goal.deadline.words } } : {}),
      ...(goal.measure ? { measure: goal.measure.words } : {}),
      lacking,
    };
  });
  const complete = journal.stars.filter((s) => (['situation', 'task', 'action', 'result'] as const).every((p) => s.parts[p] && !s.parts[p]?.missing)).length;
  const fm = journal.frontMatter;
  return {
    ...(fm.title ? { title: fm.title } : {}),
    ...(fm.date ? { date: fm.date } : {}),
    ...(fm.next ? { next: fm.next } : {}),
    ...(fm.manager ? { manager: fm.manager } : {}),
    goals,
    stars: { total: journal.stars.length, complete },
  };
}

/** A journal's summary with where it lives. */
export interface IndexedJournal {
  /** Workspace-relative path, for display. */
  readonly path: string;
  readonly summary: JournalSummary;
}

/** The dashboard's figures across journals. */
export interface Progress {
  readonly goals: number;
  readonly done: number;
  readonly dropped: number;
  readonly overdue: number;
  readonly dueSoon: number;
  /** Open goals that have both a measure and a deadline, of all open goals (0–1; 1 when none). */
  readonly smart: number;
  /** STAR stories with all four parts, of all stories (0–1; 1 when none). */
  readonly star: number;
  readonly stars: number;
  /** Open goals with a deadline, soonest first. */
  readonly upcoming: ReadonlyArray<{ readonly path: string; readonly goal: GoalSummary }>;
  /** Per journal, oldest first: its date, goals and goals done. */
  readonly journals: ReadonlyArray<{ readonly path: string; readonly title: string; readonly date?: IsoDate; readonly goals: number; readonly done: number }>;
  /** The earliest next check-in on or after today. */
  readonly next?: { readonly date: IsoDate; readonly path: string };
}

/** Totals and lists for the dashboard, across all indexed journals. */
export function progressOf(journals: readonly IndexedJournal[], today: IsoDate): Progress {
  const all = journals.flatMap((j) => j.summary.goals.map((goal) => ({ path: j.path, goal })));
  const open = all.filter(({ goal }) => goal.group !== 'done' && goal.group !== 'dropped');
  const stars = journals.reduce((n, j) => n + j.summary.stars.total, 0);
  const complete = journals.reduce((n, j) => n + j.summary.stars.complete, 0);
  const next = journals
    .filter((j) => j.summary.next && j.summary.next >= today)
    .map((j) => ({ date: j.summary.next as IsoDate, path: j.path }))
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  return {
    goals: all.length,
    done: all.filter(({ goal }) => goal.group === 'done').length,
    dropped: all.filter(({ goal }) => goal.group === 'dropped').length,
    overdue: all.filter(({ goal }) => goal.group === 'overdue').length,
    dueSoon: all.filter(({ goal }) => goal.group === 'dueSoon').length,
    smart: open.length ? open.filter(({ goal }) => goal.lacking.length === 0).length / open.length : 1,
    star: stars ? complete / stars : 1,
    stars,
    upcoming: open.filter(({ goal }) => goal.deadline).sort((a, b) => (a.goal.deadline?.date ?? '').localeCompare(b.goal.deadline?.date ?? '')),
    journals: journals
      .map((j) => ({ path: j.path, title: j.summary.title ?? j.path, ...(j.summary.date ? { date: j.summary.date } : {}), goals: j.summary.goals.length, done: j.summary.goals.filter((g) => g.group === 'done').length }))
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.path.localeCompare(b.path)),
    ...(next ? { next } : {}),
  };
}
