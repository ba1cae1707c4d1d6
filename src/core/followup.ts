/**
 * The follow-up email after a conversation, and the agenda to share before it.
 *
 * Reads: `Agenda` headings; `Key points` / `Notes` / `Feedback` / `Discussion` headings;
 * the journal's open goals; action items under `Action items` / `Next steps` headings, whose
 * owner is written `@name:` at the start (`@me:` is you) and whose date is any deadline.
 */
import { findDeadline } from './dates.js';
import { isOpen } from './journal.js';
import type { ReadResult } from './read.js';
import { itemsUnder } from './section-items.js';
import { ACTION_HEADING, ACTION_OWNER } from './templates/carry-over.js';
import { wellFormed } from './templates/inert.js';

const AGENDA = /\bagenda\b/i;
const KEY_POINTS = /\bkey points\b|\bnotes\b|\bfeedback\b|\bdiscussion\b|\btakeaways\b/i;

/** An action item with its owner and date, as the email lists it. */
export interface ActionItem {
  readonly owner: string | null;
  readonly text: string;
  readonly due: string | null;
  readonly done: boolean;
}

/** The parts of a follow-up email. */
export interface FollowUp {
  readonly subject: string;
  readonly to: string;
  readonly body: string;
}

/** The agenda's items as plain Markdown list lines, ready to paste into a chat or email. */
export function agendaText(read: ReadResult): string {
  const items = itemsUnder(read.context, AGENDA).map((item) => `- ${item.text}`);
  const title = read.journal.frontMatter.title ?? 'Our career conversation';
  const date = read.journal.frontMatter.date;
  return [`Agenda — ${title}${date ? ` (${date})` : ''}`, '', ...(items.length ? items : ['- (no agenda items yet)'])].join('\n') + '\n';
}

/** The action items of a journal with their owners and dates. */
export function actionItems(read: ReadResult): ActionItem[] {
  const dates = { reference: read.journal.frontMatter.date ?? read.context.today, dateOrder: read.context.dateOrder };
  return itemsUnder(read.context, ACTION_HEADING).map((item) => {
    const owner = ACTION_OWNER.exec(item.text);
    const text = owner ? item.text.slice(owner[0].length) : item.text;
    return { owner: owner ? owner[1] ?? null : null, text, due: findDeadline(text, dates)?.date ?? null, done: item.checked === true };
  });
}

/** Drafts the follow-up email: key points, goals agreed, action items with owners and dates. */
export function followUpEmail(read: ReadResult, email = ''): FollowUp {
  const fm = read.journal.frontMatter;
  const manager = fm.manager?.split(/\s+/)[0] ?? '';
  const points = itemsUnder(read.context, KEY_POINTS).map((p) => `- ${p.text}`);
  const goals = read.journal.goals.filter((g) => isOpen(g.status)).map((g) => `- ${g.title}${g.deadline && !g.title.includes(g.deadline.words) ? ` — by ${g.deadline.date}` : ''}`);
  const actions = actionItems(read).filter((a) => !a.done).map((a) => `- ${ownerName(a.owner, manager)}${a.text}${a.due ? ` (by ${a.due})` : ''}`);
  const body = [
    `Hi${manager ? ` ${manager}` : ''},`, '',
    'Thank you for the conversation. Here is what I took away, so we are on the same page:', '',
    ...section('Key points', points),
    ...section('Goals we agreed', goals),
    ...section('Action items', actions),
    ...(fm.next ? [`Next check-in: ${fm.next}.`, ''] : []),
    'Let me know if I missed or misread anything.', '', 'Best,', '',
  ].join('\n');
  return { subject: `Follow-up: ${fm.title ?? 'our career conversation'}${fm.date ? ` (${fm.date})` : ''}`, to: email, body };
}

/** A `mailto:` link for a drafted email (RFC 6068: every part percent-encoded, CRLF line ends). */
export function mailtoLink(mail: FollowUp): string {
  const encode = (text: string): string => encodeURIComponent(wellFormed(text));
  const to = mail.to.split(/[;,]\s*/).filter(Boolean).map(encode).join(',');
  return `mailto:${to}?subject=${encode(mail.subject)}&body=${encode(mail.body.replace(/\r?\n/g, '\r\n'))}`;
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length ? [`${title}:`, ...lines, ''] : [];
}

function ownerName(owner: string | null, manager: string): string {
  if (!owner) return '';
  if (/^(?:me|myself|i)$/i.test(owner)) return 'Me: ';
  return `${owner === manager.toLowerCase() ? manager : owner}: `;
}
