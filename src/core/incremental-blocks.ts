/**
 * Groups a journal's atoms into blocks whose findings depend on the rest of the text only
 * through the headings enclosing them and the settings (incremental.ts).
 *
 * The readers take a section's goals, STAR entries and worksheet answers from its direct content
 * (up to its first sub-heading, or past sub-headings named after STAR parts), except for a goal
 * heading, a STAR heading or a worksheet question, which own everything up to the next heading of
 * their level. Dates and periods of enclosing headings apply inside. So a block may start at an
 * atom's heading when that heading is not a STAR part and no enclosing section owns its
 * sub-sections; a block is then read on its own with the enclosing sections passed in as `outer`
 * (their depths and texts are kept with the findings), and its findings are exactly those of a whole read.
 */
import type { Heading } from 'mdast';
import { Context } from './context.js';
import { readGoals } from './goals.js';
import type { Atom } from './incremental-atoms.js';
import type { Section } from './sections.js';
import { readStars } from './stars.js';
import { readWorksheet } from './worksheet.js';

/** A run of atoms read together, and the sections open where it starts. */
export interface Block {
  /** Index of the first atom. */
  readonly from: number;
  /** Index after the last atom. */
  readonly to: number;
  readonly outer: readonly Section[];
}

interface OpenSection extends Section {
  end: number;
  directEnd: number;
  /** This section or one enclosing it owns its sub-sections. */
  readonly owned: boolean;
}

/** Cuts atoms into blocks; `ownsSubsections` says whether readers take a heading's whole section. */
export function planBlocks(atoms: readonly Atom[], ownsSubsections: (text: string) => boolean): Block[] {
  const blocks: Block[] = [];
  const stack: OpenSection[] = [];
  let previous: OpenSection | null = null;
  let index = 0;
  let from = 0;
  let outer: readonly Section[] = [];
  for (let a = 0; a < atoms.length; a++) {
    const atom = atoms[a] as Atom;
    for (const heading of atom.headings) {
      const at = index + heading.index;
      const depth = heading.node.depth;
      while (stack.length && (stack[stack.length - 1] as OpenSection).depth >= depth) (stack.pop() as OpenSection).end = at;
      if (previous) previous.directEnd = at;
      const parent = stack[stack.length - 1];
      if (a > from && heading.index === 0 && !heading.starPart && !parent?.owned) {
        blocks.push({ from, to: a, outer });
        from = a;
        outer = stack.slice();
      }
      previous = {
        heading: heading.node, text: heading.text, depth, index: at, end: -1, directEnd: -1, ancestors: stack.slice(),
        owned: (parent?.owned ?? false) || ownsSubsections(heading.text),
      };
      stack.push(previous);
    }
    index += atom.children.length;
  }
  for (const section of stack) section.end = index;
  if (previous) previous.directEnd = index;
  if (atoms.length) blocks.push({ from, to: atoms.length, outer });
  return blocks;
}

/**
 * True when the readers take a heading's whole section, sub-sections included: asked of the
 * readers themselves, on a document of that heading alone, where only such a heading yields a
 * goal, a STAR entry or a worksheet answer.
 */
export function readsWholeSection(text: string): boolean {
  const source = `# ${text}\n`;
  const end = { line: 1, column: source.length, offset: source.length - 1 };
  const heading: Heading = {
    type: 'heading', depth: 1,
    children: [{ type: 'text', value: text, position: { start: { line: 1, column: 3, offset: 2 }, end } }],
    position: { start: { line: 1, column: 1, offset: 0 }, end },
  };
  const ctx = new Context(source, { type: 'root', children: [heading] }, {}, 'mdy', '2000-01-01', undefined);
  return readGoals(ctx).length > 0 || readStars(ctx).length > 0 || readWorksheet(ctx).length > 0;
}
