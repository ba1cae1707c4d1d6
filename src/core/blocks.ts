/** Walks a run of blocks and gathers labelled fields or parts, and the prose between them. */
import type { ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import { headingLabel, labelOf, type LabelMatch } from './labels.js';
import type { LineIndex } from './positions.js';
import { plainText } from './text.js';

type Table<K> = Parameters<typeof labelOf<K>>[1];

/** A labelled field or part and where it sits. */
export interface Labelled<K> {
  readonly key: K;
  text: string;
  /** Offset of the line that holds the label. */
  readonly offset: number;
  /** Offset where the block holding the label ends. */
  end: number;
  readonly form: 'item' | 'paragraph' | 'heading';
  /** Whether the label was bold (`**Result:**`), to match style in fixes. */
  readonly bold: boolean;
}

/** What a walk found: labels in order, and unlabelled prose. */
export interface LabelledBlocks<K> {
  readonly labels: Labelled<K>[];
  readonly prose: { readonly text: string; readonly inList: boolean }[];
}

/** Gathers labels from paragraphs (line by line), list items (any depth) and sub-headings. */
export function collectLabels<K>(nodes: readonly RootContent[], table: Table<K>, lines: LineIndex): LabelledBlocks<K> {
  const found: LabelledBlocks<K> = { labels: [], prose: [] };
  const walk = new Walk(table, lines, found);
  for (const node of nodes) walk.block(node);
  return found;
}

class Walk<K> {
  /** The label that following unlabelled text continues, if any. */
  private current: (Labelled<K> & { owns: 'all' | 'first' }) | null = null;


  constructor(private readonly table: Table<K>, private readonly lines: LineIndex, private readonly out: LabelledBlocks<K>) {}

  block(node: RootContent): void {
    if (node.type === 'paragraph') this.paragraph(node, false);
    else if (node.type === 'list') for (const item of node.children) this.item(item);
    else if (node.type === 'heading') this.heading(node);
    else if (node.type === 'blockquote' || node.type === 'table') this.continueWith(plainText(node), node, false);
  }

  private heading(node: Nodes): void {
    const key = headingLabel(node, this.table);
    this.current = key === null ? null : { ...this.make(key, '', node, 'heading', false), owns: 'all' };
    if (this.current) this.out.labels.push(this.current);
  }

  private paragraph(node: Paragraph, inList: boolean): void {
    const startLine = this.lines.positionAt(node.position?.start.offset ?? 0).line;
    const first = labelOf(node, this.table);
    const before: string[] = [];
    let here: Labelled<K> | null = null;
    const textLines = plainText(node).split('\n');
    for (let i = 0; i < textLines.length; i++) {
      const line = textLines[i] as string;
      const match = i === 0 ? first : lineLabel(line, this.table);
      if (match) {
        if (!here && before.length) this.continueWith(before.join('\n'), node, inList);
        const bold = i === 0 && isEmphasis(node.children[0]);
        const offset = this.lines.lineStart(startLine + i);
        here = this.make(match.key, match.rest, node, inList ? 'item' : 'paragraph', bold, offset);
        this.out.labels.push(here);
      } else if (here) here.text = here.text ? `${here.text}\n${line}` : line;
      else before.push(line);
    }
    if (here) this.current = Object.assign(here, { owns: 'first' as const });
    else this.continueWith(before.join('\n'), node, inList);
  }

  private item(item: ListItem): void {
    const [head, ...rest] = item.children;
    const before = this.out.labels.length;
    if (head?.type === 'paragraph') this.paragraph(head, true);
    const label = this.out.labels.length > before ? this.out.labels[this.out.labels.length - 1] : undefined;
    if (label) label.end = item.position?.end.offset ?? label.end;
    for (const child of rest) {
      if (child.type === 'list') for (const sub of child.children) this.item(sub);
      else if (label && label.text === '') label.text = plainText(child);
      else this.block(child);
    }
    if (label && label.text === '') label.text = rest.filter((c) => c.type === 'list').map((c) => plainText(c)).join('\n');
    if (label) this.current = null;
  }

  private continueWith(text: string, node: Nodes, inList: boolean): void {
    const current = this.current;
    if (current && (current.owns === 'all' || current.text === '')) {
      current.text = current.text ? `${current.text}\n${text}` : text;
      current.end = Math.max(current.end, node.position?.end.offset ?? 0);
      if (current.owns === 'first') this.current = null;
    } else if (text.trim()) this.out.prose.push({ text, inList });
  }

  private make(key: K, text: string, node: Nodes, form: Labelled<K>['form'], bold: boolean, offset?: number): Labelled<K> {
    const start = offset ?? node.position?.start.offset ?? 0;
    return { key, text, offset: start, end: node.position?.end.offset ?? start, form, bold };
  }
}

function isEmphasis(node: Nodes | undefined): boolean {
  return node?.type === 'strong' || node?.type === 'emphasis';
}

const LINE_LABEL = /^\s*([A-Za-z][A-Za-z -]{1,30}?)\s*:\s*/;

function lineLabel<K>(line: string, table: Table<K>): LabelMatch<K> | null {
  const match = LINE_LABEL.exec(line);
  if (!match) return null;
  for (const [key, pattern] of table) if (pattern.test((match[1] ?? '').trim())) return { key, rest: line.slice(match[0].length).trim() };
  return null;
}
