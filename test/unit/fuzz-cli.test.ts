/**
 * The command-line linter (`node dist/cli.js lint --format json`, built by `npm run build`) on
 * batches of fuzzed files, one process per batch: exactly one JSON array of the contract's items,
 * ranges inside the files, the exit status and stderr the contract gives, and the findings a fresh
 * process reports equal to the in-process `lint` (so no state carries from one file to the next).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { lint, type LintOptions } from '../../src/core/lint.js';
import type { Severity } from '../../src/core/types.js';
import type { JsonFinding } from '../../src/node/format-json.js';
import { readText } from '../../src/node/read-text.js';
import { lineLengths } from './fuzz/checks.js';
import { assertBuilt, CLI } from './fuzz/cli.js';
import { registerSummary, replayCommand, runs, seedOf, timed, TIMEOUT } from './fuzz/config.js';
import { anyText } from './fuzz/generators.js';

const FILE = 'test/unit/fuzz-cli.test.ts';
const KEYS = ['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'severity'];
const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);
registerSummary();

/** One file of a batch: its bytes, and whether it was written from a fuzzed text or is raw bytes. */
interface Case {
  readonly name: string;
  readonly bytes: Uint8Array;
}

interface Batch {
  readonly title: string;
  readonly texts: number;
  readonly raw: number;
  readonly args: readonly string[];
  readonly settings?: object;
  readonly options: Omit<LintOptions, 'fileName'>;
  /** Pass the folder (the CLI finds the files) or every file by name. */
  readonly byName: boolean;
}

const BATCHES: readonly Batch[] = [
  { title: 'a folder of fuzzed journals', texts: 300, raw: 12, args: ['--today', '2026-11-22'], options: { today: '2026-11-22', dateOrder: 'mdy' }, byName: false },
  {
    title: 'fuzzed journals named one by one, with workspace settings',
    texts: 300, raw: 8, args: ['--today', '2027-05-01'], byName: true,
    settings: { 'careerJournal.dateOrder': 'dmy', 'careerJournal.severity': { 'goal-overdue': 'error', 'smart-missing-measure': 'off', 'star-result-unquantified': 'hint' } },
    options: { today: '2027-05-01', dateOrder: 'dmy', severities: { 'goal-overdue': 'error', 'smart-missing-measure': 'off', 'star-result-unquantified': 'hint' } },
  },
];

/** Raw bytes a career folder may hold: binary, broken UTF-8, UTF-16 with a BOM (both orders). */
const rawBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  anyText.map((text) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])),
  anyText.map((text) => Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()])),
  anyText.map((text) => Uint8Array.from([...Buffer.from(text, 'utf8'), 0xc3])),
);

function casesOf(batch: Batch): Case[] {
  const texts = fc.sample(anyText, { seed: seedOf(`${batch.title}: texts`), numRuns: runs(batch.texts) });
  const raw = fc.sample(rawBytes, { seed: seedOf(`${batch.title}: raw`), numRuns: runs(batch.raw) });
  return [
    ...texts.map((text, i) => ({ name: `case-${String(i).padStart(5, '0')}.md`, bytes: Buffer.from(text, 'utf8') })),
    ...raw.map((bytes, i) => ({ name: `raw-${String(i).padStart(5, '0')}.md`, bytes })),
  ];
}

