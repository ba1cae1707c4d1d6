import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Directives } from '../../src/core/directives.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { LineIndex } from '../../src/core/positions.js';
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

describe('inline switches, looked up per code', () => {
  const CODES = ['smart-missing-measure', 'smart-missing-deadline', 'goal-overdue'];
  /** The plain rule of the contract: scan every switch above the line, in order. */
  function reference(switches: ReadonlyArray<{ kind: string; codes: string[]; line: number }>, code: string, line: number): boolean {
    let disabled = false;
    for (const d of switches) {
      if (d.line > line) break;
      const applies = d.codes.length === 0 || d.codes.includes(code);
      if (d.kind === 'disable-next-line') {
        if (applies && d.line + 1 === line) return true;
      } else if (applies) disabled = d.kind === 'disable';
    }
    return disabled;
  }

  it('answers as a scan of every switch above the line would (seeded random switch lists)', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(
        fc.constant(null),
        fc.record({ kind: fc.constantFrom('disable', 'enable', 'disable-next-line'), codes: fc.subarray(CODES) }),
      ), { maxLength: 40 }),
      fc.array(fc.constantFrom('\n\n', '\n\n', ' '), { minLength: 40, maxLength: 40 }),
      (plan, separators) => {
        // Parts joined by blank lines, or by a space: then two switches share a line.
        let text = '';
        const switches: Array<{ kind: string; codes: string[]; line: number }> = [];
        plan.forEach((d, i) => {
          if (i > 0) text += separators[i] ?? '\n\n';
          if (d) switches.push({ ...d, line: text.split('\n').length - 1 });
          text += d ? `<!-- career-journal-${d.kind} ${d.codes.join(' ')} -->` : 'text';
        });
        const directives = Directives.read(parseMarkdown(text), new LineIndex(text));
        const last = text.split('\n').length + 1;
        for (const code of CODES) {
          for (let line = 0; line <= last; line++) {
            assert.equal(directives.isDisabled(code, line), reference(switches, code, line), `${code} at line ${line}\n${text}`);
          }
        }
      },
    ), { seed: 2026, numRuns: 300 });
  });
});
