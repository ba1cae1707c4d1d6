/**
 * Loaded by VS Code as `extensionTestsPath` by `scripts/test-integration.mjs --untrusted`: runs
 * the bundled *.test.js beside it with mocha inside the extension host of a workspace that is
 * NOT trusted (Restricted Mode), and prints a one-line summary. Like test/integration/index.ts;
 * CAREER_JOURNAL_GREP narrows the run.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** scripts/code-server-as-vscode.mjs prints only the page's console lines with this mark. */
const MARK = '[ext-host] ';

/** Runs the tests; rejects when any failed, which makes VS Code exit non-zero. */
export async function run(): Promise<void> {
  const print = vscode.env.uiKind === vscode.UIKind.Web
    ? (...args: unknown[]) => console.log(MARK + format(...args))
    : (...args: unknown[]) => console.log(format(...args));
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  base.consoleLog = print;
  const grep = process.env.CAREER_JOURNAL_GREP;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, ...(grep ? { grep } : {}) });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  const started = Date.now();
  const { passes, failures } = await new Promise<{ passes: number; failures: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0 }));
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const trust = vscode.workspace.isTrusted ? 'trusted' : 'untrusted';
  print(`integration (${trust} workspace): ${passes} passing, ${failures} failing in VS Code ${vscode.version} (${vscode.env.appName}) in ${seconds} s`);
  if (failures > 0) throw new Error(`${failures} untrusted-workspace integration test(s) failed`);
}
