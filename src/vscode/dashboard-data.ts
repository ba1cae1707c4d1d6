/**
 * Turns the core's progress figures into the plain data the dashboard's webview receives.
 * Pure (no `vscode`): only what the page shows crosses over, nothing it does not need.
 */
import type { IndexedJournal } from '../core/summary.js';
import { progressOf } from '../core/summary.js';
import type { DashboardData, DashboardGoal, DeadlineGroup } from '../protocol/dashboard.js';

/** The dashboard's data for the indexed journals on `today`. */
export function dashboardData(journals: readonly IndexedJournal[], today: string): DashboardData {
  const progress = progressOf(journals, today);
  const titles = new Map(journals.map((j) => [j.path, j.summary.title ?? j.path]));
  const upcoming = progress.upcoming.flatMap(({ path, goal }): DashboardGoal[] =>
    goal.deadline ? [{ path, line: goal.line, title: goal.title, date: goal.deadline.date, words: goal.deadline.words, group: deadlineGroup(goal.group) }] : []);
  return {
    today,
    goals: progress.goals,
    done: progress.done,
    dropped: progress.dropped,
    overdue: progress.overdue,
    dueSoon: progress.dueSoon,
    smart: progress.smart,
    star: progress.star,
    stars: progress.stars,
    upcoming,
    journals: progress.journals.map((j) => ({ path: j.path, title: j.title, ...(j.date ? { date: j.date } : {}), goals: j.goals, done: j.done })),
    ...(progress.next ? { next: { ...progress.next, title: titles.get(progress.next.path) ?? progress.next.path } } : {}),
  };
}

function deadlineGroup(group: string): DeadlineGroup {
  return group === 'overdue' || group === 'dueSoon' ? group : 'open';
}
