import assert from 'node:assert/strict';
import { readJournal } from '../../src/core/read.js';
import { progressOf, summarize } from '../../src/core/summary.js';

const TODAY = '2026-11-22';
const sum = (md: string, dueSoon = 30) => {
  const { journal, context } = readJournal(md, { today: TODAY });
  return summarize(journal, context, dueSoon);
};

const JOURNAL = [
  '---', 'title: Talk with Alex', 'date: 2026-11-01', 'next: 2027-02-01', '---',
  '## Goals', '',
  '- [ ] Write 3 docs by 2026-11-10',
  '- [ ] Give 2 talks by 2026-12-10',
  '- [ ] Mentor 1 junior by 2027-06-30',
  '- [ ] Get better at writing',
  '- [x] Ship 4 features by 2026-10-01',
  '', '### Goal: Learn Rust', '- Status: dropped', '',
  '### STAR: A', '- Situation: s', '- Task: t', '- Action: a', '- Result: 3 wins', '',
  '### STAR: B', '- Situation: s', '- Action: a', '',
].join('\n');

describe('summaries for the tree and dashboard', () => {
  it('groups goals as overdue, due soon, open, done and dropped', () => {
    const s = sum(JOURNAL);
    assert.deepEqual(s.goals.map((g) => g.group), ['overdue', 'dueSoon', 'open', 'open', 'done', 'dropped']);
    assert.deepEqual(s.goals.map((g) => g.line), [7, 8, 9, 10, 11, 13]);
    assert.deepEqual(s.goals[3]?.lacking, ['measure', 'deadline']);
    assert.equal(s.goals[0]?.deadline?.date, '2026-11-10');
  });

  it('follows the due-soon window', () => {
    assert.equal(sum(JOURNAL, 10).goals[1]?.group, 'open');
  });

  it('counts complete STAR stories and reads the front matter', () => {
    const s = sum(JOURNAL);
    assert.deepEqual(s.stars, { total: 2, complete: 1 });
    assert.equal(s.next, '2027-02-01');
    assert.equal(s.title, 'Talk with Alex');
  });

  it('adds up progress across journals', () => {
    const p = progressOf([{ path: 'career/b.md', summary: sum(JOURNAL) }, { path: 'career/a.md', summary: sum('---\ndate: 2026-01-05\n---\n## Goals\n\n- [x] Read 2 books by 2026-06-01\n') }], TODAY);
    assert.equal(p.goals, 7);
    assert.equal(p.done, 2);
    assert.equal(p.overdue, 1);
    assert.equal(p.dueSoon, 1);
    assert.equal(p.dropped, 1);
    assert.equal(p.smart, 3 / 4);
    assert.equal(p.star, 1 / 2);
    assert.deepEqual(p.upcoming.map((u) => u.goal.deadline?.date), ['2026-11-10', '2026-12-10', '2027-06-30']);
    assert.deepEqual(p.journals.map((j) => [j.path, j.goals, j.done]), [['career/a.md', 1, 1], ['career/b.md', 6, 1]]);
    assert.deepEqual(p.next, { date: '2027-02-01', path: 'career/b.md' });
  });

  it('is sensible when there is nothing', () => {
    const p = progressOf([], TODAY);
    assert.equal(p.goals, 0);
    assert.equal(p.smart, 1);
    assert.equal(p.next, undefined);
  });
});
