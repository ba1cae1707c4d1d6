/** What carries over from an earlier journal into the next conversation's agenda. */
import assert from 'node:assert/strict';
import type { Nodes } from 'mdast';
import { lint } from '../../src/core/lint.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { readJournal } from '../../src/core/read.js';
import { carryOverFrom, renderTemplate, type CarryOver } from '../../src/core/templates/index.js';

const TODAY = '2026-11-22';

const EARLIER = `---
type: career-journal
title: Career conversation with Alex
date: 2026-08-20
manager: Alex Kim
---

# Career conversation with Alex

## Goals

- [ ] Write 3 design docs by 2027-03-31
- [x] Give a talk at the guild by 2026-10-01
- [ ] Mentor two new hires within 6 months
- [ ] Migrate \`billing-api\` to Postgres 16 by Q2 2027

### Goal: Cut CI time from 20 to 10 minutes
- Status: in progress
- Time-bound: Q1 2027

### Goal: Learn Rust
- Status: dropped

### Goal: Run the onboarding week
- [x] book the room
- [x] write the schedule

## Notes

\`\`\`md
## Goals
- [ ] A goal in a code block
\`\`\`

<!--
## Action items
- [ ] An item in a comment
-->

## Action items

- [ ] @me: send the summary to Alex by Friday
- [x] @Alex: share the promotion rubric
- [ ] @Alex: introduce me to the platform team by 2026-09-15
- A plain item without a checkbox

## Next steps

1. [ ] Book the next check-in
`;

