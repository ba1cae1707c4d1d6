import assert from 'node:assert/strict';
import { codesAt, lintMd } from '../helpers.js';

const CODE = 'star-result-unquantified';
const story = (result: string): string => `### STAR: A\n- Situation: s\n- Task: t\n- Action: a\n- Result: ${result}\n`;

describe(CODE, () => {
  it('hints when the Result has no number', () => {
    assert.deepEqual(codesAt(story('The team liked it and wants to repeat it.'), CODE), [1]);
    assert.equal(lintMd(story('The team liked it.')).find((f) => f.code === CODE)?.severity, 'hint');
  });

  for (const result of ['Releases take 25 minutes.', 'Green builds went from 55% to 93%.', 'Saved $40k a year.', 'Three teams adopted it.', 'We halved the pages.']) {
    it(`is quiet for a quantified Result: ${result}`, () => {
      assert.deepEqual(codesAt(story(result), CODE), []);
    });
  }

  it('does not double up with a missing Result', () => {
    assert.deepEqual(codesAt(story('TODO'), CODE), []);
  });
});
