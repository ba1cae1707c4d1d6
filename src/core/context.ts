/** What the readers of one document share: its text, lines, outline and dates. */
import type { Root } from 'mdast';
import { dateInFileName, headingDate } from './dates.js';
import type { FrontMatter } from './journal.js';
import { LineIndex } from './positions.js';
import { Outline, type Section } from './sections.js';
import type { DateOrder, IsoDate } from './types.js';

/** The parsed document and the settings its dates are read with. */
export class Context {
  readonly lines: LineIndex;
  readonly outline: Outline;
  private readonly fallback: IsoDate;
  private readonly references = new Map<Section, IsoDate>();

  /** `outer`: the sections open where `root` starts, when it is one part of a journal (see Outline). */
  constructor(
    readonly text: string,
    readonly root: Root,
    readonly frontMatter: FrontMatter,
    readonly dateOrder: DateOrder,
    readonly today: IsoDate,
    fileName: string | undefined,
    outer: readonly Section[] = [],
  ) {
    this.lines = new LineIndex(text);
    this.outline = new Outline(root, outer);
    this.fallback = frontMatter.date ?? (fileName ? dateInFileName(baseName(fileName)) : null) ?? today;
  }

  /**
   * The reference date of what lies in a section: the nearest enclosing heading that is a
   * date, else the front matter `date`, else a date in the file name, else today.
   */
  referenceFor(section: Section | undefined): IsoDate {
    if (!section) return this.fallback;
    let reference = this.references.get(section);
    if (reference === undefined) {
      reference = headingDate(section.text, this.dateOrder) ?? this.referenceFor(section.ancestors[section.ancestors.length - 1]);
      this.references.set(section, reference);
    }
    return reference;
  }

  /** Spaces up to a list item's content (`- `, `12. `), where its nested items start. */
  itemContentIndent(offset: number): string {
    const start = this.lines.lineStart(this.lines.positionAt(offset).line);
    const marker = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(this.text.slice(start, start + 200));
    return ' '.repeat(marker ? marker[0].length : 2);
  }

  /** The whitespace a line starts with, to indent inserted lines alike. */
  indentAt(offset: number): string {
    const start = this.lines.lineStart(this.lines.positionAt(offset).line);
    return /^[ \t]*/.exec(this.text.slice(start, start + 200))?.[0] ?? '';
  }
}

function baseName(path: string): string {
  return path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);
}
