#!/usr/bin/env node
// `npm test`: installs dependencies when needed, builds, then runs every suite and ends with
// one line "N passed, N failed" over all of them. Exits non-zero when anything failed or a
// suite could not run. Node built-ins only, so it works before `npm ci`.
//
//   node scripts/test.mjs                  all suites
//   node scripts/test.mjs unit integration only these (typecheck lint unit integration untrusted ui)
//
// typecheck and lint count as one check each; the test suites count mocha's tests.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const MINUTE = 60_000;

/** The suites in run order: how to run each, and how long it may take. */
const SUITES = [
  { name: 'typecheck', command: [NPM, 'run', '--silent', 'typecheck'], kind: 'check', timeout: 5 * MINUTE },
  { name: 'lint', command: [NPM, 'run', '--silent', 'lint'], kind: 'check', timeout: 5 * MINUTE },
  { name: 'unit', command: [NPM, 'run', '--silent', 'test:unit'], kind: 'mocha', timeout: 10 * MINUTE },
  { name: 'integration', command: [process.execPath, 'scripts/test-integration.mjs'], kind: 'mocha', timeout: 10 * MINUTE },
  // The same extension host, in a workspace that is not trusted (Restricted Mode).
  { name: 'untrusted', command: [process.execPath, 'scripts/test-integration.mjs', '--untrusted'], kind: 'mocha', timeout: 10 * MINUTE },
  { name: 'ui', command: [process.execPath, 'scripts/test-ui.mjs'], kind: 'mocha', timeout: 15 * MINUTE },
];

let current; // the running child, to pass Ctrl+C on to its process group
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current) killGroup(current.pid, signal);
    process.exitCode = 130;
  });
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function say(line) {
  console.log(`\n=== ${line}`);
}

/** Runs a command in its own process group, echoing and capturing its output. */
function run(command, { timeout } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command[0], command.slice(1), { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    current = child;
    let output = '';
    let timedOut = false;
    const echo = (stream) => (chunk) => {
      output += chunk.toString();
      stream.write(chunk);
    };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    const timer = timeout && setTimeout(() => {
      timedOut = true;
      console.error(`\n${command.join(' ')}: timed out after ${timeout / MINUTE} min, stopping it`);
      killGroup(child.pid, 'SIGTERM');
      setTimeout(() => killGroup(child.pid, 'SIGKILL'), 10_000).unref();
    }, timeout);
    child.on('error', (error) => { output += `\n${error.message}`; });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      current = undefined;
      resolve({ code: code ?? (signal ? 128 : 1), output, timedOut, seconds: (Date.now() - started) / 1000 });
    });
  });
}

/** The last "N passing / N failing / N pending" mocha printed. */
function mochaCounts(output) {
  const last = (pattern) => {
    const all = [...output.matchAll(pattern)];
    return all.length ? Number(all[all.length - 1][1]) : undefined;
  };
  return {
    passed: last(/^\s*(\d+) passing\b/gm),
    failed: last(/^\s*(\d+) failing\b/gm) ?? 0,
    skipped: last(/^\s*(\d+) pending\b/gm) ?? 0,
  };
}

function needsInstall() {
  const modules = join(ROOT, 'node_modules');
  if (!existsSync(modules)) return 'node_modules is missing';
  const marker = existsSync(join(modules, '.package-lock.json')) ? join(modules, '.package-lock.json') : modules;
  if (statSync(marker).mtimeMs < statSync(join(ROOT, 'package-lock.json')).mtimeMs) return 'node_modules is older than package-lock.json';
  return undefined;
}

/** Processes of code-server (from our cache) and of a Playwright-driven Chromium, by pid. */
function harnessProcesses() {
  if (!existsSync('/proc')) return new Map();
  const found = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
    } catch {
      continue;
    }
    if (/code-server-[\d.]+\/node_modules|chromium.*--remote-debugging-pipe/.test(cmdline)) found.set(entry, cmdline);
  }
  return found;
}

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !SUITES.some((suite) => suite.name === name));
  if (unknown.length) {
    console.error(`unknown suite(s): ${unknown.join(', ')}; known: ${SUITES.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const suites = wanted.length ? SUITES.filter((suite) => wanted.includes(suite.name)) : SUITES;
  const results = [];
  const before = harnessProcesses();
  const started = Date.now();

  const reason = needsInstall();
  if (reason) {
    say(`npm ci (${reason})`);
    if ((await run([NPM, 'ci', '--no-audit', '--no-fund'])).code !== 0) return finish([{ name: 'npm ci', passed: 0, failed: 1, skipped: 0, note: 'failed' }], started);
  }
  say('build');
  const build = await run([NPM, 'run', '--silent', 'build']);
  if (build.code !== 0) results.push({ name: 'build', passed: 0, failed: 1, skipped: 0, note: 'failed: suites that need it were not run' });

  for (const suite of suites) {
    if (build.code !== 0 && ['integration', 'untrusted', 'ui'].includes(suite.name)) {
      results.push({ name: suite.name, passed: 0, failed: 1, skipped: 0, note: 'not run: the build failed' });
      continue;
    }
    say(suite.name);
    const outcome = await run(suite.command, { timeout: suite.timeout });
    results.push(summarise(suite, outcome));
  }

  const left = [...harnessProcesses()].filter(([pid]) => !before.has(pid));
  if (left.length) {
    results.push({ name: 'cleanup', passed: 0, failed: 1, skipped: 0, note: `left running: ${left.map(([pid, cmd]) => `${pid} ${cmd.slice(0, 80)}`).join('; ')}` });
    for (const [pid] of left) killGroup(Number(pid), 'SIGKILL');
  }
  return finish(results, started);
}

function summarise(suite, { code, output, timedOut, seconds }) {
  const time = `${seconds.toFixed(1)} s`;
  if (suite.kind === 'check') {
    return code === 0
      ? { name: suite.name, passed: 1, failed: 0, skipped: 0, note: `ok in ${time}` }
      : { name: suite.name, passed: 0, failed: 1, skipped: 0, note: `failed (exit ${code}) in ${time}` };
  }
  const counts = mochaCounts(output);
  if (counts.passed === undefined) {
    return { name: suite.name, passed: 0, failed: 1, skipped: 0, note: `could not run (exit ${code}${timedOut ? ', timed out' : ''}) in ${time}` };
  }
  const failed = counts.failed || (code !== 0 ? 1 : 0); // a non-zero exit with no failing test is a failure too
  const note = `${counts.passed} passing, ${counts.failed} failing${counts.skipped ? `, ${counts.skipped} pending` : ''} in ${time}` +
    (code !== 0 && !counts.failed ? ` (exit ${code}${timedOut ? ', timed out' : ''})` : '');
  return { name: suite.name, passed: counts.passed, failed, skipped: counts.skipped, note };
}

function finish(results, started) {
  const total = (key) => results.reduce((sum, result) => sum + result[key], 0);
  say(`summary (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  for (const result of results) console.log(`  ${result.name.padEnd(12)} ${result.failed ? 'FAIL' : 'ok  '}  ${result.note}`);
  const skipped = total('skipped');
  console.log(`${total('passed')} passed, ${total('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exitCode = total('failed') > 0 || results.length === 0 ? 1 : (process.exitCode ?? 0);
}

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
