import assert from 'node:assert/strict';
import { applyFix, codesAt, lintMd } from '../helpers.js';

const CODE = 'smart-missing-field';

describe(CODE, () => {
  const full = '### Goal: Speak at 2 meetups\n- **Specific:** testing talks\n- **Measurable:** 2 talks\n- **Achievable:** I gave one last year\n- **Relevant:** team visibility\n- **Time-bound:** by 2027-06-30\n';

  it('is quiet when Specific, Achievable and Relevant are there', () => {
    assert.deepEqual(codesAt(full, CODE), []);
  });

  it('names what is lacking, at the heading, as information', () => {
    const md = '# Plan\n\n### Goal: Speak at 2 meetups\n- **Specific:** testing talks\n- **Time-bound:** by 2027-06-30\n';
    const f = lintMd(md).find((x) => x.code === CODE);
    assert.equal(f?.range.start.line, 2);
    assert.equal(f?.severity, 'information');
    assert.match(f?.message ?? '', /lacks Achievable and Relevant/);
  });

  it('counts a placeholder as lacking', () => {
    assert.deepEqual(codesAt(full.replace('I gave one last year', 'TBD'), CODE), [1]);
  });

  it('never applies to list goals', () => {
    assert.deepEqual(codesAt('## Goals\n\n- [ ] Speak at 2 meetups by 2027-06-30\n', CODE), []);
  });

  it('accepts Attainable for Achievable and paragraphs for list items', () => {
    const md = '## SMART goal: Speak at 2 meetups\n\nSpecific: testing talks\nAttainable: yes, done before\nRelevant: visibility\nDeadline: 2027-06-30\n';
    assert.deepEqual(codesAt(md, CODE), []);
    assert.deepEqual(codesAt(md, 'smart-missing-deadline'), []);
  });

  it('takes only headings that start Goal: / Goal - / SMART goal: as goals', () => {
    assert.deepEqual(codesAt('### Goal 1: Own the release process\n- Time-bound: TBD\n', CODE), []);
    assert.deepEqual(codesAt('### goal – Own the release process\n', CODE), [1]);
  });

  it('skips goals whose status is done', () => {
    assert.deepEqual(codesAt('### Goal: Speak at 2 meetups\n- Status: done\n', CODE), []);
  });

  it('inserts the lacking fields after the last field', () => {
    const md = '### Goal: Speak at 2 meetups\n- **Specific:** testing talks\n- **Time-bound:** by 2027-06-30\n\nNext section.\n';
    const f = lintMd(md).find((x) => x.code === CODE);
    assert.ok(f);
    assert.equal(applyFix(md, f), '### Goal: Speak at 2 meetups\n- **Specific:** testing talks\n- **Time-bound:** by 2027-06-30\n- **Achievable:** X\n- **Relevant:** X\n\nNext section.\n');
  });
});
