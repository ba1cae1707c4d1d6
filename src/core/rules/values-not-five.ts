/** `values-not-five`: the Values section lists other than five values. */
import type { Rule } from './rule.js';

export const valuesNotFive: Rule = {
  code: 'values-not-five',
  severity: 'information',
  description: 'A Values section lists other than five values.',
  check: (journal) =>
    journal.worksheet
      .filter((answer) => answer.question === 'values' && !answer.missing && answer.values !== undefined && answer.values.length !== 5)
      .map((answer) => {
        const count = answer.values?.length ?? 0;
        return {
          offset: answer.offset,
          message: `'${answer.heading}' lists ${count} value${count === 1 ? '' : 's'} — the worksheet asks for your top five`,
        };
      }),
};
