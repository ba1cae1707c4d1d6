import assert from 'node:assert/strict';
import { applyFix, codesAt, lintMd } from '../helpers.js';

const CODE = 'star-missing-part';

describe(CODE, () => {
  it('names the lacking parts, as information, at the entry', () => {
    const md = '### STAR: Flaky tests\n- **Situation:** CI red\n- **Action:** quarantined\n- **Result:** 55% to 93%\n';
    const f = lintMd(md).find((x) => x.code === CODE);
    assert.equal(f?.range.start.line, 0);
    assert.equal(f?.severity, 'information');
    assert.match(f?.message ?? '', /lacks Task/);
  });

  it('is quiet with all four parts', () => {
    assert.deepEqual(codesAt('### STAR: A\n- Situation: s\n- Task: t\n- Action: a\n- Result: 2 wins\n', CODE), []);
  });

  it('accepts plural labels and sub-headings', () => {
    assert.deepEqual(codesAt('### STAR: A\n- Situation: s\n- Tasks: t\n- Actions: a\n- Results: 2 wins\n', CODE), []);
  });

  it('lists every lacking part in one finding', () => {
    const f = lintMd('### STAR: Only a result\n- Result: 2 wins\n').filter((x) => x.code === CODE);
    assert.equal(f.length, 1);
    assert.match(f[0]?.message ?? '', /Situation and Task and Action/);
  });

  it('inserts a lacking part before the part that follows it', () => {
    const md = '### STAR: Flaky tests\n- **Situation:** CI red\n- **Action:** quarantined\n- **Result:** 55% to 93%\n';
    const f = lintMd(md).find((x) => x.code === CODE);
    assert.ok(f);
    assert.equal(applyFix(md, f), '### STAR: Flaky tests\n- **Situation:** CI red\n- **Task:** X\n- **Action:** quarantined\n- **Result:** 55% to 93%\n');
  });
});
