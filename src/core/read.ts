/** Reads a journal's text into the model every feature works from. */
import { Context } from './context.js';
import { readFrontMatter } from './front-matter.js';
import { readGoals } from './goals.js';
import type { Journal } from './journal.js';
import { parseMarkdown } from './parse.js';
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

/** Parses and reads one journal; never throws on any text. */
export function readJournal(text: string, options: ReadOptions): ReadResult {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const root = parseMarkdown(clean);
  const frontMatter = readFrontMatter(root);
  const context = new Context(clean, root, frontMatter, options.dateOrder ?? 'mdy', options.today, options.fileName);
  const journal: Journal = {
    frontMatter,
    goals: readGoals(context),
    stars: readStars(context),
    worksheet: readWorksheet(context),
  };
  return { journal, context };
}
