#!/usr/bin/env node
// Runs test/integration (bundled to out/test/integration by esbuild.mjs) with mocha inside a
// real VS Code's extension host, through @vscode/test-electron's runTests.
//
//   CAREER_JOURNAL_VSCODE=code-server (default)  VS Code 1.100.3 from code-server + headless
//       Chromium, via scripts/code-server-as-vscode.mjs; works offline (see docs/testing.md).
//   CAREER_JOURNAL_VSCODE=desktop  test-electron downloads desktop VS Code
//       (CAREER_JOURNAL_VSCODE_VERSION, default "stable"): needs internet and a display.
//   CAREER_JOURNAL_GREP=pattern    runs only the matching tests.
//   --untrusted  runs test/integration-untrusted instead, in a workspace that is not trusted
//       (Restricted Mode): code-server with workspace trust on. code-server mode only, since
//       runTests always passes --disable-workspace-trust to a desktop VS Code.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { setup } from './setup-vscode.mjs';
import { QUIET_SETTINGS, TRUST_SETTINGS, writeUserSettings } from './lib/code-server.mjs';
import { ROOT as root, copySampleWorkspace } from './lib/sample-workspace.mjs';

const mode = process.env.CAREER_JOURNAL_VSCODE || 'code-server';
const untrusted = process.argv.includes('--untrusted');
const suite = untrusted ? 'integration-untrusted' : 'integration';
const testsPath = join(root, 'out', 'test', suite, 'index.js');

// Ctrl+C: runTests passes SIGINT on to the stand-in, which stops code-server and Chromium;
// listening here keeps this process alive until then so the workspace copy is removed too.
process.on('SIGINT', () => {});

async function main() {
  if (!existsSync(testsPath) || !existsSync(join(root, 'dist', 'extension.js'))) {
    throw new Error('build first: npm run build (npm run test:integration does)');
  }
  if (untrusted && mode === 'desktop') {
    throw new Error('--untrusted needs code-server mode: runTests always passes --disable-workspace-trust to desktop VS Code');
  }
  const vscodeExecutablePath = mode === 'desktop' ? undefined : join(root, 'scripts', 'code-server-as-vscode.mjs');
  if (vscodeExecutablePath) setup();
  // A fresh copy of the sample workspace and a fresh profile: tests write files and settings.
  const copy = copySampleWorkspace();
  const workspace = copy.path;
  const scratch = dirname(workspace);
  const userDataDir = join(scratch, 'user-data');
  writeUserSettings(userDataDir, untrusted ? { ...QUIET_SETTINGS, ...TRUST_SETTINGS } : QUIET_SETTINGS);
  const started = Date.now();
  try {
    await runTests({
      ...(vscodeExecutablePath ? { vscodeExecutablePath } : { version: process.env.CAREER_JOURNAL_VSCODE_VERSION || 'stable' }),
      extensionDevelopmentPath: root,
      extensionTestsPath: testsPath,
      launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${userDataDir}`, `--extensions-dir=${join(scratch, 'extensions')}`],
      // Also the stand-in's environment: CAREER_JOURNAL_WORKSPACE_TRUST=1 starts code-server with trust on.
      extensionTestsEnv: { CAREER_JOURNAL_GREP: process.env.CAREER_JOURNAL_GREP ?? '', CAREER_JOURNAL_WORKSPACE_TRUST: untrusted ? '1' : '' },
    });
    console.log(`${suite} run took ${((Date.now() - started) / 1000).toFixed(1)} s (${mode})`);
  } finally {
    copy.remove();
  }
}

main().catch((error) => {
  console.error(`${suite}: ${error instanceof Error ? error.message : String(error)}`);
  if (mode === 'desktop') console.error('integration: desktop mode downloads VS Code and needs internet; without it, use the default (code-server) mode');
  process.exit(1);
});
