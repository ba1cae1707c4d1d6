/**
 * The CLI's full lint with the parse on two threads (src/node/parallel-lint.ts) gives exactly the
 * findings of `lint`: on every annotated fixture, on generated journals of 300 KB to 1.5 MB, with
 * a BOM, CRLF, front matter, reference definitions and defused nesting; the worker really parses;
 * a missing or failing worker only makes it parse alone; the CLI prints the same either way.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { journal } from '../../bench/generate.js';
import { lint, type LintOptions } from '../../src/core/lint.js';
import { assembleRoot, parseChunk, parseMarkdown, parsePlan } from '../../src/core/parse.js';
import {
  configureParallel, lintParallel, PARALLEL_MIN_CHARS, parallelStats, stopParseWorker, type ParallelSettings,
} from '../../src/node/parallel-lint.js';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/annotated');
const OPTIONS: LintOptions = { today: '2026-11-22', fileName: 'career/2026-10-01-check-in.md' };

/** Lints with `lintParallel` and `lint`, checks both agree, and says whether the worker parsed. */
async function same(text: string, options: LintOptions = OPTIONS): Promise<boolean> {
  const before = parallelStats().parallel;
  const got = await lintParallel(text, options);
  assert.deepEqual(got, lint(text, options));
  return parallelStats().parallel > before;
}

/** A line-for-line change of every line break to CRLF. */
const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).sort()
  .map((file) => ({ file, text: fs.readFileSync(path.join(FIXTURES, file), 'utf8') }));

