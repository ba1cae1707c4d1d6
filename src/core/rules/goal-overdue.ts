/** `goal-overdue`: an open goal's deadline has passed. */
import { isOpen } from '../journal.js';
import type { Rule } from './rule.js';

export const goalOverdue: Rule = {
  code: 'goal-overdue',
  severity: 'warning',
  description: "An open goal's deadline has passed.",
  check: (journal, ctx) =>
    journal.goals
      .filter((goal) => isOpen(goal.status) && goal.deadline !== null && goal.deadline.date < ctx.today)
      .map((goal) => ({
        offset: goal.offset,
        message: `Goal was due ${goal.deadline?.date} ('${goal.deadline?.words}') — mark it done, or agree a new date`,
      })),
};
