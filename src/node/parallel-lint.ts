/**
 * The CLI's full lint, with the parse of a large journal on two threads.
 *
 * Why: parsing is most of a full lint (micromark), and `parseMarkdown` already parses a journal
 * chunk by chunk, each chunk alone (split.ts). Above `PARALLEL_MIN_CHARS`, this thread parses
 * chunks from the front while a worker thread parses them from the back, until they meet
 * (chunk-claims.ts: the faster thread parses more); the trees are then assembled exactly as
 * `parseMarkdown` assembles them (`assembleRoot`) and linted by the same code as `lint`
 * (`lintParsed`), so the findings are those of `lint`. One worker per process, started on the
 * first large journal, kept for the next ones, and `unref`'d while idle so it never keeps the
 * process alive. When it cannot start or fails, this thread parses its chunks too: the same
 * findings, only slower.
 *
 * `CAREER_JOURNAL_THREADS=1` (or a machine with one CPU) parses on this thread only;
 * `CAREER_JOURNAL_THREADS=2` parses journals from `ASKED_PARALLEL_MIN_CHARS` on on two threads.
 */
import type { Root } from 'mdast';
import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { lint, lintParsed, type LintOptions } from '../core/lint.js';
import { assembleRoot, parseChunk, parsePlan } from '../core/parse.js';
import { withoutBom } from '../core/read.js';
import type { Finding } from '../core/types.js';
import { ChunkClaims, YIELD_MS } from './chunk-claims.js';

/**
 * Texts shorter than this are linted on this thread alone. The worker loads the parser too, its
 * code starts cold, and its trees must be copied back, while on a 2-core machine V8's background
 * compiler already keeps the second core busy: measured in fresh processes (bench/fresh.mjs
 * `lint` and `lint-parallel`, medians), two threads gain nothing at 1–3 MB and about a tenth at
 * 4 MB.
 */
export const PARALLEL_MIN_CHARS = 3_500_000;

/** With `CAREER_JOURNAL_THREADS=2` (or more) set, texts from this size on are parsed on two threads. */
export const ASKED_PARALLEL_MIN_CHARS = 250_000;

/**
 * What the main thread asks the worker: parse chunks of `text` (they start at `starts`) from the
 * back, as `claims` (a `ChunkClaims` buffer) lets it, until it meets the main thread; send the
 * trees every `YIELD_MS` or so.
 */
export interface ParseRequest {
  readonly id: number;
  readonly text: string;
  readonly starts: readonly number[];
  readonly claims: SharedArrayBuffer;
}

/**
 * The worker's answers: the trees of chunks `from` on (`parseChunk`, each relative to its chunk),
 * `done` on the last; or why it stopped (this thread then parses what it did not send).
 */
export type ParseReply =
  | { readonly id: number; readonly ok: true; readonly from: number; readonly roots: Root[]; readonly done: boolean }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** What the parallel lints of this process did (tests and the benchmark read it). */
export interface ParallelStats {
  /** Workers started (one at a time; a new one only after `configureParallel`). */
  readonly workersStarted: number;
  /** Lints the worker parsed a part of. */
  readonly parallel: number;
  /** Lints whose worker's part (or some of it) this thread parsed after all: the worker failed. */
  readonly fallbacks: number;
  /** Workers that could not start, died or sent what cannot be read (then none is started again). */
  readonly workerFailures: number;
  /** The last lint that asked the worker: its chunks, how many the worker parsed. */
  readonly lastChunks: number;
  readonly lastWorkerChunks: number;
  /** The same lint: ms this thread parsed, then waited for the worker's trees. */
  readonly lastMainParseMs: number;
  readonly lastWaitMs: number;
}

