/**
 * Random journals for the fuzz suite: every construct of the contract (docs/journal-format.md),
 * written well and badly, with hostile characters, and mutations of the real fixture journals.
 * Everything is built from fast-check arbitraries (no other randomness), so a seed replays a
 * case and a failing case shrinks. No text is longer than {@link MAX_TEXT}.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { LintOptions } from '../../../src/core/lint.js';
import type { Severity } from '../../../src/core/types.js';

/** The largest text a generator returns (characters). */
export const MAX_TEXT = 64 * 1024;

const FIXTURES = path.join(__dirname, '../../fixtures/annotated');

/** The annotated fixture journals, real journals as people write them. */
export const FIXTURE_TEXTS: readonly string[] = fs.readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => fs.readFileSync(path.join(FIXTURES, name), 'utf8'));

// ---------------------------------------------------------------------------------------------
// Characters and words

/** Characters that break naive code: controls, NUL, odd line and space characters, BOMs, bidi marks. */
export const CONTROL = ['\0', '\u0001', '\u0007', '\b', '\t', '\u000b', '\f', '\r', '\u001b', '\u001f', '\u007f', '\u0085',
  '\u00a0', '\u2028', '\u2029', '\u200b', '\u200d', '\ufeff', '\ufffd', '\ufffe', '\uffff'];
/** Lone surrogates, which are not text at all (a broken UTF-16 file, a cut emoji). */
export const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00'];
/** Emoji, including ZWJ sequences, flags, keycaps and skin tones (several code units per glyph). */
export const EMOJI = ['🎯', '✅', '❌', '👩🏽‍💻', '👨‍👩‍👧‍👦', '🇺🇦', '🏳️‍🌈', '1️⃣', '🚀', '📈', '⭐️', '🧑‍🏫'];
/** Right-to-left text and the bidi controls around it. */
export const RTL = ['هدف: إطلاق الإصدار بحلول الربع الثاني', 'מטרה: לשפר את זמן הבנייה', 'النتيجة: ٣ عروض', '\u202e', '\u202b', '\u202c',
  '\u200f', '\u2067', '\u2069', 'שלום עולם', 'بحلول ٢٠٢٧-٠٣-٣١'];
/** Letters whose case mapping changes the length of a string (`İ` → `i̇`, `ß` → `SS`): offset traps. */
export const CASE_TRAPS = ['İ', 'ß', 'ﬁ', 'ŉ', 'ǰ', 'ΐ', 'Σ', 'ﬀ', 'ẞ', 'K', 'Å', 'ı'];
/** Digits that are not ASCII, and other look-alikes. */
export const ODD_DIGITS = ['٣', '۳', '３', '𝟚𝟘𝟚𝟟', '²', '½', '⅓', 'Ⅻ', '①', '٢٠٢٧'];

const NASTY = [...CONTROL, ...LONE_SURROGATES, ...EMOJI, ...RTL, ...CASE_TRAPS, ...ODD_DIGITS, 'e\u0301', '\u0301', 'a\u20dd'];

/** One UTF-16 code unit, any of them: lone surrogates and NUL included. */
export const codeUnit: fc.Arbitrary<string> = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** A short run of random code units, as a corrupt file or a stray paste has. */
export const junk: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom(...NASTY),
);

const WORDS = ['Ship', 'the', 'release', 'mentor', 'team', 'onboarding', 'Improve', 'lead', 'write', 'docs', 'migration',
  'Postgres', 'hire', 'engineers', 'and', 'with', 'Dana', 'Wei', 'on-call', 'budget', 'roadmap', 'design', 'system',
  'review', 'talks', 'customers', 'reduce', 'latency', 'goal', 'result', 'task', 'action', 'status', 'done', 'values',
  'Goals', 'STAR', 'Situation', 'Result', 'measurable', 'deadline', 'objective', 'OKRs', 'Agenda', 'notes', 'follow-up'];
