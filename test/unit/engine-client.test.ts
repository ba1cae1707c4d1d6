/**
 * The extension's engine client (src/vscode/engine.ts) with real worker threads: small worker
 * scripts written for the test stand in for the engine, so the queue, the replacing of stale
 * lints, the time budget and restarts after a crash are each observable. (The real worker runs
 * in the integration tests.)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as vscode from 'vscode';
import { Engine, EngineBudgetError } from '../../src/vscode/engine.js';

const OPTIONS = { today: '2026-11-22' };

/** A worker that answers each request with its kind, key and text after `delayMs`, counting requests; `die` exits it, `hang` never answers. */
const SCRIPT = `
const { parentPort } = require('node:worker_threads');
let seen = 0;
parentPort.on('message', (m) => {
  seen++;
  if (m.text === 'die') process.exit(7);
  if (m.text === 'hang') return;
  if (m.text === 'throw') return parentPort.postMessage({ id: m.id, ok: false, error: 'it broke' });
  const delay = m.text && m.text.startsWith('slow') ? 300 : 0;
  setTimeout(() => parentPort.postMessage({ id: m.id, ok: true, value: [m.kind, m.key ?? null, m.text ?? null, seen] }), delay);
});`;

describe('engine client (the extension host side of the engine)', () => {
  let dir: string;
  let script: string;
  const logged: string[] = [];
  const log = { error: (...args: unknown[]) => logged.push(args.join(' ')), warn: () => undefined } as unknown as vscode.LogOutputChannel;
  const engines: Engine[] = [];
  const engine = (budgetMs = 5_000) => {
    const made = new Engine(log, script, budgetMs);
    engines.push(made);
    return made;
  };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-client-'));
    script = path.join(dir, 'worker.js');
    fs.writeFileSync(script, SCRIPT);
  });
  after(() => {
    for (const made of engines) made.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts no worker until the first request', async () => {
    const made = engine();
    assert.equal(made.started, 0);
    assert.deepEqual(await made.lint('a', 'text', OPTIONS), ['lint', 'a', 'text', 1]);
    assert.equal(made.started, 1);
  });

  it('replaces a waiting lint of a document by a newer one (the stale one resolves undefined)', async () => {
    const made = engine();
    const first = made.lint('a', 'slow 1', OPTIONS);
    const stale = made.lint('a', 'v2', OPTIONS);
    const other = made.lint('b', 'v1', OPTIONS);
    const newest = made.lint('a', 'v3', OPTIONS);
    assert.deepEqual(await first, ['lint', 'a', 'slow 1', 1]);
    assert.equal(await stale, undefined);
    assert.deepEqual(await other, ['lint', 'b', 'v1', 2]);
    assert.deepEqual(await newest, ['lint', 'a', 'v3', 3]);
  });

  it("runs the editor's requests before the workspace scan's", async () => {
    const made = engine();
    const order: string[] = [];
    const busy = made.lint('a', 'slow', OPTIONS).then(() => order.push('busy'));
    const scans = [1, 2].map((n) => made.summarize(`file ${n}`, OPTIONS, 30).then(() => order.push(`scan ${n}`)));
    const typed = made.lint('b', 'typed', OPTIONS).then(() => order.push('typed'));
    await Promise.all([busy, ...scans, typed]);
    assert.deepEqual(order, ['busy', 'typed', 'scan 1', 'scan 2']);
  });

  it('stops a request over its time budget, then starts a fresh worker', async () => {
    // The budget counts from sending, a worker's start included: generous, so a loaded machine still starts one in time.
    const made = engine(3_000);
    await assert.rejects(made.lint('a', 'hang', OPTIONS), (error: unknown) => error instanceof EngineBudgetError && /longer than 3 s/.test(error.message));
    assert.deepEqual(await made.lint('a', 'after', OPTIONS), ['lint', 'a', 'after', 1], 'a fresh worker answers');
    assert.equal(made.started, 2);
  });

  it('fails the request a crashing worker held, and goes on with a fresh one', async () => {
    const made = engine();
    const dying = made.lint('a', 'die', OPTIONS);
    const waiting = made.lint('b', 'next', OPTIONS);
    await assert.rejects(dying, /exit code 7/);
    assert.deepEqual(await waiting, ['lint', 'b', 'next', 1], 'answered by a fresh worker (its first request)');
    assert.equal(made.started, 2);
  });

  it("passes on the worker's error for one request without stopping it", async () => {
    const made = engine();
    await assert.rejects(made.lint('a', 'throw', OPTIONS), /it broke/);
    assert.deepEqual(await made.lint('a', 'fine', OPTIONS), ['lint', 'a', 'fine', 2]);
    assert.equal(made.started, 1);
  });

  it('rejects what is left when disposed, and anything asked afterwards', async () => {
    const made = engine();
    const running = made.lint('a', 'slow', OPTIONS);
    const queued = made.summarize('x', OPTIONS, 30);
    made.dispose();
    await assert.rejects(running, /stopped/);
    await assert.rejects(queued, /stopped/);
    await assert.rejects(made.lint('a', 'x', OPTIONS), /stopped/);
  });
});
