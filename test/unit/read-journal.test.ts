import assert from 'node:assert/strict';
import { readJournal } from '../../src/core/read.js';
import { lintMd, TODAY } from './helpers.js';

const read = (md: string, fileName?: string) => readJournal(md, fileName ? { today: TODAY, fileName } : { today: TODAY }).journal;

describe('reading a journal', () => {
  it('reads the front matter the product uses', () => {
    const j = read('---\ntype: career-journal\ntitle: Talk with Alex\ndate: 2026-11-22\nmanager: Alex Kim\nnext: 2027-02-20\n---\n# x\n');
    assert.deepEqual(j.frontMatter, { type: 'career-journal', title: 'Talk with Alex', date: '2026-11-22', manager: 'Alex Kim', next: '2027-02-20' });
  });

  it('survives broken front matter and says so', () => {
    const md = '---\ntitle: [unclosed\ndate: 2026-11-22\n---\n## Goals\n\n- [ ] Write 3 docs by 2027-03-01\n';
    const j = read(md);
    assert.ok(j.frontMatter.error);
    assert.equal(j.goals.length, 1);
    assert.deepEqual(lintMd(md).map((f) => f.code), ['front-matter-invalid']);
  });

  it('reads what each goal means: title, status, deadline with its words, measure', () => {
    const j = read('---\ndate: 2026-11-22\n---\n## Goals\n\n- [ ] Write 3 design docs by the end of Q1 2027\n- [x] Give a talk\n');
    const [first, second] = j.goals;
    assert.equal(first?.title, 'Write 3 design docs by the end of Q1 2027');
    assert.equal(first?.status, 'open');
    assert.equal(first?.deadline?.date, '2027-03-31');
    assert.equal(first?.deadline?.source, 'text');
    assert.match(first?.deadline?.words ?? '', /Q1 2027/);
    assert.match(first?.measure?.words ?? '', /3 design docs/);
    assert.equal(second?.status, 'done');
  });

  it('lets a Status field win over checkboxes', () => {
    const j = read('### Goal: A\n- Status: dropped\n- [ ] step\n\n### Goal: B\n- [x] step one\n- [x] step two\n\n### Goal: C\n- Status: in progress\n- [x] step\n\n### Goal: D\n- Status: not met\n');
    assert.deepEqual(j.goals.map((g) => g.status), ['dropped', 'done', 'in progress', 'in progress']);
  });

  it('marks where a deadline came from', () => {
    const j = read('## Goals for Q2 2027\n\n- [ ] Write 3 docs\n\n### Goal: Speak twice\n- Time-bound: 6 months\n', '2026-11-22-x.md');
    assert.deepEqual(j.goals.map((g) => [g.deadline?.source, g.deadline?.date]), [['heading', '2027-06-30'], ['field', '2027-05-22']]);
  });

  it('ends a goal heading block at the next heading of the same level', () => {
    const j = read('### Goal: A\n- Measurable: 3 docs\n#### Notes\n- Time-bound: by 2027-03-01\n### Goal: B\n- Time-bound: by 2027-03-01\n');
    assert.equal(j.goals[0]?.fields.timeBound?.text, 'by 2027-03-01');
    assert.equal(j.goals[1]?.fields.measurable, undefined);
  });

  it('only reads top-level items of a goal list, nested labelled items as fields', () => {
    const j = read('## Goals\n\n- [ ] Improve onboarding\n  - Measurable: first PR in week 1\n  - Deadline: March 2027\n  - a sub-step\n- [ ] Second\n');
    assert.equal(j.goals.length, 2);
    assert.equal(j.goals[0]?.measure?.source, 'field');
    assert.equal(j.goals[0]?.deadline?.date, '2027-03-31');
  });

  it('takes goal lists only under their nearest heading', () => {
    assert.equal(read('## Goals\n\n### Notes\n\n- not a goal\n').goals.length, 0);
    assert.equal(read('## My OKRs\n\n1. one\n2. two\n').goals.length, 2);
    assert.equal(read('## Team objectives\n\n* one\n').goals.length, 1);
  });

  it('never reads goals from code, inline code or comments', () => {
    const md = '## Goals\n\n```md\n- [ ] fake goal\n```\n\n<!--\n- [ ] hidden goal\n-->\n\n    - [ ] indented code\n';
    assert.equal(read(md).goals.length, 0);
    const inline = read('## Goals\n\n- [ ] Ship `v3 by 2027-01-01` and `10 docs`\n');
    assert.equal(inline.goals[0]?.deadline, null);
    assert.equal(inline.goals[0]?.measure, null);
  });

  it('gives the same findings for CRLF and a BOM', () => {
    const md = '---\ndate: 2026-11-22\n---\n## Goals\n\n- [ ] Get better at docs\n\n### STAR: A\n- Situation: s\n- Action: a\n';
    const plain = lintMd(md).map((f) => [f.code, f.range.start.line, f.range.start.column]);
    const crlf = lintMd('\uFEFF' + md.replace(/\n/g, '\r\n')).map((f) => [f.code, f.range.start.line, f.range.start.column]);
    assert.deepEqual(crlf, plain);
    assert.ok(plain.length >= 3);
  });

  it('ends a finding range at the end of the line, not the document', () => {
    const findings = lintMd('## Goals\r\n\r\n- [ ] Get better at docs\r\n- [ ] x\r\n');
    assert.deepEqual(findings[0]?.range, { start: { line: 2, column: 0 }, end: { line: 2, column: 24 } });
  });

  it('handles deep nesting and empty input without throwing', () => {
    assert.deepEqual(lintMd(''), []);
    const deep = '## Goals\n\n' + Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    assert.ok(Array.isArray(lintMd(deep)));
    assert.ok(Array.isArray(lintMd('>'.repeat(2000) + ' STAR: x')));
  });
});
