import assert from 'node:assert/strict';
import { applyChanges } from '../../src/core/fixes/change.js';
import { FIX_ALL_STAR_TITLE, fixAllStarParts } from '../../src/core/fixes/fix-all-star.js';
import { lintMd } from './helpers.js';

const STORIES = [
  '# STAR stories', '',
  '### STAR: One', '- **Task:** move 40,000 subscriptions', '- **Result:** zero double charges', '',
  '### STAR: Two', '- **Situation:** paged at night', '- **Action:** deleted noisy alerts', '',
  '### STAR: Three', '- Situation: s', '',
].join('\n');

describe('fixes: add all missing STAR parts', () => {
  it('adds every missing part line of every story, in S-T-A-R order, in one set of changes', () => {
    const changes = fixAllStarParts(lintMd(STORIES));
    assert.ok(changes.every((c) => c.title === FIX_ALL_STAR_TITLE && c.cursor === undefined));
    assert.equal(applyChanges(STORIES, changes), [
      '# STAR stories', '',
      '### STAR: One', '- **Situation:** ', '- **Task:** move 40,000 subscriptions', '- **Action:** ', '- **Result:** zero double charges', '',
      '### STAR: Two', '- **Situation:** paged at night', '- **Task:** ', '- **Action:** deleted noisy alerts', '- **Result:** ', '',
      '### STAR: Three', '- Situation: s', '- Task: ', '- Action: ', '- Result: ', '',
    ].join('\n'));
  });

  it('leaves the stories still flagged until the parts are written, and adds no other finding', () => {
    const before = lintMd(STORIES).map((f) => f.code).sort();
    const after = lintMd(applyChanges(STORIES, fixAllStarParts(lintMd(STORIES)))).map((f) => f.code).sort();
    assert.deepEqual(after, before);
  });

  it('does nothing without STAR findings', () => {
    assert.deepEqual(fixAllStarParts(lintMd('## Goals\n\n- [ ] Write docs\n')), []);
  });
});