/** How parallel lints run; every field has a default. */
export interface ParallelSettings {
  /** The bundled worker script (default: parse-worker.js next to this bundle). */
  readonly workerScript?: string;
  /** Node options of the worker (default: none; a bundled script needs no loader). */
  readonly execArgv?: readonly string[];
  /** The smallest text parsed on two threads (default `PARALLEL_MIN_CHARS`). */
  readonly minChars?: number;
  /**
   * At most this share of the chunks is parsed on this thread (default 1: as many as it
   * reaches first). Tests set 0.5, so that the worker surely parses a part of a small text.
   */
  readonly mainShare?: number;
}

const DEFAULTS: Required<ParallelSettings> = {
  workerScript: path.join(__dirname, 'parse-worker.js'), execArgv: [], minChars: PARALLEL_MIN_CHARS, mainShare: 1,
};

let settings: Required<ParallelSettings> = DEFAULTS;
let worker: ParseWorker | null = null;
/** A worker failed to start or died: this process parses alone from then on. */
let broken = false;
const stats = { workersStarted: 0, parallel: 0, fallbacks: 0, workerFailures: 0, lastChunks: 0, lastWorkerChunks: 0, lastMainParseMs: 0, lastWaitMs: 0 };

/**
 * Lints one journal's text: exactly `lint(text, options)`, with the parse shared with a worker
 * thread when the text is large and the machine has a second CPU. Never rejects where `lint`
 * would not throw.
 */
export async function lintParallel(text: string, options: LintOptions): Promise<Finding[]> {
  const clean = withoutBom(text);
  const { count: threadCount, asked } = threads();
  const minChars = asked ? Math.min(settings.minChars, ASKED_PARALLEL_MIN_CHARS) : settings.minChars;
  if (clean.length < minChars || broken || threadCount < 2) return lint(text, options);
  const plan = parsePlan(clean);
  const { starts } = plan;
  const count = starts.length;
  const parser = count > 1 ? startedWorker() : null;
  if (!parser) return lint(text, options);
  const chunk = (i: number): Root => parseChunk(plan.text.slice(starts[i], starts[i + 1]));
  const trees: (Root | undefined)[] = new Array<Root | undefined>(count);
  let fromWorker = 0;
  const claims = ChunkClaims.create(count);
  // Settles (false when the worker failed), never rejects: nothing is left unhandled if this
  // thread's parse throws.
  const remote = parser.parse({ text: plan.text, starts, claims: claims.buffer }, (from, roots) => {
    roots.forEach((root, i) => {
      if (from + i >= 0 && from + i < count && trees[from + i] === undefined) {
        trees[from + i] = root;
        fromWorker++;
      }
    });
  });
  const began = performance.now();
  const limit = Math.max(1, Math.ceil(count * settings.mainShare));
  let mine = 0;
  let paused = began;
  for (let i = claims.takeFront(limit); i >= 0; i = claims.takeFront(limit)) {
    trees[i] = chunk(i);
    mine++;
    // Now and then, take the trees the worker sent so far (reading them costs this thread; the
    // claims balance it), so that few are left to read once the two meet.
    if (performance.now() - paused >= YIELD_MS) {
      await new Promise(setImmediate);
      paused = performance.now();
    }
  }
  const parsed = performance.now();
  // When this thread reached the last chunk first, the worker has none: no need to wait for it.
  if (mine < count) await remote;
  Object.assign(stats, { lastChunks: count, lastWorkerChunks: fromWorker, lastMainParseMs: parsed - began, lastWaitMs: performance.now() - parsed });
  if (fromWorker > 0) stats.parallel++;
  // What the worker did not send (it failed, or sent nonsense), this thread parses now, in order.
  let missing = false;
  for (let i = 0; i < count; i++) {
    if (trees[i] !== undefined) continue;
    missing = true;
    trees[i] = chunk(i);
  }
  if (missing) stats.fallbacks++;
  return lintParsed(clean, assembleRoot(plan.text, starts, trees as Root[]), options);
}

/**
 * Changes how parallel lints run (tests, the benchmark) and stops the worker, so the next
 * large text starts one with these settings; after a failed worker, tries again.
 */
