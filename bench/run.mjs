#!/usr/bin/env node
// `npm run bench`: generates journals of about 8 KB, 100 KB, 1 MB and 4 MB and a 500-journal
// workspace, and measures on the same texts, in one run: our full lint, our re-lint after a
// one-line edit in the middle (JournalLinter), the CLI's full lint (two threads above a size),
// markdownlint's lint (same process, default rules),
// a bare remark parse, peak heap, bundle and .vsix sizes, and indexing the workspace. Prints a
// table, then one JSON line with the same figures. Medians over several runs after a warm-up.
// Last, in a real VS Code (bench/host.mjs): how long the extension host is held while a 1 MB
// journal opens and while typing into it, next to VS Code alone on the same text as plain notes.
// A benchmark, not a test: nothing fails on a time. `BENCH_QUICK=1` runs fewer rounds, no 4 MB;
// `BENCH_HOST=0` skips the VS Code part.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import * as esbuild from 'esbuild';
import { fastFromMarkdown } from '../scripts/lib/fast-from-markdown.mjs';
import { lint as markdownlint } from 'markdownlint/sync';
import { hostFigures } from './host.mjs';
import { measureSizes } from './sizes.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const QUICK = process.env.BENCH_QUICK === '1';
const OPTIONS = { today: '2026-11-22' };
const SIZES = [['8 KB', 8_000, 15], ['100 KB', 100_000, 7], ['1 MB', 1_000_000, 5], ...(QUICK ? [] : [['4 MB', 4_000_000, 3]])];
const SEED = 2026;
const EDIT = '- [ ] Follow up with Sam about the pricing page by Friday\n';

const log = (line) => process.stderr.write(`${line}\n`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value, digits = 1) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));

function time(f) {
  const start = performance.now();
  f();
  return performance.now() - start;
}

function medianTime(f, runs) {
  return median(Array.from({ length: runs }, () => time(f)));
}

async function buildCore(dir) {
  const outfile = join(dir, 'bench-core.cjs');
  // As esbuild.mjs bundles the product: minified, with remark's parser changed (scripts/lib/fast-from-markdown.mjs).
  const options = { bundle: true, format: 'cjs', platform: 'node', target: 'node20', minify: true, logLevel: 'warning', plugins: [fastFromMarkdown] };
  await esbuild.build({ ...options, entryPoints: [join(ROOT, 'bench/entry.ts')], outfile });
  // The CLI's parse worker, where lintParallel looks for it: next to the bundle.
  await esbuild.build({ ...options, entryPoints: [join(ROOT, 'src/node/parse-worker.ts')], outfile: join(dir, 'parse-worker.js') });
  return outfile;
}

