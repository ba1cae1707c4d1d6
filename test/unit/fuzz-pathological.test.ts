/**
 * Pathological inputs (test/unit/fuzz/pathological.ts) through lint, the incremental linter, the
 * model and the CLI: nothing throws, every range lies inside the text, and how long each takes is
 * printed. `npm test` runs the smaller version of the slow shapes; FUZZ_FULL=1 (`npm run fuzz`) all
 * at full size.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JournalLinter } from '../../src/core/incremental.js';
import { lint } from '../../src/core/lint.js';
import { readJournal } from '../../src/core/read.js';
import { summarize } from '../../src/core/summary.js';
import type { Finding } from '../../src/core/types.js';
import { assertFindings } from './fuzz/checks.js';
import { assertBuilt, CLI } from './fuzz/cli.js';
import { FULL, VERBOSE, count, registerSummary } from './fuzz/config.js';
import { PATHOLOGICAL } from './fuzz/pathological.js';

const OPTIONS = { today: '2026-11-22' };
/** Texts up to this size also go through JournalLinter and readJournal + summarize. */
const EVERYTHING_UP_TO = FULL ? Infinity : 256 * 1024;
registerSummary();

interface Row {
  readonly name: string;
  readonly chars: number;
  readonly findings: number;
  readonly lintMs: number;
  readonly otherMs: number;
}

const rows: Row[] = [];
const linted: Array<{ name: string; text: string; findings: Finding[]; cli: boolean }> = [];

function ms(since: number): number {
  return performance.now() - since;
}

describe('fuzz: pathological inputs', function () {
  this.timeout(FULL ? 7_200_000 : 1_200_000);

  after(() => {
    if (rows.length === 0) return;
    const slowest = [...rows].sort((a, b) => b.lintMs + b.otherMs - (a.lintMs + a.otherMs))[0] as Row;
    const total = rows.reduce((sum, row) => sum + row.lintMs + row.otherMs, 0);
    console.log(`\n  pathological inputs: ${rows.length} in ${(total / 1000).toFixed(1)} s (${FULL ? 'full size' : 'npm test sizes'}; slowest: ${slowest.name}, ${((slowest.lintMs + slowest.otherMs) / 1000).toFixed(1)} s)`);
    if (!FULL && !VERBOSE) return;
    console.log('  characters, findings, lint ms, JournalLinter + readJournal + summarize ms:');
    for (const row of rows) {
      console.log(`  ${row.name.padEnd(72)} ${String(row.chars).padStart(9)} ${String(row.findings).padStart(6)} ${row.lintMs.toFixed(0).padStart(7)} ${row.otherMs ? row.otherMs.toFixed(0).padStart(7) : '      -'}`);
    }
  });

  for (const input of PATHOLOGICAL) {
    it(`${input.name}: never throws, ranges inside the text`, () => {
      const text = FULL || !input.quick ? input.full() : input.quick();
      const cpu = process.cpuUsage();
      let started = performance.now();
      const findings = lint(text, OPTIONS);
      const lintMs = ms(started);
      assertFindings(text, findings);
      const codes = new Map<string, number>();
      for (const finding of findings) codes.set(finding.code, (codes.get(finding.code) ?? 0) + 1);
      input.expect?.(codes);

      started = performance.now();
      let otherMs = 0;
      if (text.length <= EVERYTHING_UP_TO) {
        assert.deepEqual(new JournalLinter().lint(text, OPTIONS), findings, 'JournalLinter differs from lint');
        const { journal, context } = readJournal(text, OPTIONS);
        summarize(journal, context, 30);
        otherMs = ms(started);
      }
      rows.push({ name: input.name, chars: text.length, findings: findings.length, lintMs, otherMs });
      const used = process.cpuUsage(cpu);
      count('pathological inputs', 1, lintMs + otherMs, (used.user + used.system) / 1000);
      linted.push({ name: input.name, text, findings, cli: FULL || input.cli === true });
    });
  }

  it('the CLI reports on the pathological inputs what lint() does, as one JSON array', function () {
    assertBuilt();
    // Some of them in npm test, all in the full run: each is linted again in the CLI.
    const chosen = linted.filter(({ cli }) => cli);
    assert.ok(chosen.length > 0, 'no pathological input was linted');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-journal-fuzz-pathological-'));
    try {
      const files = chosen.map(({ text }, i) => {
        const file = `p${String(i).padStart(2, '0')}.md`;
        fs.writeFileSync(path.join(dir, file), text);
        return file;
      });
      const started = performance.now();
      const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '--today', OPTIONS.today, ...files], {
        cwd: dir, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, timeout: 1_200_000, killSignal: 'SIGKILL',
      });
      const cliMs = ms(started);
      assert.equal(run.error, undefined, `the CLI did not finish: ${String(run.error)}`);
      assert.equal(run.stderr, '');
      const items = JSON.parse(run.stdout) as Array<{ file: string; line: number; column: number; code: string }>;
      assert.ok(Array.isArray(items));
      const expected = chosen.flatMap(({ findings }, i) => findings.map((f) => ({ file: files[i], line: f.range.start.line + 1, column: f.range.start.column + 1, code: f.code })));
      assert.deepEqual(items.map(({ file, line, column, code }) => ({ file, line, column, code })), expected);
      const failing = chosen.some(({ findings }) => findings.some((f) => f.severity === 'warning' || f.severity === 'error'));
      assert.equal(run.status, failing ? 1 : 0);
      console.log(`\n  CLI on ${chosen.length} pathological files (${(chosen.reduce((n, { text }) => n + text.length, 0) / 1024 / 1024).toFixed(1)} MB): ${(cliMs / 1000).toFixed(1)} s, ${items.length} findings`);
      count('pathological inputs, CLI', chosen.length, cliMs);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
