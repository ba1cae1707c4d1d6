/** The STAR achievement log: wins written down the week they happen, ready for the next conversation. */
import { assemble, fill, frontMatter, prompt, section, titleHeading, type Piece } from './document.js';
import type { Rendered, TemplateVars } from './types.js';

/** Its quick-pick entry. */
export const STAR_LOG_INFO = {
  id: 'star-log',
  label: 'STAR achievement log',
  description: 'Record wins as Situation, Task, Action, Result',
  detail: 'Write each win down while the numbers are fresh; bring the best two or three to your conversation.',
} as const;

/** Not "STAR …": a heading that starts with STAR is itself read as a story. */
const DEFAULT_TITLE = 'Achievement log';

/** Renders the log: how to write a story, and a commented skeleton to copy. */
export function renderStarLog(vars: TemplateVars): Rendered {
  const filled = fill(vars, () => DEFAULT_TITLE);
  const pieces: Piece[] = [
    frontMatter(filled, false),
    '\n',
    titleHeading(filled, DEFAULT_TITLE),
    '\n',
    prompt(
      'Write a win down the week it happens, while you still remember the numbers.',
      'A STAR story lets someone who was not there follow it:',
      '',
      '- Situation: the context in a sentence or two — who, where, what was at stake.',
      '- Task: what was yours to do.',
      '- Action: what you did, step by step. Say "I", not "we".',
      '- Result: what changed, with a number — time saved, incidents, users, money, people helped.',
    ),
    ...section('## Stories', prompt(
      'Newest first. Copy this for each story, outside the comment:',
      '',
      '### STAR: <what you achieved>',
      '',
      '- **Situation:**',
      '- **Task:**',
      '- **Action:**',
      '- **Result:**',
    ), { cursor: true }),
  ];
  return assemble(pieces);
}
