/** Labels that open a field or part: `**Measurable:** …`, `Result: …`, `#### Result`. */
import type { Nodes, Paragraph } from 'mdast';
import type { SmartField, StarPart } from './journal.js';
import { plainText } from './text.js';

type Table<K> = ReadonlyArray<readonly [K, RegExp]>;

/** SMART field labels, with the synonyms people use. */
export const SMART_LABELS: Table<SmartField> = [
  ['specific', /^specific$/i],
  ['measurable', /^(?:measurable|measure(?:s| of success)?|metrics?|success metrics?)$/i],
  ['achievable', /^(?:achievable|attainable)$/i],
  ['relevant', /^(?:relevant|relevance|realistic)$/i],
  ['timeBound', /^(?:time[- ]?bound|time[- ]based|timely|deadline|due(?: date)?|target date|by when)$/i],
  ['status', /^status$/i],
];

/** STAR part labels; plurals are accepted. */
export const STAR_LABELS: Table<StarPart> = [
  ['situation', /^situation$/i],
  ['task', /^tasks?$/i],
  ['action', /^actions?(?: taken)?$/i],
  ['result', /^results?$/i],
];

/** A label found at the start of a block, and the text after it. */
export interface LabelMatch<K> {
  readonly key: K;
  readonly rest: string;
}

const COLON = /^\s*([A-Za-z][A-Za-z -]{1,30}?)\s*:\s*/;
const COLON_AFTER_BOLD = /^\s*:\s*/;

/**
 * The label a paragraph starts with: `Label:`, bold or not (`**Label:**` or `**Label**:`). A
 * label without its colon (`**Result** - …`, `**Result** …`) is not one, as the contract says.
 */
export function labelOf<K>(paragraph: Paragraph, table: Table<K>): LabelMatch<K> | null {
  const text = plainText(paragraph);
  const first = paragraph.children[0];
  if (first && (first.type === 'strong' || first.type === 'emphasis')) {
    const inner = plainText(first);
    const boldText = inner.replace(/\s*:\s*$/, '');
    const key = lookup(boldText, table);
    if (key !== null) {
      const after = text.slice(text.indexOf(inner) + inner.length);
      const colonInside = boldText !== inner;
      if (colonInside) return { key, rest: after.trim() };
      if (COLON_AFTER_BOLD.test(after)) return { key, rest: after.replace(COLON_AFTER_BOLD, '').trim() };
      return null;
    }
  }
  const match = COLON.exec(text);
  if (!match) return null;
  const key = lookup(match[1] ?? '', table);
  return key === null ? null : { key, rest: text.slice(match[0].length).trim() };
}

/** The key a heading's whole text names (`#### Result`), or null. */
export function headingLabel<K>(heading: Nodes, table: Table<K>): K | null {
  return lookup(plainText(heading).replace(/\s*:\s*$/, ''), table);
}

function lookup<K>(label: string, table: Table<K>): K | null {
  const words = label.trim();
  for (const [key, pattern] of table) if (pattern.test(words)) return key;
  return null;
}
