/** Markdown → mdast with the extensions journals use: GFM task lists and tables, YAML front matter. */
import type { Nodes, Root } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { defuseNesting } from './defuse.js';
import { chunkStarts } from './split.js';

/**
 * GFM and YAML front matter for remark-parse: what remark-gfm and remark-frontmatter add for
 * parsing, without their Markdown writers (we never write Markdown from a tree), which keeps
 * about 20 KB of minified JavaScript out of what the extension ships.
 */
function parseExtensions(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfm(), frontmatter(['yaml']));
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown(), frontmatterFromMarkdown(['yaml']));
}

const processor = unified().use(remarkParse).use(parseExtensions);

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
  if (starts.length === 1) return parseText(text);
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: endOf(text) } };
  let line = 0;
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length;
    const chunk = parseText(text.slice(start, end));
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
  return parseText(text);
}

/**
 * micromark skips a byte order mark that starts its input and counts offsets after it; a text
 * that still starts with one (after the reader dropped the first) is counted as given.
 */
function parseText(text: string): Root {
  const root = processor.parse(text);
  if (text.charCodeAt(0) === 0xfeff) for (const child of root.children) shiftNode(child, 1, 0);
  return root;
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
