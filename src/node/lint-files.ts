/** Reading and linting the candidate files one by one. */
import { isJournal, type JournalSelection } from '../core/journal-files.js';
import type { LintOptions } from '../core/lint.js';
import type { Finding } from '../core/types.js';
import type { Candidate } from './discover.js';
import { explain } from './errors.js';
import { lintParallel } from './parallel-lint.js';
import { readText } from './read-text.js';

/** The findings of one linted file. */
export interface FileReport {
  /** The path as shown to the user. */
  readonly file: string;
  readonly findings: readonly Finding[];
}

/** What a run produced: a report per linted file and a message per file that was not. */
export interface LintRun {
  readonly reports: readonly FileReport[];
  readonly problems: readonly string[];
}

/**
 * Lints every named candidate and every discovered one that is a journal. A file that
 * cannot be read or is not text becomes a problem (when it would have been linted);
 * the others are still linted. Large journals are parsed on two threads (parallel-lint.ts).
 */
export async function lintFiles(
  candidates: readonly Candidate[],
  selection: JournalSelection,
  options: Omit<LintOptions, 'fileName'>,
): Promise<LintRun> {
  const reports: FileReport[] = [];
  const problems: string[] = [];
  for (const candidate of candidates) {
    const read = readText(candidate.absolute);
    if (read.kind !== 'text') {
      // A discovered file that cannot be read is reported only when its path alone makes it a journal.
      if (candidate.named || isJournal(candidate.relative, '', selection)) {
        problems.push(`${read.kind === 'unreadable' ? 'cannot read' : 'skipped'} ${candidate.shown}: ${read.reason}`);
      }
      continue;
    }
    if (!candidate.named && !isJournal(candidate.relative, read.text, selection)) continue;
    try {
      reports.push({ file: candidate.shown, findings: await lintParallel(read.text, { ...options, fileName: candidate.shown }) });
    } catch (error) {
      problems.push(`could not lint ${candidate.shown}: ${explain(error)}`);
    }
  }
  return { reports, problems };
}

/** 2 when any path could not be linted, else 1 when an error or warning was found, else 0. */
export function exitStatus(reports: readonly FileReport[], notLinted: number): 0 | 1 | 2 {
  if (notLinted > 0) return 2;
  const failing = reports.some((report) => report.findings.some((f) => f.severity === 'error' || f.severity === 'warning'));
  return failing ? 1 : 0;
}
