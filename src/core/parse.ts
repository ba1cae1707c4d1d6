/** Markdown → mdast with the extensions journals use: GFM task lists and tables, YAML front matter. */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Parses a journal's Markdown; never throws on any text. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
