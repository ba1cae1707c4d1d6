#!/usr/bin/env node
// Installs what the integration and UI tests need to run a real VS Code on this machine:
// Debian's Chromium and code-server 4.100.3 (VS Code 1.100.3 as a server + web workbench),
// the latter into a cache OUTSIDE the clone so every checkout on the machine reuses it.
// Idempotent: when everything is there it only checks and prints where things are.
//
//   node scripts/setup-vscode.mjs          install what is missing
//   node scripts/setup-vscode.mjs --check  only report, exit 1 when something is missing
//
// Environment: CAREER_JOURNAL_CACHE (default ~/.cache/career-journal), CHROMIUM_PATH.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync, readFileSync, mkdtempSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
/** The VS Code version that code-server release is built from. */
export const VSCODE_VERSION = '1.100.3';
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'ripgrep'];

/** Where code-server is (to be) installed. */
export function codeServerDir() {
  const cache = process.env.CAREER_JOURNAL_CACHE || join(homedir(), '.cache', 'career-journal');
  return join(cache, `code-server-${CODE_SERVER_VERSION}`);
}

/** The code-server launcher inside the cache. */
export function codeServerBin() {
  return join(codeServerDir(), 'node_modules', '.bin', 'code-server');
}

/** The Chromium binary the tests drive. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

function log(message) {
  console.log(`[setup-vscode] ${message}`);
}

function codeServerReady() {
  const marker = join(codeServerDir(), '.installed');
  return existsSync(marker) && readFileSync(marker, 'utf8').trim() === CODE_SERVER_VERSION && existsSync(codeServerBin());
}

/** Runs a command; with `quiet`, its output is kept and shown (the end of it) only on failure. */
function run(command, args, { quiet = false, ...options } = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options,
  });
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    const output = quiet ? `\n${`${result.stdout}${result.stderr}`.trim().split('\n').slice(-30).join('\n')}` : '';
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}${output}`);
  }
  return Date.now() - started;
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function handWork(missing) {
  return [
    `cannot install ${missing.join(' and ')} automatically here (needs root on Debian/Ubuntu with apt-get).`,
    'Install what is missing by hand, then run this again:',
    `  - Chromium: your distribution's package (e.g. "sudo apt-get install chromium"), or set CHROMIUM_PATH to a Chrome/Chromium binary`,
    `  - code-server ${CODE_SERVER_VERSION} (needs Node 20, libkrb5-dev, ripgrep, a C++ toolchain):`,
    `      mkdir -p ${codeServerDir()} && cd ${codeServerDir()} && npm_config_yes=true npm install --unsafe-perm code-server@${CODE_SERVER_VERSION}`,
    `      echo ${CODE_SERVER_VERSION} > ${join(codeServerDir(), '.installed')}`,
    'Or run the same tests in desktop VS Code: CAREER_JOURNAL_VSCODE=desktop npm run test:integration (needs internet).',
  ].join('\n');
}

function aptInstall(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !has('apt-get') || !existsSync('/etc/debian_version')) throw new Error(handWork(packages));
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log('apt-get update ...');
  run('apt-get', ['update', '-qq'], { env, quiet: true });
  log(`apt-get install ${packages.join(' ')} ...`);
  const ms = run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env, quiet: true });
  log(`installed ${packages.join(' ')} in ${(ms / 1000).toFixed(0)} s`);
}

/** Packs Debian's rg where @vscode/ripgrep's postinstall looks before it downloads. */
function seedRipgrepCache() {
  const dir = join(process.env.TMPDIR || '/tmp', RIPGREP_CACHE);
  const asset = join(dir, RIPGREP_ASSET);
  if (existsSync(asset)) return;
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new Error('ripgrep (rg) is needed to install code-server offline');
  mkdirSync(dir, { recursive: true });
  const staging = mkdtempSync(join(tmpdir(), 'rg-'));
  run('cp', [rg, join(staging, 'rg')]);
  run('tar', ['-czf', asset, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
}

function installCodeServer() {
  const dir = codeServerDir();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'career-journal-code-server', private: true }, null, 2));
  seedRipgrepCache();
  log(`npm install code-server@${CODE_SERVER_VERSION} into ${dir} (about 1-2 minutes, 300 MB) ...`);
  const env = { ...process.env, npm_config_yes: 'true' };
  const ms = run('npm', ['install', '--unsafe-perm', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], { cwd: dir, env });
  writeFileSync(join(dir, '.installed'), CODE_SERVER_VERSION + '\n');
  log(`code-server installed in ${(ms / 1000).toFixed(0)} s`);
}

/** Installs what is missing; returns the paths the runners need. Throws with advice on failure. */
export function setup({ checkOnly = false } = {}) {
  const needChromium = !existsSync(chromiumPath());
  const needCodeServer = !codeServerReady();
  if (checkOnly) return { ok: !needChromium && !needCodeServer, needChromium, needCodeServer };
  const packages = [];
  if (needChromium) packages.push('chromium');
  if (needCodeServer) {
    if (!has('rg')) packages.push('ripgrep');
    if (!existsSync('/usr/include/krb5.h') && !existsSync('/usr/include/gssapi/gssapi.h')) packages.push('libkrb5-dev');
  }
  if (packages.length > 0) aptInstall(packages.filter((p) => APT_PACKAGES.includes(p)));
  if (needCodeServer) installCodeServer();
  if (!existsSync(chromiumPath())) throw new Error(`Chromium is still missing at ${chromiumPath()}`);
  return { ok: true, codeServer: codeServerBin(), chromium: chromiumPath() };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const checkOnly = process.argv.includes('--check');
  try {
    const result = setup({ checkOnly });
    if (checkOnly && !result.ok) {
      log(`missing:${result.needChromium ? ' chromium' : ''}${result.needCodeServer ? ` code-server ${CODE_SERVER_VERSION}` : ''}`);
      process.exit(1);
    }
    log(`ready: code-server ${CODE_SERVER_VERSION} at ${codeServerBin()}, chromium at ${chromiumPath()}`);
  } catch (error) {
    console.error(`[setup-vscode] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
