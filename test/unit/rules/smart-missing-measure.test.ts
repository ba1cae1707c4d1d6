import assert from 'node:assert/strict';
import { applyFix, codesAt, lintMd } from '../helpers.js';

const CODE = 'smart-missing-measure';

describe(CODE, () => {
  it('flags a list goal with no quantity, at its line', () => {
    const md = '# Notes\n\n## Goals\n\n- [ ] Get better at writing design docs by 2027-03-31\n';
    assert.deepEqual(codesAt(md, CODE), [5]);
    const f = lintMd(md).find((x) => x.code === CODE);
    assert.deepEqual(f?.range.start, { line: 4, column: 0 });
    assert.equal(f?.range.end.line, 4);
    assert.equal(f?.severity, 'warning');
    assert.match(f?.message ?? '', /no measure/);
  });

  for (const goal of [
    'Write 3 design docs by 2027-03-31',
    'Mentor five juniors by 2027-03-31',
    'Cut build time from 20 minutes to 8 by 2027-03-31',
    'Answer 90% of tickets by 2027-03-31',
    'Double test coverage of billing by 2027-03-31',
  ]) {
    it(`accepts a measure in the text: ${goal}`, () => {
      assert.deepEqual(codesAt(`## Goals\n\n- [ ] ${goal}\n`, CODE), []);
    });
  }

  it('accepts an answered Measurable field', () => {
    const md = '## Goals\n\n- [ ] Improve onboarding by 2027-03-31\n  - Measurable: new hires ship code in their first week\n';
    assert.deepEqual(codesAt(md, CODE), []);
  });

  it('still flags a Measurable field holding a placeholder', () => {
    const md = '## Goals\n\n- [ ] Improve onboarding by 2027-03-31\n  - **Measurable:** TBD\n';
    assert.deepEqual(codesAt(md, CODE), [3]);
  });

  it('does not read numbers that are names as measures', () => {
    const md = '## Goals\n\n- [ ] Learn Python 3 by 2027-03-31\n- [ ] Ship the v2 API by 2027-03-31\n- [ ] Pass ISO 27001 by 2027-03-31\n';
    assert.deepEqual(codesAt(md, CODE), [3, 4, 5]);
  });

  it('skips done and dropped goals', () => {
    const md = '## Goals\n\n- [x] Get better at writing\n\n### Goal: Speak more\n- Status: dropped\n';
    assert.deepEqual(codesAt(md, CODE), []);
  });

  it('ignores lists under headings that are not goals', () => {
    assert.deepEqual(codesAt('## Notes\n\n- Get better at writing\n', CODE), []);
  });

  it('offers a fix that adds a Measurable field under the goal', () => {
    const md = '## Goals\n\n- [ ] Get better at writing by 2027-03-31\n- [ ] Other 3 things by 2027-03-31\n';
    const f = lintMd(md).find((x) => x.code === CODE);
    assert.ok(f);
    assert.equal(applyFix(md, f), '## Goals\n\n- [ ] Get better at writing by 2027-03-31\n  - **Measurable:** X\n- [ ] Other 3 things by 2027-03-31\n');
  });

  it('is silenced by a disable-next-line comment', () => {
    const md = '## Goals\n\n<!-- career-journal-disable-next-line smart-missing-measure -->\n- [ ] Get better at writing by 2027-03-31\n';
    assert.deepEqual(codesAt(md, CODE), []);
  });
});
