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

/** Where one code's state changes: from `line` on, it is `disabled` (lines ascending, one entry per line). */
interface CodeSwitches {
  readonly lines: readonly number[];
  readonly disabled: readonly boolean[];
  /** Lines a `disable-next-line` switches it off on. */
  readonly nextLines: ReadonlySet<number>;
}

/** Answers whether a code is switched off at a line. */
export class Directives {
  /** Each code's switches, worked out on first use: a lookup is then a binary search, not a scan. */
  private readonly byCode = new Map<string, CodeSwitches>();

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

  /**
   * True when `code` is disabled at `line` (0-based): a `disable-next-line` naming it (or all
   * codes) ends on the line before, or the last `disable`/`enable` naming it at or above the
   * line is a `disable`.
   */
  isDisabled(code: string, line: number): boolean {
    if (this.list.length === 0) return false;
    const switches = this.switchesOf(code);
    if (switches.nextLines.has(line)) return true;
    let low = 0;
    let high = switches.lines.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((switches.lines[middle] as number) <= line) low = middle + 1;
      else high = middle;
    }
    return low > 0 && switches.disabled[low - 1] === true;
  }

  private switchesOf(code: string): CodeSwitches {
    let switches = this.byCode.get(code);
    if (switches) return switches;
    const lines: number[] = [];
    const disabled: boolean[] = [];
    const nextLines = new Set<number>();
    let state = false;
    for (const d of this.list) {
      if (d.codes.length > 0 && !d.codes.includes(code)) continue;
      if (d.kind === 'disable-next-line') {
        nextLines.add(d.endLine + 1);
        continue;
      }
      state = d.kind === 'disable';
      if (lines[lines.length - 1] === d.line) disabled[disabled.length - 1] = state;
      else {
        lines.push(d.line);
        disabled.push(state);
      }
    }
    switches = { lines, disabled, nextLines };
    this.byCode.set(code, switches);
    return switches;
  }
}

function visitHtml(node: Root | Root['children'][number], visit: (html: Html) => void): void {
  if (node.type === 'html') visit(node);
  else if ('children' in node) for (const child of node.children) visitHtml(child as Root['children'][number], visit);
}
