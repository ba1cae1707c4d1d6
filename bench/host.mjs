// Runs bench/host/index.ts (bundled to out/bench/host.js by esbuild.mjs) inside a real VS Code
// (code-server, as the integration tests do) and returns its figures: how long the extension
// host was held while a 1 MB journal opened and while typing into it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { setup } from '../scripts/setup-vscode.mjs';
import { writeUserSettings } from '../scripts/lib/code-server.mjs';
import { ROOT, copySampleWorkspace } from '../scripts/lib/sample-workspace.mjs';

/**
 * The host figures, or throws when VS Code could not run them. With `builtInMarkdown: false`,
 * VS Code's own Markdown extension (vscode.markdown-language-features, which parses every
 * Markdown document on the same extension host) is disabled, so what is left is ours.
 */
export async function hostFigures({ builtInMarkdown = true } = {}) {
  setup();
  const copy = copySampleWorkspace();
  const scratch = dirname(copy.path);
  const userDataDir = join(scratch, 'user-data');
  writeUserSettings(userDataDir);
  const outDir = mkdtempSync(join(tmpdir(), 'career-journal-bench-host-'));
  const out = join(outDir, 'figures.json');
  try {
    await runTests({
      vscodeExecutablePath: join(ROOT, 'scripts', 'code-server-as-vscode.mjs'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(ROOT, 'out', 'bench', 'host.js'),
      launchArgs: [copy.path, '--disable-extensions', ...(builtInMarkdown ? [] : ['--disable-extension=vscode.markdown-language-features']),
        `--user-data-dir=${userDataDir}`, `--extensions-dir=${join(scratch, 'extensions')}`],
      extensionTestsEnv: { CAREER_JOURNAL_BENCH_OUT: out },
    });
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    copy.remove();
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  console.log(JSON.stringify(await hostFigures({ builtInMarkdown: !process.argv.includes('--without-markdown') }), null, 2));
}
