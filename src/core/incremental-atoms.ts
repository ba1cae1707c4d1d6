/**
 * The parsed chunks ("atoms") of a journal that incremental.ts re-uses between edits.
 *
 * A journal is cut at every place `chunkStarts(text, 1)` allows (before a heading, where no
 * construct can span the cut), each piece is parsed alone, and the pieces are kept with their
 * text: after an edit only the pieces whose text changed are parsed again. The cuts themselves
 * are re-scanned only from just before the edit until they fall back in step with the old ones.
 */
import type { Heading, Html, Nodes, Root, RootContent } from 'mdast';
import { defuseNesting } from './defuse.js';
import { headingLabel, STAR_LABELS } from './labels.js';
import { DEFINITION, parseChunk, shiftNode } from './parse.js';
import { chunkStartsFrom } from './split.js';
import { plainText } from './text.js';

/** A root-level heading of an atom. */
export interface AtomHeading {
  /** Index among the atom's root children. */
  readonly index: number;
  readonly node: Heading;
  /** Its plain text, as `Section.text` has it. */
  readonly text: string;
  /** Named after a STAR part (`#### Result`): it may continue the story above it. */
  readonly starPart: boolean;
}

/** One parsed chunk, re-used while its text is unchanged. */
export interface Atom {
  readonly id: number;
  readonly text: string;
  /** Line breaks in the text, as `LineIndex` counts them (`\n`, `\r\n`, `\r`). */
  readonly breaks: number;
  /** `\n` characters in the text, as `parseMarkdown` counts lines when it joins chunks. */
  readonly newlines: number;
  /** The parsed children; positions count from `at` (where they were last moved to). */
  readonly children: readonly RootContent[];
  readonly at: { offset: number; line: number };
  readonly headings: readonly AtomHeading[];
  /** HTML nodes that may hold `career-journal-…` switches. */
  readonly switches: readonly Html[];
  /** Holds what keeps a text from being read in chunks: a reference definition, or absurd nesting. */
  readonly whole: boolean;
}

/** Moves an atom's nodes so that positions count from `offset` characters and `line` lines before it. */
function placeAtom(atom: Atom, offset: number, line: number): void {
  const by = { offset: offset - atom.at.offset, line: line - atom.at.line };
  if (by.offset === 0 && by.line === 0) return;
  for (const child of atom.children) shiftNode(child, by.offset, by.line);
  atom.at.offset = offset;
  atom.at.line = line;
}

let nextId = 1;

function makeAtom(text: string): Atom {
  // Absurd nesting is capped before parsing, as parseMarkdown does (such a text is linted whole,
  // but its atoms are parsed first: undefused, 10,000 nested quotes overflow the stack).
  const defused = defuseNesting(text);
  const children = parseChunk(defused).children;
  const headings: AtomHeading[] = [];
  const switches: Html[] = [];
  children.forEach((node, index) => {
    if (node.type === 'heading') headings.push({ index, node, text: plainText(node), starPart: headingLabel(node, STAR_LABELS) !== null });
    collectSwitches(node, switches);
  });
  return {
    id: nextId++, text, breaks: countBreaks(text), newlines: count(text, '\n'), children, at: { offset: 0, line: 0 },
    headings, switches, whole: DEFINITION.test(text) || defused !== text,
  };
}

function collectSwitches(node: Nodes, out: Html[]): void {
  if (node.type === 'html') {
    if (node.value.includes('career-journal-')) out.push(node);
  } else if ('children' in node) for (const child of node.children) collectSwitches(child as Nodes, out);
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

function countBreaks(text: string): number {
  let n = count(text, '\n');
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) n++;
  return n;
}

/** A journal's atoms and where they start. */
export interface Split {
  readonly text: string;
  readonly starts: readonly number[];
  readonly atoms: readonly Atom[];
  /** How many atoms were parsed for this split (the others were re-used). */
  readonly parsed: number;
  /** Some atom holds what keeps the text from being read in chunks. */
  readonly whole: boolean;
}