export async function configureParallel(changes: ParallelSettings = {}): Promise<void> {
  await stopParseWorker();
  settings = { ...DEFAULTS, ...changes };
  broken = false;
}

/** Stops the worker, if one runs; the next large text starts a new one. */
export async function stopParseWorker(): Promise<void> {
  const running = worker;
  worker = null;
  await running?.stop();
}

/** A copy of what the parallel lints of this process did. */
export function parallelStats(): ParallelStats {
  return { ...stats };
}

/**
 * How many threads may parse: `CAREER_JOURNAL_THREADS` when it is a whole number (`asked`), else
 * the CPUs.
 */
function threads(): { readonly count: number; readonly asked: boolean } {
  const wanted = process.env.CAREER_JOURNAL_THREADS?.trim() ?? '';
  return /^\d+$/.test(wanted) ? { count: Number(wanted), asked: true } : { count: availableParallelism(), asked: false };
}

function startedWorker(): ParseWorker | null {
  if (worker) return worker;
  try {
    // A worker whose script is missing fails only later, from the event loop: ask first.
    if (!fs.existsSync(settings.workerScript)) throw new Error(`no ${settings.workerScript}`);
    worker = new ParseWorker(settings.workerScript, settings.execArgv, () => {
      worker = null;
      broken = true;
      stats.workerFailures++;
    });
    stats.workersStarted++;
    return worker;
  } catch {
    broken = true;
    stats.workerFailures++;
    stats.fallbacks++;
    return null;
  }
}

/** Receives the trees of chunks `from` on. */
type PartHandler = (from: number, roots: readonly Root[]) => void;

/** One worker thread and the requests it has not finished yet. */
class ParseWorker {
  private readonly thread: Worker;
  private readonly pending = new Map<number, { readonly part: PartHandler; readonly end: (ok: boolean) => void }>();
  private nextId = 1;
  private dead = false;

  constructor(script: string, execArgv: readonly string[], private readonly died: () => void) {
    this.thread = new Worker(script, { execArgv: [...execArgv], stdout: false, stderr: false });
    this.thread.unref();
    this.thread.on('message', (reply: ParseReply) => this.receive(reply));
    this.thread.on('messageerror', () => this.fail());
    this.thread.on('error', () => this.fail());
    this.thread.on('exit', () => this.fail());
  }

  /**
   * Asks for the worker's part of a parse: `part` receives its trees as they come; true once it
   * sent them all, false when it could not (then some may be missing).
   */
  parse(request: Omit<ParseRequest, 'id'>, part: PartHandler): Promise<boolean> {
    if (this.dead) return Promise.resolve(false);
    const id = this.nextId++;
    return new Promise((end) => {
      this.pending.set(id, { part, end });
      // Held while it has work: an idle worker never keeps the process alive.
      this.thread.ref();
      try {
        this.thread.postMessage({ id, ...request } satisfies ParseRequest);
      } catch {
        this.end(id, false);
      }
    });
  }

  async stop(): Promise<void> {
    this.dead = true;
    this.endAll();
    await this.thread.terminate();
  }

  private receive(reply: ParseReply): void {
    const request = this.pending.get(reply.id);
    if (!request) return;
    if (!reply.ok || !Number.isInteger(reply.from) || !Array.isArray(reply.roots)) {
      this.end(reply.id, false);
      return;
    }
    request.part(reply.from, reply.roots);
    if (reply.done) this.end(reply.id, true);
  }

  private end(id: number, ok: boolean): void {
    const request = this.pending.get(id);
    this.pending.delete(id);
    if (this.pending.size === 0) this.thread.unref();
    request?.end(ok);
  }

  /** The worker could not start, died, or sent what cannot be read: parse alone from now on. */
  private fail(): void {
    if (this.dead) return;
    this.dead = true;
    this.endAll();
    this.died();
    void this.thread.terminate();
  }

  private endAll(): void {
    for (const id of [...this.pending.keys()]) this.end(id, false);
  }
}
