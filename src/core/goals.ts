/** Finds goals: `Goal:` headings and the items of a Goals/Objectives/OKRs list. */
import type { ListItem, RootContent } from 'mdast';
import { collectLabels, type Labelled } from './blocks.js';
import type { Context } from './context.js';
import { findDeadline, findPeriod, headingDate, type DateContext, type Deadline } from './dates.js';
import type { Goal, GoalStatus, LabelledText, SmartField } from './journal.js';
import { SMART_LABELS } from './labels.js';
import { findMeasure } from './measures.js';
import { isMissing } from './placeholders.js';
import type { Section } from './sections.js';
import { plainText } from './text.js';

const GOAL_HEADING = /^\s*(?:smart\s+)?goal\s*[:\-–—]\s*/i;
const GOAL_LIST_HEADING = /goals|objectives|okrs/i;
const STAR_HEADING = /^\s*star\b/i;

/** True for a heading that is one goal (`Goal: …`, `SMART goal - …`). */
export function isGoalHeading(text: string): boolean {
  return GOAL_HEADING.test(text);
}

/** True for a heading whose top-level list items are goals. */
export function isGoalListHeading(text: string): boolean {
  return GOAL_LIST_HEADING.test(text) && !isGoalHeading(text) && !STAR_HEADING.test(text);
}

/** All goals of a document, in document order. */
export function readGoals(ctx: Context): Goal[] {
  const goals: Goal[] = [];
  for (const section of ctx.outline.sections) {
    if (isGoalHeading(section.text)) goals.push(headingGoal(section, ctx));
    else if (isGoalListHeading(section.text)) goals.push(...listGoals(section, ctx));
  }
  return goals.sort((a, b) => a.offset - b.offset);
}

function headingGoal(section: Section, ctx: Context): Goal {
  const block = ctx.outline.children(section.index + 1, section.end);
  const found = collectLabels(block, SMART_LABELS, ctx.lines);
  const title = section.text.replace(GOAL_HEADING, '').trim();
  const prose = [title, ...found.prose.map((p) => p.text)];
  const offset = section.heading.position?.start.offset ?? 0;
  const last = found.labels[found.labels.length - 1];
  const insertAt = last ? last.end : ctx.lines.lineEnd(ctx.lines.positionAt(offset).line);
  const listStyle = !last || last.form === 'item';
  return goal(ctx, section, {
    form: 'heading', title, offset, labels: found.labels, prose,
    checkbox: taskStatus(block),
    fieldInsert: { offset: insertAt, indent: '', bullet: listStyle ? '- ' : '' },
    lineEnd: ctx.lines.lineEnd(ctx.lines.positionAt(offset).line),
  });
}

function listGoals(section: Section, ctx: Context): Goal[] {
  const goals: Goal[] = [];
  for (const node of ctx.outline.children(section.index + 1, section.directEnd)) {
    if (node.type !== 'list') continue;
    for (const item of node.children) goals.push(itemGoal(item, section, ctx));
  }
  return goals;
}

function itemGoal(item: ListItem, section: Section, ctx: Context): Goal {
  const [head, ...rest] = item.children;
  const found = collectLabels(rest, SMART_LABELS, ctx.lines);
  const title = head?.type === 'paragraph' ? plainText(head) : '';
  const paragraphs = rest.filter((n) => n.type === 'paragraph').map((n) => plainText(n));
  const offset = item.position?.start.offset ?? 0;
  const headEnd = head?.position?.end.offset ?? offset;
  const last = found.labels[found.labels.length - 1];
  return goal(ctx, section, {
    form: 'item', title, offset, labels: found.labels,
    prose: [title, ...paragraphs.filter((p) => !found.labels.some((l) => l.text === p))],
    checkbox: item.checked === true ? 'done' : 'open',
    fieldInsert: { offset: last ? last.end : headEnd, indent: ctx.itemContentIndent(offset), bullet: '- ' },
    lineEnd: headEnd,
  });
}

interface GoalParts {
  readonly form: Goal['form'];
  readonly title: string;
  readonly offset: number;
  readonly labels: readonly Labelled<SmartField>[];
  readonly prose: readonly string[];
  readonly checkbox: GoalStatus;
  readonly fieldInsert: Goal['fieldInsert'];
  readonly lineEnd: number;
}

