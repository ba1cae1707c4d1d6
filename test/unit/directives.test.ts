import assert from 'node:assert/strict';
import { lintMd } from './helpers.js';

const goals = (between: string): string => `## Goals\n\n- [ ] Get better at writing\n${between}- [ ] Be nicer\n- [ ] Be faster\n`;
const lines = (md: string, code?: string): number[] =>
  [...new Set(lintMd(md).filter((f) => !code || f.code === code).map((f) => f.range.start.line + 1))];

describe('inline switches', () => {
  it('disable without codes silences everything to the end', () => {
    assert.deepEqual(lines(goals('<!-- career-journal-disable -->\n')), [3]);
  });

  it('disable with codes silences only those codes', () => {
    const md = goals('<!-- career-journal-disable smart-missing-measure -->\n');
    assert.deepEqual(lines(md, 'smart-missing-measure'), [3]);
    assert.deepEqual(lines(md, 'smart-missing-deadline'), [3, 5, 6]);
  });

  it('enable ends a disable', () => {
    const md = '## Goals\n\n<!-- career-journal-disable -->\n- [ ] A\n<!-- career-journal-enable -->\n- [ ] B\n';
    assert.deepEqual(lines(md), [6]);
  });

  it('disable-next-line covers only the next line, with several codes', () => {
    const md = goals('<!-- career-journal-disable-next-line smart-missing-measure smart-missing-deadline -->\n');
    assert.deepEqual(lines(md), [3, 6]);
  });

  it('is not read inside code', () => {
    const md = '```\n<!-- career-journal-disable -->\n```\n\n## Goals\n\n- [ ] Get better\n';
    assert.deepEqual(lines(md), [7]);
  });
});
