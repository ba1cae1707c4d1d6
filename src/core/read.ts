/** Reads a journal's text into the model every feature works from. */
import type { Root } from 'mdast';
import { Context } from './context.js';
import { readFrontMatter } from './front-matter.js';
import { readGoals } from './goals.js';
import type { FrontMatter, Journal } from './journal.js';
import { parseMarkdown } from './parse.js';
import type { Section } from './sections.js';
import { readStars } from './stars.js';
import type { DateOrder, IsoDate } from './types.js';
import { readWorksheet } from './worksheet.js';

/** How a journal's dates are read. */
export interface ReadOptions {
  /** "Now", the reference date of last resort. */
  readonly today: IsoDate;
  readonly dateOrder?: DateOrder;
  /** A `YYYY-MM-DD` in the file name is a fallback reference date. */
  readonly fileName?: string;
}

/** The journal model and the parsed document it came from. */
export interface ReadResult {
  readonly journal: Journal;
  readonly context: Context;
}

/**
 * Where a part of a journal sits in the whole, when only that part is read (incremental.ts):
 * the whole's front matter (its date is the reference of last resort) and the sections open
 * where the part starts (their headings' dates and periods apply inside the part).
 */
export interface JournalPart {
  readonly frontMatter: FrontMatter;
  readonly outer: readonly Section[];
}

/** Parses and reads one journal; never throws on any text. */
export function readJournal(text: string, options: ReadOptions): ReadResult {
  const clean = withoutBom(text);
  return readParsed(clean, parseMarkdown(clean), options);
}

/** The text without its byte-order mark, as it is read and parsed. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads a parsed text (without a byte-order mark). With `part`, the text is one part of a
 * journal: the model holds that part's goals, stories and answers, and its own front matter.
 */
export function readParsed(text: string, root: Root, options: ReadOptions, part?: JournalPart): ReadResult {
  const frontMatter = readFrontMatter(root);
  const context = new Context(text, root, part?.frontMatter ?? frontMatter, options.dateOrder ?? 'mdy', options.today, options.fileName, part?.outer);
  const journal: Journal = {
    frontMatter,
    goals: readGoals(context),
    stars: readStars(context),
    worksheet: readWorksheet(context),
  };
  return { journal, context };
}
