import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/sample-workspace.mjs';
import { Workbench } from './workbench.js';

/** What `npm start` printed: the workbench URL and the workspace copy. */
interface Started {
  readonly url: string;
  readonly workspace: string;
}

/** Runs scripts/start.mjs in code-server mode (what `npm start` does without desktop `code`). */
function npmStart(): { child: ChildProcess; started: Promise<Started>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), '--code-server', '--no-build'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  const started = new Promise<Started>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start printed no URL within 90 s:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /^\s*(http:\/\/127\.0\.0\.1:\d+\/\?\S+)$/m.exec(output)?.[1];
      const workspace = /test\/fixtures\/workspace in (\S+) \(removed on exit\)/.exec(output)?.[1];
      if (url && workspace) {
        clearTimeout(timer);
        resolve({ url, workspace });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`npm start exited (${code}):\n${output}`)); });
  });
  return { child, started, exited };
}

describe('npm start (UI)', function () {
  let run: ReturnType<typeof npmStart> | undefined;
  let started: Started | undefined;
  let workbench: Workbench | undefined;

  before(async function () {
    run = npmStart();
    started = await run.started;
  });

  afterEach(async function () {
    await workbench?.screenshot(`npm start ${this.currentTest?.title ?? 'test'}`).catch(() => undefined);
  });

  after(async function () {
    await workbench?.stop();
    if (run && run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGTERM');
      const stopped = await Promise.race([run.exited.then(() => true), new Promise((r) => setTimeout(r, 15_000, false))]);
      if (!stopped) run.child.kill('SIGKILL');
    }
  });

  it('serves the extension with the sample journal open and its problems listed', async () => {
    assert.ok(started);
    workbench = await Workbench.open(started.url, 'npm-start', started.workspace);
    await workbench.page.locator('.tabs-container .tab.active', { hasText: '2026-11-22-career-conversation.md' }).waitFor();
    await workbench.openProblems();
    await workbench.waitForProblem('smart-missing-deadline');
  });

  it('stops code-server and removes the workspace copy on Ctrl+C', async () => {
    assert.ok(run && started);
    await workbench?.stop();
    run.child.kill('SIGINT');
    assert.equal(await run.exited, 0);
    assert.equal(existsSync(started.workspace), false, 'the workspace copy is removed');
    await assert.rejects(fetch(new URL('/healthz', started.url)), 'code-server no longer answers');
  });
});