/** Quantities that are (and look like, but are not) measures. */
const MEASURES = ['3 talks', 'five mentees', 'a dozen interviews', '20%', '99.9% uptime', '$40k', '€1,200', '£3.5m', '1e308 users',
  'from 6 weeks to 3', 'from 40 to 5', 'under 24 hours', 'at least 4', 'zero regressions', 'double the users', 'halve the backlog',
  'in half', 'triple revenue', 'Python 3', 'the v2 API', 'ISO 27001', 'SOC 2', 'Q3 roadmap', '1:1s', 'C4 model', 'the 2nd floor',
  '10x', '3/5 score', '1,000,000,000,000,000,000,000 rows', '0.0000001%', '-5 bugs', '#1', '∞ tickets', '٣ talks', '１０ talks'];
/** Deadlines, non-deadlines and impossible dates. */
const DEADLINES = ['2027-03-31', 'March 31, 2027', '31 March 2027', 'March 2027', '03/04/2027', '15/04/2027', '31/02/2027',
  'Q2 2027', 'by Q3', 'H1 2027', 'within 6 months', 'in the next 12 months', 'by the end of the year', 'by year-end', 'EOY',
  'by Friday', 'this year', 'next quarter', 'this spring', 'every week', 'each sprint', 'per quarter', 'by 20%',
  'answer pings within a business day', 'before June', 'until 2026-12-01', 'by end of Q4', '9999-12-31', '0000-01-01',
  '2027-02-29', '2028-02-29', '2027-13-01', 'Q5 2027', 'H3 2027', 'in 99999999999 months', 'within 1e308 days',
  'by 12/31/99999', 'by 275760-09-13', 'by -2027-01-01', 'by the 31st', 'by Feb 30', 'over the next 18 months',
  'by 1 January 10000', 'next spring', 'by Monday next week', 'EOQ', 'by EOY 2027', 'in 0 days', 'by 2027-W13'];
const INLINE_MARKUP = ['`code`', '``a`b``', '`', '**bold**', '*em*', '_u_', '__', '***', '[link](http://x.test)', '![img](x.png)',
  '<span>', '</span>', '<!-- c -->', '<!--', '-->', '\\', '\\*', '&amp;', '&#0;', '&#x110000;', '&nbsp;', '[^1]', '[x][y]',
  'https://example.com', '~~strike~~', '<https://auto.test>', '@me:', '@Alex:', '<br>', '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))', '$1', '{{date}}', '${title}', '$CURSOR', ':', '|', '#', '- [ ]', '[x]'];

const token = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...MEASURES) },
  { weight: 3, arbitrary: fc.constantFrom(...DEADLINES) },
  { weight: 2, arbitrary: fc.constantFrom(...INLINE_MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: junk },
);

/** Inline text: words, measures, dates, markup and the odd hostile character. */
export const inline: fc.Arbitrary<string> = fc.array(token, { minLength: 0, maxLength: 10 }).map((words) => words.join(' '));

// ---------------------------------------------------------------------------------------------
// Constructs of the contract

const PLACEHOLDERS = ['', 'TBD', 'TBC', 'TODO', 'N/A', '...', '…', '?', '-', '<...>', '<!-- prompt -->', '<!-- a\nb -->', 'tbd', ' '];
const SMART_LABELS = ['Specific', 'Measurable', 'Achievable', 'Attainable', 'Relevant', 'Time-bound', 'Timebound', 'Time bound',
  'Deadline', 'Due', 'Status', 'measurable', 'TIME-BOUND', 'Measure', 'Specific and measurable'];
const STATUSES = ['done', 'in progress', 'not started', 'dropped', 'Done ✅', 'blocked', 'DONE', 'in-progress', '', 'done?'];
const STAR_LABELS = ['Situation', 'Task', 'Action', 'Result', 'Results', 'situation', 'RESULT', 'Actions', 'Outcome'];
const WORKSHEET = ['Mission statement', 'Mission', 'Values', 'My values', 'Motivators', 'Short-term objectives', 'Short-term goals',
  'Long-term objectives', 'Long-term goal', 'Strengths', 'Development areas', 'Developmental areas', 'Areas of growth',
  'Action plan', 'Next 12 months', 'Reflection'];
