/**
 * `career-journal`: the command-line linter of Career Journal, for CI and pre-commit hooks
 * (contract: journal-format.md, "Command-line linter"). Everything Node-specific lives in
 * `src/node/`; the rules themselves are the core's `lint()`, run with the parse of a large journal
 * on two threads (src/node/parallel-lint.ts).
 */
import { version } from '../package.json';
import { parseCommandLine, UsageError, type LintRequest } from './node/args.js';
import { localToday } from './node/calendar.js';
import { discover } from './node/discover.js';
import { explain } from './node/errors.js';
import { formatJson } from './node/format-json.js';
import { formatText } from './node/format-text.js';
import { HELP, PROGRAM, usageMistake } from './node/help.js';
import { exitStatus, lintFiles } from './node/lint-files.js';
import { finish, wantsColour, warn } from './node/output.js';
import { stopParseWorker } from './node/parallel-lint.js';
import { readWorkspaceSettings } from './node/settings.js';

/** Runs the command line; returns the exit status and what goes to stdout. */
async function main(argv: readonly string[]): Promise<{ status: number; stdout: string }> {
  const command = parseCommandLine(argv);
  if (command.kind === 'help') return { status: 0, stdout: HELP };
  if (command.kind === 'version') return { status: 0, stdout: `${version}\n` };
  return lintCommand(command, process.cwd());
}

/** `career-journal lint`: the current directory is the workspace root. */
async function lintCommand(request: LintRequest, root: string): Promise<{ status: number; stdout: string }> {
  const settings = readWorkspaceSettings(root);
  settings.warnings.forEach(warn);
  const discovery = discover(request.paths, root);
  const run = await lintFiles(discovery.candidates, settings.selection, {
    today: request.today ?? localToday(),
    dateOrder: request.dateOrder ?? settings.dateOrder ?? 'mdy',
    ...(settings.severities && { severities: settings.severities }),
  });
  await stopParseWorker();
  const problems = [...discovery.problems, ...run.problems];
  problems.forEach(warn);
  const stdout = request.format === 'json'
    ? formatJson(run.reports)
    : formatText(run.reports, problems.length, wantsColour());
  return { status: exitStatus(run.reports, problems.length), stdout };
}

async function run(): Promise<void> {
  try {
    const { status, stdout } = await main(process.argv.slice(2));
    finish(status, stdout);
  } catch (error) {
    finish(2, '', error instanceof UsageError ? usageMistake(error.message) : `${PROGRAM}: ${explain(error)}\n`);
  }
}

void run();
