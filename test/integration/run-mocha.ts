/**
 * Runs the bundled *.test.js of a folder with mocha inside the extension host and prints a
 * one-line summary (`<label>: N passing, N failing in VS Code …`, which scripts/test.mjs reads).
 * Shared by test/integration/index.ts and test/integration-untrusted/index.ts.
 * CAREER_JOURNAL_GREP narrows the run to matching test titles.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/**
 * In code-server the host's console reaches the browser page mixed into the workbench's own
 * log (VS Code's console forwarder ignores reassigning console.log). The reporter's lines
 * carry this mark so scripts/code-server-as-vscode.mjs can print just them.
 */
const MARK = '[ext-host] ';

/** Runs the tests in `folder`; rejects when any failed, which makes VS Code exit non-zero. */
export async function runMocha(folder: string, label: string): Promise<void> {
  const print = vscode.env.uiKind === vscode.UIKind.Web
    ? (...args: unknown[]) => console.log(MARK + format(...args))
    : (...args: unknown[]) => console.log(format(...args));
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  base.consoleLog = print;
  const grep = process.env.CAREER_JOURNAL_GREP;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, ...(grep ? { grep } : {}) });
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(join(folder, file));
  }
  const started = Date.now();
  const { passes, failures } = await new Promise<{ passes: number; failures: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0 }));
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  print(`${label}: ${passes} passing, ${failures} failing in VS Code ${vscode.version} (${vscode.env.appName}) in ${seconds} s`);
  if (failures > 0) throw new Error(`${failures} ${label} test(s) failed`);
}
