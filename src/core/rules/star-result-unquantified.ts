/** `star-result-unquantified`: a STAR Result states no number, percentage or amount. */
import { findQuantity } from '../measures.js';
import type { Rule } from './rule.js';

export const starResultUnquantified: Rule = {
  code: 'star-result-unquantified',
  severity: 'hint',
  description: 'A STAR Result states no number, percentage or amount.',
  check: (journal) =>
    journal.stars
      .filter((entry) => entry.parts.result !== undefined && !entry.parts.result.missing && findQuantity(entry.parts.result.text) === null)
      .map((entry) => ({
        offset: entry.offset,
        message: "Result states no number — add one if you can, e.g. 'from 2 days to 25 minutes' or '6 engineers'",
      })),
};
