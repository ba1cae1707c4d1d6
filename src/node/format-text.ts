/** The default text output: aligned `path:line:col  severity  message  code` lines and a summary. */
import type { Finding, Severity } from '../core/types.js';
import type { FileReport } from './lint-files.js';

/** ANSI colours, or none. */
interface Paint {
  readonly severity: (severity: Severity, text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

const SEVERITY_COLOURS: Readonly<Record<Severity, number>> = { error: 31, warning: 33, information: 36, hint: 90 };
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

function paint(colour: boolean): Paint {
  const sgr = (code: number, text: string): string => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  return {
    severity: (severity, text) => sgr(SEVERITY_COLOURS[severity], text),
    dim: (text) => sgr(90, text),
    bold: (text) => sgr(1, text),
  };
}

/**
 * The whole text output: the findings grouped by file (a blank line between files),
 * then one summary line. `notRead` counts the files that could not be read.
 */
export function formatText(reports: readonly FileReport[], notRead: number, colour: boolean): string {
  const p = paint(colour);
  const groups = reports.filter((report) => report.findings.length > 0).map((report) => formatGroup(report, p));
  const summary = summarise(reports, notRead);
  return [...groups, p.bold(summary)].join('\n\n') + '\n';
}

function formatGroup({ file, findings }: FileReport, p: Paint): string {
  const rows = findings.map((finding) => ({ finding, where: `${file}:${finding.range.start.line + 1}:${finding.range.start.column + 1}` }));
  const whereWidth = widest(rows.map((row) => row.where));
  const severityWidth = widest(findings.map((finding) => finding.severity));
  const messageWidth = widest(findings.map((finding) => finding.message));
  return rows
    .map(({ finding, where }) => formatLine(finding, where.padEnd(whereWidth), severityWidth, messageWidth, p))
    .join('\n');
}

/** The longest length (no spread: a file may have a hundred thousand findings). */
function widest(texts: readonly string[]): number {
  return texts.reduce((width, text) => Math.max(width, text.length), 0);
}

function formatLine(finding: Finding, where: string, severityWidth: number, messageWidth: number, p: Paint): string {
  const severity = p.severity(finding.severity, finding.severity.padEnd(severityWidth));
  return `${where}  ${severity}  ${finding.message.padEnd(messageWidth)}  ${p.dim(finding.code)}`;
}

/** E.g. "3 problems (1 warning, 2 information) in 2 of 4 files" or "No problems in 4 files". */
export function summarise(reports: readonly FileReport[], notRead = 0): string {
  const findings = reports.flatMap((report) => report.findings);
  const withFindings = reports.filter((report) => report.findings.length > 0).length;
  const unread = notRead > 0 ? `; ${count(notRead, 'path')} not linted (see above)` : '';
  if (reports.length === 0) return `No journal files to lint${unread}`;
  if (findings.length === 0) return `No problems in ${count(reports.length, 'file')}${unread}`;
  const bySeverity = SEVERITY_ORDER.map((severity) => ({ severity, n: findings.filter((f) => f.severity === severity).length }))
    .filter(({ n }) => n > 0)
    .map(({ severity, n }) => (severity === 'information' ? `${n} information` : count(n, severity)));
  const files = withFindings === reports.length ? count(withFindings, 'file') : `${withFindings} of ${count(reports.length, 'file')}`;
  return `${count(findings.length, 'problem')} (${bySeverity.join(', ')}) in ${files}${unread}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
