import assert from 'node:assert/strict';
import { applyChanges } from '../../src/core/fixes/change.js';
import { EXPAND_TITLE, canExpand, expandGoal } from '../../src/core/fixes/expand-goal.js';
import { goalAtLine } from '../../src/core/fixes/goal-at-line.js';
import { readJournal } from '../../src/core/read.js';
import { TODAY, lintMd } from './helpers.js';

const HEAD = '---\ndate: 2026-11-22\n---\n';

/** The text after expanding the goal on `line`, and the goal as read back. */
function expand(text: string, line: number) {
  const { journal, context } = readJournal(text, { today: TODAY });
  const goal = journal.goals.find((g) => context.lines.positionAt(g.offset).line === line);
  assert.ok(goal, `a goal on line ${line}`);
  const change = expandGoal(goal, context);
  assert.ok(change, 'the goal can be expanded');
  const after = applyChanges(text, [change]);
  const reread = readJournal(after, { today: TODAY }).journal.goals.find((g) => g.title === goal.title);
  assert.ok(reread);
  return { change, after, before: goal, reread };
}

function codesOf(text: string): string[] {
  return lintMd(text).map((f) => f.code).sort();
}

describe('fixes: expand into a SMART goal block', () => {
  it('writes nested SMART items under a one-line goal, with prompts, the Specific prompt selected', () => {
    const text = `${HEAD}## Goals\n\n- [ ] Get better at writing design docs\n- [ ] Other goal with 3 docs by June 2027\n`;
    const { change, after } = expand(text, 5);
    assert.equal(change.title, EXPAND_TITLE);
    assert.equal(after, `${HEAD}## Goals\n\n- [ ] Get better at writing design docs\n` +
      '  - **Specific:** <!-- what exactly will be different when it is done? -->\n' +
      "  - **Measurable:** <!-- how you will know it is done, e.g. '3 design docs' or 'from 40 to 5' -->\n" +
      '  - **Achievable:** <!-- why it is within reach: time, help, skills -->\n' +
      '  - **Relevant:** <!-- why it matters to you and to the team -->\n' +
      "  - **Time-bound:** <!-- by when, e.g. 'by 2027-03-31' -->\n" +
      '- [ ] Other goal with 3 docs by June 2027\n');
    assert.equal(change.text.slice(change.cursor?.start, change.cursor?.end), '<!-- what exactly will be different when it is done? -->');
  });

  it('adds no warning the goal did not have: prompts are HTML comments, read as missing', () => {
    const text = `${HEAD}## Goals\n\n- [ ] Get better at writing design docs\n`;
    assert.deepEqual(codesOf(expand(text, 5).after), codesOf(text));
  });

  it('prefills the measure and the deadline the engine understood, and reads them back the same', () => {
    const text = `${HEAD}## Goals\n\n- [ ] Give 3 talks at meetups by the end of Q2 2027\n`;
    const { after, before, reread } = expand(text, 5);
    assert.match(after, /- \*\*Measurable:\*\* 3 talks\n/);
    assert.match(after, /- \*\*Time-bound:\*\* by the end of Q2 2027\n/);
    assert.equal(reread.deadline?.date, before.deadline?.date);
    assert.equal(reread.deadline?.source, 'field');
    assert.equal(reread.measure?.source, 'field');
    assert.deepEqual(codesOf(after), []);
  });

  it('prefills the period of the heading over the list', () => {
    const text = `${HEAD}## Goals for Q1 2027\n\n- [ ] Interview 10 customers\n`;
    const { after, reread } = expand(text, 5);
    assert.match(after, /- \*\*Time-bound:\*\* Q1 2027\n/);
    assert.equal(reread.deadline?.date, '2027-03-31');
  });

  it('writes the day when the words would read differently in a field', () => {
    // "Friday" in prose needs a cue; as a field the same words must still mean the same day.
    const text = `${HEAD}## Goals\n\n- [ ] Ship 2 fixes within 6 weeks\n`;
    const { after, before, reread } = expand(text, 5);
    assert.equal(reread.deadline?.date, before.deadline?.date);
    assert.match(after, /Time-bound:\*\* (?:within 6 weeks|by \d{4}-\d\d-\d\d)\n/);
  });

  it('nests under a numbered or indented goal item with the item\'s content indent', () => {
    const text = `${HEAD}## Objectives\n\n1. Mentor two juniors\n2. Other\n`;
    const { after } = expand(text, 5);
    assert.match(after, /1\. Mentor two juniors\n {3}- \*\*Specific:\*\*/);
    assert.match(after, / {3}- \*\*Measurable:\*\* two juniors\n/);
    assert.match(after, / {3}- \*\*Time-bound:\*\* <!--.*-->\n2\. Other\n$/);
  });

  it('only expands list goals without SMART fields', () => {
    const text = `${HEAD}## Goals\n\n- [ ] Write docs\n  - Measurable: 3 docs\n\n### Goal: Lead the migration\n`;
    const { journal, context } = readJournal(text, { today: TODAY });
    assert.equal(journal.goals.length, 2);
    for (const goal of journal.goals) {
      assert.equal(canExpand(goal), false, goal.title);
      assert.equal(expandGoal(goal, context), null);
    }
  });
});

describe('fixes: the goal on a line', () => {
  it('finds a goal by any line of its heading or item text, and nothing elsewhere', () => {
    const text = `${HEAD}## Goals\n\n- [ ] Mentor two juniors\n  through their first on-call\n  - Measurable: 2 people\n\n### Goal: Lead it\n`;
    const { journal, context } = readJournal(text, { today: TODAY });
    assert.equal(goalAtLine(journal, context, 5)?.title, 'Mentor two juniors\nthrough their first on-call');
    assert.equal(goalAtLine(journal, context, 6)?.form, 'item');
    assert.equal(goalAtLine(journal, context, 7), undefined, 'a field line is not the goal line');
    assert.equal(goalAtLine(journal, context, 9)?.title, 'Lead it');
    assert.equal(goalAtLine(journal, context, 3), undefined);
  });
});