const GOAL_PREFIXES = ['Goal: ', 'Goal - ', 'SMART goal: ', 'goal:', 'GOAL: ', 'Goal 2: ', 'Goal -', 'Goal:  ', 'SMART goal - '];
const GOAL_LIST_HEADINGS = ['Goals', 'My goals', 'Objectives', 'OKRs', 'Team goals', 'Short-term goals (next 12 months)',
  'Goals for Q1 2027', 'Objectives for H2 2027', 'Long-term objectives', 'goals', 'Goals 🎯', 'Goals for 2027-13-01'];
const CODES = ['smart-missing-measure', 'smart-missing-deadline', 'smart-missing-field', 'goal-overdue', 'star-missing-result',
  'star-missing-part', 'star-result-unquantified', 'prep-unanswered', 'values-not-five', 'front-matter-invalid', 'no-such-code'];
const DIRECTIVES = ['disable', 'enable', 'disable-next-line', 'disable-line', 'DISABLE'];

const level = fc.integer({ min: 1, max: 6 });
const hashes = level.map((n) => '#'.repeat(n));
const indent = fc.constantFrom('', '', '  ', '    ', '\t', ' ', '   ', '  \t');
const bullet = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] ', '- [X] ', '* [ ] ', '-\t', '1.  ', '- [ ]', '-');

const fieldValue = fc.oneof(inline, fc.constantFrom(...PLACEHOLDERS), fc.constantFrom(...STATUSES), fc.constantFrom(...DEADLINES), fc.constantFrom(...MEASURES));

/** A labelled line (`- **Measurable:** 3 talks`), in the styles people write. */
function labelled(labels: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...labels), fieldValue, fc.integer({ min: 0, max: 7 }), indent, level).map(([label, value, style, pad, depth]) => {
    switch (style) {
      case 0: return `${pad}- ${label}: ${value}`;
      case 1: return `${pad}- **${label}:** ${value}`;
      case 2: return `${label}: ${value}`;
      case 3: return `**${label}**: ${value}`;
      case 4: return `${'#'.repeat(depth)} ${label}\n\n${value}`;
      case 5: return `${pad}* __${label}__ : ${value}`;
      case 6: return `${label}:${value}`;
      default: return `${pad}- [ ] ${label}: ${value}`;
    }
  });
}

const smartField = labelled(SMART_LABELS);
const starPart = labelled(STAR_LABELS);

const goalHeading = fc.tuple(hashes, fc.constantFrom(...GOAL_PREFIXES), inline, fc.array(smartField, { maxLength: 7 }), fc.boolean())
  .map(([h, prefix, title, fields, spaced]) => [`${h} ${prefix}${title}`, ...fields].join(spaced ? '\n\n' : '\n'));

const goalItem = fc.tuple(indent, bullet, inline, fc.array(smartField.map((f) => `  ${f.replace(/\n/g, '\n  ')}`), { maxLength: 4 }))
  .map(([pad, marker, text, fields]) => [`${pad}${marker}${text}`, ...fields].join('\n'));

const goalList = fc.tuple(hashes, fc.constantFrom(...GOAL_LIST_HEADINGS), fc.array(goalItem, { minLength: 0, maxLength: 8 }), fc.boolean())
  .map(([h, title, items, blank]) => [`${h} ${title}`, '', ...items].join(blank ? '\n\n' : '\n'));

const starEntry = fc.tuple(hashes, fc.constantFrom('STAR: ', 'STAR - ', 'STAR ', 'Star: ', '', 'Story: '), inline, fc.array(starPart, { maxLength: 6 }), fc.boolean())
  .map(([h, prefix, title, parts, spaced]) => [`${h} ${prefix}${title}`, ...parts].join(spaced ? '\n\n' : '\n'));

const starItem = fc.tuple(bullet, inline, fc.array(starPart.map((p) => `  ${p.replace(/\n/g, '\n  ')}`), { minLength: 1, maxLength: 5 }))
  .map(([marker, title, parts]) => [`${marker}${title}`, ...parts].join('\n'));

