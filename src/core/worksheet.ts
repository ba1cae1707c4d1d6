/** Reads the preparation worksheet: which questions have a heading, and which are answered. */
import type { RootContent } from 'mdast';
import type { Context } from './context.js';
import type { WorksheetAnswer, WorksheetQuestion } from './journal.js';
import { isMissing } from './placeholders.js';
import type { Section } from './sections.js';
import { plainText } from './text.js';

const QUESTIONS: ReadonlyArray<readonly [WorksheetQuestion, RegExp]> = [
  ['mission', /\bmission\b/i],
  ['values', /\bvalues\b/i],
  ['motivators', /\bmotivat(?:ors?|ions?|es me)\b/i],
  ['shortTerm', /\bshort[- ]?term (?:objective|goal|aspiration)s?\b/i],
  ['longTerm', /\blong[- ]?term (?:objective|goal|aspiration)s?\b/i],
  ['strengths', /\bstrengths\b/i],
  ['development', /\bdevelopment(?:al)? areas?\b|\bareas? (?:of|for) (?:growth|development|improvement)\b|\bgrowth areas?\b/i],
  ['actionPlan', /\baction plan\b|\bnext 12 months\b|\b12[- ]month plan\b/i],
];

/** The worksheet questions a document asks by heading, in document order. */
export function readWorksheet(ctx: Context): WorksheetAnswer[] {
  const answers: WorksheetAnswer[] = [];
  for (const section of ctx.outline.sections) {
    const question = QUESTIONS.find(([, pattern]) => pattern.test(section.text))?.[0];
    if (question) answers.push(answerOf(question, section, ctx));
  }
  return answers;
}

function answerOf(question: WorksheetQuestion, section: Section, ctx: Context): WorksheetAnswer {
  const content = ctx.outline.children(section.index + 1, section.end);
  const text = content.filter((n) => n.type !== 'heading').map((n) => plainText(n)).join('\n');
  const answer = {
    question,
    heading: section.text,
    offset: section.heading.position?.start.offset ?? 0,
    missing: isMissing(text),
  };
  return question === 'values' ? { ...answer, values: valuesOf(content) } : answer;
}

/** The values listed: top-level list items, or without a list, comma-separated words. */
function valuesOf(content: readonly RootContent[]): string[] {
  const list = content.find((n) => n.type === 'list');
  const values = list && list.type === 'list'
    ? list.children.map((item) => plainText(item).split('\n')[0] ?? '')
    : content.filter((n) => n.type === 'paragraph').flatMap((n) => plainText(n).split(/[,;\n]|\band\b|·|•/));
  return values.map((v) => v.replace(/^[\s\d.)-]+|[\s.]+$/g, '').trim()).filter((v) => v !== '' && !isMissing(v));
}