describe('parallel lint (two threads) equals lint', function () {
  this.timeout(180_000);
  let dir = '';
  let workerScript = '';
  // This thread parses at most 3/4 of the chunks: the worker surely parses some, even on a busy
  // machine. Texts from a quarter of a million characters on go to the worker (the default,
  // PARALLEL_MIN_CHARS, is larger: tests keep their texts small).
  const THRESHOLD = 250_000;
  const use = (changes: ParallelSettings = {}): Promise<void> => configureParallel({ workerScript, mainShare: 0.75, minChars: THRESHOLD, ...changes });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-journal-parallel-'));
    workerScript = path.join(dir, 'parse-worker.js');
    await esbuild.build({
      entryPoints: [path.join(ROOT, 'src/node/parse-worker.ts')], outfile: workerScript,
      bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning',
    });
    await use();
  });

  after(async () => {
    await configureParallel();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('assembles chunk trees (cloned, as they come from the worker) into the tree parseMarkdown gives', () => {
    const text = crlf(`---\ntitle: x\n---\n${journal(60_000, 3)}`);
    const plan = parsePlan(text);
    assert.ok(plan.starts.length > 10);
    const chunks = plan.starts.map((start, i) => structuredClone(parseChunk(plan.text.slice(start, plan.starts[i + 1]))));
    assert.deepEqual(assembleRoot(plan.text, plan.starts, chunks), parseMarkdown(text));
  });

  it('every annotated fixture, each through the worker', async () => {
    await use({ minChars: 0, mainShare: 0.5 });
    let parallel = 0;
    for (const { file, text } of fixtures) {
      for (const variant of [text, crlf(text), `\uFEFF${text}`]) {
        if (await same(variant, { today: '2026-11-22', fileName: file })) parallel++;
      }
    }
    assert.ok(parallel > fixtures.length, `only ${parallel} lints used the worker`);
    await use();
  });

  it('the annotated fixtures concatenated past the threshold', async () => {
    let text = '';
    while (text.length < THRESHOLD * 1.2) text += fixtures.map((f) => f.text).join('\n\n');
    assert.ok(await same(text), 'the worker did not parse');
    assert.ok(await same(crlf(`\uFEFF${text}`)), 'the worker did not parse');
  });

  it('generated journals of 300 KB to 1.5 MB, with severities', async () => {
    assert.ok(await same(journal(300_000, 1)), 'the worker did not parse');
    // As the CLI runs it: this thread parses as many chunks as it reaches first.
    await configureParallel({ workerScript, minChars: THRESHOLD });
    assert.ok(await same(journal(1_500_000, 3)), 'the worker did not parse');
    await use();
    const options: LintOptions = { ...OPTIONS, dateOrder: 'dmy', severities: { 'goal-overdue': 'error', 'star-result-unquantified': 'off' } };
    assert.ok(await same(journal(400_000, 4), options));
  });

  it('by default, parses a journal below PARALLEL_MIN_CHARS on this thread alone', async () => {
    await configureParallel({ workerScript, mainShare: 0.75 });
    const text = journal(1_000_000, 6);
    assert.ok(text.length < PARALLEL_MIN_CHARS);
    assert.equal(await same(text), false, 'the worker parsed a part of a journal below the threshold');
    await use();
  });

  it('a BOM, CRLF and front matter', async () => {
    const body = journal(350_000, 5);
    const front = '---\ntype: career-journal\ndate: 2026-09-14\nmanager: Dana\n---\n\n';
    for (const text of [`\uFEFF${body}`, crlf(body), `${front}${body}`, `\uFEFF${crlf(`${front}${body}`)}`]) {
      assert.ok(await same(text), 'the worker did not parse');
    }
    // A `---` that opens a front matter no `---` line closes: no cut before the end, parsed whole.
    const open = `---\ntitle: open\n${body.replace(/^---[ \t]*$/gm, '***')}`;
    assert.equal(parsePlan(open).starts.length, 1);
    assert.equal(await same(open), false);
  });

  it('a reference definition: parsed whole, on this thread', async () => {
    const body = journal(350_000, 6);
    const middle = body.indexOf('\n\n', body.length / 2) + 2;
    const text = `${body.slice(0, middle)}[rfc]: https://example.com/rfc "The RFC"\n\nSee [the RFC][rfc].\n\n${body.slice(middle)}`;
    assert.equal(await same(text), false);
  });

  it('nesting deep enough to be defused', async () => {
    const body = journal(350_000, 7);
    const deep = Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}- [ ] level ${i} by Friday`).join('\n');
    const quotes = Array.from({ length: 30 }, (_, i) => `${'> '.repeat(i + 1)}quote ${i}`).join('\n');
    const at = body.indexOf('\n# ', body.length / 3) + 1;
    const late = body.indexOf('\n# ', (body.length * 2) / 3) + 1;
    const text = `${body.slice(0, at)}${deep}\n\n${body.slice(at, late)}${quotes}\n\n${body.slice(late)}`;
    assert.notEqual(parsePlan(text).text, text, 'nothing was defused');
    assert.ok(await same(text), 'the worker did not parse');
  });

  it('keeps one worker for many lints', async () => {
    await use();
    const started = parallelStats().workersStarted;
    for (const seed of [8, 9, 10]) assert.ok(await same(journal(300_000, seed)));
    assert.equal(parallelStats().workersStarted, started + 1);
  });

  it('parses alone when the worker script is missing: same findings, no crash', async () => {
    await use({ workerScript: path.join(dir, 'no-such-worker.js') });
    const before = parallelStats();
    const text = journal(300_000, 11);
    assert.equal(await same(text), false);
    assert.equal(parallelStats().workerFailures, before.workerFailures + 1);
    // It does not try again in this process.
    assert.equal(await same(text), false);
    assert.equal(parallelStats().workerFailures, before.workerFailures + 1);
    assert.equal(parallelStats().workersStarted, before.workersStarted);
    await use();
  });

  it('parses alone when the worker dies, or answers an error or nonsense', async () => {
    const scripts = {
      'exits.js': "require('node:worker_threads').parentPort.on('message', () => process.exit(3));",
      'throws.js': "require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom'); });",
      'refuses.js': "const p = require('node:worker_threads').parentPort; p.on('message', (m) => p.postMessage({ id: m.id, ok: false, error: 'no' }));",
      'short.js': "const p = require('node:worker_threads').parentPort; p.on('message', (m) => p.postMessage({ id: m.id, ok: true, roots: [] }));",
    };
    // A worker that parses and sends three chunks from the back, then dies.
    const partial = path.join(dir, 'partial.ts');
    fs.writeFileSync(partial, `import { parentPort } from 'node:worker_threads';
import { parseChunk } from ${JSON.stringify(path.join(ROOT, 'src/core/parse.js'))};
import { ChunkClaims } from ${JSON.stringify(path.join(ROOT, 'src/node/chunk-claims.js'))};
parentPort?.on('message', ({ id, text, starts, claims }) => {
  const taken = new ChunkClaims(claims);
  const roots = [];
  let from = starts.length;
  for (let n = 0; n < 3; n++) {
    from = taken.takeBack();
    roots.unshift(parseChunk(text.slice(starts[from], starts[from + 1])));
  }
  parentPort?.postMessage({ id, ok: true, from, roots, done: false });
  setTimeout(() => process.exit(1), 50);
});\n`);
    await esbuild.build({ entryPoints: [partial], outfile: path.join(dir, 'partial.js'), bundle: true, format: 'cjs', platform: 'node', logLevel: 'warning' });
    const text = journal(300_000, 12);
    await use({ workerScript: path.join(dir, 'partial.js'), mainShare: 0.5 });
    const before = parallelStats().fallbacks;
    assert.equal(await same(text), true);
    assert.equal(parallelStats().lastWorkerChunks, 3);
    assert.equal(parallelStats().fallbacks, before + 1);
    for (const [name, source] of Object.entries(scripts)) {
      fs.writeFileSync(path.join(dir, name), source);
      // This thread parses at most half the chunks, then waits for the worker's part.
      await use({ workerScript: path.join(dir, name), mainShare: 0.5 });
      const before = parallelStats().fallbacks;
      assert.equal(await same(text), false, name);
      assert.equal(parallelStats().fallbacks, before + 1, name);
    }
    await use();
  });

  it('CAREER_JOURNAL_THREADS=1 parses on this thread only', async () => {
    const saved = process.env.CAREER_JOURNAL_THREADS;
    process.env.CAREER_JOURNAL_THREADS = '1';
    try {
      await stopParseWorker();
      const started = parallelStats().workersStarted;
      assert.equal(await same(journal(300_000, 13)), false);
      assert.equal(parallelStats().workersStarted, started);
    } finally {
      if (saved === undefined) delete process.env.CAREER_JOURNAL_THREADS;
      else process.env.CAREER_JOURNAL_THREADS = saved;
    }
  });
});

describe('parallel lint: the CLI', function () {
  this.timeout(180_000);
  let dir = '';
  let cli = '';
  let spy = '';

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-journal-parallel-cli-'));
    const options: esbuild.BuildOptions = { bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning' };
    await esbuild.build({ ...options, entryPoints: [path.join(ROOT, 'src/cli.ts')], outfile: path.join(dir, 'dist/cli.js') });
    await esbuild.build({ ...options, entryPoints: [path.join(ROOT, 'src/node/parse-worker.ts')], outfile: path.join(dir, 'dist/parse-worker.js') });
    cli = path.join(dir, 'dist/cli.js');
    // Preloaded into the CLI's process: says on stderr which worker scripts it started.
    spy = path.join(dir, 'spy.cjs');
    fs.writeFileSync(spy, `const threads = require('node:worker_threads');
const Worker = threads.Worker;
threads.Worker = class extends Worker {
  constructor(file, options) { super(file, options); process.stderr.write('spy: worker ' + require('node:path').basename(String(file)) + '\\n'); }
};\n`);
    fs.mkdirSync(path.join(dir, 'career'));
    fs.writeFileSync(path.join(dir, 'career/big.md'), journal(600_000, 2026));
    fs.writeFileSync(path.join(dir, 'career/small.md'), journal(20_000, 1));
    fs.writeFileSync(path.join(dir, 'career/crlf.md'), `\uFEFF${crlf(journal(300_000, 2))}`);
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function run(script: string, format: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, ['--require', spy, script, 'lint', '--format', format, '--today', '2026-11-22', 'career'], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 256 * 1024 * 1024, timeout: 150_000,
    });
    assert.equal(result.error, undefined, String(result.error));
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('prints the same with and without the worker, and with the worker missing', () => {
    for (const format of ['json', 'text']) {
      const two = run(cli, format, { CAREER_JOURNAL_THREADS: '2' });
      const one = run(cli, format, { CAREER_JOURNAL_THREADS: '1' });
      assert.equal(two.stderr, 'spy: worker parse-worker.js\n', 'one worker, for both large files');
      assert.equal(one.stderr, '');
      assert.equal(two.status, 1);
      assert.equal(two.status, one.status);
      assert.ok(two.stdout.length > 10_000);
      assert.equal(two.stdout, one.stdout);
    }
    // A CLI whose worker script is missing parses alone and says nothing about it.
    fs.renameSync(path.join(dir, 'dist/parse-worker.js'), path.join(dir, 'parse-worker.moved'));
    try {
      const missing = run(cli, 'json', { CAREER_JOURNAL_THREADS: '2' });
      assert.equal(missing.stderr, '');
      assert.equal(missing.status, 1);
      assert.equal(missing.stdout, run(cli, 'json', { CAREER_JOURNAL_THREADS: '1' }).stdout);
    } finally {
      fs.renameSync(path.join(dir, 'parse-worker.moved'), path.join(dir, 'dist/parse-worker.js'));
    }
  });
});
