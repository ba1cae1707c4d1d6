/** Every rule, in the order of the contract's table. */
import { frontMatterInvalid } from './front-matter-invalid.js';
import { goalOverdue } from './goal-overdue.js';
import { prepUnanswered } from './prep-unanswered.js';
import type { Rule } from './rule.js';
import { smartMissingDeadline } from './smart-missing-deadline.js';
import { smartMissingField } from './smart-missing-field.js';
import { smartMissingMeasure } from './smart-missing-measure.js';
import { starMissingPart } from './star-missing-part.js';
import { starMissingResult } from './star-missing-result.js';
import { starResultUnquantified } from './star-result-unquantified.js';
import { valuesNotFive } from './values-not-five.js';

export const RULES: readonly Rule[] = [
  smartMissingMeasure,
  smartMissingDeadline,
  smartMissingField,
  goalOverdue,
  starMissingResult,
  starMissingPart,
  starResultUnquantified,
  prepUnanswered,
  valuesNotFive,
  frontMatterInvalid,
];
