import assert from 'node:assert/strict';
import { codesAt, lintMd } from '../helpers.js';

const CODE = 'goal-overdue';

describe(CODE, () => {
  const md = '## Goals\n\n- [ ] Write 3 docs by 2026-10-31\n- [ ] Write 4 docs by 2027-10-31\n- [x] Write 5 docs by 2026-01-31\n';

  it('flags open goals whose deadline has passed', () => {
    assert.deepEqual(codesAt(md, CODE), [3]);
    const f = lintMd(md).find((x) => x.code === CODE);
    assert.match(f?.message ?? '', /due 2026-10-31/);
    assert.equal(f?.severity, 'warning');
  });

  it('follows --today', () => {
    assert.deepEqual(codesAt(md, CODE, { today: '2027-11-01' }), [3, 4]);
    assert.deepEqual(codesAt(md, CODE, { today: '2026-10-31' }), []);
  });

  it('resolves relative deadlines from the front matter date, not today', () => {
    const old = '---\ndate: 2025-01-10\n---\n## Goals\n\n- [ ] Give 2 talks within 6 months\n';
    assert.deepEqual(codesAt(old, CODE), [6]);
  });

  it('resolves relative deadlines from the nearest dated heading', () => {
    const dated = '---\ndate: 2025-01-10\n---\n# 2026-11-01 check-in\n\n## Goals\n\n- [ ] Give 2 talks within 6 months\n';
    assert.deepEqual(codesAt(dated, CODE), []);
  });

  it('uses a date in the file name when nothing else gives one', () => {
    const text = '## Goals\n\n- [ ] Give 2 talks within 3 months\n';
    assert.deepEqual(codesAt(text, CODE, { fileName: 'career/2025-02-01-alex.md' }), [3]);
    assert.deepEqual(codesAt(text, CODE), []);
  });

  it('follows the date order setting for ambiguous numeric dates', () => {
    const text = '## Goals\n\n- [ ] Write 3 docs by 12/01/2026\n';
    assert.deepEqual(codesAt(text, CODE, { dateOrder: 'mdy' }), []);
    assert.deepEqual(codesAt(text, CODE, { dateOrder: 'dmy' }), [3]);
  });
});
