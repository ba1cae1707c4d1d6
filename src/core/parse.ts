/** Markdown → mdast with the extensions journals use: GFM task lists and tables, YAML front matter. */
import type { Nodes, Root } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { defuseNesting } from './defuse.js';
import { chunkStarts } from './split.js';

/** Which parsing extensions a processor gets: the rest of GFM always; these when the text may use them. */
export interface Syntax {
  readonly autolinks: boolean;
  readonly tables: boolean;
  readonly frontMatter: boolean;
}

/**
 * remark-parse with GFM and YAML front matter: what remark-gfm and remark-frontmatter add for
 * parsing, without their Markdown writers (we never write Markdown from a tree), which keeps
 * about 20 KB of minified JavaScript out of what the extension ships. The extensions keep
 * remark-gfm's order.
 */
function processorFor({ autolinks, tables, frontMatter }: Syntax) {
  return unified()
    .use(remarkParse)
    .use(function parseExtensions(this: Processor): void {
      const data = this.data();
      (data.micromarkExtensions ??= []).push(
        ...(autolinks ? [gfmAutolinkLiteral()] : []),
        gfmFootnote(),
        gfmStrikethrough(),
        ...(tables ? [gfmTable()] : []),
        gfmTaskListItem(),
        ...(frontMatter ? [frontmatter(['yaml'])] : []),
      );
      (data.fromMarkdownExtensions ??= []).push(
        ...(autolinks ? [gfmAutolinkLiteralFromMarkdown()] : []),
        gfmFootnoteFromMarkdown(),
        gfmStrikethroughFromMarkdown(),
        ...(tables ? [gfmTableFromMarkdown()] : []),
        gfmTaskListItemFromMarkdown(),
        ...(frontMatter ? [frontmatterFromMarkdown(['yaml'])] : []),
      );
    });
}

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

/**
 * The extensions a text needs: the GFM tables and literal autolinks it may hold, and front
 * matter unless it opens one it never closes (see `unclosedFrontMatter`). Leaving out what a
 * text cannot hold gives the same tree as parsing with everything (property-tested).
 */
export function syntaxOf(text: string): Syntax {
  return { autolinks: mayLinkLiterally(text), tables: mayHoldTable(text), frontMatter: !unclosedFrontMatter(text) };
}

/** micromark + mdast with exactly these extensions, nothing adjusted: for `parseText` and its tests. */
export function parseWith(text: string, syntax: Syntax): Root {
  return (processors[(syntax.autolinks ? 4 : 0) + (syntax.tables ? 2 : 0) + (syntax.frontMatter ? 1 : 0)] ??= processorFor(syntax)).parse(text);
}

/** The eight processors, each made when first needed. */
const processors: ReturnType<typeof processorFor>[] = [];

/**
 * False when GFM literal autolinks (`www.…`, `http://…`, `name@host.tld`) cannot occur in the
 * text: no `@`, no `www`, no `http`, and no character reference (which could decode to one of
 * those). Escapes only drop a backslash before punctuation, so they cannot join those letters.
 * Such text parses to the same tree without the autolink extension, which otherwise tries a
 * match at the start of every word and walks every text node afterwards — about a tenth of a
 * journal's parse.
 */
export function mayLinkLiterally(text: string): boolean {
  return LITERAL_LINK_HINT.test(text);
}

const LITERAL_LINK_HINT = /@|www|http|&#?\w+;/i;

/**
 * False when the text holds no GFM table: a table's delimiter row has a `|`, or, for one column
 * without pipes, a colon beside its hyphens (`:--`, `--:`). The table extension otherwise reads
 * the first line of every block to look for one.
 */
export function mayHoldTable(text: string): boolean {
  return TABLE_HINT.test(text);
}

const TABLE_HINT = /\||:[ \t]*-|-[ \t]*:/;

/**
 * True when the text opens a front matter (`---` and a line break, first thing) that no `---` line
 * closes. It is no front matter, but remark-frontmatter 5 (micromark-extension-frontmatter 2)
 * then reads no list or block quote in the whole text: such a text is parsed without it.
 */
function unclosedFrontMatter(text: string): boolean {
  const open = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  return open !== null && !/(?:^|\r|\n)---[ \t]*(?:\r|\n|$)/.test(text.slice(open[0].length));
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