/** The 1-based line of the first line holding `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

function nodes(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap((child) => nodes(child as Nodes)) : [])];
}

describe('templates: carryOverFrom', () => {
  const carried = carryOverFrom(EARLIER, '2026-08-20-alex.md', TODAY);

  it('takes open and in-progress goals and unchecked action items, in document order, with their lines', () => {
    const expected: Array<[string, CarryOver['kind'], string | undefined]> = [
      ['Write 3 design docs by 2027-03-31', 'goal', '2027-03-31'],
      ['Mentor two new hires within 6 months', 'goal', '2027-02-20'],
      ['Migrate billing-api to Postgres 16 by Q2 2027', 'goal', '2027-06-30'],
      ['Cut CI time from 20 to 10 minutes', 'goal', '2027-03-31'],
      ['@me: send the summary to Alex by Friday', 'action', '2026-08-21'],
      ['@Alex: introduce me to the platform team by 2026-09-15', 'action', '2026-09-15'],
      ['Book the next check-in', 'action', undefined],
    ];
    assert.deepEqual(carried.map((c) => [c.title, c.kind, c.deadline]), expected);
    assert.deepEqual(carried.map((c) => c.line), [
      lineOf(EARLIER, 'Write 3 design docs'), lineOf(EARLIER, 'Mentor two'), lineOf(EARLIER, 'Migrate'),
      lineOf(EARLIER, 'Goal: Cut CI'), lineOf(EARLIER, '@me: send'), lineOf(EARLIER, '@Alex: introduce'), lineOf(EARLIER, 'Book the next'),
    ]);
    assert.ok(carried.every((c) => c.source === '2026-08-20-alex.md'));
  });

  it('leaves out done and dropped goals, checked items, and anything in code blocks or comments', () => {
    const titles = carried.map((c) => c.title).join('\n');
    for (const left of ['Give a talk', 'Learn Rust', 'onboarding week', 'promotion rubric', 'code block', 'in a comment', 'plain item']) {
      assert.doesNotMatch(titles, new RegExp(left));
    }
  });

  it('finds nothing in a journal with nothing open', () => {
    assert.deepEqual(carryOverFrom('## Goals\n\n- [x] Ship 2 features by 2026-10-01\n\n## Next steps\n\n- [x] done\n', 'a.md', TODAY), []);
    assert.deepEqual(carryOverFrom('', 'a.md', TODAY), []);
  });

  it('resolves relative deadlines from the earlier journal\'s date, not today', () => {
    const [item] = carryOverFrom('## Action items\n\n- [ ] @me: write the summary within 2 weeks\n', 'notes/2026-03-02-alex.md', TODAY);
    assert.equal(item?.deadline, '2026-03-16');
  });
});

describe('templates: carried items in the conversation plan', () => {
  const carried = carryOverFrom(EARLIER, '2026-08-20-alex.md', TODAY);
  const { text, cursor } = renderTemplate('conversation', { date: TODAY, manager: 'Alex Kim', title: 'Career conversation with Alex', carryOver: carried });

  it('opens the agenda with them, each linking to its line in the earlier journal', () => {
    const agenda = text.slice(text.indexOf('## Agenda'), text.indexOf('## Achievements'));
    assert.ok(agenda.includes(`- [ ] Follow up: Write 3 design docs by 2027-03-31 (from [2026-08-20-alex.md](2026-08-20-alex.md#L${lineOf(EARLIER, 'Write 3 design docs')}))`));
    assert.ok(agenda.includes(`- [ ] Follow up: @me: send the summary to Alex by Friday (from [2026-08-20-alex.md](2026-08-20-alex.md#L${lineOf(EARLIER, '@me: send')}))`));
    assert.equal(agenda.match(/^- \[ \] Follow up: /gm)?.length, carried.length);
    assert.ok(cursor > text.indexOf('Book the next check-in'), 'the cursor follows the carried items, to add new topics');
  });

  it('does not turn them into goals or STAR stories of the new journal, so it stays quiet', () => {
    const { journal } = readJournal(text, { today: TODAY });
    assert.deepEqual([journal.goals.length, journal.stars.length], [0, 0]);
    assert.deepEqual(lint(text, { today: TODAY }), []);
    assert.deepEqual(lint(text, { today: '2027-12-31' }), [], 'passed deadlines of carried items are not overdue goals');
  });

  it('keeps hostile titles as text and encodes odd file names in the link', () => {
    const hostile: CarryOver[] = [
      { title: '<img src=x onerror=alert(1)>', kind: 'goal', source: 'older/2025-12-01 alex (1).md', line: 3 },
      { title: '[click](javascript:alert(1)) **now** `x`', kind: 'action', source: '[evil](javascript:x).md', line: 9 },
      { title: 'Follow up: Result: Situation: 3 talks', kind: 'action', source: 'a.md', line: 1 },
    ];
    const plan = renderTemplate('conversation', { date: TODAY, manager: 'A', title: 'Plan', carryOver: hostile }).text;
    const all = nodes(parseMarkdown(plan));
    assert.deepEqual(all.filter((n) => n.type === 'html' && !n.value.startsWith('<!--')), []);
    assert.deepEqual(all.flatMap((n) => (n.type === 'link' ? [n.url] : [])), [
      'older/2025-12-01%20alex%20%281%29.md#L3',
      '%5Bevil%5D%28javascript%3Ax%29.md#L9',
      'a.md#L1',
    ]);
    assert.match(plan, /^- \[ \] Follow up: \\<img src=x onerror=alert\(1\)> \(from /m);
    assert.match(plan, /^- \[ \] Follow up: Result: Situation: 3 talks \(from \[a\.md\]\(a\.md#L1\)\)$/m);
    assert.deepEqual(lint(plan, { today: TODAY }), []);
  });

  it('round-trips: action items written in a follow-up are carried into the next plan', () => {
    const followUp = renderTemplate('follow-up', { date: '2026-11-23', manager: 'Alex Kim', title: '' }).text
      .replace(/(## Action items\n\n<!--[\s\S]*?-->\n)/, '$1\n- [x] @me: send the follow-up email by 2026-11-24\n- [ ] @Alex: introduce me to the platform team by 2026-12-07\n');
    const next = carryOverFrom(followUp, '2026-11-23-follow-up.md', '2027-02-20');
    assert.deepEqual(next.map((c) => [c.kind, c.title, c.deadline]), [['action', '@Alex: introduce me to the platform team by 2026-12-07', '2026-12-07']]);
  });
});
