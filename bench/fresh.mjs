// One measurement in a fresh Node process, run by bench/run.mjs with --trace-gc (from whose
// output run.mjs reads the peak heap): `node fresh.mjs <bundle> <task> <bytes> <seed>`.
// Prints `RESULT <json>` as its last line.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import Module from 'node:module';

const [bundle, task, bytes, seed] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const OPTIONS = { today: '2026-11-22' };

function timed(f) {
  const start = performance.now();
  const value = f();
  return { ms: performance.now() - start, value };
}

async function timedAsync(f) {
  const start = performance.now();
  const value = await f();
  return { ms: performance.now() - start, value };
}

/** A stand-in for anything of the `vscode` API: every property is a callable, constructible stand-in. */
function stub() {
  const target = function () {};
  return new Proxy(target, { get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : stub()), apply: () => stub(), construct: () => stub() });
}

/** The `vscode` module: its top-level names (from @types/vscode, as bundles copy them), each a stub. */
function vscodeStub() {
  const types = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = [...types.matchAll(/^\s{0,4}export (?:class|enum|namespace|function|const|let) (\w+)/gm)].map((m) => m[1]);
  return Object.fromEntries(names.map((name) => [name, stub()]));
}

async function main() {
  if (task === 'extension-load') {
    const load = Module._load;
    const vscode = vscodeStub();
    Module._load = function (request, ...rest) {
      return request === 'vscode' ? vscode : load.call(this, request, ...rest);
    };
    const loaded = timed(() => require(bundle));
    const context = stub();
    const activated = timed(() => loaded.value.activate(context));
    // The engine bundle (remark, dates, rules) is dist/core.js: activation must not load it.
    const parserLoaded = Object.keys(require.cache).some((file) => /[\\/]core\.js$/.test(file) || /remark|micromark|chrono/.test(file));
    return { ms: loaded.ms, activateMs: activated.ms, parserLoaded };
  }
  const core = require(bundle);
  const text = core.journal(Number(bytes), Number(seed));
  if (task === 'lint') {
    const { ms, value } = timed(() => core.lint(text, OPTIONS));
    return { ms, bytes: text.length, findings: value.length };
  }
  if (task === 'lint-parallel') {
    // The CLI's full lint (src/node/parallel-lint.ts): a large text is parsed on two threads;
    // the worker is started by this first lint, inside the time, as for the CLI's first file.
    const { ms, value } = await timedAsync(() => core.lintParallel(text, OPTIONS));
    const stats = core.parallelStats();
    await core.stopParseWorker();
    return { ms, bytes: text.length, findings: value.length, chunks: stats.lastChunks, workerChunks: stats.lastWorkerChunks, mainParseMs: stats.lastMainParseMs, waitMs: stats.lastWaitMs, fallbacks: stats.fallbacks };
  }
  if (task === 'markdownlint') {
    const { lint } = await import('markdownlint/sync');
    const { ms, value } = timed(() => lint({ strings: { doc: text } }));
    return { ms, bytes: text.length, findings: value.doc.length };
  }
  if (task === 'incremental') {
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const linter = new core.JournalLinter();
    const cold = timed(() => linter.lint(text, OPTIONS));
    globalThis.gc?.();
    const retained = process.memoryUsage().heapUsed - before;
    return { ms: cold.ms, bytes: text.length, retainedHeapMB: retained / 2 ** 20, findings: cold.value.length, atoms: linter.lastStats().atoms };
  }
  throw new Error(`unknown task ${task}`);
}

const result = await main();
console.log(`RESULT ${JSON.stringify(result)}`);
