import assert from 'node:assert/strict';
import { codesAt, lintMd } from '../helpers.js';

const CODE = 'values-not-five';

describe(CODE, () => {
  it('flags a list of other than five values', () => {
    const md = '## My top five values\n\n- Curiosity\n- Craft\n- Fairness\n';
    assert.deepEqual(codesAt(md, CODE), [1]);
    assert.match(lintMd(md).find((f) => f.code === CODE)?.message ?? '', /lists 3 values/);
  });

  it('is quiet with exactly five, as a list or comma-separated', () => {
    assert.deepEqual(codesAt('## Values\n\n1. Curiosity\n2. Craft\n3. Fairness\n4. Candour\n5. Calm\n', CODE), []);
    assert.deepEqual(codesAt('## Values\n\nCuriosity, craft, fairness, candour and calm.\n', CODE), []);
  });

  it('counts comma-separated values without a list', () => {
    assert.deepEqual(codesAt('## Values\n\nCuriosity, craft, fairness, candour, calm, courage\n', CODE), [1]);
  });

  it('leaves an unanswered Values section to prep-unanswered', () => {
    const md = '## Values\n\n<!-- five words -->\n';
    assert.deepEqual(codesAt(md, CODE), []);
    assert.deepEqual(codesAt(md, 'prep-unanswered'), [1]);
  });
});