/** Runs one task of fresh.mjs in a new process; its peak heap is the largest heap a GC saw. */
function fresh(bundle, task, bytes = 0, seed = SEED) {
  const child = spawnSync(process.execPath, ['--trace-gc', '--expose-gc', join(ROOT, 'bench/fresh.mjs'), bundle, task, String(bytes), String(seed)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = child.stdout ?? '';
  const result = /^RESULT (.*)$/m.exec(out);
  if (child.status !== 0 || !result) throw new Error(`fresh ${task} failed: ${child.stderr || out.slice(-2000)}`);
  let peak = 0;
  for (const gc of out.matchAll(/ms: [A-Za-z -]+?(?:\([a-z ]+\) )?([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/g)) peak = Math.max(peak, Number(gc[1]), Number(gc[2]));
  return { ...JSON.parse(result[1]), peakHeapMB: peak || null };
}

async function inProcess(core, label, text, runs) {
  log(`${label}: ${text.length} characters`);
  const full = core.lint(text, OPTIONS);
  const fullMs = medianTime(() => core.lint(text, OPTIONS), runs);
  // The CLI's full lint: on two threads above its threshold (the worker already started).
  const parallel = await core.lintParallel(text, OPTIONS);
  if (!isDeepStrictEqual(parallel, full)) log(`  the CLI's lint (two threads) differs from lint at ${label}!`);
  const parallelRuns = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await core.lintParallel(text, OPTIONS);
    parallelRuns.push(performance.now() - start);
  }
  const linter = new core.JournalLinter();
  const coldMs = time(() => linter.lint(text, OPTIONS));
  const middle = text.indexOf('\n', Math.floor(text.length / 2)) + 1;
  const edited = `${text.slice(0, middle)}${EDIT}${text.slice(middle)}`;
  const relints = [];
  for (let i = 0; i < 21; i++) relints.push(time(() => linter.lint(i % 2 ? text : edited, OPTIONS)));
  const same = isDeepStrictEqual(linter.lint(text, OPTIONS), full);
  const markdownlintMs = medianTime(() => markdownlint({ strings: { doc: text } }), runs);
  const parseMs = medianTime(() => core.parseMarkdown(text), runs);
  const wholeParseMs = text.length <= 1_100_000 ? medianTime(() => core.remarkParseWhole(text), Math.min(runs, 3)) : null;
  return {
    bytes: text.length, findings: full.length, fullLintMs: fullMs, fullLintMsPerKB: fullMs / (text.length / 1000),
    parallelLintMs: median(parallelRuns), parallelEqualsFull: isDeepStrictEqual(parallel, full),
    relintMs: median(relints.slice(1)), relintMaxMs: Math.max(...relints.slice(1)), incrementalFirstLintMs: coldMs, incrementalEqualsFull: same,
    markdownlintMs, remarkParseChunkedMs: parseMs, remarkParseWholeMs: wholeParseMs, stats: linter.lastStats(),
  };
}

function workspaceFigures(core) {
  const files = core.workspace(500);
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  log(`workspace: ${files.length} journals, ${bytes} characters`);
  const read = (f) => {
    const { journal, context } = core.readJournal(f.text, { ...OPTIONS, fileName: f.path });
    return { path: f.path, summary: core.summarize(journal, context, 30) };
  };
  let indexed = files.map(read);
  const indexMs = medianTime(() => { indexed = files.map(read); }, QUICK ? 1 : 3);
  const updates = files.slice(0, 21).map((file, i) => time(() => {
    indexed[i] = read({ ...file, text: `${file.text}\n- [ ] One more goal by Friday\n` });
    core.progressOf(indexed, OPTIONS.today);
  }));
  return { journals: files.length, bytes, indexMs, updateOneMs: median(updates) };
}

function table(figures) {
  const rows = [['figure', ...figures.sizes.map((s) => s.label)]];
  const row = (name, key, digits = 1) => rows.push([name, ...figures.sizes.map((s) => (s[key] === null ? '—' : String(round(s[key], digits))))]);
  row('characters', 'bytes', 0);
  row('full lint, ms', 'fullLintMs');
  row('full lint, ms/KB', 'fullLintMsPerKB', 2);
  row(`full lint, CLI (two threads from ${round(figures.parallelMinChars / 1000, 0)} KB), ms`, 'parallelLintMs');
  row('re-lint after a one-line edit, ms (JournalLinter)', 'relintMs');
  row('re-lint, slowest of 20, ms', 'relintMaxMs');
  row('JournalLinter first lint, ms', 'incrementalFirstLintMs');
  row('markdownlint, ms (same process)', 'markdownlintMs');
  row('remark parse, chunked (parseMarkdown), ms', 'remarkParseChunkedMs');
  row('remark parse, one piece, ms', 'remarkParseWholeMs');
  row('peak heap, full lint (fresh process), MB', 'peakHeapMB');
  row('heap kept by JournalLinter, MB', 'retainedHeapMB');
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const out = [line(rows[0]), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.slice(1).map(line)];
  const f = figures;
  out.push('', '| figure | value |', '|---|---:|',
    `| 1 MB, fresh process: our full lint (as the CLI runs it: one thread below ${round(f.parallelMinChars / 1e6, 1)} MB) / markdownlint, ms | ${round(f.fresh.oursMs, 0)} / ${round(f.fresh.markdownlintMs, 0)} (ratio ${round(f.fresh.ratio, 2)}) |`,
    ...(f.freshLarge ? [`| 4 MB, fresh process: our full lint on one thread / the CLI's, two threads, ms | ${round(f.freshLarge.oneThreadMs, 0)} / ${round(f.freshLarge.cliMs, 0)} |`] : []),
    `| 1 MB, fresh process: peak heap ours / markdownlint, MB | ${round(f.fresh.oursPeakHeapMB)} / ${round(f.fresh.markdownlintPeakHeapMB)} |`,
    `| full lint ms/KB, ${f.linearity.large} vs 100 KB | ${round(f.linearity.ratio, 2)}× |`,
    `| index ${f.workspace.journals} journals (${round(f.workspace.bytes / 1e6, 1)} MB), ms | ${round(f.workspace.indexMs, 0)} |`,
    `| update after one file changes (re-read it, recompute progress), ms | ${round(f.workspace.updateOneMs)} |`,
    ...f.sizesOnDisk.bundles.map((b) => `| ${b.file}, KB (production) | ${round(b.bytes / 1024)} |`),
    `| all JavaScript shipped in the .vsix, KB | ${round(f.sizesOnDisk.shippedJs / 1024)} |`,
    `| .vsix, KB | ${round(f.sizesOnDisk.vsix / 1024)} |`,
    `| loading production dist/extension.js + activate() (stub vscode, fresh process), ms | ${round(f.extension.loadMs)} + ${round(f.extension.activateMs)} |`,
    `| parser loaded by activation | ${f.extension.parserLoaded === null ? '—' : f.extension.parserLoaded ? 'yes' : 'no'} |`);
  const h = f.host;
  if (h) {
    out.push(
      `| activation in VS Code ${h.vscode} (extension host), ms | ${round(h.activationMs)} |`,
      `| our code on the extension host while typing in a 1 MB journal (CPU profile): longest stretch / total, ms | ${round(h.ours.typingOwnMaxStretchMs)} / ${round(h.ours.typingOwnTotalMs)} |`,
      `| our code on the extension host while a 1 MB journal opens: longest stretch / total, ms | ${round(h.ours.openOwnMaxStretchMs)} / ${round(h.ours.openOwnTotalMs)} |`,
      `| extension host, longest block while typing in a 1 MB journal, ms (VS Code alone, same text as notes) | ${round(h.ours.typingMaxBlockMs)} (${round(h.baseline.typingMaxBlockMs)}) |`,
      `| extension host, 99th percentile block while typing, ms (VS Code alone) | ${round(h.ours.typingP99BlockMs)} (${round(h.baseline.typingP99BlockMs)}) |`,
      `| opening a 1 MB journal: longest block of the host, ms (VS Code alone) | ${round(h.ours.openMaxBlockMs)} (${round(h.baseline.openMaxBlockMs)}) |`,
      `| opening a 1 MB journal until its diagnostics show, ms | ${round(h.ours.openMs, 0)} |`,
      `| typing done (400 ms after the last keystroke) to diagnostics of the final text, ms | ${round(h.ours.lastEditToDiagnosticsMs, 0)} |`);
  }
  const a = f.hostAlone;
  if (a) {
    out.push(
      `| VS Code's Markdown extension off: our code's longest stretch on the host while typing, ms | ${round(a.ours.typingOwnMaxStretchMs)} |`,
      `| VS Code's Markdown extension off: host longest block while typing, ms (VS Code alone) | ${round(a.ours.typingMaxBlockMs)} (${round(a.baseline.typingMaxBlockMs)}) |`,
      `| VS Code's Markdown extension off: host 99th percentile block while typing, ms (VS Code alone) | ${round(a.ours.typingP99BlockMs)} (${round(a.baseline.typingP99BlockMs)}) |`,
      `| VS Code's Markdown extension off: opening a 1 MB journal, longest block, ms (VS Code alone) | ${round(a.ours.openMaxBlockMs)} (${round(a.baseline.openMaxBlockMs)}) |`);
  }
  return out.join('\n');
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'career-journal-bench-'));
  try {
    const bundle = await buildCore(dir);
    const core = createRequire(import.meta.url)(bundle);
    log(`warming up (${cpus().length} CPUs, ${round(totalmem() / 2 ** 30)} GB, Node ${process.version})`);
    const warm = core.journal(100_000, 1);
    for (let i = 0; i < 3; i++) { core.lint(warm, OPTIONS); markdownlint({ strings: { doc: warm } }); core.parseMarkdown(warm); core.remarkParseWhole(warm); }
    const sizes = [];
    for (const [label, bytes, runs] of SIZES) {
      const figures = await inProcess(core, label, core.journal(bytes, SEED), QUICK ? 1 : runs);
      log(`  fresh processes (${label})`);
      const ours = fresh(bundle, 'lint', bytes);
      const kept = fresh(bundle, 'incremental', bytes);
      sizes.push({ label, ...figures, peakHeapMB: ours.peakHeapMB, retainedHeapMB: kept.retainedHeapMB });
    }
    log('1 MB in fresh processes, ours and markdownlint alternately');
    const pairs = Array.from({ length: QUICK ? 3 : 5 }, () => [fresh(bundle, 'lint', 1_000_000), fresh(bundle, 'markdownlint', 1_000_000)]);
    const oursMs = median(pairs.map((p) => p[0].ms));
    const markdownlintMs = median(pairs.map((p) => p[1].ms));
    // Above PARALLEL_MIN_CHARS the CLI parses on two threads: what that gains, at 4 MB.
    let freshLarge = null;
    if (!QUICK) {
      log('4 MB in fresh processes, one thread and the CLI (two threads) alternately');
      const large = Array.from({ length: 3 }, () => [fresh(bundle, 'lint', 4_000_000), fresh(bundle, 'lint-parallel', 4_000_000)]);
      freshLarge = { oneThreadMs: median(large.map((p) => p[0].ms)), cliMs: median(large.map((p) => p[1].ms)), workerChunks: large.map((p) => `${p[1].workerChunks}/${p[1].chunks}`) };
    }
    const small = sizes.find((s) => s.label === '100 KB');
    const large = sizes[sizes.length - 1];
    log('workspace');
    const workspace = workspaceFigures(core);
    log('bundle and .vsix sizes (scratch copy)');
    let extension = null;
    const sizesOnDisk = measureSizes(ROOT, (scratch) => { extension = tryFresh(() => fresh(join(scratch, 'dist/extension.js'), 'extension-load')); });
    let host = null;
    let hostAlone = null;
    if (process.env.BENCH_HOST !== '0') {
      const skipped = (error) => {
        log(`  skipped: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
        return null;
      };
      log('extension host in VS Code (code-server): a 1 MB journal opened and typed into');
      host = await hostFigures().catch(skipped);
      log('the same with VS Code\'s own Markdown extension disabled (what is left on the host is ours)');
      hostAlone = await hostFigures({ builtInMarkdown: false }).catch(skipped);
    }
    const figures = {
      machine: { cpus: cpus().length, node: process.version, quick: QUICK },
      sizes,
      parallelMinChars: core.PARALLEL_MIN_CHARS,
      fresh: { oursMs, markdownlintMs, ratio: oursMs / markdownlintMs, ratios: pairs.map((p) => round(p[0].ms / p[1].ms, 2)), oursPeakHeapMB: median(pairs.map((p) => p[0].peakHeapMB)), markdownlintPeakHeapMB: median(pairs.map((p) => p[1].peakHeapMB)) },
      freshLarge,
      linearity: { small: '100 KB', large: large.label, ratio: large.fullLintMsPerKB / small.fullLintMsPerKB },
      workspace,
      sizesOnDisk,
      extension: { loadMs: extension?.ms ?? null, activateMs: extension?.activateMs ?? null, parserLoaded: extension?.parserLoaded ?? null },
      host,
      hostAlone,
    };
    console.log(table(figures));
    console.log(JSON.stringify(roundAll(figures)));
    await core.stopParseWorker();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function tryFresh(f) {
  try {
    return f();
  } catch (error) {
    log(`  skipped: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    return null;
  }
}

function roundAll(value) {
  if (typeof value === 'number') return Number.isInteger(value) ? value : round(value, 2);
  if (Array.isArray(value)) return value.map(roundAll);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundAll(v)]));
  return value;
}

await main();
