import assert from 'node:assert/strict';
import { applyChanges, fromHint } from '../../src/core/fixes/change.js';
import { addDeadline, newDeadlineReference, readCustomDeadline } from '../../src/core/fixes/custom-deadline.js';
import { readJournal } from '../../src/core/read.js';
import { TODAY, lintMd } from './helpers.js';

const DATES = { reference: '2026-11-22', dateOrder: 'mdy', today: TODAY } as const;

describe('fixes: custom deadline', () => {
  for (const [input, date] of [
    ['2027-03-31', '2027-03-31'],
    ['end of Q2', '2027-06-30'],
    ['in 6 months', '2027-05-22'],
    ['by the end of Q2', '2027-06-30'],
    ['March 2027', '2027-03-31'],
    ['  no later than June 2027 ', '2027-06-30'],
  ] as const) {
    it(`reads '${input}' as ${date}`, () => {
      assert.deepEqual(readCustomDeadline(input, DATES), { kind: 'date', date, past: false });
    });
  }

  it('reads a numeric date in the configured order', () => {
    assert.deepEqual(readCustomDeadline('03/04/2027', { ...DATES, dateOrder: 'dmy' }), { kind: 'date', date: '2027-04-03', past: false });
  });

  it('refuses nonsense, and words besides the date, with a message that shows what it accepts', () => {
    for (const input of ['asdf', 'soon', 'Q2 blah blah', 'yesterday-ish']) {
      const read = readCustomDeadline(input, DATES);
      assert.equal(read.kind, 'error', input);
      assert.match(read.kind === 'error' ? read.message : '', /^Cannot read '.+' as a deadline — type a date or period, e\.g\. '2027-03-31', 'end of Q2' or 'in 6 months'$/);
    }
    assert.deepEqual(readCustomDeadline('   ', DATES), { kind: 'empty' });
  });

  it('flags a date that has passed', () => {
    assert.deepEqual(readCustomDeadline('2020-01-01', DATES), { kind: 'date', date: '2020-01-01', past: true });
  });

  it('counts from today when the journal\'s reference date is older', () => {
    const { journal, context } = readJournal('---\ndate: 2025-01-10\n---\n## Goals\n\n- [ ] Write docs\n', { today: TODAY });
    const goal = journal.goals[0];
    assert.ok(goal);
    assert.equal(newDeadlineReference(goal, context), TODAY);
  });

  for (const [shape, text] of [
    ['a one-line list goal', '---\ndate: 2026-11-22\n---\n## Goals\n\n- [ ] Write 3 docs\n- [ ] Next\n'],
    ['a list goal with fields', '---\ndate: 2026-11-22\n---\n## Goals\n\n- [ ] Write 3 docs\n  - Measurable: 3 docs\n'],
    ['a goal heading', '---\ndate: 2026-11-22\n---\n### Goal: Write 3 docs\n- Specific: x\n- Achievable: y\n- Relevant: z\n'],
    ['a goal heading with paragraph fields', '---\ndate: 2026-11-22\n---\n### Goal: Write 3 docs\n\n**Specific:** x\n'],
  ] as const) {
    it(`writes the deadline into ${shape} exactly as the rule's own fixes do`, () => {
      const finding = lintMd(text).find((f) => f.code === 'smart-missing-deadline');
      const hint = finding?.fixes[0];
      assert.ok(hint);
      const date = /by (\d{4}-\d\d-\d\d)/.exec(hint.text)?.[1];
      assert.ok(date);
      const { journal, context } = readJournal(text, { today: TODAY });
      const goal = journal.goals[0];
      assert.ok(goal);
      const change = addDeadline(goal, context, date);
      assert.equal(applyChanges(text, [change]), applyChanges(text, [fromHint(hint)]));
      const custom = applyChanges(text, [addDeadline(goal, context, '2027-09-30')]);
      assert.ok(custom.includes('by 2027-09-30'));
      const line = finding?.range.start.line;
      assert.deepEqual(lintMd(custom).filter((f) => f.code === 'smart-missing-deadline' && f.range.start.line === line), []);
    });
  }
});
