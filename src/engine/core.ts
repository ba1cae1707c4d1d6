/**
 * The journal engine in one bundle (dist/core.js): remark, the date and measure readers, the
 * model and the rules. The engine worker runs it, and the extension host loads it only when a
 * command needs it (see src/vscode/core.ts): activation stays free of any parser.
 */
export { EngineState } from './engine-state.js';
export { dateInFileName, toIsoDate } from '../core/dates.js';
export { DEADLINE_EXAMPLES, addDeadline, newDeadlineReference, readCustomDeadline } from '../core/fixes/custom-deadline.js';
export { goalAtLine } from '../core/fixes/goal-at-line.js';
export { agendaText, followUpEmail, mailtoLink } from '../core/followup.js';
export { toggleGoalEdit } from '../core/goal-edits.js';
export { readJournal } from '../core/read.js';
export {
  TEMPLATES, carryOverFrom, journalFileName, renderCustomTemplate, renderTemplate, uniqueFileName,
} from '../core/templates/index.js';
