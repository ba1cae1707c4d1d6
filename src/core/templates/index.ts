/**
 * Journal templates: the four built-in journals of a career conversation, a user's own
 * templates, file names for new journals, and what carries over from the last one.
 */
import { renderConversation, CONVERSATION_INFO } from './conversation.js';
import { renderFollowUp, FOLLOW_UP_INFO } from './follow-up.js';
import { renderStarLog, STAR_LOG_INFO } from './star-log.js';
import type { Rendered, TemplateId, TemplateInfo, TemplateVars } from './types.js';
import { renderWorksheet, WORKSHEET_INFO } from './worksheet.js';

export type { CarryOver, Rendered, TemplateId, TemplateInfo, TemplateVars } from './types.js';
export { ACTION_HEADING, ACTION_OWNER, agendaLine, carryOverFrom } from './carry-over.js';
export { renderCustomTemplate } from './custom.js';
export { journalFileName, uniqueFileName } from './file-names.js';

/** The built-in templates, in the order of a conversation: prepare, plan, follow up; the log any time. */
export const TEMPLATES: readonly TemplateInfo[] = [WORKSHEET_INFO, CONVERSATION_INFO, FOLLOW_UP_INFO, STAR_LOG_INFO];

const RENDERERS: Readonly<Record<TemplateId, (vars: TemplateVars) => Rendered>> = {
  'worksheet': renderWorksheet,
  'conversation': renderConversation,
  'star-log': renderStarLog,
  'follow-up': renderFollowUp,
};

/**
 * The journal text of a built-in template, and the offset of the first blank the user should
 * fill (where a template puts its `$CURSOR`). A fresh journal shows no warnings: prompts are
 * HTML comments; the worksheet's questions show as information until answered. Throws a
 * RangeError when `vars.date` is not a real `YYYY-MM-DD` date.
 */
export function renderTemplate(id: TemplateId, vars: TemplateVars): Rendered {
  return RENDERERS[id](vars);
}
