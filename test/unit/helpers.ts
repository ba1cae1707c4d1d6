/** Small helpers for core tests: lint a snippet and look at codes by line. */
import { lint, type LintOptions } from '../../src/core/lint.js';
import type { Finding } from '../../src/core/types.js';

export const TODAY = '2026-11-22';

/** Lints Markdown with today fixed to 2026-11-22. */
export function lintMd(markdown: string, options: Partial<LintOptions> = {}): Finding[] {
  return lint(markdown, { today: TODAY, ...options });
}

/** The findings of one code, as `line:code` strings with 1-based lines. */
export function codesAt(markdown: string, code: string, options: Partial<LintOptions> = {}): number[] {
  return lintMd(markdown, options).filter((f) => f.code === code).map((f) => f.range.start.line + 1);
}

/** Applies a finding's fix to the text, returning the new text. */
export function applyFix(markdown: string, finding: Finding, index = 0): string {
  const fix = finding.fixes[index];
  if (!fix) throw new Error(`finding ${finding.code} has no fix ${index}`);
  const lines = markdown.split('\n');
  const offsetOf = (p: { line: number; column: number }): number =>
    lines.slice(0, p.line).reduce((sum, l) => sum + l.length + 1, 0) + p.column;
  return markdown.slice(0, offsetOf(fix.range.start)) + fix.text.replace(/\$\d/g, 'X') + markdown.slice(offsetOf(fix.range.end));
}
