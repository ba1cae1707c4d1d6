/** The list items and lines written under headings of a given name. */
import type { ListItem } from 'mdast';
import type { Context } from './context.js';
import { isMissing } from './placeholders.js';
import { plainText } from './text.js';

/** One item under a heading: its text, checkbox state and 0-based line. */
export interface SectionItem {
  readonly text: string;
  readonly checked: boolean | null;
  readonly line: number;
}

/**
 * Top-level list items (or, without a list, paragraph lines) in the sections whose heading
 * matches `pattern`, skipping placeholders. Sub-sections are included.
 */
export function itemsUnder(ctx: Context, pattern: RegExp): SectionItem[] {
  const items: SectionItem[] = [];
  for (const section of ctx.outline.sections) {
    if (!pattern.test(section.text)) continue;
    for (const node of ctx.outline.children(section.index + 1, section.end)) {
      const line = ctx.lines.positionAt(node.position?.start.offset ?? 0).line;
      if (node.type === 'list') items.push(...node.children.map((item) => itemOf(item, ctx)));
      else if (node.type === 'paragraph') plainText(node).split('\n').forEach((text, i) => items.push({ text, checked: null, line: line + i }));
    }
  }
  return items.filter((item) => !isMissing(item.text));
}

function itemOf(item: ListItem, ctx: Context): SectionItem {
  const head = item.children[0];
  return {
    text: (head ? plainText(head) : '').replace(/\s*\n\s*/g, ' '),
    checked: item.checked ?? null,
    line: ctx.lines.positionAt(item.position?.start.offset ?? 0).line,
  };
}
