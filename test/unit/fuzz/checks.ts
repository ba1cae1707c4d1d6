/**
 * The properties every text must satisfy, as assertions: nothing throws, every range lies inside
 * the document, every edit a fix makes can be applied. Line counting here is written apart from
 * the core's `LineIndex`, so a mistake there is caught too.
 */
import assert from 'node:assert/strict';
import { applyChanges, atNextLineStart, fromHint, withEol, type TextChange } from '../../../src/core/fixes/change.js';
import { addDeadline, newDeadlineReference, readCustomDeadline } from '../../../src/core/fixes/custom-deadline.js';
import { disableForFile, disableForLine, reEnables } from '../../../src/core/fixes/disable-comments.js';
import { canExpand, expandGoal } from '../../../src/core/fixes/expand-goal.js';
import { fixAllStarParts } from '../../../src/core/fixes/fix-all-star.js';
import { goalAtLine } from '../../../src/core/fixes/goal-at-line.js';
import { actionItems, agendaText, followUpEmail, mailtoLink } from '../../../src/core/followup.js';
import { toggleGoalEdit } from '../../../src/core/goal-edits.js';
import { declaresJournal, isJournal } from '../../../src/core/journal-files.js';
import { lint, type LintOptions } from '../../../src/core/lint.js';
import { readJournal } from '../../../src/core/read.js';
import { deadlineChoices } from '../../../src/core/rules/deadline-choices.js';
import { RULES } from '../../../src/core/rules/index.js';
import { summarize } from '../../../src/core/summary.js';
import { agendaLine, carryOverFrom } from '../../../src/core/templates/carry-over.js';
import type { Finding, Range } from '../../../src/core/types.js';

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);
const CODES = new Set(RULES.map((rule) => rule.code));

