// Starts a real VS Code (code-server 4.100.3: VS Code 1.100.3's server + web workbench) and a
// headless Chromium to show it. Shared by the integration runner, the UI tests and `npm start`.
// Every process started here runs in its own process group and is killed with it: by stop(),
// and, as a last resort, when this Node process exits.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { get } from 'node:http';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { URLSearchParams } from 'node:url';
import { codeServerBin, chromiumPath } from '../setup-vscode.mjs';

/** User settings that keep a fresh workbench quiet and predictable (no welcome page, tips, updates). */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

// pid of each running code-server -> its scratch folder; killed and removed when Node exits
// (e.g. Playwright's own SIGINT handler ending a UI test run) if stop() did not get to it.
const live = new Map();
process.on('exit', () => {
  for (const [pid, scratch] of live) {
    killGroup(pid, 'SIGKILL');
    rmSync(scratch, { recursive: true, force: true });
  }
});

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Writes VS Code user settings into a user-data dir (as `User/settings.json`). */
export function writeUserSettings(userDataDir, settings = QUIET_SETTINGS) {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

/**
 * User settings of a run with workspace trust on (see startCodeServer's `workspaceTrust`):
 * trust enabled, and no modal "Do you trust the authors?" at startup, so the folder opens in
 * Restricted Mode (the banner says so) as when a user dismisses that question.
 */
export const TRUST_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
};

/**
 * Starts code-server on 127.0.0.1 (port 0 = a free one) and waits until it answers /healthz.
 * Dirs not given are made in a temp folder that stop() removes. `workspaceTrust: true` leaves
 * workspace trust on (no --disable-workspace-trust; TRUST_SETTINGS): a folder never trusted in
 * this browser profile, which is fresh for every launchChromium(), opens untrusted.
 */
export async function startCodeServer(options = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'career-journal-vscode-'));
  const userDataDir = options.userDataDir ?? join(scratch, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(scratch, 'extensions');
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const trust = options.workspaceTrust === true;
  if (options.settings !== false) writeUserSettings(userDataDir, { ...QUIET_SETTINGS, ...(trust ? TRUST_SETTINGS : {}), ...(options.settings ?? {}) });
  const args = [
    '--bind-addr', `127.0.0.1:${options.port ?? 0}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', ...(trust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override',
    '--ignore-last-opened', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    ...(options.args ?? []),
  ];
  const child = spawn(codeServerBin(), args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(scratch, 'config'),
      XDG_DATA_HOME: join(scratch, 'data'),
      EXTENSIONS_GALLERY: '{"serviceUrl":""}',
      ...(options.env ?? {}),
    },
  });
  live.set(child.pid, scratch);
  const log = options.logFile ? createWriteStream(options.logFile) : undefined;
  const output = [];
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const listening = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      const text = chunk.toString();
      log?.write(text);
      output.push(text);
      if (output.length > 200) output.shift();
      if (options.onOutput) options.onOutput(text);
      const match = /HTTP server listening on (http:\/\/[^\s/]+)\//.exec(output.join(''));
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    exited.then((code) => reject(new Error(`code-server exited (${code}) before listening:\n${output.join('')}`)));
  });

  let stopped;
  const stop = () => (stopped ??= (async () => {
    if (killGroup(child.pid, 'SIGTERM')) {
      const timer = new Promise((resolve) => setTimeout(resolve, 5000, 'timeout'));
      if ((await Promise.race([exited, timer])) === 'timeout') killGroup(child.pid, 'SIGKILL');
    }
    killGroup(child.pid, 'SIGKILL'); // extension hosts and terminals left in the group
    live.delete(child.pid);
    log?.end();
    rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  })());

  try {
    const url = await withTimeout(listening, options.startTimeoutMs ?? 60_000, 'code-server did not start listening');
    await withTimeout(waitHealthy(url), 30_000, 'code-server /healthz did not answer');
    return { url, pid: child.pid, userDataDir, extensionsDir, exited, stop, output: () => output.join('') };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitHealthy(url) {
  while (!(await answers(`${url}/healthz`))) await new Promise((resolve) => setTimeout(resolve, 100));
}

function answers(url) {
  return new Promise((resolve) => {
    get(url, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    }).on('error', () => resolve(false));
  });
}

/** Installs a .vsix into an extensions dir with code-server's CLI (which then exits). */
export function installExtension(vsix, extensionsDir) {
  const scratch = mkdtempSync(join(tmpdir(), 'career-journal-install-'));
  try {
    const result = spawnSync(codeServerBin(), ['--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', join(scratch, 'user-data')], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_DATA_HOME: join(scratch, 'data'), EXTENSIONS_GALLERY: '{"serviceUrl":""}' },
    });
    if (result.status !== 0) throw new Error(`code-server --install-extension failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
    return result.stdout;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Rejects with a message when a promise takes longer than `ms`. */
export function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${message} within ${ms / 1000} s`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A path of the server's machine as the workbench's remote URI. */
export function remoteUri(absolutePath) {
  return `vscode-remote://remote${absolutePath}`;
}

/**
 * The workbench URL that opens a folder with an extension under development (and its tests,
 * and a file to show). These are the desktop CLI's --extensionDevelopmentPath etc., which
 * code-server only takes in the URL's `payload`.
 */
export function workbenchUrl(base, { folder, extensionDevelopmentPath, extensionTestsPath, openFile } = {}) {
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(extensionTestsPath)]);
  if (openFile) payload.push(['openFile', remoteUri(openFile)]);
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  query.set('payload', JSON.stringify(payload));
  return `${base}/?${query.toString()}`;
}

/** Chromium flags for this offline machine: no sandbox as root, no background connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/**
 * Launches Debian's Chromium through playwright-core (never a downloaded browser).
 * `handleSignals: false` leaves SIGINT/SIGTERM to the caller, which must then close it.
 */
export async function launchChromium(options = {}) {
  const { chromium } = await import('playwright-core');
  const handleSignals = options.handleSignals ?? true;
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
  });
}

/**
 * Turns a workbench console message into plain text: strips the `%c` styling the
 * extension host's forwarded console uses. Returns undefined for styling-only arguments.
 */
export function consoleText(message) {
  const text = message.text();
  return text.replace(/%c/g, '').replace(/\s*color:\s*[^;\s]*;?/g, '').replace(/\s*font-weight:\s*[^;\s]*;?/g, '').trimEnd();
}
