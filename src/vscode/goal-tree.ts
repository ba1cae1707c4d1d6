/**
 * The Goals view of the Career Journal sidebar: every goal of every journal, grouped Overdue /
 * Due soon / Open / Done / Dropped, under the next check-in. Rebuilt from the journal index
 * whenever it changes (the index re-reads only the file that changed).
 */
import * as vscode from 'vscode';
import { GROUPS, progressOf, type GoalGroup, type GoalSummary } from '../core/summary.js';
import type { IsoDate } from '../core/types.js';
import { registerRevealGoal } from './commands/reveal-goal.js';
import { registerToggleGoal } from './commands/toggle-goal.js';
import type { FeatureContext } from './extension.js';
import { daysBetween, goalTreeItem } from './goal-tree-items.js';
import type { IndexEntry, JournalIndex } from './journal-index.js';
import { today } from './workspace-paths.js';

/** The view's id, as package.json contributes it. */
export const GOALS_VIEW = 'careerJournal.goals';

/** The top item: the earliest check-in still to come, from a journal's front matter `next:`. */
export interface CheckInNode {
  readonly kind: 'checkIn';
  readonly date: IsoDate;
  /** Days from today (0 = today). */
  readonly days: number;
  readonly uri: vscode.Uri;
  readonly path: string;
}

/** A status group with its goals; only non-empty groups are shown. */
export interface GroupNode {
  readonly kind: 'group';
  readonly group: GoalGroup;
  /** e.g. `Overdue (2)`. */
  readonly label: string;
  readonly goals: readonly GoalNode[];
}

/** One goal; also the argument the inline "mark done" and "go to goal" commands receive. */
export interface GoalNode {
  readonly kind: 'goal';
  readonly uri: vscode.Uri;
  readonly path: string;
  readonly goal: GoalSummary;
  readonly parent: GroupNode;
  readonly today: IsoDate;
}

/** Shown instead of the welcome text when journals exist but hold no goal yet. */
export interface NoGoalsNode {
  readonly kind: 'noGoals';
  readonly journals: number;
}

/** Markdown files in the journal folder the goals could not be read from (binary, not UTF-8, too large). */
export interface SkippedNode {
  readonly kind: 'skipped';
  readonly files: readonly SkippedFileNode[];
}

/** One file left unread, and why. */
export interface SkippedFileNode {
  readonly kind: 'skippedFile';
  readonly path: string;
  readonly reason: string;
}

/** Any item of the Goals view. */
export type GoalTreeNode = CheckInNode | GroupNode | GoalNode | NoGoalsNode | SkippedNode | SkippedFileNode;

/** Registers the Goals view and its commands (refresh, go to goal, mark done / not done). */
export function registerGoalTree({ extension, log, index }: FeatureContext): void {
  const provider = new GoalTreeProvider(index, log);
  const view = vscode.window.createTreeView(GOALS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  extension.subscriptions.push(
    provider,
    view,
    provider.onDidChangeTreeData(() => {
      view.badge = provider.badge();
    }),
    vscode.commands.registerCommand('careerJournal.refreshGoals', async () => {
      try {
        await index.rescan();
      } catch (error) {
        log.error('Could not refresh the goals:', error);
        void vscode.window.showErrorMessage(`Career Journal: could not refresh the goals: ${messageOf(error)}`);
      }
    }),
    registerRevealGoal(log),
    registerToggleGoal(log),
  );
}

/** Feeds the Goals view from the journal index; the nodes stay the same objects until the index changes. */
export class GoalTreeProvider implements vscode.TreeDataProvider<GoalTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<GoalTreeNode | undefined>();
  private readonly subscription: vscode.Disposable;
  private roots: readonly GoalTreeNode[] | undefined;

  /** Fires (for the whole tree) after the index changed. */
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly index: JournalIndex, private readonly log: vscode.LogOutputChannel) {
    this.subscription = index.onDidChange(() => {
      this.roots = undefined;
      this.changed.fire(undefined);
    });
  }

  /** The check-in and the non-empty groups at the top; a group's goals below it. */
  async getChildren(node?: GoalTreeNode): Promise<GoalTreeNode[]> {
    if (node) return node.kind === 'group' ? [...node.goals] : node.kind === 'skipped' ? [...node.files] : [];
    try {
      await this.index.ready();
      return [...this.current()];
    } catch (error) {
      this.log.error('Could not list the goals:', error);
      return [];
    }
  }

  getTreeItem(node: GoalTreeNode): vscode.TreeItem {
    return goalTreeItem(node);
  }

  getParent(node: GoalTreeNode): GoalTreeNode | undefined {
    return node.kind === 'goal' ? node.parent : undefined;
  }

  /** The activity-bar badge: how many goals are overdue (none: no badge). */
  badge(): vscode.ViewBadge | undefined {
    const overdue = this.current().find((node): node is GroupNode => node.kind === 'group' && node.group === 'overdue');
    const count = overdue?.goals.length ?? 0;
    return count ? { value: count, tooltip: `${count} overdue ${count === 1 ? 'goal' : 'goals'}` } : undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  private current(): readonly GoalTreeNode[] {
    this.roots ??= buildRoots(this.index.all(), today(), this.index.skipped());
    return this.roots;
  }
}

/** The top-level nodes for the indexed journals on `day`. */
export function buildRoots(entries: readonly IndexEntry[], day: IsoDate, skipped: ReadonlyArray<{ readonly path: string; readonly reason: string }> = []): GoalTreeNode[] {
  const roots: GoalTreeNode[] = [];
  const next = progressOf(entries, day).next;
  const nextEntry = next && entries.find((entry) => entry.path === next.path);
  if (next && nextEntry) {
    roots.push({ kind: 'checkIn', date: next.date, days: daysBetween(day, next.date), uri: nextEntry.uri, path: nextEntry.path });
  }
  const goals = entries.flatMap((entry) => entry.summary.goals.map((goal) => ({ entry, goal })));
  for (const [group, name] of GROUPS) {
    const members = goals.filter(({ goal }) => goal.group === group).sort(byDeadlineThenPlace);
    if (members.length === 0) continue;
    const goalNodes: GoalNode[] = [];
    const node: GroupNode = { kind: 'group', group, label: `${name} (${members.length})`, goals: goalNodes };
    for (const { entry, goal } of members) {
      goalNodes.push({ kind: 'goal', uri: entry.uri, path: entry.path, goal, parent: node, today: day });
    }
    roots.push(node);
  }
  if (goals.length === 0 && entries.length > 0) roots.push({ kind: 'noGoals', journals: entries.length });
  if (skipped.length > 0) roots.push({ kind: 'skipped', files: skipped.map(({ path, reason }) => ({ kind: 'skippedFile', path, reason })) });
  return roots;
}

type Placed = { readonly entry: IndexEntry; readonly goal: GoalSummary };

/**
 * Soonest deadline first (none last), then by file and line. ISO dates order as plain strings;
 * paths by the locale, asked only when they differ (a journal holds most goals, and
 * `localeCompare` is the slow part of sorting thousands of them).
 */
function byDeadlineThenPlace(a: Placed, b: Placed): number {
  const x = a.goal.deadline?.date ?? '9999-99-99';
  const y = b.goal.deadline?.date ?? '9999-99-99';
  if (x !== y) return x < y ? -1 : 1;
  return (a.entry.path === b.entry.path ? 0 : a.entry.path.localeCompare(b.entry.path)) || a.goal.line - b.goal.line;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
