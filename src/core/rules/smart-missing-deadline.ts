/** `smart-missing-deadline`: an open goal has no date or period to be done by. */
import { isOpen } from '../journal.js';
import { deadlineChoices } from './deadline-choices.js';
import { labelledLine } from './labels-text.js';
import { insertAt, type Rule } from './rule.js';

export const smartMissingDeadline: Rule = {
  code: 'smart-missing-deadline',
  severity: 'warning',
  description: 'An open goal has no deadline: no Time-bound field, no date or period in its text or its heading.',
  check: (journal, ctx) =>
    journal.goals
      .filter((goal) => isOpen(goal.status) && goal.deadline === null)
      .map((goal) => {
        const choices = deadlineChoices(ctx.today > goal.reference ? ctx.today : goal.reference, ctx);
        const example = choices[0]?.date ?? '2027-03-31';
        const fixes = choices.map((choice) =>
          goal.form === 'item' && goal.fields.timeBound === undefined
            ? insertAt(ctx, goal.lineEnd, `Add a deadline: by ${choice.date} (${choice.name})`, ` by ${choice.date}`)
            : insertAt(ctx, goal.fieldInsert.offset, `Add a deadline: by ${choice.date} (${choice.name})`, labelledLine(goal.fieldInsert, 'Time-bound', `by ${choice.date}`)),
        );
        return { offset: goal.offset, message: `Goal has no deadline — add one, e.g. 'by ${example}'`, fixes };
      }),
};
