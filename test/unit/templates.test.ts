/** The built-in templates: a fresh journal is clean, reads back, and its sections work once filled in. */
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { lint } from '../../src/core/lint.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { readJournal } from '../../src/core/read.js';
import { journalFileName, renderTemplate, TEMPLATES, type TemplateId, type TemplateVars } from '../../src/core/templates/index.js';

const IDS: readonly TemplateId[] = ['worksheet', 'conversation', 'star-log', 'follow-up'];
const HOSTILE = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) *bold* `code` &amp; ~~gone~~ #1';

const VAR_SETS: ReadonlyArray<{ name: string; vars: TemplateVars; next: string }> = [
  { name: 'a plain conversation', vars: { date: '2026-11-22', manager: 'Alex Kim', title: 'Career conversation with Alex' }, next: '2027-02-22' },
  { name: 'accents, on New Year\'s Eve', vars: { date: '2026-12-31', manager: 'José Ñúñez-García', title: 'Revue de carrière — été' }, next: '2027-03-31' },
  { name: 'no manager, no title, on New Year\'s Day', vars: { date: '2027-01-01', manager: '', title: '' }, next: '2027-04-01' },
  { name: 'Markdown and HTML in the title', vars: { date: '2026-11-30', manager: "Zoë O'Brien", title: HOSTILE }, next: '2027-02-28' },
  { name: 'a title and names YAML would misread', vars: { date: '2028-11-30', manager: 'Null', title: '1:1 — "growth" # plan' }, next: '2029-02-28' },
  { name: 'a title the engine would read as a goal list and a value', vars: { date: '2026-11-22', manager: 'Sam', title: 'Goals and values for Q1 2027' }, next: '2027-02-22' },
  { name: 'a title that is a STAR story or a goal', vars: { date: '2026-11-22', manager: 'Sam', title: 'STAR: Goal: ship it' }, next: '2027-02-22' },
];

const DEFAULT_TITLES: Record<TemplateId, (manager: string) => string> = {
  'worksheet': () => 'Preparation worksheet',
  'conversation': (m) => (m ? `Career conversation with ${m}` : 'Career conversation'),
  'star-log': () => 'Achievement log',
  'follow-up': (m) => (m ? `Follow-up: career conversation with ${m}` : 'Follow-up: career conversation'),
};

const SECTION_AT_CURSOR: Record<TemplateId, string> = {
  'worksheet': 'Personal mission statement',
  'conversation': 'Agenda',
  'star-log': 'Stories',
  'follow-up': 'Key points',
};

/** Every node of a tree, to look for raw HTML or links a title must not create. */
function nodes(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap((child) => nodes(child as Nodes)) : [])];
}

/** The text of the last real heading (not one inside a comment) before an offset. */
function headingAbove(text: string, offset: number): string {
  const headings = parseMarkdown(text).children.filter((n) => n.type === 'heading' && (n.position?.start.offset ?? 0) < offset);
  const last = headings[headings.length - 1];
  return last && 'children' in last ? last.children.map((c) => ('value' in c ? c.value : '')).join('') : '';
}

/** Replaces the last occurrence: the copy outside the comment. */
function replaceLast(text: string, search: string, replacement: string): string {
  const at = text.lastIndexOf(search);
  return text.slice(0, at) + replacement + text.slice(at + search.length);
}

function fillSection(text: string, heading: string, answer: string): string {
  return text.replace(new RegExp(`(^#+ ${heading}\\n\\n(?:<!--[\\s\\S]*?-->\\n))`, 'm'), `$1\n${answer}\n`);
}

