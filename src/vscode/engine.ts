/**
 * The journal engine as the extension host sees it. Parsing and linting run in a worker thread
 * (dist/engine-worker.js), started on the first request: activation loads no parser, and
 * typing in a large journal never waits for one.
 *
 * One request runs at a time, the editor's (lint, goal, summary of an open document) before
 * the workspace scan's. A lint waiting for its turn is replaced by a newer lint of the same
 * document, which resolves the older one with `undefined` (stale). A request that outlives
 * its time budget stops the worker and fails with `EngineBudgetError`; a fresh worker starts
 * on the next request. The worker's heap is capped, so a runaway text cannot take the editor down.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { LintOptions } from '../core/lint.js';
import type { ReadOptions } from '../core/read.js';
import type { JournalSummary } from '../core/summary.js';
import type { Finding } from '../core/types.js';
import type { EngineReplies, EngineRequest, Envelope, GoalAt, Reply } from '../engine/protocol.js';

/** How long one request may take before the worker is stopped. */
export const BUDGET_MS = 30_000;

/** The worker's heap limit: a 20 MB journal needs about 1.3 GB. */
const HEAP_MB = 3072;

/** A request stopped because it took longer than the budget. */
export class EngineBudgetError extends Error {
  constructor(readonly seconds: number) {
    super(`checking took longer than ${seconds} s and was stopped`);
    this.name = 'EngineBudgetError';
  }
}

interface Job {
  readonly request: EngineRequest;
  readonly background: boolean;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

/** The engine worker and its queue of requests. */
export class Engine implements vscode.Disposable {
  private worker: Worker | undefined;
  private readonly queue: Job[] = [];
  private running: { readonly job: Job; readonly id: number; readonly timer: ReturnType<typeof setTimeout> } | undefined;
  private nextId = 1;
  private disposed = false;
  /** How many workers were started (a restart after a crash or a stopped request adds one). */
  started = 0;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly script = path.join(__dirname, 'engine-worker.js'),
    private readonly budgetMs = BUDGET_MS,
  ) {}

  /** The findings of `text`, linted incrementally against the last text of `key`; undefined if a newer lint replaced it. */
  lint(key: string, text: string, options: LintOptions): Promise<Finding[] | undefined> {
    return this.request({ kind: 'lint', key, text, options }, false);
  }

  /** The goal on `line` of `text` (the document `key`), or undefined. */
  goal(key: string, text: string, line: number, options: LintOptions): Promise<GoalAt | undefined> {
    return this.request({ kind: 'goal', key, text, line, options }, false);
  }

  /**
   * The summary of an open document's text, from its kept parse (not parsed again if just
   * linted); `background` queues it behind the editor's lints.
   */
  summaryOf(key: string, text: string, options: ReadOptions, dueSoonDays: number, background = false): Promise<JournalSummary | undefined> {
    return this.request({ kind: 'summary', key, text, options, dueSoonDays }, background);
  }

  /** The summary of a text read once (a journal not open in an editor); runs after the editor's requests. */
  summarize(text: string, options: ReadOptions, dueSoonDays: number): Promise<JournalSummary | undefined> {
    return this.request({ kind: 'summary', text, options, dueSoonDays }, true);
  }

  /** Drops what the worker keeps for `key`, and any lint of it still waiting. */
  forget(key: string): void {
    this.dropQueuedLint(key);
    if (this.worker || this.running) void this.request({ kind: 'forget', key }, false).catch(() => undefined);
  }

  dispose(): void {
    this.disposed = true;
    const error = new Error('Career Journal was stopped');
    for (const job of this.queue.splice(0)) job.reject(error);
    if (this.running) {
      clearTimeout(this.running.timer);
      this.running.job.reject(error);
      this.running = undefined;
    }
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private request<K extends EngineRequest['kind']>(request: EngineRequest & { kind: K }, background: boolean): Promise<EngineReplies[K] | undefined> {
    if (this.disposed) return Promise.reject(new Error('Career Journal was stopped'));
    const asked: EngineRequest = request;
    if (asked.kind === 'lint') this.dropQueuedLint(asked.key);
    return new Promise((resolve, reject) => {
      const job: Job = { request, background, resolve: resolve as (value: unknown) => void, reject };
      const firstBackground = this.queue.findIndex((queued) => queued.background);
      if (background || firstBackground < 0) this.queue.push(job);
      else this.queue.splice(firstBackground, 0, job);
      this.pump();
    });
  }

  private dropQueuedLint(key: string): void {
    const at = this.queue.findIndex((job) => job.request.kind === 'lint' && job.request.key === key);
    if (at >= 0) this.queue.splice(at, 1)[0]?.resolve(undefined);
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    const id = this.nextId++;
    const timer = setTimeout(() => this.stop(new EngineBudgetError(Math.round(this.budgetMs / 1000))), this.budgetMs);
    this.running = { job, id, timer };
    try {
      this.start().postMessage({ ...job.request, id } satisfies Envelope);
    } catch (error) {
      this.stop(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB }, stdout: false, stderr: false });
    worker.unref();
    this.started++;
    worker.on('message', (reply: Reply) => this.answered(reply));
    worker.on('error', (error) => {
      this.log.error('The Career Journal engine stopped:', error);
      if (this.worker === worker) this.stop(error);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.stop(new Error(`the Career Journal engine stopped (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  private answered(reply: Reply): void {
    const running = this.running;
    if (!running || reply.id !== running.id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    if (reply.ok) running.job.resolve(reply.value);
    else running.job.reject(new Error(reply.error));
    this.pump();
  }

  /** Fails the running request with `error`, stops the worker, and goes on with the queue. */
  private stop(error: Error): void {
    const running = this.running;
    this.running = undefined;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    if (running) {
      clearTimeout(running.timer);
      running.job.reject(error);
    }
    this.pump();
  }
}
