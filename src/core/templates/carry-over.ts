/** What is still open from an earlier journal, and how it reappears in the next agenda. */
import type { ListItem, Nodes, RootContent } from 'mdast';
import type { Context } from '../context.js';
import { findDeadline } from '../dates.js';
import { isOpen, type Goal } from '../journal.js';
import { isMissing } from '../placeholders.js';
import { readJournal } from '../read.js';
import type { DateOrder, IsoDate } from '../types.js';
import { inlineMarkdown, linkTarget, oneLine } from './inert.js';
import type { CarryOver } from './types.js';

/** Headings whose unchecked task items are action items (the follow-up email reads the same ones). */
export const ACTION_HEADING = /\baction items?\b|\bnext steps\b|\bto-?dos?\b/i;

/** An action item's owner, written first: `@me: …`, `@Alex: …`. */
export const ACTION_OWNER = /^@([\p{L}\p{M}\p{N}._-]+)\s*:\s*/u;

/**
 * The open goals (open, in progress, not started) and unchecked action items of an earlier
 * journal, in document order. `source` is the journal's path relative to the new journal's
 * folder; `today` resolves relative deadlines when the journal states no date of its own.
 */
export function carryOverFrom(text: string, source: string, today: IsoDate, options: { readonly dateOrder?: DateOrder } = {}): CarryOver[] {
  const { journal, context } = readJournal(text, { today, fileName: source, ...options });
  const lineOf = (offset: number): number => context.lines.positionAt(offset).line + 1;
  const goals = journal.goals.filter((goal) => isOpen(goal.status));
  const items: CarryOver[] = goals.map((goal) => item(goalTitle(goal, context), 'goal', source, lineOf(goal.offset), goal.deadline?.date));
  const taken = new Set(goals.map((goal) => goal.offset));
  for (const { node, reference } of openActions(context)) {
    const offset = node.position?.start.offset ?? 0;
    if (taken.has(offset)) continue;
    taken.add(offset);
    const title = itemText(node);
    const deadline = findDeadline(title.replace(ACTION_OWNER, ''), { reference, dateOrder: context.dateOrder })?.date;
    items.push(item(title, 'action', source, lineOf(offset), deadline));
  }
  return items.filter((entry) => !isMissing(entry.title)).sort((a, b) => a.line - b.line);
}

/**
 * The agenda line that raises a carried item again, linking back to where it was written:
 * `- [ ] Follow up: <title> (from [<source>](<source>#L<line>))`. The title is escaped, so
 * `<img …>` or `[x](javascript:…)` in it stays text.
 */
export function agendaLine(entry: CarryOver): string {
  const title = inlineMarkdown(entry.title.replace(/^\s*follow[ -]?up\s*:\s*/i, ''));
  const link = `[${inlineMarkdown(entry.source)}](${linkTarget(entry.source)}#L${entry.line})`;
  return `- [ ] Follow up: ${title} (from ${link})`;
}

function item(title: string, kind: CarryOver['kind'], source: string, line: number, deadline: string | undefined): CarryOver {
  const entry: CarryOver = { title: oneLine(title), kind, source, line };
  if (deadline !== undefined) entry.deadline = deadline;
  return entry;
}

/** A list goal's title with its inline code kept (`Migrate \`billing\``); a heading goal's as read. */
function goalTitle(goal: Goal, ctx: Context): string {
  if (goal.form !== 'item') return goal.title;
  for (const node of ctx.root.children) {
    if (node.type !== 'list') continue;
    const found = node.children.find((li) => li.position?.start.offset === goal.offset);
    if (found) return itemText(found);
  }
  return goal.title;
}

/** Unchecked top-level task items under action headings (sub-headings included), with their reference date. */
function openActions(ctx: Context): { node: ListItem; reference: IsoDate }[] {
  const found: { node: ListItem; reference: IsoDate }[] = [];
  for (const section of ctx.outline.sections) {
    if (!ACTION_HEADING.test(section.text)) continue;
    for (let index = section.index + 1; index < section.end; index++) {
      const node = ctx.root.children[index];
      if (node?.type !== 'list') continue;
      const reference = ctx.referenceFor(ctx.outline.sectionOf(index));
      for (const li of node.children) if (li.checked === false) found.push({ node: li, reference });
    }
  }
  return found;
}

/** The words of a list item's first paragraph as a reader sees them, inline code included. */
function itemText(li: ListItem): string {
  const head = li.children[0];
  return head?.type === 'paragraph' ? oneLine(visible(head)) : '';
}

function visible(node: Nodes | RootContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'html' || node.type === 'footnoteReference' || node.type === 'imageReference') return '';
  if (node.type === 'image') return node.alt ?? '';
  return 'children' in node ? node.children.map((child) => visible(child)).join('') : '';
}