describe('templates: a fresh journal', () => {
  for (const id of IDS) {
    describe(id, () => {
      for (const { name, vars, next } of VAR_SETS) {
        it(`with ${name}: no warnings, and only the worksheet's questions as information`, () => {
          const { text } = renderTemplate(id, vars);
          const findings = lint(text, { today: vars.date, fileName: journalFileName(vars.date, vars.title) });
          assert.deepEqual(findings.filter((f) => f.severity === 'warning' || f.severity === 'error'), []);
          const expected = id === 'worksheet' ? ['prep-unanswered'] : [];
          assert.deepEqual([...new Set(findings.map((f) => f.code))], expected);
          assert.ok(findings.every((f) => f.severity === 'information'));
        });

        it(`with ${name}: reads back as a journal with its date, manager and title`, () => {
          const { text } = renderTemplate(id, vars);
          const { journal } = readJournal(text, { today: vars.date });
          const manager = vars.manager.trim();
          const fm = journal.frontMatter;
          assert.equal(fm.error, undefined);
          assert.equal(fm.type, 'career-journal');
          assert.equal(fm.date, vars.date);
          assert.equal(fm.manager, manager === '' ? undefined : manager);
          assert.equal(fm.title, vars.title.trim() || DEFAULT_TITLES[id](manager));
          assert.equal(fm.next, id === 'conversation' || id === 'follow-up' ? next : undefined);
          assert.deepEqual([journal.goals.length, journal.stars.length], [0, 0]);
        });

        it(`with ${name}: user text stays text (no raw HTML, no links)`, () => {
          const { text } = renderTemplate(id, vars);
          const all = nodes(parseMarkdown(text));
          assert.deepEqual(all.filter((n) => n.type === 'html' && !n.value.startsWith('<!--')), []);
          assert.deepEqual(all.filter((n) => n.type === 'link' || n.type === 'linkReference' || n.type === 'image'), []);
          assert.equal(all.filter((n) => n.type === 'heading' && n.depth === 1).length, 1);
        });
      }

      it('puts the cursor on the empty line of the first section to fill', () => {
        const { text, cursor } = renderTemplate(id, VAR_SETS[0]!.vars);
        assert.equal(text[cursor - 1], '\n');
        assert.ok(cursor === text.length || text[cursor] === '\n', 'the cursor line is empty');
        assert.equal(headingAbove(text, cursor), SECTION_AT_CURSOR[id]);
      });
    });
  }

  it('shows the title as the page heading, escaped, when it reads as plain text', () => {
    const { text } = renderTemplate('conversation', VAR_SETS[3]!.vars);
    const heading = nodes(parseMarkdown(text)).find((n) => n.type === 'heading' && n.depth === 1);
    assert.ok(heading && 'children' in heading);
    assert.equal(heading.children.map((c) => ('value' in c ? c.value : '')).join(''), HOSTILE);
  });

  it('keeps a title that would read as a goal, a STAR story or a question out of the headings', () => {
    const { text } = renderTemplate('conversation', VAR_SETS[5]!.vars);
    assert.match(text, /^# Career conversation$/m);
    assert.match(text, /^title: Goals and values for Q1 2027$/m);
  });

  it('lists every template once for the quick pick, with a label and a description', () => {
    assert.deepEqual([...TEMPLATES.map((t) => t.id)].sort(), [...IDS].sort());
    for (const t of TEMPLATES) assert.ok(t.label && t.description, t.id);
  });

  it('rejects a date that is not a real day, rather than writing a wrong next check-in', () => {
    assert.throws(() => renderTemplate('conversation', { date: '2026-02-30', manager: 'A', title: 'x' }), RangeError);
  });
});

describe('templates: filling in', () => {
  const vars = VAR_SETS[0]!.vars;

  it('the worksheet asks every question the engine knows, and an answered worksheet is quiet', () => {
    const { text } = renderTemplate('worksheet', vars);
    const asked = new Set(readJournal(text, { today: vars.date }).journal.worksheet.map((q) => q.question));
    assert.deepEqual([...asked].sort(), ['actionPlan', 'development', 'longTerm', 'mission', 'motivators', 'shortTerm', 'strengths', 'values']);
    let answered = text;
    for (const heading of [...text.matchAll(/^#{2,3} (.*)$/gm)].map((m) => m[1] ?? '')) {
      answered = fillSection(answered, heading.replace(/[()]/g, '\\$&'), heading === 'Top five values' ? '- craft\n- autonomy\n- fairness\n- learning\n- family' : 'An answer.');
    }
    assert.deepEqual(lint(answered, { today: vars.date }), []);
  });

  for (const id of ['conversation', 'follow-up'] as const) {
    it(`${id}: "SMART goals agreed" is a goal list — its example is a good goal, a vague one is flagged`, () => {
      const { text } = renderTemplate(id, vars);
      const example = /^- \[ \] Write 3 design docs by \d{4}-\d{2}-\d{2}$/m.exec(text)?.[0] ?? '';
      assert.ok(example);
      const good = fillSection(text, 'SMART goals agreed', example);
      assert.equal(readJournal(good, { today: vars.date }).journal.goals.length, 1);
      assert.deepEqual(lint(good, { today: vars.date }), []);
      const vague = fillSection(text, 'SMART goals agreed', '- [ ] Get better at design');
      assert.deepEqual(lint(vague, { today: vars.date }).map((f) => f.code).sort(), ['smart-missing-deadline', 'smart-missing-measure']);
    });
  }

  it('star-log: its skeleton, copied out of the comment, is a STAR story; filled in, it is quiet', () => {
    const { text } = renderTemplate('star-log', vars);
    const skeleton = /### STAR: <what you achieved>\n\n(?:- \*\*\w+:\*\*\n){4}/.exec(text)?.[0] ?? '';
    assert.ok(skeleton);
    const empty = text + '\n' + skeleton.replace('<what you achieved>', 'Faster CI');
    assert.deepEqual(lint(empty, { today: vars.date }).filter((f) => f.code.startsWith('star-')).map((f) => f.code).sort(), ['star-missing-part', 'star-missing-result']);
    const filled = [
      ['**Situation:**', '**Situation:** CI took 40 minutes'],
      ['**Task:**', '**Task:** make it fast'],
      ['**Action:**', '**Action:** I split the suites'],
      ['**Result:**', '**Result:** 40 → 12 minutes'],
    ].reduce((md, [label, line]) => replaceLast(md, label ?? '', line ?? ''), empty);
    const read = readJournal(filled, { today: vars.date }).journal;
    assert.equal(read.stars[0]?.title, 'Faster CI');
    assert.deepEqual(lint(filled, { today: vars.date }), []);
  });

  it('conversation: the STAR example in the plan is only an example', () => {
    const { text } = renderTemplate('conversation', vars);
    assert.match(text, /## Achievements \(STAR\)\n\n<!--[\s\S]*### STAR: [\s\S]*\*\*Result:\*\*[\s\S]*?-->/);
  });

  it('conversation and follow-up: the action item examples name the manager as owner and dates after the conversation', () => {
    const { text } = renderTemplate('conversation', { date: '2026-12-30', manager: 'Émilie Dubois', title: '' });
    assert.match(text, /- \[ \] @me: send the follow-up email by 2027-01-02/);
    assert.match(text, /- \[ \] @Émilie: introduce me to the platform team by 2027-01-13/);
    const nameless = renderTemplate('follow-up', { date: '2026-11-22', manager: '', title: '' }).text;
    assert.match(nameless, /- \[ \] @manager: /);
  });
});