const worksheet = fc.tuple(hashes, fc.constantFrom(...WORKSHEET), fc.oneof(
  fc.constantFrom(...PLACEHOLDERS),
  inline,
  fc.array(fc.constantFrom('Clarity', 'Craft', 'Honesty', 'Play', '', 'TBD', '🎯', 'Focus, Kindness'), { maxLength: 8 }).map((v) => v.map((x) => `- ${x}`).join('\n')),
  fc.array(fc.constantFrom('Clarity', 'Craft', ' ', 'Honesty', 'ß', 'Play'), { maxLength: 8 }).map((v) => v.join(', ')),
)).map(([h, question, answer]) => `${h} ${question}\n\n${answer}`);

const datedHeading = fc.tuple(hashes, fc.constantFrom('', 'Check-in ', '1:1 ', 'Career conversation — '),
  fc.constantFrom('2026-03-02', '03/04/2027', 'March 3, 2027', '2026-02-30', '2027', '9999-12-31', '0001-01-01', '2026-11-22 14:00', '٢٠٢٦-٠٣-٠٢'))
  .map(([h, prefix, date]) => `${h} ${prefix}${date}`);

const directive = fc.tuple(fc.constantFrom(...DIRECTIVES), fc.array(fc.constantFrom(...CODES), { maxLength: 3 }), fc.constantFrom(' -->', '-->', '', ' --> trailing', ' ->', '\n-->'), indent, fc.constantFrom(' ', ', ', ',', '\t'))
  .map(([kind, codes, close, pad, sep]) => `${pad}<!-- career-journal-${kind}${codes.length ? ' ' : ''}${codes.join(sep)}${close}`);

const fence = fc.tuple(fc.constantFrom('```', '~~~', '````', '```ts', '~~~yaml', '``` ```', '    ```'), fc.array(fc.oneof(inline, goalItem, datedHeading), { maxLength: 4 }), fc.constantFrom('```', '~~~', '', '````', '``'))
  .map(([open, body, close]) => [open, ...body, close].join('\n'));

const html = fc.constantFrom('<div>\n- [ ] Goal in html by Q2 2027\n</div>', '<script>\n## Goal: no\n</script>', '<!--\n## Goal: hidden\n-->',
  '<!-- unclosed comment\n## Goal: maybe', '<?php echo 1; ?>', '<![CDATA[ x ]]>', '<details><summary>Goals</summary>\n\n- [ ] a\n\n</details>', '<!-- -- -->', '<!--->');