/** Cuts and parses a text, re-using what it can of the previous text's split. */
export function splitText(text: string, previous: Split | null): Split {
  if (previous?.text === text) return { ...previous, parsed: 0 };
  if (!previous) return withAtoms(text, chunkStartsFrom(text, 0, 1), null, 0, 0, 0);
  const old = previous.text;
  const prefix = commonPrefix(old, text);
  const suffix = Math.min(commonSuffix(old, text), old.length - prefix, text.length - prefix);
  const delta = text.length - old.length;
  const changedEnd = text.length - suffix;
  const keep = restartIndex(previous, prefix);
  const isOld = (start: number): boolean => start >= changedEnd && indexOf(previous.starts, start - delta) >= 0;
  const middle = chunkStartsFrom(text, previous.starts[keep] ?? 0, 1, isOld);
  const last = middle[middle.length - 1] as number;
  const resumed = middle.length > 1 && isOld(last) ? indexOf(previous.starts, last - delta) + 1 : previous.starts.length;
  const starts = [...previous.starts.slice(0, keep), ...middle, ...previous.starts.slice(resumed).map((s) => s + delta)];
  return withAtoms(text, starts, previous, keep, keep + middle.length, resumed - keep - middle.length);
}

/**
 * Index of the last old start that an edit at `prefix` cannot move: its heading line ends
 * before the edit. The scan resumes there; the starts before it are kept.
 */
function restartIndex(previous: Split, prefix: number): number {
  let i = 0;
  let low = 0;
  let high = previous.starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((previous.starts[mid] as number) < prefix) { i = mid; low = mid + 1; } else high = mid - 1;
  }
  while (i > 0) {
    const newline = previous.text.indexOf('\n', previous.starts[i] as number);
    if (newline >= 0 && newline < prefix) break;
    i--;
  }
  return i;
}

/**
 * The split of `text` at `starts`: atoms before `from` and from `to` on are the previous
 * split's (the latter `shift` places later), the ones between are looked up by text or parsed.
 */
function withAtoms(text: string, starts: readonly number[], previous: Split | null, from: number, to: number, shift: number): Split {
  // Old atoms that neither the kept starts nor the shifted ones use; each is re-used at most once,
  // since an atom's nodes sit at one place at a time.
  const spare = new Map<string, Atom[]>();
  if (previous) {
    for (let i = from; i < to + shift; i++) {
      const atom = previous.atoms[i] as Atom;
      spare.set(atom.text, [...(spare.get(atom.text) ?? []), atom]);
    }
  }
  let parsed = 0;
  let whole = false;
  const atoms = starts.map((start, i): Atom => {
    let atom = previous && i < from ? previous.atoms[i] : previous && i >= to ? previous.atoms[i + shift] : undefined;
    if (!atom) {
      const piece = text.slice(start, starts[i + 1] ?? text.length);
      atom = spare.get(piece)?.pop();
      if (!atom) {
        atom = makeAtom(piece);
        parsed++;
      }
    }
    whole ||= atom.whole;
    return atom;
  });
  return { text, starts, atoms, parsed, whole };
}

function indexOf(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = sorted[mid] as number;
    if (at === value) return mid;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

const STEP = 512;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + STEP <= n && a.slice(i, i + STEP) === b.slice(i, i + STEP)) i += STEP;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + STEP <= n && a.slice(a.length - i - STEP, a.length - i) === b.slice(b.length - i - STEP, b.length - i)) i += STEP;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** A root of the atoms' children, placed for a text that starts where the first atom does. */
export function joinAtoms(atoms: readonly Atom[]): Root {
  const children: RootContent[] = [];
  let offset = 0;
  let line = 0;
  for (const atom of atoms) {
    placeAtom(atom, offset, line);
    children.push(...atom.children);
    offset += atom.text.length;
    line += atom.newlines;
  }
  return { type: 'root', children };
}
