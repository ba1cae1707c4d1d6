/** `--format json`: one JSON array of findings with 1-based positions. */
import type { Severity } from '../core/types.js';
import type { FileReport } from './lint-files.js';

/** One finding as the JSON output holds it (contract: "Command-line linter"). */
export interface JsonFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

/** The whole output: one array, one finding per line, `[]` when there is none. */
export function formatJson(reports: readonly FileReport[]): string {
  const items: JsonFinding[] = reports.flatMap(({ file, findings }) =>
    findings.map(({ range, severity, code, message }) => ({
      file,
      line: range.start.line + 1,
      column: range.start.column + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.column + 1,
      severity,
      code,
      message,
    })),
  );
  if (items.length === 0) return '[]\n';
  return `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]\n`;
}
