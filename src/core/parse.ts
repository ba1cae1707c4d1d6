/** Markdown → mdast with the extensions journals use: GFM task lists and tables, YAML front matter. */
import type { Nodes, Root } from 'mdast';
import { defuseNesting } from './defuse.js';
import { chunkStarts } from './split.js';
import { parseWith, syntaxOf } from './syntax.js';

/**
 * Reference-style definitions resolve across the whole document: such texts are parsed whole.
 * One may sit in a block quote or list item (`> [x]: …`), and its label may span lines (999
 * characters at most).
 */
export const DEFINITION = /^[ \t>*+\-\d.)]*\[(?:[^\]\\]|\\[\s\S]){1,999}\]:/m;

/**
 * Parses a journal's Markdown; never throws on any text. Parses chunk by chunk (see
 * split.ts) and shifts positions, which yields the same tree as one parse, faster; nesting
 * deeper than any journal needs is capped first (see defuse.ts).
 */
export function parseMarkdown(source: string, minChunk = 1024): Root {
  const { text, starts } = parsePlan(source, minChunk);
  return assembleRoot(text, starts, starts.map((start, i) => parseText(text.slice(start, starts[i + 1] ?? text.length))));
}

/** How `parseMarkdown` parses a text: the text it parses (defused) and where its chunks start. */
export interface ParsePlan {
  readonly text: string;
  /** Chunk starts in `text`; `[0]` when the text is parsed whole. */
  readonly starts: readonly number[];
}

/** The plan `parseMarkdown(source, minChunk)` follows; its chunks can be parsed anywhere with `parseChunk`. */
export function parsePlan(source: string, minChunk = 1024): ParsePlan {
  const text = defuseNesting(source);
  return { text, starts: DEFINITION.test(text) ? [0] : chunkStarts(text, minChunk) };
}

/**
 * The tree `parseMarkdown` returns, from each chunk of a plan parsed alone (`parseChunk`, here
 * or on another thread): positions shifted to the whole text. Takes over the chunk trees.
 */
export function assembleRoot(text: string, starts: readonly number[], chunks: readonly Root[]): Root {
  if (chunks.length !== starts.length) throw new Error(`${chunks.length} chunk trees for ${starts.length} chunks`);
  if (chunks.length === 1) return chunks[0] as Root;
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: endOf(text) } };
  let line = 0;
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length;
    for (const child of (chunks[i] as Root).children) {
      shiftNode(child, start, line);
      root.children.push(child);
    }
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
  const root = parseWith(text, syntaxOf(text));
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
