import assert from 'node:assert/strict';
import { applyFix, codesAt, lintMd } from '../helpers.js';

const CODE = 'smart-missing-deadline';

describe(CODE, () => {
  it('flags a list goal with no date or period', () => {
    const md = '---\ndate: 2026-11-22\n---\n\n## Goals\n\n- [ ] Reduce flaky tests from 40 to 5\n';
    assert.deepEqual(codesAt(md, CODE), [7]);
    assert.match(lintMd(md).find((f) => f.code === CODE)?.message ?? '', /no deadline — add one, e\.g\. 'by \d{4}-\d\d-\d\d'/);
  });

  for (const goal of [
    'Write 3 design docs by 2027-04-30',
    'Write 3 design docs within 6 months',
    'Write 3 design docs in Q2 2027',
    'Write 3 design docs by the end of the year',
    'Write 3 design docs before March 2027',
  ]) {
    it(`accepts a deadline in the text: ${goal}`, () => {
      assert.deepEqual(codesAt(`## Goals\n\n- [ ] ${goal}\n`, CODE), []);
    });
  }

  for (const goal of ['Answer 90% of pings within a business day', 'Lower our AWS bill by 15%', 'Run 2 demos every sprint']) {
    it(`does not take a cadence, service level or amount for a deadline: ${goal}`, () => {
      assert.deepEqual(codesAt(`## Goals\n\n- [ ] ${goal}\n`, CODE), [3]);
    });
  }

  it('takes the period of the heading over a goal list', () => {
    assert.deepEqual(codesAt('## Goals for Q1 2027\n\n- [ ] Write 3 docs\n', CODE), []);
    assert.deepEqual(codesAt('## Objectives (next 12 months)\n\n1. Interview 25 people\n', CODE), []);
  });

  it('reads a Time-bound field on a goal heading', () => {
    const md = '### Goal: Speak at 2 meetups\n- Specific: x\n- Achievable: y\n- Relevant: z\n- Time-bound: by 2027-06-30\n';
    assert.deepEqual(codesAt(md, CODE), []);
    const none = '### Goal: Speak at 2 meetups\n- Specific: x\n- Time-bound: TBD\n';
    assert.deepEqual(codesAt(none, CODE), [1]);
  });

  it('appends a chosen date to a one-line goal', () => {
    const md = '## Goals\n\n- [ ] Reduce flaky tests from 40 to 5\n';
    const f = lintMd(md).find((x) => x.code === CODE);
    assert.ok(f);
    assert.ok(f.fixes.length >= 2);
    assert.match(f.fixes[0]?.title ?? '', /^Add a deadline: by \d{4}-\d\d-\d\d \(end of this quarter\)$/);
    assert.match(applyFix(md, f), /^## Goals\n\n- \[ \] Reduce flaky tests from 40 to 5 by \d{4}-\d\d-\d\d\n$/);
  });

  it('adds a Time-bound field to a goal heading', () => {
    const md = '### Goal: Speak at 2 meetups\n- Specific: talks on testing\n';
    const f = lintMd(md).find((x) => x.code === CODE);
    assert.ok(f);
    assert.match(applyFix(md, f), /^### Goal: Speak at 2 meetups\n- Specific: talks on testing\n- \*\*Time-bound:\*\* by \d{4}-\d\d-\d\d\n$/);
  });
});
