/** Lints a journal: read it, run every rule, apply severities and inline switches. */
import type { Root } from 'mdast';
import type { Context } from './context.js';
import { Directives } from './directives.js';
import type { Journal } from './journal.js';
import { parseMarkdown } from './parse.js';
import { readParsed, withoutBom, type ReadOptions } from './read.js';
import { RULES } from './rules/index.js';
import type { Finding, Severity } from './types.js';

/** How one lint is run. */
export interface LintOptions extends ReadOptions {
  /** Per-code severity overrides; `off` silences a code (workspace settings). */
  readonly severities?: Readonly<Record<string, Severity | 'off'>>;
}

const DEFAULT_SEVERITY = new Map(RULES.map((rule) => [rule.code, rule.severity]));

/** A rule's finding with its range resolved, before severities and inline switches apply. */
export type RawFinding = Omit<Finding, 'severity'>;

/** Lints one journal's text; findings are sorted by position. Never throws on any text. */
export function lint(text: string, options: LintOptions): Finding[] {
  const clean = withoutBom(text);
  return lintParsed(clean, parseMarkdown(clean), options);
}

/**
 * Lints a text without its byte-order mark (`withoutBom`) from its tree: `parseMarkdown(text)`,
 * or the same tree assembled from chunks parsed elsewhere (`parsePlan`, `parseChunk`,
 * `assembleRoot`; src/node/parallel-lint.ts). Gives exactly what `lint` gives.
 */
export function lintParsed(text: string, root: Root, options: LintOptions): Finding[] {
  const { journal, context } = readParsed(text, root, options);
  const raw = ruleFindings(journal, context, (code) => options.severities?.[code] === 'off');
  return settle(raw, Directives.read(context.root, context.lines), options);
}

/** Every rule's findings over a read journal (or a part of one), in rule order; `skip` leaves rules out. */
export function ruleFindings(journal: Journal, context: Context, skip: (code: string) => boolean = () => false): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const rule of RULES) {
    if (skip(rule.code)) continue;
    for (const raw of rule.check(journal, context)) {
      findings.push({ code: rule.code, message: raw.message, range: context.lines.lineRangeFrom(raw.offset), fixes: raw.fixes ?? [] });
    }
  }
  return findings;
}

/** Applies severities and inline switches to findings in rule order, and sorts them by position. */
export function settle(raw: readonly RawFinding[], directives: Directives, options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const finding of raw) {
    const severity = options.severities?.[finding.code] ?? DEFAULT_SEVERITY.get(finding.code) ?? 'warning';
    if (severity === 'off' || directives.isDisabled(finding.code, finding.range.start.line)) continue;
    findings.push({ code: finding.code, severity, message: finding.message, range: finding.range, fixes: finding.fixes });
  }
  return findings.sort(byPosition);
}

/** Orders findings by where they start, then by code. */
export function byPosition(a: RawFinding, b: RawFinding): number {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.code.localeCompare(b.code);
}
