#!/usr/bin/env node
// Runs test/ui (mocha in plain Node driving code-server's workbench in headless Chromium).
// Installs code-server and Chromium first when missing (scripts/setup-vscode.mjs).
// Extra arguments go to mocha, e.g. `npm run test:ui -- --grep "npm start"`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setup } from './setup-vscode.mjs';
import { ROOT } from './lib/sample-workspace.mjs';

try {
  setup();
} catch (error) {
  console.error(`ui: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const mocha = spawn(process.execPath, [join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--config', join(ROOT, 'test', 'ui', '.mocharc.json'), ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => mocha.kill(signal));
mocha.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