const table = fc.array(fc.array(inline, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
  .map((rows) => [rows[0] ?? [], (rows[0] ?? []).map(() => '---'), ...rows.slice(1)].map((cells) => `| ${cells.join(' | ')} |`).join('\n'));

const misc = fc.oneof(
  fc.constantFrom('---', '***', '___', '===', '- - -', '[x]: https://example.com "t"', '[^1]: a footnote', '    indented code', '\t- tabbed item',
    '#', '####### seven', '#hashtag', '  # indented heading', '> ', '>', '1.', '-', '+', '|', '||', '<', '>>>', '\\', '  ', '\t'),
  fc.tuple(inline, fc.constantFrom('===', '---', '=', '-')).map(([text, under]) => `${text}\n${under}`),
);

const frontMatter = fc.oneof(
  fc.tuple(fc.array(fc.oneof(
    fc.constantFrom('type: career-journal', 'type: "career-journal"', "type: 'career-journal'", 'type: other', 'title: Career conversation',
      'date: 2026-11-22', 'date: 2026-02-30', 'date: 22/11/2026', 'date: "2026-11-22"', 'date: 2026-11-22T10:00:00Z', 'date: [', 'date: {a: 1}',
      'date: 1e308', 'date: ~', 'date:', 'manager: Alex Kim', 'manager: [a, b]', 'manager: !!binary aGk=', 'next: 2027-02-20', 'next: tomorrow',
      'title: &a x', 'title: *a', 'title: *undefined', '- a list', 'key: "unterminated', 'a: b: c', '\tdate: 2026-11-22', '? complex', ': x',
      '%YAML 1.2', 'date: 2026-11-22 # comment', 'x: |\n  block\n  text', '!!set', 'title: 🎯 هدف', '<<: *a', 'date: 99999-01-01'),
    // YAML that parses with a warning (and maybe an error)
    fc.constantFrom('**Relevant**: 20%', '[a, b]: c', '{a: 1}: b', 'title: !unknown x', 'manager: *x:'),
    inline.map((text) => `title: ${text}`),
  ), { maxLength: 6 }), fc.oneof({ weight: 6, arbitrary: fc.constant('---') }, { weight: 6, arbitrary: fc.constantFrom('...', '', '--- ', '----', '---\r', '-- -') }), fc.constantFrom('---', '--- ', '---\t'))
    .map(([lines, close, open]) => [open, ...lines, close].join('\n')),
  fc.constant('---\n---'),
  fc.constant('---'),
  fc.constant('---\n'),
);

const paragraph = fc.array(inline, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));

/**
 * Lines that decide where a journal may be cut into chunks (split.ts): fences at every indentation
 * and in containers, HTML that only its end marker ends, front matter fences, definitions, headings.
 */
const STRUCTURE = ['```', '~~~', '````', '```ts', ' ```', '  ```', '   ```', '    ```', '\t```', '- ```', '  - ```', '1. ```', '> ```', '> > ```',
  '-```', '* ~~~', '```x```', '``` `', '<!--', '-->', 'a <!--', '- <!--', '> <!--', '    <!--', '<!-- a -->', '<!-- a --> <!--', '<script>', '</script>',
  '<pre>', '</pre>', '<?php', '?>', '<![CDATA[', ']]>', '<!DOCTYPE html', '>', '---', '...', '[x]: /u', '> [y]: /v', '[a', 'b]: /w', '# Goals', '## Goal: x',
  '- [ ] Improve the docs', '  - [ ] nested', '', '', '', 'text', '\u2028', 'x\r```', '\r'];
const structure: fc.Arbitrary<string> = fc.array(fc.constantFrom(...STRUCTURE), { minLength: 1, maxLength: 8 })
  .map((lines) => `${lines.join('\n')}\n\n# Goals\n\n- [ ] Improve the docs`);

/** One block of a journal: any construct of the contract, or Markdown around it. */
const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: goalHeading },
  { weight: 4, arbitrary: goalList },
  { weight: 3, arbitrary: starEntry },
  { weight: 2, arbitrary: starItem },
  { weight: 3, arbitrary: worksheet },
  { weight: 2, arbitrary: datedHeading },
  { weight: 2, arbitrary: directive },
  { weight: 2, arbitrary: fence },
  { weight: 1, arbitrary: html },
  { weight: 1, arbitrary: table },
  { weight: 2, arbitrary: misc },
  { weight: 4, arbitrary: paragraph },
  { weight: 1, arbitrary: fc.tuple(hashes, inline).map(([h, text]) => `${h} ${text}`) },
  { weight: 3, arbitrary: structure },
);

/** A block, sometimes inside a block quote or a list item (which change what it means). */
const nestedBlock: fc.Arbitrary<string> = fc.tuple(block, fc.constantFrom('', '', '', '', '> ', '> > ', '- ', '  ', '1. ', '>'))
  .map(([text, prefix]) => (prefix ? text.split('\n').map((line) => prefix + line).join('\n') : text));

// ---------------------------------------------------------------------------------------------
// Whole texts, and the damage done to them on the way

/** Changes to a whole text: line ends, BOM, tabs, hostile characters, cuts. Positions are fractions (they shrink). */
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const at = (text: string, f: number): number => Math.floor(f * (text.length + 1));

type Transform = (text: string) => string;