function goal(ctx: Context, section: Section, parts: GoalParts): Goal {
  const fields = fieldsOf(parts.labels);
  const reference = ctx.referenceFor(section);
  const dates = { reference, dateOrder: ctx.dateOrder };
  const text = [...parts.prose, fields.specific?.text ?? ''].join('\n');
  return {
    form: parts.form,
    title: parts.title,
    offset: parts.offset,
    fields,
    status: statusOf(fields.status, parts.checkbox),
    reference,
    deadline: deadlineOf(fields.timeBound, text, section, dates),
    measure: measureOf(fields.measurable, text),
    fieldInsert: parts.fieldInsert,
    lineEnd: parts.lineEnd,
  };
}

function fieldsOf(labels: readonly Labelled<SmartField>[]): Partial<Record<SmartField, LabelledText>> {
  const fields: Partial<Record<SmartField, LabelledText>> = {};
  for (const label of labels) {
    const existing = fields[label.key];
    if (existing && !existing.missing) continue;
    fields[label.key] = { text: label.text, missing: isMissing(label.text), offset: label.offset };
  }
  return fields;
}

function statusOf(field: LabelledText | undefined, checkbox: GoalStatus): GoalStatus {
  const said = field && !field.missing ? field.text.toLowerCase() : '';
  if (/\b(?:not|un)[ -]?(?:done|met|complete[d]?|achieved|finished)\b/.test(said)) return 'in progress';
  if (/\b(?:dropped|cancel+ed|abandoned|won'?t do|deprioriti[sz]ed)\b/.test(said)) return 'dropped';
  if (/\bnot (?:yet )?started\b|\bto ?do\b|\bplanned\b/.test(said)) return 'not started';
  if (/\bin[ -]progress\b|\bongoing\b|\bstarted\b|\bon track\b|\bat risk\b|\bblocked\b/.test(said)) return 'in progress';
  if (/\b(?:done|complete[d]?|finished|achieved|met|shipped|closed)\b|✅/.test(said)) return 'done';
  return checkbox;
}

function deadlineOf(field: LabelledText | undefined, text: string, section: Section, dates: DateContext): Goal['deadline'] {
  if (field && !field.missing) {
    const stated = findPeriod(field.text, dates);
    if (stated) return { ...stated, source: 'field' };
  }
  const inText = findDeadline(text, dates);
  if (inText) return { ...inText, source: 'text' };
  const fromHeading = headingPeriod(section, dates);
  return fromHeading ? { ...fromHeading, source: 'heading' } : null;
}

/**
 * The period of the nearest goal-list heading over a section (`## Goals for Q1 2027`). Every
 * goal of a list without a date of its own asks for it: kept per section and date context.
 */
function headingPeriod(section: Section, dates: DateContext): Deadline | null {
  const key = `${dates.reference} ${dates.dateOrder}`;
  const kept = headingPeriods.get(section);
  if (kept?.key === key) return kept.period;
  const period = findHeadingPeriod(section, dates);
  headingPeriods.set(section, { key, period });
  return period;
}

const headingPeriods = new WeakMap<Section, { readonly key: string; readonly period: Deadline | null }>();

function findHeadingPeriod(section: Section, dates: DateContext): Deadline | null {
  const lists = [section, ...[...section.ancestors].reverse()].filter((s) => isGoalListHeading(s.text) && headingDate(s.text, dates.dateOrder) === null);
  for (const list of lists) {
    const period = findPeriod(list.text, dates);
    if (period) return period;
  }
  return null;
}

function measureOf(field: LabelledText | undefined, text: string): Goal['measure'] {
  if (field && !field.missing) return { words: field.text, start: 0, end: field.text.length, source: 'field' };
  const found = findMeasure(text);
  return found ? { ...found, source: 'text' } : null;
}

function taskStatus(block: readonly RootContent[]): GoalStatus {
  let tasks = 0;
  let checked = 0;
  const visit = (node: RootContent | ListItem): void => {
    if (node.type === 'listItem' && node.checked != null) {
      tasks++;
      if (node.checked) checked++;
    }
    if ('children' in node) for (const child of node.children) visit(child as RootContent);
  };
  block.forEach(visit);
  return tasks > 0 && tasks === checked ? 'done' : 'open';
}
