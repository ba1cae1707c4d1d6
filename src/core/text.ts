/** Plain text of mdast nodes as a reader sees it: no inline code, no HTML or comments. */
import type { Nodes } from 'mdast';

const SKIPPED = new Set(['inlineCode', 'code', 'html', 'yaml', 'definition', 'footnoteDefinition']);
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'list', 'blockquote', 'table', 'tableRow', 'tableCell']);

/** The visible prose of a node; blocks are joined by newlines, inline code and HTML dropped. */
export function plainText(node: Nodes): string {
  const parts: string[] = [];
  collect(node, parts);
  return parts.join('').replace(/[ \t]+\n/g, '\n').trim();
}

function collect(node: Nodes, out: string[]): void {
  if (SKIPPED.has(node.type)) return;
  if (node.type === 'text') out.push(node.value);
  else if (node.type === 'break') out.push('\n');
  else if ('children' in node) {
    for (const child of node.children) collect(child as Nodes, out);
    if (BLOCKS.has(node.type)) out.push('\n');
  }
}
