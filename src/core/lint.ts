/** Lints a journal: read it, run every rule, apply severities and inline switches. */
import { Directives } from './directives.js';
import { readJournal, type ReadOptions } from './read.js';
import { RULES } from './rules/index.js';
import type { Finding, Severity } from './types.js';

/** How one lint is run. */
export interface LintOptions extends ReadOptions {
  /** Per-code severity overrides; `off` silences a code (workspace settings). */
  readonly severities?: Readonly<Record<string, Severity | 'off'>>;
}

/** Lints one journal's text; findings are sorted by position. Never throws on any text. */
export function lint(text: string, options: LintOptions): Finding[] {
  const { journal, context } = readJournal(text, options);
  const directives = Directives.read(context.root, context.lines);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = options.severities?.[rule.code] ?? rule.severity;
    if (severity === 'off') continue;
    for (const raw of rule.check(journal, context)) {
      const range = context.lines.lineRangeFrom(raw.offset);
      if (directives.isDisabled(rule.code, range.start.line)) continue;
      findings.push({ code: rule.code, severity, message: raw.message, range, fixes: raw.fixes ?? [] });
    }
  }
  return findings.sort(byPosition);
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.code.localeCompare(b.code);
}
