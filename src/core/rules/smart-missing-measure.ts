/** `smart-missing-measure`: an open goal states nothing that decides success. */
import { isOpen } from '../journal.js';
import { labelledLine } from './labels-text.js';
import { insertAt, type Rule } from './rule.js';

export const smartMissingMeasure: Rule = {
  code: 'smart-missing-measure',
  severity: 'warning',
  description: 'An open goal has no measure: no Measurable field and no quantity in its text.',
  check: (journal, ctx) =>
    journal.goals
      .filter((goal) => isOpen(goal.status) && goal.measure === null)
      .map((goal) => ({
        offset: goal.offset,
        message: "Goal has no measure — say how you will know it is done, e.g. '3 design docs' or 'from 40 to 5'",
        fixes: [insertAt(ctx, goal.fieldInsert.offset, 'Add a Measurable field', labelledLine(goal.fieldInsert, 'Measurable'))],
      })),
};
