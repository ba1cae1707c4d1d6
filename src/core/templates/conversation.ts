/** The conversation plan: the agenda you share, the stories you bring, what you agree. */
import { agendaLine } from './carry-over.js';
import { assemble, daysAfter, endOfNextQuarter, fill, frontMatter, prompt, section, titleHeading, type Piece } from './document.js';
import type { Rendered, TemplateVars } from './types.js';

/** Its quick-pick entry. */
export const CONVERSATION_INFO = {
  id: 'conversation',
  label: 'Conversation plan',
  description: 'Agenda, STAR stories, questions, feedback, goals and action items',
  detail: 'Open goals and action items of your latest journal are carried into the agenda.',
} as const;

const FALLBACK_HEADING = 'Career conversation';

const DOS_AND_DONTS = prompt(
  'Do: prepare (the worksheet helps), send the agenda ahead, listen, be specific, follow up within a day.',
  "Don't: blindside your manager with a big ask, make it all about you, get defensive,",
  'or expect instant results — growth shows over a few of these conversations.',
);

const STAR_EXAMPLE = prompt(
  'Two or three stories you want your manager to know, each with a number in its Result:',
  '',
  '### STAR: <what you achieved>',
  '',
  '- **Situation:** the context, in a sentence',
  '- **Task:** what was yours to do',
  '- **Action:** what you did — say "I", not "we"',
  '- **Result:** what changed, with a number (time saved, incidents, users, money)',
);

const QUESTIONS = prompt(
  'Ask about them and the team too, e.g. What would you need to see from me to be ready for the next step?',
  'Where is the team heading next year, and where could I help most? What is one thing I should do differently?',
);

const FEEDBACK = prompt(
  "Write down what you hear, in their words. Listen, and don't get defensive:",
  'ask for an example, say thank you, and decide later what to do with it.',
);

/** Renders the plan; carried-over items open the agenda, each linking back to where it was written. */
export function renderConversation(vars: TemplateVars): Rendered {
  const filled = fill(vars, (manager) => (manager ? `Career conversation with ${manager}` : FALLBACK_HEADING));
  const carried = (vars.carryOver ?? []).map(agendaLine);
  const pieces: Piece[] = [
    frontMatter(filled, true),
    '\n',
    titleHeading(filled, FALLBACK_HEADING),
    '\n',
    DOS_AND_DONTS,
    ...section('## Agenda', prompt(
      'Share this a day or two ahead, so nothing comes as a surprise. Three to five topics fit in half an hour,',
      'e.g. wins since we last talked · where I want to be in a year · what I need from you · your feedback for me.',
    ), { body: carried, cursor: true }),
    ...section('## Achievements (STAR)', STAR_EXAMPLE),
    ...section('## Questions for your manager', QUESTIONS),
    ...section('## Feedback heard', FEEDBACK),
    ...section('## SMART goals agreed', prompt(
      'One task per goal — what, how much, by when — e.g.',
      `- [ ] Write 3 design docs by ${endOfNextQuarter(filled.date)}`,
    )),
    ...section('## Action items', prompt(
      'Who does what by when. Start each with its owner — @me for you, @ and a first name for anyone else:',
      `- [ ] @me: send the follow-up email by ${daysAfter(filled.date, 3)}`,
      `- [ ] @${filled.handle}: introduce me to the platform team by ${daysAfter(filled.date, 14)}`,
      'Unchecked items are offered again on the agenda of your next conversation.',
    )),
    ...section('## Follow-up', prompt(
      `Within a day: send a short summary — what you heard, the goals agreed, who does what by when.`,
      `Then book the next check-in (next: ${filled.next} at the top, move it if you need to).`,
    )),
  ];
  return assemble(pieces);
}
