/**
 * Finding the quantity in free prose: what makes a goal measurable and a STAR Result quantified.
 * Pure string work, no date library: dates and names are only recognised so their numbers are skipped.
 */
import { findFirst } from './measures/scan.js';

/** A quantity found in a text. */
export interface Measure {
  /** The words that state the quantity, e.g. `3 design docs`, `from 40 to 5`, `15%`. */
  words: string;
  /** Offset of the first character in the text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/**
 * The quantity in a goal's prose that decides success, or null.
 * Periods (`within 6 months`) are deadlines, not measures, unless a threshold or a from/to targets them.
 */
export function findMeasure(text: string): Measure | null {
  return findFirst(text, 'goal');
}

/**
 * Any number, percentage, amount or multiplier a STAR Result states (durations count), or null.
 * Numbers that are names or dates (`Python 3`, `Q3 2025`, `1:1s`) do not count.
 */
export function findQuantity(text: string): Measure | null {
  return findFirst(text, 'result');
}
