/**
 * How the Goals view draws its nodes: labels, descriptions, icons and tooltips. Journal text
 * only ever reaches a tooltip escaped, so a title holding HTML or Markdown shows as typed.
 */
import * as vscode from 'vscode';
import { fromIso } from '../core/dates/calendar.js';
import type { GoalGroup } from '../core/summary.js';
import type { IsoDate } from '../core/types.js';
import { REVEAL_GOAL } from './commands/reveal-goal.js';
import type { CheckInNode, GoalNode, GoalTreeNode, GroupNode } from './goal-tree.js';

/** Groups that start expanded; done and dropped goals start folded away. */
const EXPANDED: ReadonlySet<GoalGroup> = new Set(['overdue', 'dueSoon', 'open']);

/** The TreeItem of any node of the Goals view. */
export function goalTreeItem(node: GoalTreeNode): vscode.TreeItem {
  switch (node.kind) {
    case 'checkIn': return checkInItem(node);
    case 'group': return groupItem(node);
    case 'goal': return goalItem(node);
    case 'noGoals': {
      const item = new vscode.TreeItem('No goals yet');
      item.description = `in ${node.journals} ${node.journals === 1 ? 'journal' : 'journals'}`;
      item.tooltip = "Add a '## Goals' list (e.g. '- [ ] Give 3 talks by 2027-06-30') or a 'Goal:' heading to a journal.";
      item.iconPath = new vscode.ThemeIcon('info');
      return item;
    }
    case 'skipped': {
      const count = node.files.length;
      const item = new vscode.TreeItem(`Not read: ${count} ${count === 1 ? 'file' : 'files'}`, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = 'skipped';
      item.tooltip = 'Markdown files in your journal folder whose goals could not be read. Their text is left as it is.';
      item.iconPath = new vscode.ThemeIcon('warning');
      return item;
    }
    case 'skippedFile': {
      const item = new vscode.TreeItem(node.path);
      item.id = `skipped:${node.path}`;
      item.description = node.reason;
      item.tooltip = `${node.path}: ${node.reason}`;
      return item;
    }
  }
}

function checkInItem(node: CheckInNode): vscode.TreeItem {
  const item = new vscode.TreeItem(`Next check-in: ${node.date} (${inDays(node.days)})`);
  item.id = 'checkIn';
  item.description = node.path;
  item.tooltip = `The earliest 'next:' date in your journals' front matter, from ${node.path}. Click to open it.`;
  item.iconPath = new vscode.ThemeIcon('calendar');
  item.command = { command: 'vscode.open', title: 'Open Journal', arguments: [node.uri] };
  item.contextValue = 'checkIn';
  return item;
}

function groupItem(node: GroupNode): vscode.TreeItem {
  const state = EXPANDED.has(node.group) ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(node.label, state);
  item.id = `group:${node.group}`;
  item.contextValue = 'group';
  return item;
}

function goalItem(node: GoalNode): vscode.TreeItem {
  const { goal } = node;
  const item = new vscode.TreeItem(goal.title);
  item.id = `goal:${node.uri.toString()}#${goal.line}`;
  item.description = [deadlineWords(node), node.path].filter(Boolean).join(' · ');
  item.tooltip = goalTooltip(node);
  item.iconPath = goalIcon(node);
  item.contextValue = `goal.${goal.group}`;
  item.command = { command: REVEAL_GOAL, title: 'Go to Goal', arguments: [{ uri: node.uri, line: goal.line }] };
  item.accessibilityInformation = { label: `${goal.title}, ${stateWords(node)}, ${item.description}` };
  return item;
}

function deadlineWords({ goal }: GoalNode): string {
  if (goal.deadline) return `by ${goal.deadline.date}`;
  return goal.lacking.includes('deadline') ? 'no deadline' : '';
}

/** A warning when the goal is not SMART yet; otherwise its state. */
function goalIcon({ goal }: GoalNode): vscode.ThemeIcon {
  if (goal.lacking.length > 0) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  switch (goal.group) {
    case 'done': return new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
    case 'dropped': return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
    case 'overdue': return new vscode.ThemeIcon('clock', new vscode.ThemeColor('list.errorForeground'));
    case 'dueSoon': return new vscode.ThemeIcon('clock', new vscode.ThemeColor('list.warningForeground'));
    case 'open': return new vscode.ThemeIcon('circle-large-outline');
  }
}

/** What the engine understood of the goal, for a person deciding what to do next. */
function goalTooltip(node: GoalNode): vscode.MarkdownString {
  const { goal } = node;
  const lines = [`**${escapeMarkdown(goal.title)}**`, ''];
  if (goal.deadline) {
    const days = daysBetween(node.today, goal.deadline.date);
    lines.push(`Deadline: ${goal.deadline.date} (${days < 0 ? `${-days} ${plural(-days, 'day')} ago` : inDays(days)}), read from “${escapeMarkdown(goal.deadline.words)}”`);
  } else if (goal.lacking.includes('deadline')) {
    lines.push("Deadline: none — add one, e.g. 'by 2027-03-31'");
  }
  if (goal.measure) lines.push(`Measure: “${escapeMarkdown(goal.measure)}”`);
  else if (goal.lacking.includes('measure')) lines.push("Measure: none — say how you will know it is done, e.g. '3 design docs'");
  lines.push(`Status: ${escapeMarkdown(stateWords(node))}`);
  lines.push(`File: ${escapeMarkdown(node.path)}, line ${goal.line + 1}`);
  if (goal.lacking.length > 0) lines.push('', `Not SMART yet: no ${goal.lacking.join(', no ')}.`);
  const tooltip = new vscode.MarkdownString(lines.join('  \n'));
  tooltip.supportHtml = false;
  tooltip.isTrusted = false;
  return tooltip;
}

function stateWords({ goal }: GoalNode): string {
  switch (goal.group) {
    case 'overdue': return `${goal.status}, overdue`;
    case 'dueSoon': return `${goal.status}, due soon`;
    default: return goal.status;
  }
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return (fromIso(to) ?? 0) - (fromIso(from) ?? 0);
}

/** `today`, `tomorrow`, `in 12 days`. */
export function inDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} ${plural(days, 'day')}`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** Journal text as inert Markdown: punctuation escaped, HTML as entities, one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~:$]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
