/**
 * Property-based fuzzing of the core (docs/fuzzing.md): random and mutated journals through every
 * feature of the engine. Seeded: `npm test` checks the same cases every run; FUZZ_SEED and
 * FUZZ_SCALE / FUZZ_RUNS change them, `npm run fuzz` runs many more with a random seed.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { JournalLinter } from '../../src/core/incremental.js';
import { lint, type LintOptions } from '../../src/core/lint.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { carryOverFrom, renderCustomTemplate, renderTemplate, journalFileName, uniqueFileName } from '../../src/core/templates/index.js';
import { assertFindings, checkEverything, shown } from './fuzz/checks.js';
import { described, property, registerSummary, TIMEOUT } from './fuzz/config.js';
import { anyText, journalText, lintOptions, mutatedFixture, noiseText, sourcePath, typedDeadline, typedName, MAX_TEXT } from './fuzz/generators.js';

const FILE = 'test/unit/fuzz-engine.test.ts';
registerSummary();

const extras = fc.record({ typed: typedDeadline, dueSoonDays: fc.constantFrom(0, 30, 365, -1, 1e9), source: sourcePath });

describe('fuzz: the engine on random journals', function () {
  this.timeout(TIMEOUT);

  property(FILE, 'never throws, and keeps every range inside the document, on generated journals', 1400,
    fc.tuple(journalText, lintOptions, extras), ([text, options, more]) => {
      assert.ok(text.length <= MAX_TEXT);
      checkEverything(text, options, more);
    });

  property(FILE, 'never throws, and keeps every range inside the document, on mutated fixture journals', 700,
    fc.tuple(mutatedFixture, lintOptions, extras), ([text, options, more]) => {
      assert.ok(text.length <= MAX_TEXT);
      checkEverything(text, options, more);
    });

  property(FILE, 'never throws, and keeps every range inside the document, on noise', 5500,
    fc.tuple(noiseText, lintOptions, extras), ([text, options, more]) => {
      checkEverything(text, options, more);
    });

  property(FILE, 'lints deterministically, whatever was linted before and with whatever options', 250,
    fc.tuple(anyText, lintOptions, fc.array(fc.tuple(anyText, lintOptions), { minLength: 1, maxLength: 2 })), ([text, options, others]) => {
      const first = lint(text, options);
      for (const [other, otherOptions] of others) {
        lint(other, otherOptions);
        lint(text, otherOptions);
      }
      assert.deepEqual(lint(text, options), first, 'lint gave another answer the second time');
      assert.deepEqual(new JournalLinter().lint(text, options), first, 'a fresh JournalLinter differs from lint');
    });

  // parseMarkdown cuts a journal into chunks (split.ts) that must parse to the tree of one parse:
  // offsets and structure (line numbers count `\n` only after a cut, and no reader uses them).
  const tree = (text: string, minChunk: number): string =>
    JSON.stringify(parseMarkdown(text, minChunk).children, (key, value: unknown) => (key === 'line' || key === 'column' ? undefined : value));
  property(FILE, 'cuts a text only where one parse of it has a block boundary', 1200, anyText, (text) => {
  const clean = shown(text);
  assert.equal(tree(clean, 1), tree(clean, Number.MAX_SAFE_INTEGER));
});

  property(FILE, 'renders templates and file names from any names and any custom template', 350,
    fc.tuple(typedName, typedName, anyText, fc.constantFrom('2026-11-22', '2000-02-29', '9999-12-31', '0001-01-01'), anyText, sourcePath),
    ([manager, title, source, date, earlier, path]) => {
      const vars = { date, manager, title, carryOver: carryOverFrom(earlier, path, date) };
      for (const id of ['worksheet', 'conversation', 'star-log', 'follow-up'] as const) {
        const rendered = renderTemplate(id, vars);
        assert.ok(rendered.cursor >= 0 && rendered.cursor <= rendered.text.length);
        assertFindings(rendered.text, lint(rendered.text, { today: date }));
      }
      const custom = renderCustomTemplate(source, vars);
      assert.ok(custom.cursor >= 0 && custom.cursor <= custom.text.length);
      const name = journalFileName(date, title);
      assert.match(name, /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/);
      assert.notEqual(uniqueFileName(name, new Set([name, name.toUpperCase()])), name);
    });
});

/** A few options, reused, as an editor re-lints one document with the same settings. */
const SETTINGS: readonly LintOptions[] = [
  { today: '2026-11-22' },
  { today: '2027-05-01', dateOrder: 'dmy' },
  { today: '2026-11-22', fileName: 'career/2025-01-10-check-in.md' },
  { today: '2026-11-22', severities: { 'smart-missing-measure': 'off', 'goal-overdue': 'error' } },
];

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
type Edit = (text: string) => string;
const at = (text: string, f: number): number => Math.floor(f * (text.length + 1));
const edit: fc.Arbitrary<Edit> = fc.oneof(
  // type or paste something, anywhere
  fc.tuple(fraction, fc.oneof(typedName, fc.constantFrom('\n', '\r\n', '# ', '- [ ] ', '```', '<!--', '-->', '---\n', '\ufeff', '> ', '\t'))).map(([f, s]) =>
    described(`insert ${JSON.stringify(s)} at ${f}`, (text: string) => text.slice(0, at(text, f)) + s + text.slice(at(text, f)))),
  // delete a stretch
  fc.tuple(fraction, fc.integer({ min: 1, max: 200 })).map(([f, n]) =>
    described(`delete ${n} at ${f}`, (text: string) => text.slice(0, at(text, f)) + text.slice(at(text, f) + n))),
  // paste a whole other journal in
  fc.tuple(fraction, journalText).map(([f, s]) =>
    described(`insert ${JSON.stringify(s)} at ${f}`, (text: string) => (text.slice(0, at(text, f)) + s + text.slice(at(text, f))).slice(0, MAX_TEXT))),
  // replace everything (a file reverted, or a different file in the same editor)
  journalText.map((s) => described(`replace all with ${JSON.stringify(s)}`, (): string => s)),
);

describe('fuzz: incremental linting', function () {
  this.timeout(TIMEOUT);

  property(FILE, 'equals a full lint after every edit of random edit sequences over fuzzed journals', 250,
    fc.tuple(anyText, fc.array(fc.tuple(edit, fc.integer({ min: 0, max: SETTINGS.length - 1 })), { minLength: 1, maxLength: 6 })), ([base, steps]) => {
      const linter = new JournalLinter();
      let text = base;
      assert.deepEqual(linter.lint(text, SETTINGS[0] as LintOptions), lint(text, SETTINGS[0] as LintOptions));
      for (const [change, s] of steps) {
        text = change(text);
        const options = SETTINGS[s] as LintOptions;
        const full = lint(text, options);
        assert.deepEqual(linter.lint(text, options), full);
        assertFindings(text, full);
      }
    });
});
