/** Finds STAR stories: `STAR` headings, and headings or list items holding two or more parts. */
import type { ListItem, RootContent } from 'mdast';
import { collectLabels, type Labelled } from './blocks.js';
import type { Context } from './context.js';
import type { LabelledText, StarEntry, StarPart } from './journal.js';
import { headingLabel, STAR_LABELS } from './labels.js';
import { isMissing } from './placeholders.js';
import type { Section } from './sections.js';
import { plainText } from './text.js';

const STAR_HEADING = /^\s*(?:STAR\b|star\s*(?:story|entry)?\s*[:\-–—])/;
const STAR_PREFIX = /^\s*star\b\s*(?:story|entry)?\s*[:\-–—]?\s*/i;

interface Candidate {
  readonly entry: StarEntry;
  /** Root-child span of a STAR heading's section, to drop headings that only group entries. */
  readonly span?: { readonly from: number; readonly to: number; readonly labels: number };
}

/** All STAR entries of a document, in document order. */
export function readStars(ctx: Context): StarEntry[] {
  const candidates: Candidate[] = [];
  const root = ctx.outline.root.children;
  const firstHeading = ctx.outline.sections[0]?.index ?? root.length;
  candidates.push(...itemEntries(root.slice(0, firstHeading), ctx));
  for (const section of ctx.outline.sections) candidates.push(...sectionEntries(section, ctx));
  const offsets = candidates.map((c) => c.entry.offset);
  return candidates
    .filter((c) => !c.span || c.span.labels > 0 || !offsets.some((o) => o > startOf(root, c.span!.from) && o < startOf(root, c.span!.to)))
    .map((c) => c.entry)
    .sort((a, b) => a.offset - b.offset);
}

function startOf(root: readonly RootContent[], index: number): number {
  return root[index]?.position?.start.offset ?? Number.MAX_SAFE_INTEGER;
}

function sectionEntries(section: Section, ctx: Context): Candidate[] {
  const direct = ctx.outline.children(section.index + 1, directEnd(section, ctx));
  const items = itemEntries(direct, ctx);
  const taken = new Set(items.map((c) => c.entry.offset));
  const rest = direct.map((node) => (node.type === 'list' ? { ...node, children: node.children.filter((i) => !taken.has(i.position?.start.offset ?? -1)) } : node));
  const found = collectLabels(rest, STAR_LABELS, ctx.lines);
  const kinds = new Set(found.labels.map((l) => l.key)).size;
  const isStar = STAR_HEADING.test(section.text);
  if (!isStar && kinds < 2) return items;
  const offset = section.heading.position?.start.offset ?? 0;
  const entry = entryOf('heading', section.text.replace(STAR_PREFIX, '').trim() || section.text, offset, found.labels, ctx);
  const span = isStar ? { from: section.index + 1, to: section.end, labels: found.labels.length } : undefined;
  return [...items, span ? { entry, span } : { entry }];
}

/** Where a heading's direct content ends: the next heading that is not one of its STAR parts. */
function directEnd(section: Section, ctx: Context): number {
  const children = ctx.outline.root.children;
  let end = section.directEnd;
  while (end < section.end) {
    const next = children[end];
    if (next?.type !== 'heading' || next.depth <= section.depth || headingLabel(next, STAR_LABELS) === null) break;
    end++;
    while (end < section.end && children[end]?.type !== 'heading') end++;
  }
  return end;
}

function itemEntries(nodes: readonly RootContent[], ctx: Context): Candidate[] {
  const entries: Candidate[] = [];
  for (const node of nodes) {
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      const found = collectLabels([{ type: 'list', children: [item] }], STAR_LABELS, ctx.lines);
      if (new Set(found.labels.map((l) => l.key)).size < 2) continue;
      entries.push({ entry: entryOf('item', itemTitle(item), item.position?.start.offset ?? 0, found.labels, ctx) });
    }
  }
  return entries;
}

function itemTitle(item: ListItem): string {
  const head = item.children[0];
  return head ? plainText(head).split('\n')[0] ?? '' : '';
}

function entryOf(form: StarEntry['form'], title: string, offset: number, labels: readonly Labelled<StarPart>[], ctx: Context): StarEntry {
  const parts: Partial<Record<StarPart, LabelledText>> = {};
  for (const label of labels) {
    const existing = parts[label.key];
    if (existing && !existing.missing) continue;
    parts[label.key] = { text: label.text, missing: isMissing(label.text), offset: label.offset };
  }
  const last = labels[labels.length - 1];
  const partInsert = last
    ? { offset: last.end, indent: ctx.indentAt(last.offset), bullet: last.form === 'item' ? '- ' : '', bold: last.bold }
    : { offset: ctx.lines.lineEnd(ctx.lines.positionAt(offset).line), indent: '', bullet: '- ', bold: true };
  return { form, title, offset, parts, partInsert };
}
