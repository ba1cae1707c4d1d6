import assert from 'node:assert/strict';
import { toggleGoalEdit, type TextEdit } from '../../src/core/goal-edits.js';
import { readJournal } from '../../src/core/read.js';
import { TODAY } from './helpers.js';

function apply(text: string, edit: TextEdit): string {
  const lines = text.split('\n');
  const at = (p: { line: number; column: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.column;
  return text.slice(0, at(edit.range.start)) + edit.text + text.slice(at(edit.range.end));
}

function toggle(text: string, index = 0): string {
  const { journal, context } = readJournal(text, { today: TODAY });
  const goal = journal.goals[index];
  assert.ok(goal, 'goal exists');
  return apply(text, toggleGoalEdit(goal, context));
}

describe('toggling a goal done', () => {
  it('ticks and clears a task checkbox, touching nothing else', () => {
    const md = '## Goals\n\n- [ ] Write 3 docs by 2027-01-01\n* [x] Give 2 talks\n';
    assert.equal(toggle(md), '## Goals\n\n- [x] Write 3 docs by 2027-01-01\n* [x] Give 2 talks\n');
    assert.equal(toggle(md, 1), '## Goals\n\n- [ ] Write 3 docs by 2027-01-01\n* [ ] Give 2 talks\n');
  });

  it('adds a checkbox to a plain item, numbered or not', () => {
    assert.equal(toggle('## Goals\n\n12. Write 3 docs\n'), '## Goals\n\n12. [x] Write 3 docs\n');
    assert.equal(toggle('## Goals\n\n- Write 3 docs\n'), '## Goals\n\n- [x] Write 3 docs\n');
  });

  it('rewrites a Status field, whatever its style', () => {
    assert.equal(toggle('### Goal: A\n- **Status:** in progress\n'), '### Goal: A\n- **Status:** done\n');
    assert.equal(toggle('### Goal: A\nStatus: done\n'), '### Goal: A\nStatus: in progress\n');
  });

  it('adds a Status field to a goal heading without one', () => {
    assert.equal(toggle('### Goal: A\n- Specific: x\n\nText.\n'), '### Goal: A\n- Specific: x\n- **Status:** done\n\nText.\n');
  });

  it('keeps CRLF line ends', () => {
    const md = '## Goals\r\n\r\n- [ ] A\r\n- [ ] B\r\n';
    const { journal, context } = readJournal(md, { today: TODAY });
    const edit = toggleGoalEdit(journal.goals[1]!, context);
    assert.deepEqual(edit, { range: { start: { line: 3, column: 3 }, end: { line: 3, column: 4 } }, text: 'x' });
  });
});
