/** Incremental linting equals a full lint after any sequence of edits (property test, seeded). */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { journal } from '../../bench/generate.js';
import { splitText, type Split } from '../../src/core/incremental-atoms.js';
import { JournalLinter } from '../../src/core/incremental.js';
import { lint, type LintOptions } from '../../src/core/lint.js';
import { chunkStarts } from '../../src/core/split.js';

const FIXTURES = path.join(__dirname, '../fixtures');
const CROSS = fs.readFileSync(path.join(FIXTURES, 'incremental/cross-sections.md'), 'utf8');
const BASES = [
  ...[1, 2, 3, 4, 5, 6].map((seed) => journal(1500 + seed * 400, seed)),
  ...['persona-em-mixed.md', 'blind-12-promo-packet.md', 'persona-designer-worksheet.md', 'goals.md', 'star.md']
    .map((file) => fs.readFileSync(path.join(FIXTURES, 'annotated', file), 'utf8')),
  CROSS, CROSS, CROSS, CROSS.replace(/\n/g, '\r\n'), `\uFEFF${CROSS}`,
];

/** Lines that change what crosses chunks: headings, fences, comments, switches, front matter. */
const LINES = [
  '', '', '# 2027', '## 2026-03-02 check-in', '## Check-in 03/04/2027', '# Goals for 2027', '## Team goals',
  '### Goals for Q1 2027', '## Short-term objectives (next 12 months)', '### Goal: Cut build time by 20% by Q3 2027',
  '## SMART goal - mentor two juniors', '### STAR: Turned around payments', '#### Result', '#### Situation', '### Task',
  '## Values', '## Mission', '### Measurable', '#### Time-bound', '### Status', '- [ ] open task', '1000 weekly users', '## Areas for growth', '## Action plan', '### Notes', '#', '#no heading', '####### seven',
  'Setext title', '===', '---', '```', '~~~', '```ts', '    ```', '- ```', '> ```', '<!--', '-->',
  '<!-- career-journal-disable -->', '<!-- career-journal-enable -->', '<!-- career-journal-disable smart-missing-measure -->',
  '<!-- career-journal-disable-next-line -->', '<!-- career-journal-disable-next-line star-missing-result goal-overdue -->',
  '<script>', '</script>', '<div>', '</div>', 'date: 2025-06-01', 'date: nonsense: [', 'title: x', 'type: career-journal',
  '- [ ] Ship the beta by Friday', '- [x] Hire three engineers by March 2027', '- Improve onboarding', '  - Measurable: TBD',
  '  - Deadline: end of Q2 2027', '- **Result:** saved 3 days a month', 'Situation: builds were slow', 'Result: done',
  'Status: done', 'Measurable: 5 talks', '| a | b |', '|---|---|', '> quoted goal by 2027', '1. first', '* star item',
  '[1]: https://example.com', '  nested text', '\tTabbed', 'Mint, Craft, Focus, Play',
];
const PIECES = ['#', '# ', '\n', '\n\n', '`', '```', '~~~', '-', '- ', '>', '<!--', '-->', '*', '**', '[', ']', ':', 'x', '2027', '\r\n', '---', ' ', 'Goal: ', 'STAR '];
const OPTIONS: readonly LintOptions[] = [
  { today: '2026-11-22' },
  { today: '2026-11-22' },
  { today: '2027-05-01', dateOrder: 'dmy' },
  { today: '2027-05-01' },
  { today: '2026-11-22', fileName: 'career/2025-01-10-check-in.md' },
  { today: '2026-11-22', severities: { 'smart-missing-measure': 'off', 'goal-overdue': 'error' } },
];

type Edit = (text: string) => string;

const lineEdit = (fraction: number, change: (lines: string[], at: number) => void): Edit => (text) => {
  const lines = text.split('\n');
  change(lines, Math.min(lines.length, Math.floor(fraction * (lines.length + 1))));
  return lines.join('\n');
};
const at = (text: string, fraction: number): number => Math.floor(fraction * (text.length + 1));

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fraction, fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 3 }))
    .map(([f, added]) => lineEdit(f, (lines, i) => lines.splice(i, 0, ...added))),
  fc.tuple(fraction, fc.integer({ min: 1, max: 4 })).map(([f, n]) => lineEdit(f, (lines, i) => lines.splice(i, n))),
  fc.tuple(fraction, fc.constantFrom(...LINES)).map(([f, line]) => lineEdit(f, (lines, i) => lines.splice(i, 1, line))),
  fc.tuple(fraction, fc.constantFrom(...PIECES)).map(([f, piece]): Edit => (text) => text.slice(0, at(text, f)) + piece + text.slice(at(text, f))),
  fc.tuple(fraction, fc.integer({ min: 1, max: 40 })).map(([f, n]): Edit => (text) => text.slice(0, at(text, f)) + text.slice(at(text, f) + n)),
  fc.tuple(fraction, fc.string({ maxLength: 12 })).map(([f, s]): Edit => (text) => text.slice(0, at(text, f)) + s + text.slice(at(text, f))),
  // Inside a line's first characters, where a heading starts or stops being one.
  fc.tuple(fraction, fc.integer({ min: 0, max: 3 }), fc.constantFrom(...PIECES, '')).map(([f, k, piece]) => lineEdit(f, (lines, i) => {
    const line = lines[i] ?? '';
    lines[i] = line.slice(0, k) + piece + line.slice(k + (piece === '' ? 1 : 0));
  })),
);

const sequence = fc.tuple(
  fc.integer({ min: 0, max: BASES.length - 1 }),
  fc.array(fc.tuple(edit, fc.integer({ min: 0, max: OPTIONS.length - 1 })), { minLength: 1, maxLength: 8 }),
);

describe('incremental linting (property)', function () {
  this.timeout(300_000);
  /** The bases' splits, parsed once: a split is never changed by the splits made from it. */
  const SPLITS = BASES.map((text) => splitText(text, null));

  it('re-cuts an edited text exactly where a fresh cut does', () => {
    fc.assert(
      fc.property(sequence, ([base, steps]) => {
        let text = BASES[base] as string;
        let split = SPLITS[base] as Split;
        for (const [change] of steps) {
          text = change(text);
          split = splitText(text, split);
          const starts = chunkStarts(text, 1);
          assert.deepEqual(split.starts, starts);
          assert.deepEqual(split.atoms.map((atom) => atom.text), starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length)));
        }
      }),
      { seed: 20261122, numRuns: 600 },
    );
  });

  it('equals a full lint after every edit of random edit sequences', () => {
    fc.assert(
      fc.property(sequence, ([base, steps]) => {
        const linter = new JournalLinter();
        let text = BASES[base] as string;
        assert.deepEqual(linter.lint(text, OPTIONS[0] as LintOptions), lint(text, OPTIONS[0] as LintOptions));
        for (const [change, o] of steps) {
          text = change(text);
          const options = OPTIONS[o] as LintOptions;
          assert.deepEqual(linter.lint(text, options), lint(text, options));
        }
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});
