/** The heading outline of a document: where each heading's section and direct content end. */
import type { Heading, Root, RootContent } from 'mdast';
import { plainText } from './text.js';

/** A top-level heading and the spans of root children it governs. */
export interface Section {
  readonly heading: Heading;
  readonly text: string;
  readonly depth: number;
  /** Index of the heading in `root.children`. */
  readonly index: number;
  /** End (exclusive) of the section: the next heading of the same or a higher level. */
  readonly end: number;
  /** End (exclusive) of the direct content: the next heading of any level. */
  readonly directEnd: number;
  /** Enclosing sections, outermost first. */
  readonly ancestors: readonly Section[];
}

/** The outline of a parsed document, with a lookup of the section a root child is in. */
export class Outline {
  readonly sections: readonly Section[];
  private readonly owner: Array<Section | undefined>;

  /**
   * `outer`: the sections already open where `root` starts, outermost first, when `root` is
   * one part of a longer document (see incremental.ts); they become the parts' ancestors.
   */
  constructor(readonly root: Root, outer: readonly Section[] = []) {
    this.sections = buildSections(root.children, outer);
    this.owner = new Array(root.children.length);
    for (const section of this.sections) {
      for (let i = section.index + 1; i < section.directEnd; i++) this.owner[i] = section;
    }
  }

  /** The nearest heading's section above a root child (undefined before the first heading). */
  sectionOf(childIndex: number): Section | undefined {
    return this.owner[childIndex];
  }

  /** The root children of a span. */
  children(from: number, to: number): RootContent[] {
    return this.root.children.slice(from, to);
  }
}

function buildSections(children: readonly RootContent[], outer: readonly Section[]): Section[] {
  const headings: number[] = [];
  children.forEach((node, index) => node.type === 'heading' && headings.push(index));
  const sections: Section[] = [];
  const stack: Section[] = [...outer];
  headings.forEach((index, n) => {
    const heading = children[index] as Heading;
    let end = children.length;
    for (let m = n + 1; m < headings.length; m++) {
      const next = headings[m] as number;
      if ((children[next] as Heading).depth <= heading.depth) { end = next; break; }
    }
    while (stack.length && (stack[stack.length - 1] as Section).depth >= heading.depth) stack.pop();
    const section: Section = {
      heading, text: plainText(heading), depth: heading.depth, index, end,
      directEnd: headings[n + 1] ?? children.length, ancestors: [...stack],
    };
    sections.push(section);
    stack.push(section);
  });
  return sections;
}
