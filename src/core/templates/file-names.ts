/** File names for new journals: dated, readable, and never overwriting one that exists. */
import { fromIso } from '../dates/calendar.js';
import type { IsoDate } from '../types.js';

const MAX_SLUG = 60;
const FALLBACK_SLUG = 'career-conversation';

/** Letters NFKD does not take apart into a base letter and marks. */
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ŋ: 'ng', ħ: 'h', ŧ: 't', ĸ: 'k',
};

/**
 * The file name for a new journal, `YYYY-MM-DD-<slug>.md`: the slug is the title in lowercase
 * ASCII words joined by dashes (accents dropped, `é` → `e`), at most 60 characters, cut at a
 * word; `career-conversation` when nothing is left. A title that starts with the date does not
 * repeat it. Throws a RangeError when `date` is not a real `YYYY-MM-DD` date.
 */
export function journalFileName(date: IsoDate, title: string): string {
  if (fromIso(date) === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const slug = slugOf(title.replace(new RegExp(`^\\s*${date}\\b`), ''));
  return `${date}-${slug || FALLBACK_SLUG}.md`;
}

/** Lowercase ASCII words joined by dashes, cut at a word boundary. */
export function slugOf(text: string): string {
  const ascii = text
    .toLowerCase()
    .replace(/[ßæœøđðþłıŋħŧĸ]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/**
 * `name` when no existing name takes it, else `name-2.md`, `name-3.md`, …. Names compare
 * without case, as macOS and Windows file systems do.
 */
export function uniqueFileName(name: string, existing: ReadonlySet<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  const slash = name.lastIndexOf('/') + 1;
  const dot = name.lastIndexOf('.');
  const cut = dot > slash ? dot : name.length;
  for (let n = 2; ; n++) {
    const candidate = `${name.slice(0, cut)}-${n}${name.slice(cut)}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
