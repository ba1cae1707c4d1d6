/** What `career-journal --help` and a wrong command line print. */
import { ASKED_PARALLEL_MIN_CHARS, PARALLEL_MIN_CHARS } from './parallel-lint.js';

/** The program's name in messages. */
export const PROGRAM = 'career-journal';

/** The one-line synopsis. */
export const USAGE =
  `Usage: ${PROGRAM} lint [--format text|json] [--today YYYY-MM-DD] [--date-order mdy|dmy] FILE_OR_DIR...`;

/** The two lines printed on stderr after a usage mistake. */
export function usageMistake(message: string): string {
  return `${PROGRAM}: ${message}\n${USAGE}  (more: ${PROGRAM} --help)\n`;
}

/** The full help text. */
export const HELP = `${USAGE}

Checks Markdown career journals: SMART goals, STAR stories and the preparation
worksheet, with the same rules as the Career Journal extension for VS Code.

Files named on the command line are always linted. Folders are searched
recursively for journals: Markdown files whose front matter says
"type: career-journal", that lie under careerJournal.folder (default career/),
or that match a glob in careerJournal.include. Those settings and
careerJournal.dateOrder are read from .vscode/settings.json in the current
directory, which counts as the workspace root. node_modules and folders whose
name starts with a dot are skipped.

Options:
  --format text|json     how to print findings (default: text)
  --today YYYY-MM-DD     the date to treat as today, for overdue goals and
                         relative deadlines (default: today's local date)
  --date-order mdy|dmy   how to read an ambiguous date like 03/04/2027
                         (default: careerJournal.dateOrder, else mdy)
  -h, --help             show this help
  -v, --version          show the version

Environment:
  CAREER_JOURNAL_THREADS=1
                         parse on one thread only (by default, a journal of
                         ${PARALLEL_MIN_CHARS.toLocaleString('en-US')} characters or more is parsed on two
                         threads when the machine has a second CPU; the
                         findings are the same)
  CAREER_JOURNAL_THREADS=2
                         parse journals of ${ASKED_PARALLEL_MIN_CHARS.toLocaleString('en-US')} characters or more on
                         two threads

Exit status:
  0  no errors or warnings (information and hints do not fail)
  1  at least one error or warning
  2  a wrong command line, or a file that could not be read or is not text

Examples:
  ${PROGRAM} lint career/
  ${PROGRAM} lint --format json --today 2027-01-15 career/goals.md
`;
