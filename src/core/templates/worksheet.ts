/** The preparation worksheet: what you want, before you ask for it. */
import { assemble, endOfNextQuarter, fill, frontMatter, prompt, section, titleHeading, type Piece } from './document.js';
import type { Rendered, TemplateVars } from './types.js';

/** Its quick-pick entry. */
export const WORKSHEET_INFO = {
  id: 'worksheet',
  label: 'Preparation worksheet',
  description: 'Work out what you want before you ask for it',
  detail: 'Mission, top five values, motivators, objectives, strengths, development areas and a 12-month plan — for your eyes first.',
} as const;

const DEFAULT_TITLE = 'Preparation worksheet';

/**
 * Renders the worksheet. Every question is a heading with only a prompt under it, so each one
 * shows as an information-level `prep-unanswered` until answered: the worksheet's to-do list.
 */
export function renderWorksheet(vars: TemplateVars): Rendered {
  const filled = fill(vars, () => DEFAULT_TITLE);
  const pieces: Piece[] = [
    frontMatter(filled, false),
    '\n',
    titleHeading(filled, DEFAULT_TITLE),
    '\n',
    prompt(
      'For you first: answer each question in a line or two before the conversation.',
      'An unanswered question shows as a reminder (information, never a warning) until you write under it.',
    ),
    ...section('## Personal mission statement', prompt(
      'One or two sentences: what you do, for whom, and why it matters to you.',
      'e.g. "I help small teams ship software they trust, and I grow the engineers around me."',
    ), { cursor: true }),
    ...section('## Top five values', prompt('The five that matter most to you at work, as a list — e.g. autonomy, craft, fairness, learning, time for family.')),
    ...section('## Motivators', prompt('What gives you energy at work, and what drains it? Think of a day you went home proud.')),
    ...section('## Short-term objective (next 12 months)', prompt('Where do you want to be a year from now? Say what, how much and by when.')),
    ...section('## Long-term objective (3–5 years)', prompt('The role or kind of work you are aiming for. Fuzzy is fine — say what you know.')),
    ...section('## Strengths', prompt('What do people come to you for? Two or three, each with an example.')),
    ...section('## Development areas', prompt('One or two skills that would move you toward your objectives, and how you would know you had grown.')),
    ...section('## 12-month action plan', prompt(
      `Three to five steps toward your short-term objective, each with a date — e.g. "Lead the design review of the billing rewrite by ${endOfNextQuarter(filled.date)}".`,
      'Add what you need from your manager to take them.',
    )),
    '\n## Reflect before you go in\n',
    ...section('### Define your desires', prompt('What do you want more of in your work, and less of? Say it plainly — your manager cannot guess it.')),
    ...section('### Acknowledge your achievements', prompt(
      'What are you proud of since your last conversation? Write the two or three strongest as STAR stories',
      '(Situation, Task, Action, Result — use the STAR achievement log template), with a number in each Result.',
    )),
    ...section('### Identify areas of growth', prompt('Where could you grow next? Include feedback you have heard, even when it stung.')),
  ];
  return assemble(pieces);
}
