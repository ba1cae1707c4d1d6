/** The engine worker's state: each request answers what the core would, from the kept parse. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { journal } from '../../bench/generate.js';
import { lint } from '../../src/core/lint.js';
import { readJournal } from '../../src/core/read.js';
import { summarize } from '../../src/core/summary.js';
import { EngineState } from '../../src/engine/engine-state.js';

const OPTIONS = { today: '2026-11-22' };
const GOALS = fs.readFileSync(path.join(__dirname, '../fixtures/annotated/goals.md'), 'utf8');

function fresh(text: string) {
  const read = readJournal(text, OPTIONS);
  return summarize(read.journal, read.context, 30);
}

describe('engine state (the worker side of the engine)', () => {
  it('lints each document with its own incremental linter, equal to a full lint', () => {
    const state = new EngineState();
    const big = journal(30_000, 2);
    assert.deepEqual(state.answer({ kind: 'lint', key: 'a', text: GOALS, options: OPTIONS }), lint(GOALS, OPTIONS));
    assert.deepEqual(state.answer({ kind: 'lint', key: 'b', text: big, options: OPTIONS }), lint(big, OPTIONS));
    const edited = big.replace('\n\n', '\n\n### Goal: Write the runbook\n\n');
    assert.deepEqual(state.answer({ kind: 'lint', key: 'b', text: edited, options: OPTIONS }), lint(edited, OPTIONS));
    assert.equal(state.documents, 2);
  });

  it('summarises a kept document (bringing it up to date first) and a text read once', () => {
    const state = new EngineState();
    state.answer({ kind: 'lint', key: 'a', text: GOALS, options: OPTIONS });
    assert.deepEqual(state.answer({ kind: 'summary', key: 'a', text: GOALS, options: OPTIONS, dueSoonDays: 30 }), fresh(GOALS));
    const changed = `${GOALS}\n## Goal: Run two workshops by March 2027\n`;
    assert.deepEqual(state.answer({ kind: 'summary', key: 'a', text: changed, options: OPTIONS, dueSoonDays: 30 }), fresh(changed));
    assert.deepEqual(state.answer({ kind: 'lint', key: 'a', text: changed, options: OPTIONS }), lint(changed, OPTIONS));
    assert.deepEqual(state.answer({ kind: 'summary', text: GOALS, options: OPTIONS, dueSoonDays: 30 }), fresh(GOALS));
    assert.equal(state.documents, 1, 'a text read once is not kept');
  });

  it('finds the goal on a line, with its range and how to expand it', () => {
    const state = new EngineState();
    const text = '---\ntype: career-journal\n---\n# Goals\n\n- Improve onboarding\n- Ship the beta by March 2027\n';
    const at = state.answer({ kind: 'goal', key: 'a', text, line: 5, options: OPTIONS });
    assert.equal(at?.goal.title, 'Improve onboarding');
    assert.deepEqual([at?.first.line, at?.last.line], [5, 5]);
    assert.ok(at?.expand && at.expand.text.includes('Measurable'), 'a one-line goal can be expanded into a SMART block');
    assert.equal(state.answer({ kind: 'goal', key: 'a', text, line: 3, options: OPTIONS }), undefined, 'no goal on a heading line');
  });

  it('forgets a document, and refuses a request it does not know', () => {
    const state = new EngineState();
    state.answer({ kind: 'lint', key: 'a', text: GOALS, options: OPTIONS });
    assert.equal(state.answer({ kind: 'forget', key: 'a' }), null);
    assert.equal(state.documents, 0);
    assert.throws(() => state.answer({ kind: 'nonsense' } as never), /unknown request "nonsense"/);
  });
});