/** The text an editor shows: without a byte order mark (VS Code and the CLI's decoder drop it). */
export function shown(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The lengths of a text's lines; `\r\n`, `\n` and `\r` end a line, as in VS Code. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

function short(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}

/** Asserts that a range lies inside a document with these line lengths, start before end. */
export function assertRangeInside(lines: readonly number[], range: Range, what: string): void {
  const { start, end } = range;
  for (const [name, p] of [['start', start], ['end', end]] as const) {
    assert.ok(Number.isInteger(p.line) && Number.isInteger(p.column) && p.line >= 0 && p.column >= 0, `${what}: ${name} ${JSON.stringify(p)} is not a position`);
    assert.ok(p.line < lines.length, `${what}: ${name} line ${p.line} is past the last line (${lines.length} lines)`);
    assert.ok(p.column <= (lines[p.line] as number), `${what}: ${name} column ${p.column} is past the end of line ${p.line} (length ${lines[p.line]})`);
  }
  assert.ok(start.line < end.line || (start.line === end.line && start.column <= end.column), `${what}: starts after it ends: ${JSON.stringify(range)}`);
}

/** Asserts what the contract says of findings: inside the document, known codes and severities, sorted. */
export function assertFindings(text: string, findings: readonly Finding[]): void {
  const lines = lineLengths(shown(text));
  let previous: Finding | undefined;
  for (const finding of findings) {
    const what = `${finding.code} at ${JSON.stringify(finding.range.start)}`;
    assert.ok(CODES.has(finding.code), `unknown code ${finding.code}`);
    assert.ok(SEVERITIES.has(finding.severity), `${what}: severity ${finding.severity}`);
    assert.ok(typeof finding.message === 'string' && finding.message.trim() !== '', `${what}: empty message`);
    assertRangeInside(lines, finding.range, what);
    for (const fix of finding.fixes) {
      assert.ok(typeof fix.title === 'string' && fix.title !== '' && typeof fix.text === 'string', `${what}: fix ${JSON.stringify(fix)}`);
      assertRangeInside(lines, fix.range, `${what}, fix '${fix.title}'`);
    }
    if (previous) {
      const a = previous.range.start;
      const b = finding.range.start;
      assert.ok(a.line < b.line || (a.line === b.line && a.column <= b.column), `findings not sorted: ${previous.code} ${JSON.stringify(a)} before ${finding.code} ${JSON.stringify(b)}`);
    }
    previous = finding;
  }
}

/** Lints and checks the findings. */
export function lintChecked(text: string, options: LintOptions): Finding[] {
  const findings = lint(text, options);
  assertFindings(text, findings);
  return findings;
}

function assertChange(lines: readonly number[], text: string, change: TextChange | null, what: string): void {
  if (change === null) return;
  assertRangeInside(lines, change.range, `${what} '${change.title}'`);
  if (change.cursor) {
    assert.ok(change.cursor.start >= 0 && change.cursor.start <= change.cursor.end && change.cursor.end <= change.text.length,
      `${what}: cursor ${JSON.stringify(change.cursor)} outside its text of ${change.text.length}`);
  }
  assert.equal(typeof applyChanges(text, [change]), 'string');
}

/** Asserts that changes do not overlap (an editor refuses a workspace edit whose ranges do). */
function assertNoOverlap(changes: readonly TextChange[], what: string): void {
  const sorted = [...changes].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  for (let i = 1; i < sorted.length; i++) {
    const a = (sorted[i - 1] as TextChange).range.end;
    const b = (sorted[i] as TextChange).range.start;
    assert.ok(a.line < b.line || (a.line === b.line && a.column <= b.column), `${what}: changes overlap at ${JSON.stringify(b)}`);
  }
}

/** At most {@link SAMPLE} items: the first ones, the last one and some spread between. */
const SAMPLE = 8;
function sample<T>(items: readonly T[]): readonly T[] {
  if (items.length <= SAMPLE) return items;
  const step = (items.length - 1) / (SAMPLE - 1);
  return Array.from({ length: SAMPLE }, (_, i) => items[Math.round(i * step)] as T);
}

/** What a user does with a text besides linting it: the quick fixes, the goal tree, the email, the next journal. */
export interface Extras {
  /** The date typed into "Add a deadline: custom date…". */
  readonly typed: string;
  readonly dueSoonDays: number;
  /** The journal's path as the next journal links to it. */
  readonly source: string;
}

/**
 * Every feature of the core over one text, checked: lint, the model, the summary, every quick fix
 * the editor offers on every finding and goal, the goal toggle, the follow-up email and agenda,
 * and carrying the journal over into the next one. Returns the findings.
 */
export function checkEverything(text: string, options: LintOptions, extras: Extras): Finding[] {
  const findings = lintChecked(text, options);
  const read = readJournal(text, options);
  const { journal, context } = read;
  const clean = context.text;
  assert.equal(clean, shown(text), 'the model reads the text without its byte order mark');
  const lines = lineLengths(clean);
  const lastLine = lines.length - 1;

  const summary = summarize(journal, context, extras.dueSoonDays);
  for (const goal of summary.goals) assert.ok(goal.line >= 0 && goal.line < lines.length, `summary line ${goal.line} of ${lines.length}`);

  // Quick fixes of findings, as the editor writes them (CRLF documents stay CRLF). The editor asks
  // for one line's fixes at a time; a sample of the findings keeps a long journal's case short.
  for (const finding of sample(findings)) {
    for (const hint of finding.fixes) {
      const change = fromHint(hint);
      assertChange(lines, clean, change, 'fix');
      for (const eol of ['\n', '\r\n'] as const) {
        const written = withEol(change, eol);
        assertChange(lines, clean, written, 'fix with EOL');
        const line = written.range.start.line;
        assertChange(lines, clean, atNextLineStart(written, eol, lines[line] ?? 0, lastLine), 'fix moved to the next line');
      }
    }
    const line = finding.range.start.line;
    assertChange(lines, clean, disableForLine(clean, line, finding.code), 'disable for line');
    if (!reEnables(clean, finding.code)) assertChange(lines, clean, disableForFile(clean, finding.code, line), 'disable for file');
  }
  for (const finding of findings) {
    for (const hint of finding.fixes) assertRangeInside(lines, fromHint(hint).range, 'fix');
  }
  const all = fixAllStarParts(findings);
  for (const change of all) assertRangeInside(lines, change.range, 'fix all STAR parts');
  assertNoOverlap(all, 'fix all STAR parts');
  assert.equal(typeof applyChanges(clean, all), 'string');

  // The goal tree's toggle, hover and the goal fixes.
  for (const goal of journal.goals) {
    assert.ok(goal.offset >= 0 && goal.offset <= clean.length && goal.lineEnd >= goal.offset && goal.lineEnd <= clean.length,
      `goal offsets ${goal.offset}..${goal.lineEnd} outside the text of ${clean.length}`);
  }
  for (const goal of sample(journal.goals)) {
    const line = context.lines.positionAt(goal.offset).line;
    const found = goalAtLine(journal, context, line);
    assert.ok(found, `no goal at the line of goal ${short(goal.title)}`);
    const edit = toggleGoalEdit(goal, context);
    assertChange(lines, clean, { title: 'toggle goal', range: edit.range, text: edit.text }, 'toggle goal');
    if (canExpand(goal)) assertChange(lines, clean, expandGoal(goal, context), 'expand goal');
    const reference = newDeadlineReference(goal, context);
    for (const choice of deadlineChoices(reference, context)) assertChange(lines, clean, addDeadline(goal, context, choice.date), 'add deadline');
    const typed = readCustomDeadline(extras.typed, { reference, dateOrder: context.dateOrder, today: context.today });
    if (typed.kind === 'date') assertChange(lines, clean, addDeadline(goal, context, typed.date), 'add custom deadline');
  }

  // The follow-up email, the agenda, and what carries over into the next journal.
  const mail = followUpEmail(read, 'me@example.com');
  assert.equal(typeof mailtoLink(mail), 'string');
  assert.equal(typeof agendaText(read), 'string');
  actionItems(read);
  for (const entry of carryOverFrom(text, extras.source, options.today, { dateOrder: options.dateOrder ?? 'mdy' })) {
    assert.ok(entry.line >= 1 && entry.line <= lines.length, `carried-over line ${entry.line} of ${lines.length}`);
    assert.equal(typeof agendaLine(entry), 'string');
  }
  isJournal('notes/x.md', text, { folder: 'career/', include: ['**/*.md'] });
  declaresJournal(text);
  return findings;
}
