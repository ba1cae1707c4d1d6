/** Inline switches: `<!-- career-journal-disable CODE... -->` and friends. */
import type { Html, Root } from 'mdast';
import type { LineIndex } from './positions.js';

interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-next-line';
  /** Codes named; empty means all codes. */
  readonly codes: readonly string[];
  /** First and last line of the comment. */
  readonly line: number;
  readonly endLine: number;
}

const DIRECTIVE = /<!--\s*career-journal-(disable-next-line|disable|enable)\b([\s\S]*?)-->/g;

/** Answers whether a code is switched off at a line. */
export class Directives {
  private constructor(private readonly list: readonly Directive[]) {}

  /** Collects the directives in a document's HTML comments (not in code). */
  static read(root: Root, lines: LineIndex): Directives {
    const list: Directive[] = [];
    visitHtml(root, (node) => {
      const base = node.position?.start.offset ?? 0;
      for (const match of node.value.matchAll(DIRECTIVE)) {
        const start = lines.positionAt(base + (match.index ?? 0)).line;
        const end = lines.positionAt(base + (match.index ?? 0) + match[0].length).line;
        const codes = (match[2] ?? '').split(/[\s,]+/).filter(Boolean);
        list.push({ kind: match[1] as Directive['kind'], codes, line: start, endLine: end });
      }
    });
    list.sort((a, b) => a.line - b.line);
    return new Directives(list);
  }

  /** True when `code` is disabled at `line` (0-based). */
  isDisabled(code: string, line: number): boolean {
    let disabled = false;
    for (const d of this.list) {
      if (d.line > line) break;
      const applies = d.codes.length === 0 || d.codes.includes(code);
      if (d.kind === 'disable-next-line') {
        if (applies && d.endLine + 1 === line) return true;
      } else if (d.kind === 'disable' && applies) disabled = true;
      else if (d.kind === 'enable' && applies) disabled = false;
    }
    return disabled;
  }
}

function visitHtml(node: Root | Root['children'][number], visit: (html: Html) => void): void {
  if (node.type === 'html') visit(node);
  else if ('children' in node) for (const child of node.children) visitHtml(child as Root['children'][number], visit);
}