function cli(args: readonly string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1024 * 1024 * 1024, timeout: 300_000, killSignal: 'SIGKILL',
  });
  assert.equal(result.error, undefined, `the CLI did not finish: ${String(result.error)}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The JSON items of the contract for the findings of one text. */
function expectedItems(file: string, text: string, options: Omit<LintOptions, 'fileName'>): JsonFinding[] {
  return lint(text, { ...options, fileName: file }).map(({ range, severity, code, message }) => ({
    file, line: range.start.line + 1, column: range.start.column + 1, endLine: range.end.line + 1, endColumn: range.end.column + 1, severity, code, message,
  }));
}

/** Asserts the shape of one item of the JSON output (contract: "Command-line linter"). */
function assertItem(item: unknown): asserts item is JsonFinding {
  assert.ok(typeof item === 'object' && item !== null && !Array.isArray(item), `not an object: ${JSON.stringify(item)}`);
  assert.deepEqual(Object.keys(item).sort(), KEYS, `keys of ${JSON.stringify(item)}`);
  const record = item as Record<string, unknown>;
  for (const key of ['line', 'column', 'endLine', 'endColumn']) {
    assert.ok(Number.isInteger(record[key]) && (record[key] as number) >= 1, `${key} of ${JSON.stringify(item)} is not a 1-based integer`);
  }
  for (const key of ['file', 'code', 'message']) assert.equal(typeof record[key], 'string', `${key} of ${JSON.stringify(item)}`);
  assert.ok(SEVERITIES.has(record['severity'] as Severity), `severity of ${JSON.stringify(item)}`);
}

describe('fuzz: the command-line linter on batches of fuzzed files', function () {
  this.timeout(TIMEOUT);

  before(function () {
    assertBuilt();
  });

  for (const batch of BATCHES) {
    it(`prints one JSON array of the contract's items, equal to the in-process lint: ${batch.title}`, function () {
      const title = this.test?.title ?? batch.title;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-journal-fuzz-cli-'));
      let keep = false;
      try {
        const cases = casesOf(batch);
        timed(`CLI: ${batch.title}`, cases.length, () => {
          fs.mkdirSync(path.join(dir, 'career'));
          if (batch.settings) {
            fs.mkdirSync(path.join(dir, '.vscode'));
            fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), `// fuzz\n${JSON.stringify(batch.settings, null, 2)}\n`);
          }
          for (const c of cases) fs.writeFileSync(path.join(dir, 'career', c.name), c.bytes);
          const targets = batch.byName ? cases.map((c) => path.join('career', c.name)) : ['career'];

          // What the CLI should print: each file read as it reads it, linted in this process.
          const expected: JsonFinding[] = [];
          const notText: string[] = [];
          const lines = new Map<string, number[]>();
          for (const c of cases) {
            const shown = path.join('career', c.name);
            const read = readText(path.join(dir, shown));
            if (read.kind !== 'text') {
              notText.push(shown);
              continue;
            }
            lines.set(shown, lineLengths(read.text));
            expected.push(...expectedItems(shown, read.text, batch.options));
          }

          const run = cli(['lint', '--format', 'json', ...batch.args, ...targets], dir);
          keep = true;
          let items: unknown;
          assert.doesNotThrow(() => { items = JSON.parse(run.stdout); }, `stdout is not one JSON value:\n${run.stdout.slice(0, 2000)}`);
          assert.ok(Array.isArray(items), 'stdout is not a JSON array');
          for (const item of items) {
            assertItem(item);
            const lengths = lines.get(item.file);
            assert.ok(lengths, `an item for a file that is not a linted text: ${item.file}`);
            for (const [line, column] of [[item.line, item.column], [item.endLine, item.endColumn]] as const) {
              assert.ok(line <= lengths.length && column <= (lengths[line - 1] as number) + 1, `${item.file}:${line}:${column} is outside the file`);
            }
            assert.ok(item.line < item.endLine || (item.line === item.endLine && item.column <= item.endColumn), `${item.file}: range ends before it starts`);
          }
          assert.deepEqual(items, expected, 'the CLI reported other findings than lint() in this process');

          // Exit status and stderr: one line per file that is not text, nothing else.
          const failing = expected.some((item) => item.severity === 'error' || item.severity === 'warning');
          assert.equal(run.status, notText.length > 0 ? 2 : failing ? 1 : 0, `exit status; stderr:\n${run.stderr}`);
          const skipped = run.stderr.split('\n').filter(Boolean).map((line) => {
            const match = /^career-journal: skipped (career\/\S+\.md): not (?:a text file \(binary\)|UTF-8 text|UTF-16 text)$/.exec(line);
            assert.ok(match, `unexpected line on stderr: ${line}`);
            return match[1];
          });
          assert.deepEqual(skipped, notText);

          // The text format: the same exit status, a summary line, no stack trace.
          const text = cli(['lint', ...batch.args, ...targets], dir);
          assert.equal(text.status, run.status);
          assert.ok(!text.stderr.includes('    at '), `stack trace:\n${text.stderr}`);
          assert.match(text.stdout, /(?:^|\n)(?:\d+ problems? \(.*\) in .*|No problems in .*|No journal files to lint.*)\n$/);
          keep = false;
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`${message}\nThe files are in ${dir}\nReplay: ${replayCommand(FILE, title)}`);
      } finally {
        if (!keep) fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