const transform: fc.Arbitrary<Transform> = fc.oneof(
  fc.constant<Transform>((text) => text.replace(/\r?\n/g, '\r\n')),
  fc.constant<Transform>((text) => text.replace(/\r?\n/g, '\r')),
  fc.constant<Transform>((text) => `\ufeff${text}`),
  fc.constant<Transform>((text) => text.replace(/^( {4}| {2})/gm, '\t')),
  fc.constant<Transform>((text) => text.replace(/\n/g, ' \t\n')),
  fc.constant<Transform>((text) => text.trimEnd()),
  fc.tuple(fraction, fc.constantFrom('\r\n', '\r', '\n')).map(([f, eol]): Transform => (text) => {
    const i = at(text, f);
    return text.slice(0, i) + text.slice(i).replace(/\n/, eol);
  }),
  fc.tuple(fraction, junk).map(([f, s]): Transform => (text) => text.slice(0, at(text, f)) + s + text.slice(at(text, f))),
  fc.tuple(fraction, fc.constantFrom(...NASTY)).map(([f, s]): Transform => (text) => text.slice(0, at(text, f)) + s + text.slice(at(text, f))),
  fc.tuple(fraction, fc.integer({ min: 1, max: 3 })).map(([f, n]): Transform => (text) => text.slice(0, at(text, f)) + text.slice(at(text, f) + n)),
  fc.tuple(fraction).map(([f]): Transform => (text) => text.slice(0, at(text, f))),
);

/** A few texts are made long by repeating them (up to {@link MAX_TEXT}). */
const damage: fc.Arbitrary<Transform[]> = fc.tuple(
  fc.array(transform, { maxLength: 3 }),
  fc.oneof({ weight: 60, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 60 }) }),
).map(([changes, times]) => (times === null ? changes : [...changes, (text: string) => text.repeat(times)]));

function capped(text: string): string {
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

/** A random journal: maybe front matter, then blocks of every kind, then some damage. */
export const journalText: fc.Arbitrary<string> = fc.tuple(
  fc.option(frontMatter, { freq: 3 }),
  fc.array(nestedBlock, { minLength: 0, maxLength: 14 }),
  fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n', ''),
  damage,
).map(([front, blocks, separator, transforms]) => {
  let text = [...(front === null ? [] : [front]), ...blocks].join(separator);
  for (const change of transforms) text = capped(change(text));
  return text;
});

/** Text that is barely Markdown at all: random code units, with Markdown punctuation mixed in. */
export const noiseText: fc.Arbitrary<string> = fc.array(fc.oneof(
  { weight: 3, arbitrary: codeUnit },
  { weight: 3, arbitrary: fc.constantFrom('\n', '\r\n', '\r', ' ', '\t', '#', '-', '*', '>', '`', '~', '[', ']', '(', ')', '<', '!', ':', '|', '_', '\\', '1.', '---', '<!--', '-->') },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: token },
), { maxLength: 300 }).map((parts) => parts.join(''));

// ---------------------------------------------------------------------------------------------
// Mutations of the fixture journals

type Mutation = (lines: string[]) => void;

