/** "Add all missing STAR parts": every Situation/Task/Action/Result line the STAR rules offer, at once. */
import type { Finding } from '../types.js';
import { fromHint, mergeInserts, type TextChange } from './change.js';

/** The codes whose fixes the "fix all" applies: each only adds a labelled line, so all can be applied together. */
export const STAR_PART_CODES: ReadonlySet<string> = new Set(['star-missing-part', 'star-missing-result']);

/** The title of the fix-all action. */
export const FIX_ALL_STAR_TITLE = 'Add all missing STAR parts in this file';

/**
 * The changes that add every missing STAR part line of a file, or `[]`. Findings come sorted by
 * position then code, so a story's Situation/Task/Action lines come before its Result line.
 */
export function fixAllStarParts(findings: readonly Finding[]): TextChange[] {
  const changes = findings
    .filter((finding) => STAR_PART_CODES.has(finding.code))
    .flatMap((finding) => finding.fixes.map(fromHint));
  return mergeInserts(changes, FIX_ALL_STAR_TITLE);
}
