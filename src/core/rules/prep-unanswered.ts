/** `prep-unanswered`: a worksheet question has a heading but no answer. */
import type { Rule } from './rule.js';

export const prepUnanswered: Rule = {
  code: 'prep-unanswered',
  severity: 'information',
  description: 'A preparation worksheet question has a heading but no answer yet.',
  check: (journal) =>
    journal.worksheet
      .filter((answer) => answer.missing)
      .map((answer) => ({
        offset: answer.offset,
        message: `'${answer.heading}' has no answer yet — write a line or two before the conversation`,
      })),
};
