/**
 * Hover on a goal's heading or list item: what the engine understood of it — the deadline as a
 * day with the words and the reference date it came from, the measure's words, the status, and
 * what it still lacks. Journal text is escaped; the hover is never trusted (no command links).
 */
import * as vscode from 'vscode';
import { isJournal } from '../core/journal-files.js';
import { isOpen, type DeadlineSource, type Goal } from '../core/journal.js';
import type { GoalAt } from '../engine/protocol.js';
import { readSettings } from './config.js';
import type { FeatureContext } from './extension.js';
import { relativePath, today } from './workspace-paths.js';

const FROM: Readonly<Record<DeadlineSource, string>> = {
  text: "the goal's text",
  field: 'its Time-bound field',
  heading: 'the heading over the list',
};

const CHECKED_FIELDS = [['specific', 'Specific'], ['achievable', 'Achievable'], ['relevant', 'Relevant']] as const;

/** Registers the hover for Markdown files that are journals; the engine worker finds the goal. */
export function registerHover({ extension, log, engine }: FeatureContext): void {
  extension.subscriptions.push(vscode.languages.registerHoverProvider({ language: 'markdown' }, {
    async provideHover(document, position) {
      try {
        const settings = readSettings(document.uri);
        const text = document.getText();
        if (!isJournal(relativePath(document.uri), text, settings.selection)) return undefined;
        const options = { today: today(), dateOrder: settings.dateOrder, fileName: document.fileName };
        const at = await engine.goal(document.uri.toString(), text, position.line, options);
        return at ? goalHover(at) : undefined;
      } catch (error) {
        log.error(`Could not describe the goal at ${document.uri.toString(true)}:${position.line + 1}:`, error);
        return undefined;
      }
    },
  }));
}

function goalHover({ goal, first, last, today: todayIso }: GoalAt): vscode.Hover {
  const range = new vscode.Range(first.line, first.column, last.line, last.column);
  return new vscode.Hover(describeGoal(goal, todayIso), range);
}

/** The hover's Markdown: our labels and the engine's dates as Markdown, the journal's words escaped. */
function describeGoal(goal: Goal, todayIso: string): vscode.MarkdownString {
  const lines = [`**Career Journal goal** (${goal.status})`];
  if (goal.deadline) {
    const overdue = isOpen(goal.status) && goal.deadline.date < todayIso ? ' — overdue' : '';
    lines.push(`**Deadline** ${goal.deadline.date}${overdue} — from "${escape(goal.deadline.words)}" in ${FROM[goal.deadline.source]} (reference ${goal.reference})`);
  } else {
    lines.push(`**Deadline** none found (relative dates would count from ${goal.reference})`);
  }
  const measureFrom = goal.measure?.source === 'field' ? 'its Measurable field' : "the goal's text";
  lines.push(`**Measure** ${goal.measure ? `"${escape(goal.measure.words)}" — from ${measureFrom}` : 'none found'}`);
  const lacks = lacking(goal);
  if (lacks.length > 0) lines.push(`**Lacks** ${lacks.join(', ')}`);
  const md = new vscode.MarkdownString(lines.join('\n\n'));
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

/**
 * Journal words as literal Markdown text: every ASCII punctuation character is backslash-escaped
 * (CommonMark allows it for all of them), so no link, image, HTML, emphasis or code survives.
 */
function escape(words: string): string {
  return words.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** What the SMART checks miss for this goal, in the user's words (nothing for done or dropped goals). */
function lacking(goal: Goal): string[] {
  if (!isOpen(goal.status)) return [];
  const lacks: string[] = [];
  if (!goal.measure) lacks.push('a measure');
  if (!goal.deadline) lacks.push('a deadline');
  if (goal.form === 'heading') {
    const fields = CHECKED_FIELDS.filter(([field]) => !goal.fields[field] || goal.fields[field]?.missing).map(([, name]) => name);
    if (fields.length > 0) lacks.push(`the ${fields.slice(0, -1).join(', ')}${fields.length > 1 ? ' and ' : ''}${fields[fields.length - 1] ?? ''} field${fields.length > 1 ? 's' : ''}`);
  }
  return lacks;
}
