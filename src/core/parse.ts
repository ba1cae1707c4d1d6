/** Markdown → mdast with the extensions journals use: GFM task lists and tables, YAML front matter. */
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { defuseNesting } from './defuse.js';
import { chunkStarts } from './split.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Reference-style definitions resolve across the whole document: such texts are parsed whole. */
export const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

/**
 * Parses a journal's Markdown; never throws on any text. Parses chunk by chunk (see
 * split.ts) and shifts positions, which yields the same tree as one parse, faster; nesting
 * deeper than any journal needs is capped first (see defuse.ts).
 */
export function parseMarkdown(source: string, minChunk = 1024): Root {
  const text = defuseNesting(source);
  const starts = DEFINITION.test(text) ? [0] : chunkStarts(text, minChunk);
  if (starts.length === 1) return processor.parse(text);
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: endOf(text) } };
  let line = 0;
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length;
    const chunk = processor.parse(text.slice(start, end));
    for (const child of chunk.children) shiftNode(child, start, line);
    root.children.push(...chunk.children);
    line += countLines(text, start, end);
  });
  return root;
}

/**
 * Parses a text in one piece, as it is: no cutting, no defusing. For a text that is already
 * one chunk of `chunkStarts` of a defused text (incremental.ts).
 */
export function parseChunk(text: string): Root {
  return processor.parse(text);
}

/** Moves a node and everything in it by `offset` characters and `lines` lines. */
export function shiftNode(node: Nodes, offset: number, lines: number): void {
  const position = node.position;
  if (position) {
    position.start.offset = (position.start.offset ?? 0) + offset;
    position.end.offset = (position.end.offset ?? 0) + offset;
    position.start.line += lines;
    position.end.line += lines;
  }
  if ('children' in node) for (const child of node.children) shiftNode(child as Nodes, offset, lines);
}

function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function endOf(text: string): { line: number; column: number; offset: number } {
  const lastBreak = text.lastIndexOf('\n');
  return { line: countLines(text, 0, text.length) + 1, column: text.length - lastBreak, offset: text.length };
}
