/** The follow-up: what was said and agreed, written within a day, while it is fresh. */
import { assemble, daysAfter, endOfNextQuarter, fill, frontMatter, prompt, section, titleHeading, type Piece } from './document.js';
import type { Rendered, TemplateVars } from './types.js';

/** Its quick-pick entry. */
export const FOLLOW_UP_INFO = {
  id: 'follow-up',
  label: 'Follow-up',
  description: 'Key points, goals agreed, who does what by when, next check-in',
  detail: 'Write it within a day and send the summary to your manager, so you both keep the same record.',
} as const;

const FALLBACK_HEADING = 'Follow-up';

/** Renders the follow-up notes. */
export function renderFollowUp(vars: TemplateVars): Rendered {
  const filled = fill(vars, (manager) => (manager ? `Follow-up: career conversation with ${manager}` : 'Follow-up: career conversation'));
  const pieces: Piece[] = [
    frontMatter(filled, true),
    '\n',
    titleHeading(filled, FALLBACK_HEADING),
    '\n',
    prompt('Write this within a day and send the summary to your manager: it shows you listened, and you both keep the same record.'),
    ...section('## Key points', prompt(
      'What did you hear? Feedback in their words, how your manager sees your next step, anything that surprised you.',
    ), { cursor: true }),
    ...section('## SMART goals agreed', prompt(
      'One task per goal — what, how much, by when — e.g.',
      `- [ ] Write 3 design docs by ${endOfNextQuarter(filled.date)}`,
    )),
    ...section('## Action items', prompt(
      'Who does what by when. Start each with its owner — @me for you, @ and a first name for anyone else:',
      `- [ ] @me: send the follow-up email by ${daysAfter(filled.date, 1)}`,
      `- [ ] @${filled.handle}: introduce me to the platform team by ${daysAfter(filled.date, 14)}`,
      'Tick them off as they happen; open ones are offered again on your next agenda.',
    )),
    ...section('## Next check-in', prompt(
      `Pencilled in for ${filled.next} (next: at the top). Book it now, before calendars fill up.`,
      "Don't expect instant results: look for progress over a few check-ins.",
    )),
  ];
  return assemble(pieces);
}
