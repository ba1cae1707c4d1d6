/** `smart-missing-field`: a goal heading lacks Specific, Achievable or Relevant. */
import { isOpen, type SmartField } from '../journal.js';
import { labelledLine } from './labels-text.js';
import { insertAt, type Rule } from './rule.js';

const CHECKED: ReadonlyArray<readonly [SmartField, string]> = [
  ['specific', 'Specific'],
  ['achievable', 'Achievable'],
  ['relevant', 'Relevant'],
];

export const smartMissingField: Rule = {
  code: 'smart-missing-field',
  severity: 'information',
  description: 'A goal heading lacks a Specific, Achievable or Relevant field.',
  check: (journal, ctx) =>
    journal.goals
      .filter((goal) => goal.form === 'heading' && isOpen(goal.status))
      .flatMap((goal) => {
        const lacking = CHECKED.filter(([field]) => goal.fields[field] === undefined || goal.fields[field]?.missing);
        if (lacking.length === 0) return [];
        const names = lacking.map(([, name]) => name);
        const text = names.map((name) => labelledLine(goal.fieldInsert, name)).join('');
        return [{
          offset: goal.offset,
          message: `SMART goal lacks ${list(names)} — add ${names.length > 1 ? 'them' : 'it'}, e.g. '- **${names[0]}:** …'`,
          fixes: [insertAt(ctx, goal.fieldInsert.offset, `Add ${list(names)}`, text)],
        }];
      }),
};

function list(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
