/** Building a journal from pieces: front matter, a title heading, prompted sections, the cursor. */
import { addMonths, fromIso, monthsPeriod, toIso, ymdOf } from '../dates/calendar.js';
import { readJournal } from '../read.js';
import type { IsoDate } from '../types.js';
import { inlineMarkdown, oneLine, ownerHandle, yamlValue } from './inert.js';
import type { Rendered, TemplateVars } from './types.js';

/** Where the cursor goes; a template places it once, at the first blank to fill. */
export const CURSOR: unique symbol = Symbol('cursor');

/** Text, or the cursor's place. */
export type Piece = string | typeof CURSOR;

/** The variables a built-in template writes with, checked and with its defaults applied. */
export interface Filled {
  readonly date: IsoDate;
  /** One line; may be empty. */
  readonly manager: string;
  /** One line, never empty. */
  readonly title: string;
  /** About three months after `date`: the next check-in. */
  readonly next: IsoDate;
  /** How the manager is named as an action item's owner (`@Alex:`). */
  readonly handle: string;
}

/**
 * Checks and completes the variables. Throws a RangeError when `date` is not a real
 * `YYYY-MM-DD` date, as every date the journal states is computed from it.
 */
export function fill(vars: TemplateVars, defaultTitle: (manager: string) => string): Filled {
  const day = fromIso(vars.date);
  if (day === null) throw new RangeError(`Not a YYYY-MM-DD date: ${vars.date}`);
  const manager = oneLine(vars.manager);
  return {
    date: vars.date,
    manager,
    title: oneLine(vars.title) || defaultTitle(manager),
    next: toIso(addMonths(day, 3)),
    handle: ownerHandle(manager),
  };
}

/** `date` plus some days. */
export function daysAfter(date: IsoDate, days: number): IsoDate {
  return toIso((fromIso(date) ?? 0) + days);
}

/** The last day of the calendar quarter after the one `date` is in (2026-11-22 → 2027-03-31). */
export function endOfNextQuarter(date: IsoDate): IsoDate {
  const { year, month } = ymdOf(fromIso(date) ?? 0);
  return toIso(monthsPeriod(year, Math.floor((month - 1) / 3) * 3 + 4, 3).last);
}

/** The YAML front matter that makes the file a journal and carries its date, manager and title. */
export function frontMatter(filled: Filled, withNext: boolean): string {
  const field = (key: string, value: string): string => (value === '' ? `${key}:` : `${key}: ${value}`);
  return [
    '---',
    'type: career-journal',
    field('title', yamlValue(filled.title)),
    `date: ${filled.date}`,
    field('manager', yamlValue(filled.manager)),
    ...(withNext ? [`next: ${filled.next}`] : []),
    '---',
    '',
  ].join('\n');
}

/**
 * The `# title` line. A title the engine would read as something (a goal, a goal list, a STAR
 * story, a worksheet question such as "Values") would turn the whole journal into that, so such
 * a title stays in the front matter only and the heading says `fallback` instead.
 */
export function titleHeading(filled: Filled, fallback: string): string {
  const heading = `# ${inlineMarkdown(filled.title)}`;
  const { journal } = readJournal(`${heading}\n\n- a\n- b\n`, { today: filled.date });
  const inert = journal.goals.length === 0 && journal.stars.length === 0 && journal.worksheet.length === 0;
  return `${inert ? heading : `# ${fallback}`}\n`;
}

/** A prompt as an HTML comment: on one line when short, else on lines of its own. */
export function prompt(...lines: readonly string[]): string {
  return lines.length === 1 ? `<!-- ${lines[0] ?? ''} -->\n` : `<!--\n${lines.join('\n')}\n-->\n`;
}

/**
 * A section: heading, prompt, optional body lines, then a blank line. With `cursor`, the
 * cursor sits on that blank line, so what is typed there belongs to the section.
 */
export function section(heading: string, promptText: string, options: { body?: readonly string[]; cursor?: boolean } = {}): Piece[] {
  const body = options.body?.length ? `\n${options.body.join('\n')}\n` : '';
  const pieces: Piece[] = [`\n${heading}\n\n${promptText}${body}`];
  if (options.cursor) pieces.push(CURSOR);
  return pieces;
}

/** Joins pieces into the journal; the cursor is at the first CURSOR, or at the end. */
export function assemble(pieces: readonly Piece[]): Rendered {
  let text = '';
  let cursor = -1;
  for (const piece of pieces) {
    if (piece !== CURSOR) text += piece;
    else if (cursor < 0) cursor = text.length;
  }
  return { text, cursor: cursor < 0 ? text.length : cursor };
}
