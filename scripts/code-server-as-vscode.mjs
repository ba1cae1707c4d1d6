#!/usr/bin/env node
// A stand-in for the desktop `code` binary, for @vscode/test-electron's
// runTests({ vscodeExecutablePath }). It reads the desktop arguments runTests passes
// (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=, --extensions-dir=,
// the folder), starts code-server on a free port, opens the workbench in headless Chromium,
// prints the extension host's console, and exits with the code the test run reports through
// window.codeAutomationExit. It kills everything it started: on success, failure, timeout
// (CAREER_JOURNAL_TIMEOUT_MS, default 5 minutes) and SIGINT/SIGTERM.
// CAREER_JOURNAL_VERBOSE=1 also prints the workbench's own console and code-server's log.
// CAREER_JOURNAL_WORKSPACE_TRUST=1 ignores runTests' --disable-workspace-trust (which it always
// passes) and starts code-server with workspace trust on: the folder opens untrusted, in
// Restricted Mode (scripts/test-integration.mjs --untrusted).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { clearTimeout, setInterval, setTimeout } from 'node:timers';
import { consoleText, launchChromium, startCodeServer, workbenchUrl } from './lib/code-server.mjs';

const timeoutMs = Number(process.env.CAREER_JOURNAL_TIMEOUT_MS || 300_000);
const verbose = process.env.CAREER_JOURNAL_VERBOSE === '1';
const workspaceTrust = process.env.CAREER_JOURNAL_WORKSPACE_TRUST === '1';
// test/integration/index.ts marks the extension host's console lines with this.
const MARK = '[ext-host] ';

function parseArgs(argv) {
  const options = { folder: undefined };
  for (const arg of argv) {
    const match = /^--([\w-]+)=(.*)$/.exec(arg);
    if (match) options[match[1]] = match[2];
    else if (!arg.startsWith('-')) options.folder = resolve(arg);
  }
  return options;
}

let server;
let browser;
let finishing;
function finish(code, message) {
  finishing ??= (async () => {
    if (message) console.error(`[code-server-as-vscode] ${message}`);
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
    process.exit(code);
  })();
  return finishing;
}

process.on('SIGINT', () => finish(130, 'interrupted (SIGINT): stopping code-server and Chromium'));
process.on('SIGTERM', () => finish(143, 'terminated (SIGTERM): stopping code-server and Chromium'));
// runTests' process killed without a chance to pass a signal on: stop rather than linger.
const parent = process.ppid;
setInterval(() => { if (process.ppid !== parent) void finish(1, 'the test runner went away: stopping'); }, 1000).unref();
const timer = setTimeout(() => finish(1, `timed out after ${timeoutMs / 1000} s: stopping code-server and Chromium`), timeoutMs);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.extensionTestsPath) throw new Error('expected --extensionTestsPath=...');
  for (const dir of [args['user-data-dir'], args['extensions-dir']]) if (dir) mkdirSync(dir, { recursive: true });
  server = await startCodeServer({
    userDataDir: args['user-data-dir'],
    extensionsDir: args['extensions-dir'],
    settings: {},
    workspaceTrust,
    onOutput: verbose ? (text) => process.stdout.write(`[code-server] ${text}`) : undefined,
  });
  server.exited.then((code) => finish(1, `code-server exited (${code}) during the test run:\n${server.output()}`));
  browser = await launchChromium({ handleSignals: false });
  const page = await browser.newPage();
  page.on('console', (message) => {
    const text = message.text();
    const at = text.indexOf(MARK);
    if (at >= 0) console.log(text.slice(at + MARK.length));
    else if (verbose) console.log(`[workbench ${message.type()}] ${consoleText(message)}`);
  });
  page.on('pageerror', (error) => { if (verbose) console.log(`[workbench pageerror] ${error.message}`); });
  page.on('crash', () => finish(1, 'the workbench page crashed'));
  let resolveExit;
  const exitCode = new Promise((resolvePromise) => { resolveExit = resolvePromise; });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  const url = workbenchUrl(server.url, {
    folder: args.folder,
    extensionDevelopmentPath: args.extensionDevelopmentPath && resolve(args.extensionDevelopmentPath),
    extensionTestsPath: resolve(args.extensionTestsPath),
  });
  if (verbose) console.log(`[code-server-as-vscode] ${url}`);
  await page.goto(url);
  const code = await exitCode;
  clearTimeout(timer);
  await finish(typeof code === 'number' ? code : 1);
}

main().catch((error) => finish(1, error instanceof Error ? error.stack ?? error.message : String(error)));
