/** New journal file names, and users' own templates. */
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { lint } from '../../src/core/lint.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { readJournal } from '../../src/core/read.js';
import { journalFileName, renderCustomTemplate, uniqueFileName } from '../../src/core/templates/index.js';

function nodes(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap((child) => nodes(child as Nodes)) : [])];
}

describe('templates: journalFileName', () => {
  it('is the date and a lowercase ASCII slug of the title', () => {
    assert.equal(journalFileName('2026-11-22', 'Career conversation with José Ñúñez'), '2026-11-22-career-conversation-with-jose-nunez.md');
    assert.equal(journalFileName('2026-11-22', 'Straße & Ærø — Q1/Q2 plan!'), '2026-11-22-strasse-aero-q1-q2-plan.md');
    assert.equal(journalFileName('2026-11-22', '  1:1 with Łukasz (mid-year) '), '2026-11-22-1-1-with-lukasz-mid-year.md');
  });

  it('falls back to career-conversation when nothing is left of the title', () => {
    for (const title of ['', '   ', '!!!', '日本語の面談', '🎯']) assert.equal(journalFileName('2026-11-22', title), '2026-11-22-career-conversation.md');
  });

  it('cuts a long slug at a word, within 60 characters', () => {
    const name = journalFileName('2026-11-22', 'Quarterly career conversation about promotion readiness and the staff engineer rubric');
    const slug = name.slice('2026-11-22-'.length, -'.md'.length);
    assert.ok(slug.length <= 60, slug);
    assert.equal(slug, 'quarterly-career-conversation-about-promotion-readiness-and');
    assert.equal(journalFileName('2026-11-22', 'a'.repeat(80)).length, '2026-11-22-'.length + 60 + 3);
  });

  it('does not repeat a date the title starts with', () => {
    assert.equal(journalFileName('2026-11-22', '2026-11-22 check-in with Alex'), '2026-11-22-check-in-with-alex.md');
  });

  it('rejects a date that is not a day', () => {
    assert.throws(() => journalFileName('22/11/2026', 'x'), RangeError);
  });
});

describe('templates: uniqueFileName', () => {
  it('keeps a free name, and numbers a taken one from 2', () => {
    assert.equal(uniqueFileName('2026-11-22-alex.md', new Set(['other.md'])), '2026-11-22-alex.md');
    assert.equal(uniqueFileName('2026-11-22-alex.md', new Set(['2026-11-22-alex.md'])), '2026-11-22-alex-2.md');
    assert.equal(uniqueFileName('2026-11-22-alex.md', new Set(['2026-11-22-alex.md', '2026-11-22-alex-2.md'])), '2026-11-22-alex-3.md');
  });

  it('treats names that differ only in case as taken, as macOS and Windows do', () => {
    assert.equal(uniqueFileName('2026-11-22-alex.md', new Set(['2026-11-22-Alex.md'])), '2026-11-22-alex-2.md');
  });

  it('handles names without an extension and dots in folders', () => {
    assert.equal(uniqueFileName('notes', new Set(['notes'])), 'notes-2');
    assert.equal(uniqueFileName('v1.2/notes', new Set(['v1.2/notes'])), 'v1.2/notes-2');
  });
});

describe('templates: renderCustomTemplate', () => {
  const vars = { date: '2026-11-22', manager: 'Alex Kim', title: 'Career chat' };

  it('fills every variable, in both spellings, and leaves unknown ones alone', () => {
    const source = '---\ntype: career-journal\ntitle: {{title}}\ndate: {{ date }}\nmanager: ${manager}\nnext: {{next}}\n---\n# ${title}\n\n{{unknown}} ${1:snippet} {{Date}}\n';
    const { text } = renderCustomTemplate(source, vars);
    assert.equal(text, '---\ntype: career-journal\ntitle: Career chat\ndate: 2026-11-22\nmanager: Alex Kim\nnext: 2027-02-22\n---\n# Career chat\n\n{{unknown}} ${1:snippet} 2026-11-22\n');
  });

  it('places the cursor at the first $CURSOR and removes every marker', () => {
    const { text, cursor } = renderCustomTemplate('## Agenda\n\n- $CURSOR\n\n## Notes\n\n$CURSOR\n', vars);
    assert.equal(text, '## Agenda\n\n- \n\n## Notes\n\n\n');
    assert.equal(cursor, '## Agenda\n\n- '.length);
    assert.equal(renderCustomTemplate('# {{title}}\n', vars).cursor, '# Career chat\n'.length, 'no marker: the end');
  });

  it('writes each value so it stays text where it lands: YAML, Markdown, a comment, code', () => {
    const hostile = { date: '2026-11-22', manager: 'Al: "x" --> <b>#y', title: '1. <img src=x onerror=alert(1)> [x](javascript:1) {{date}} $CURSOR' };
    const source = [
      '---', 'type: career-journal', 'title: {{title}}', 'manager: "{{manager}}"', "quoted: '{{manager}}'", 'plain: 1:1 with {{manager}}', 'date: {{date}}', '---',
      '# {{title}}', '', '{{title}}', '', '- [ ] {{title}}', '', '<!-- ask {{manager}} about it -->', '', '```', '{{title}}', '```', '',
    ].join('\n');
    const { text, cursor } = renderCustomTemplate(source, hostile);
    const fm = readJournal(text, { today: '2026-11-22' }).journal.frontMatter;
    assert.equal(fm.error, undefined);
    assert.deepEqual([fm.title, fm.manager, fm.date], [hostile.title, hostile.manager, '2026-11-22']);
    const all = nodes(parseMarkdown(text));
    assert.deepEqual(all.filter((n) => n.type === 'html' && !n.value.startsWith('<!--')), []);
    assert.deepEqual(all.filter((n) => n.type === 'link' || n.type === 'list' && n.ordered), []);
    assert.equal(all.filter((n) => n.type === 'html').length, 1, 'the comment is still one comment');
    assert.ok(text.includes('```\n1. <img src=x onerror=alert(1)> [x](javascript:1) {{date}} $CURSOR\n```'), 'raw inside code');
    assert.equal(cursor, text.length, 'a $CURSOR inside a value is text, not the cursor');
  });

  it('lists carried-over items where {{carryOver}} stands, and nothing when there are none', () => {
    const source = '---\ntype: career-journal\ndate: {{date}}\n---\n## Agenda\n\n{{carryOver}}\n$CURSOR\n';
    const carryOver = [{ title: 'Write 3 design docs by 2027-03-31', kind: 'goal' as const, source: '2026-08-20-alex.md', line: 12 }];
    const { text } = renderCustomTemplate(source, { ...vars, carryOver });
    assert.match(text, /^- \[ \] Follow up: Write 3 design docs by 2027-03-31 \(from \[2026-08-20-alex\.md\]\(2026-08-20-alex\.md#L12\)\)$/m);
    assert.deepEqual(lint(text, { today: '2026-11-22' }), []);
    assert.equal(renderCustomTemplate(source, vars).text, '---\ntype: career-journal\ndate: 2026-11-22\n---\n## Agenda\n\n\n\n');
  });
});