const lineAt = (lines: readonly string[], f: number): number => Math.min(lines.length, Math.floor(f * (lines.length + 1)));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // splice: lines of another fixture, or a generated construct
  fc.tuple(fraction, fc.integer({ min: 0, max: FIXTURE_TEXTS.length - 1 }), fraction, fc.integer({ min: 1, max: 12 })).map(([f, other, g, n]): Mutation => (lines) => {
    const source = (FIXTURE_TEXTS[other] ?? '').split('\n');
    const from = lineAt(source, g);
    lines.splice(lineAt(lines, f), 0, ...source.slice(from, from + n));
  }),
  fc.tuple(fraction, block).map(([f, text]): Mutation => (lines) => { lines.splice(lineAt(lines, f), 0, ...text.split('\n')); }),
  // duplicate a range
  fc.tuple(fraction, fc.integer({ min: 1, max: 20 }), fraction).map(([f, n, g]): Mutation => (lines) => {
    const from = lineAt(lines, f);
    lines.splice(lineAt(lines, g), 0, ...lines.slice(from, from + n));
  }),
  // delete a range
  fc.tuple(fraction, fc.integer({ min: 1, max: 10 })).map(([f, n]): Mutation => (lines) => { lines.splice(lineAt(lines, f), n); }),
  // swap two lines
  fc.tuple(fraction, fraction).map(([f, g]): Mutation => (lines) => {
    const i = Math.min(lineAt(lines, f), lines.length - 1);
    const j = Math.min(lineAt(lines, g), lines.length - 1);
    if (i < 0 || j < 0) return;
    [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
  }),
  // insert random code units inside a line
  fc.tuple(fraction, fraction, junk).map(([f, g, s]): Mutation => (lines) => {
    const i = Math.min(lineAt(lines, f), lines.length - 1);
    const line = lines[i] ?? '';
    const k = Math.floor(g * (line.length + 1));
    lines[i] = line.slice(0, k) + s + line.slice(k);
  }),
  // replace a line's start, where a heading, item or fence starts or stops being one
  fc.tuple(fraction, fc.integer({ min: 0, max: 4 }), fc.constantFrom('#', '# ', '- ', '- [ ] ', '> ', '```', '~~~', '<!--', '-->', '    ', '\t', '', '---', '1. ', '**')).map(([f, k, piece]): Mutation => (lines) => {
    const i = Math.min(lineAt(lines, f), lines.length - 1);
    const line = lines[i] ?? '';
    lines[i] = line.slice(0, k) + piece + line.slice(k + (piece === '' ? 1 : 0));
  }),
);

/** A fixture journal after a few mutations and maybe some damage to the whole text. */
export const mutatedFixture: fc.Arbitrary<string> = fc.tuple(
  fc.integer({ min: 0, max: FIXTURE_TEXTS.length - 1 }),
  fc.array(mutation, { minLength: 1, maxLength: 6 }),
  damage,
).map(([index, mutations, transforms]) => {
  const lines = (FIXTURE_TEXTS[index] ?? '').split('\n');
  for (const change of mutations) change(lines);
  let text = capped(lines.join('\n'));
  for (const change of transforms) text = capped(change(text));
  return text;
});

/** Any fuzzed journal text. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: journalText },
  { weight: 4, arbitrary: mutatedFixture },
  { weight: 1, arbitrary: noiseText },
);

// ---------------------------------------------------------------------------------------------
// Options

const SEVERITIES: ReadonlyArray<Severity | 'off'> = ['error', 'warning', 'information', 'hint', 'off'];

/** Lint options as the CLI and the editor pass them: a day, a date order, a file name, severities. */
export const lintOptions: fc.Arbitrary<LintOptions> = fc.record({
  today: fc.constantFrom('2026-11-22', '2027-05-01', '2025-01-01', '2000-02-29', '9999-12-31', '1970-01-01'),
  dateOrder: fc.constantFrom('mdy' as const, 'dmy' as const),
  fileName: fc.constantFrom('career/2025-01-10-check-in.md', 'journal.md', '/abs/2026-13-45-x.md', 'C:\\notes\\2026-03-02.md', ''),
  severities: fc.dictionary(fc.constantFrom(...CODES), fc.constantFrom(...SEVERITIES), { maxKeys: 3 }),
}, { requiredKeys: ['today'] });

/** What a user types into "Add a deadline: custom date…". */
export const typedDeadline: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...DEADLINES, '', ' ', 'end of Q2', 'Q2 blah'), inline, junk);

/** Names and titles a user types into the template wizard. */
export const typedName: fc.Arbitrary<string> = fc.oneof(inline, junk, fc.constantFrom('Alex Kim', '', 'O\'Brien: "the boss"', '--- \n# x', '<!-- -->'));

/** A journal's path relative to the next one, as carried-over items link to it. */
export const sourcePath: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('2026-11-22-alex.md', 'career/2026-11-22-alex.md', '../notes/1-1 (Alex).md', 'C:\\notes\\x.md', 'a b/c#d?e.md', ''),
  fc.tuple(typedName, junk).map(([name, bad]) => `career/${name}${bad}.md`),
);
