/**
 * Incremental linting: re-linting after an edit costs about the edited part, not the journal.
 *
 * The text is cut into atoms (incremental-atoms.ts), each parsed once and re-used while its text
 * is unchanged; atoms are grouped into blocks that can be read on their own
 * (incremental-blocks.ts), whose findings are kept with everything they depend on: the
 * block's atoms, the headings enclosing it, the front matter date, `today`, `dateOrder` and
 * `fileName`. Inline switches and severities are applied to all findings
 * afterwards, as `lint` does. The result is always exactly `lint(text, options)`; a text with
 * a reference definition or absurd nesting (which is not read in chunks) is linted whole.
 */
import type { Html, Root } from 'mdast';
import { readFrontMatter } from './front-matter.js';
import { planBlocks, readsWholeSection, type Block } from './incremental-blocks.js';
import { joinAtoms, splitText, type Atom, type Split } from './incremental-atoms.js';
import type { FrontMatter } from './journal.js';
import { Directives } from './directives.js';
import { byPosition, lint, ruleFindings, settle, type LintOptions, type RawFinding } from './lint.js';
import { LineIndex } from './positions.js';
import { readJournal, readParsed, type ReadOptions, type ReadResult } from './read.js';
import type { Section } from './sections.js';
import type { Finding, Range } from './types.js';

/** How much work the last `lint` did, for benchmarks and tests. */
export interface LintStats {
  readonly atoms: number;
  readonly atomsParsed: number;
  readonly blocks: number;
  readonly blocksRead: number;
  /** True when the text had to be linted whole (see the module comment). */
  readonly whole: boolean;
}

/**
 * Lints successive versions of one journal, re-using what did not change. Keep one per open
 * document; it holds the parse of the last version (about the size of a full parse).
 */
export class JournalLinter {
  private split: Split | null = null;
  /** The last text linted, without its byte-order mark. */
  private text = '';
  /** Findings of the last lint's blocks, by their first atom (an atom is in one place at a time). */
  private blocks = new Map<Atom, BlockFindings>();
  private readonly owners = new Map<string, boolean>();
  private frontMatter: { readonly atom: Atom; readonly value: FrontMatter } | null = null;
  private stats: LintStats = { atoms: 0, atomsParsed: 0, blocks: 0, blocksRead: 0, whole: false };

  /** Lints `text`; the findings are those of `lint(text, options)`. Never throws on any text. */
  lint(text: string, options: LintOptions): Finding[] {
    const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const split = splitText(clean, this.split);
    this.split = split;
    this.text = clean;
    if (split.whole) {
      this.blocks.clear();
      this.stats = { atoms: split.atoms.length, atomsParsed: split.parsed, blocks: 1, blocksRead: 1, whole: true };
      return lint(text, options);
    }
    const frontMatter = this.frontMatterOf(split.atoms[0]);
    const plan = planBlocks(split.atoms, (heading) => this.ownsSubsections(heading));
    const settings = [frontMatter.date ?? '', options.today, options.dateOrder ?? 'mdy', options.fileName ?? ''].join('\u0001');
    const kept = new Map<Atom, BlockFindings>();
    const raw: RawFinding[] = [];
    let line = 0;
    let blocksRead = 0;
    for (const block of plan) {
      const atoms = split.atoms.slice(block.from, block.to);
      const first = atoms[0] as Atom;
      let found = this.blocks.get(first);
      if (!found || !found.fits(atoms, block.outer, settings)) {
        found = new BlockFindings(atoms, block.outer, settings, readBlock(clean, split.starts, block, atoms, frontMatter, options));
        blocksRead++;
      }
      kept.set(first, found);
      for (const finding of found.findings) raw.push(line === 0 ? finding : moved(finding, line));
      for (const atom of atoms) line += atom.breaks;
    }
    this.blocks = kept;
    this.stats = { atoms: split.atoms.length, atomsParsed: split.parsed, blocks: plan.length, blocksRead, whole: false };
    return settle(raw, switches(split), options);
  }

