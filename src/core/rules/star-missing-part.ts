/** `star-missing-part`: a STAR story lacks its Situation, Task or Action. */
import type { LabelledText, StarEntry, StarPart } from '../journal.js';
import { labelledLine } from './labels-text.js';
import { insertAt, type Rule } from './rule.js';

const PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result'];
const CHECKED: ReadonlyArray<readonly [StarPart, string]> = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
];

export const starMissingPart: Rule = {
  code: 'star-missing-part',
  severity: 'information',
  description: 'A STAR story lacks a Situation, Task or Action.',
  check: (journal, ctx) =>
    journal.stars.flatMap((entry) => {
      const lacking = CHECKED.filter(([part]) => entry.parts[part] === undefined || entry.parts[part]?.missing);
      if (lacking.length === 0) return [];
      const names = lacking.map(([, name]) => name);
      const fixes = lacking
        .filter(([part]) => entry.parts[part] === undefined)
        .map(([part, name]) => {
          const line = labelledLine(entry.partInsert, name);
          const next = laterPart(entry, part);
          return next
            ? insertAt(ctx, next.offset, `Add a ${name} line`, `${line.slice(1)}\n`)
            : insertAt(ctx, entry.partInsert.offset, `Add a ${name} line`, line);
        });
      return [{
        offset: entry.offset,
        message: `STAR story lacks ${names.join(' and ')} — add ${names.length > 1 ? 'them' : 'it'} so someone who was not there can follow it`,
        fixes,
      }];
    }),
};

/** The first part after `part` that the entry has, where a new line goes before. */
function laterPart(entry: StarEntry, part: StarPart): LabelledText | undefined {
  return PARTS.slice(PARTS.indexOf(part) + 1).map((p) => entry.parts[p]).find((p) => p !== undefined);
}
