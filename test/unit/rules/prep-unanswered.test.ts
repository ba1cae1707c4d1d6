import assert from 'node:assert/strict';
import { codesAt, lintMd } from '../helpers.js';

const CODE = 'prep-unanswered';

describe(CODE, () => {
  it('flags each worksheet question with no answer, at its heading', () => {
    const md = [
      '# Prep', '', '## Personal mission statement', '', '<!-- one sentence -->', '',
      '## Motivators', '', 'TBD', '', '## Strengths', '', '- Debugging', '',
      '## Development areas', '', '- ...', '', '## Long-term objective', '',
    ].join('\n');
    assert.deepEqual(codesAt(md, CODE), [3, 7, 15, 19]);
    const f = lintMd(md).find((x) => x.code === CODE);
    assert.equal(f?.severity, 'information');
    assert.match(f?.message ?? '', /'Personal mission statement' has no answer yet/);
  });

  it('recognises the questions in other words and any level', () => {
    for (const heading of ['### What motivates me', '## Areas of growth', '#### Short-term goal (next 12 months)', '## My 12-month action plan', '## Developmental areas']) {
      assert.deepEqual(codesAt(`${heading}\n\nTODO\n`, CODE), [1], heading);
    }
  });

  it('counts sub-sections as the answer', () => {
    assert.deepEqual(codesAt('## Strengths\n\n### Technical\n\nProfiling\n', CODE), []);
  });

  it('leaves other headings alone', () => {
    assert.deepEqual(codesAt('## Agenda\n\n## Notes\n', CODE), []);
  });
});