  /**
   * The journal model of the last text linted, equal to `readJournal(text, options)`, read
   * from the parse `lint` kept: building the model costs a fraction of parsing the text.
   */
  read(options: ReadOptions): ReadResult {
    if (!this.split || this.split.whole) return readJournal(this.text, options);
    return readParsed(this.text, joinAtoms(this.split.atoms), options);
  }

  /** What the last `lint` re-used and re-did. */
  lastStats(): LintStats {
    return this.stats;
  }

  private frontMatterOf(first: Atom | undefined): FrontMatter {
    if (!first) return {};
    if (this.frontMatter?.atom !== first) this.frontMatter = { atom: first, value: readFrontMatter({ type: 'root', children: [...first.children] }) };
    return this.frontMatter.value;
  }

  private ownsSubsections(heading: string): boolean {
    let owns = this.owners.get(heading);
    if (owns === undefined) {
      if (this.owners.size > 10_000) this.owners.clear();
      owns = readsWholeSection(heading);
      this.owners.set(heading, owns);
    }
    return owns;
  }
}

/**
 * A block's findings (lines counted from the block's first line) and what they depend on:
 * its atoms, the depths and texts of the headings enclosing it, and the settings.
 */
class BlockFindings {
  private readonly outer: ReadonlyArray<readonly [number, string]>;

  constructor(private readonly atoms: readonly Atom[], outer: readonly Section[], private readonly settings: string, readonly findings: readonly RawFinding[]) {
    this.outer = outer.map((section) => [section.depth, section.text] as const);
  }

  /** True when these findings are those of a block of `atoms` under `outer`, with `settings`. */
  fits(atoms: readonly Atom[], outer: readonly Section[], settings: string): boolean {
    return this.settings === settings && atoms.length === this.atoms.length && atoms.every((atom, i) => atom === this.atoms[i])
      && outer.length === this.outer.length && outer.every((section, i) => section.depth === this.outer[i]?.[0] && section.text === this.outer[i]?.[1]);
  }
}

/**
 * Reads one block on its own; findings' lines count from the block's first line. They are
 * sorted (stably) as `settle` sorts, so that sorting all blocks' findings finds them in order.
 */
function readBlock(text: string, starts: readonly number[], block: Block, atoms: readonly Atom[], frontMatter: FrontMatter, options: LintOptions): RawFinding[] {
  const start = starts[block.from] as number;
  const end = starts[block.to] ?? text.length;
  const root: Root = joinAtoms(atoms);
  const { journal, context } = readParsed(text.slice(start, end), root, options, { frontMatter, outer: block.outer });
  return ruleFindings(journal, context).sort(byPosition);
}

function moved(finding: RawFinding, lines: number): RawFinding {
  return {
    code: finding.code,
    message: finding.message,
    range: movedRange(finding.range, lines),
    fixes: finding.fixes.map((fix) => ({ title: fix.title, range: movedRange(fix.range, lines), text: fix.text })),
  };
}

function movedRange(range: Range, lines: number): Range {
  return { start: { line: range.start.line + lines, column: range.start.column }, end: { line: range.end.line + lines, column: range.end.column } };
}

/**
 * The inline switches of the whole text, read from the atoms that hold any. `Directives.read`
 * needs only their HTML nodes and line numbers: a text that has as many line breaks before each
 * such atom as the journal, then the atom, gives the same lines at a fraction of the cost.
 */
function switches(split: Split): Directives {
  const nodes: Html[] = [];
  let text = '';
  let breaks = 0;
  let line = 0;
  for (const atom of split.atoms) {
    if (atom.switches.length) {
      text += '\n'.repeat(line - breaks);
      joinAtoms([atom]);
      for (const node of atom.switches) {
        const offset = (node.position?.start.offset ?? 0) + text.length;
        nodes.push({ type: 'html', value: node.value, position: { start: { line: 0, column: 0, offset }, end: { line: 0, column: 0, offset } } });
      }
      text += atom.text;
      breaks = line + atom.breaks;
    }
    line += atom.breaks;
  }
  return Directives.read({ type: 'root', children: nodes }, new LineIndex(text));
}
