/** `star-missing-result`: a STAR story never says how it ended. */
import { labelledLine } from './labels-text.js';
import { insertAt, type Rule } from './rule.js';

export const starMissingResult: Rule = {
  code: 'star-missing-result',
  severity: 'warning',
  description: 'A STAR story has no Result, or only a placeholder.',
  check: (journal, ctx) =>
    journal.stars
      .filter((entry) => entry.parts.result === undefined || entry.parts.result.missing)
      .map((entry) => ({
        offset: entry.offset,
        message: "STAR story has no Result — say what changed because of you, with a number if you can",
        fixes: entry.parts.result
          ? []
          : [insertAt(ctx, entry.partInsert.offset, 'Add a Result line', labelledLine(entry.partInsert, 'Result'))],
      })),
};
