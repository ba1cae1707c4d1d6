/**
 * Which remark extensions a piece of a journal is parsed with: GFM and YAML front matter, minus
 * the parts the text cannot use. A journal's chunks mostly hold no table and no pasted link, and
 * those parts cost even when they find nothing — the table extension reads the first line of
 * every block, the literal-autolink extension tries an e-mail address at the start of every word
 * and then walks every text node. Leaving out what cannot match gives exactly the tree of
 * every extension (test/unit/parse-syntax.test.ts checks it against remark-gfm and
 * remark-frontmatter themselves).
 */
import type { Root } from 'mdast';
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
import type { Construct, Extension } from 'micromark-util-types';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/** The extensions a text is parsed with: the rest of GFM always, these when the text may use them. */
export interface Syntax {
  /** GFM literal autolinks `www.…` and `http(s)://…`. */
  readonly webLinks: boolean;
  /** GFM literal autolinks `name@host.tld` (also `mailto:`, `xmpp:`). */
  readonly emailLinks: boolean;
  readonly tables: boolean;
  /** YAML front matter; left out of a text that opens one it never closes (`unclosedFrontMatter`). */
  readonly frontMatter: boolean;
}

/**
 * What a text may use. A literal autolink needs `www`, `http` or `@` in the text itself (any
 * case), or a character reference that decodes to one; a backslash escape only drops a
 * backslash before punctuation, so it cannot join those letters. A table's delimiter row needs
 * a `|`, or for one column without pipes a colon beside its hyphens (`:--`, `--:`).
 */
export function syntaxOf(text: string): Syntax {
  const reference = REFERENCE.test(text);
  return {
    webLinks: reference || WEB_HINT.test(text),
    emailLinks: reference || text.includes('@'),
    tables: TABLE_HINT.test(text),
    frontMatter: !unclosedFrontMatter(text),
  };
}

const REFERENCE = /&#?\w+;/;
const WEB_HINT = /www|http/i;
const TABLE_HINT = /\||:[ \t]*-|-[ \t]*:/;

/**
 * micromark and mdast-util-from-markdown (through remark-parse) with exactly these extensions.
 * The autolink transform (which turns URLs in text into links) runs on the top-level blocks
 * that may hold one, not on the whole tree: it only ever looks inside one block.
 */
export function parseWith(text: string, syntax: Syntax): Root {
  const root = processorFor(syntax).parse(text);
  if (syntax.webLinks || syntax.emailLinks) {
    for (const block of root.children) {
      const { start, end } = block.position ?? {};
      // One character of slack each side: offsets count after a leading byte order mark.
      const from = Math.max(0, (start?.offset ?? 0) - 1);
      const to = end?.offset === undefined ? text.length : end.offset + 1;
      if (mayLink(text.slice(from, to))) linkLiterals({ type: 'root', children: [block] });
    }
  }
  return root;
}

/** True when either kind of literal autolink may occur in the text (the hints of `syntaxOf`). */
function mayLink(text: string): boolean {
  return REFERENCE.test(text) || WEB_HINT.test(text) || text.includes('@');
}

/**
 * True when the text opens a front matter (`---` and a line break, first thing) that no `---` line
 * closes. It is no front matter, but remark-frontmatter 5 (micromark-extension-frontmatter 2)
 * then reads no list or block quote in the whole text: such a text is parsed without it.
 */
function unclosedFrontMatter(text: string): boolean {
  const open = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/.exec(text);
  return open !== null && !/(?:^|\r|\n)---[ \t]*(?:\r|\n|$)/.test(text.slice(open[0].length));
}

const autolinkTree = gfmAutolinkLiteralFromMarkdown();
/** mdast-util-gfm-autolink-literal's transform: URLs and addresses in text nodes become links. */
const linkLiterals = (autolinkTree.transforms?.[0] ?? ((): void => undefined)) as (tree: Root) => void;

/** The literal-autolink syntax with only the kinds asked for (each kind is one named construct). */
function literalAutolinks(web: boolean, email: boolean): Extension {
  const wanted = (construct: Construct): boolean => (construct.name === 'emailAutolink' ? email : web);
  const text: Record<number, Construct[]> = {};
  for (const [code, constructs] of Object.entries(gfmAutolinkLiteral().text ?? {})) {
    const kept = [constructs ?? []].flat().filter(wanted);
    if (kept.length > 0) text[Number(code)] = kept;
  }
  return { text };
}

type Parser = ReturnType<typeof makeProcessor>;

/** Sixteen processors, each made when first needed. */
const processors = new Map<string, Parser>();

function processorFor(syntax: Syntax): Parser {
  const key = `${+syntax.webLinks}${+syntax.emailLinks}${+syntax.tables}${+syntax.frontMatter}`;
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = makeProcessor(syntax)));
  return processor;
}

/**
 * remark-parse with what remark-gfm and remark-frontmatter add for parsing, in their order,
 * without their Markdown writers (we never write Markdown from a tree), which keeps about
 * 20 KB of minified JavaScript out of what the extension ships.
 */
function makeProcessor({ webLinks, emailLinks, tables, frontMatter }: Syntax) {
  const links = webLinks || emailLinks;
  return unified()
    .use(remarkParse)
    .use(function parseExtensions(this: Processor): void {
      const data = this.data();
      (data.micromarkExtensions ??= []).push(
        ...(links ? [literalAutolinks(webLinks, emailLinks)] : []),
        gfmFootnote(),
        gfmStrikethrough(),
        ...(tables ? [gfmTable()] : []),
        gfmTaskListItem(),
        ...(frontMatter ? [frontmatter(['yaml'])] : []),
      );
      (data.fromMarkdownExtensions ??= []).push(
        // Its transform runs in parseWith, block by block.
        ...(links ? [{ ...autolinkTree, transforms: [] }] : []),
        gfmFootnoteFromMarkdown(),
        gfmStrikethroughFromMarkdown(),
        ...(tables ? [gfmTableFromMarkdown()] : []),
        gfmTaskListItemFromMarkdown(),
        ...(frontMatter ? [frontmatterFromMarkdown(['yaml'])] : []),
      );
    });
}
