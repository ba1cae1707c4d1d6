import assert from 'node:assert/strict';
import type { DashboardGoal, DashboardJournal } from '../../src/protocol/dashboard.js';
import { CHART, bars, chartWidth, daysBetween, dueIn, percent, ratio, shortDate, timeline } from '../../src/webview/view-model.js';

const goal = (title: string, date: string, extra: Partial<DashboardGoal> = {}): DashboardGoal =>
  ({ path: 'career/a.md', line: 0, title, date, words: `by ${date}`, group: 'open', ...extra });

const journal = (path: string, goals: number, done: number, date?: string): DashboardJournal =>
  ({ path, title: path, goals, done, ...(date ? { date } : {}) });

describe('dashboard view model', () => {
  it('shows ratios as whole, clamped percentages', () => {
    assert.equal(percent(0.5), 50);
    assert.equal(percent(2 / 3), 67);
    assert.equal(percent(1), 100);
    assert.equal(percent(1.4), 100);
    assert.equal(percent(-0.2), 0);
    assert.equal(percent(Number.NaN), 0);
    assert.equal(ratio(1, 5), 0.2);
    assert.equal(ratio(3, 0), 0, 'no goals is 0% done, not a division by zero');
  });

  it('counts days across months and years, and words them', () => {
    assert.equal(daysBetween('2026-11-23', '2026-11-23'), 0);
    assert.equal(daysBetween('2026-11-23', '2027-02-20'), 89);
    assert.equal(daysBetween('2026-11-23', '2026-11-20'), -3);
    assert.equal(daysBetween('2027-03-30', '2027-03-31'), 1, 'a daylight-saving change does not make a day short');
    assert.deepEqual([-3, -1, 0, 1, 12].map(dueIn), ['3 days overdue', '1 day overdue', 'due today', 'due tomorrow', 'in 12 days']);
  });

  it('orders the timeline soonest first, overdue ones leading, ties by journal and line', () => {
    const items = timeline([
      goal('later', '2027-09-30'),
      goal('b second on the same day', '2027-01-10', { path: 'career/b.md', line: 3 }),
      goal('late', '2026-11-01', { group: 'overdue' }),
      goal('a second line', '2027-01-10', { line: 9 }),
      goal('a first line', '2027-01-10', { line: 2, group: 'dueSoon' }),
    ], '2026-11-23');
    assert.deepEqual(items.map((i) => i.title), ['late', 'a first line', 'a second line', 'b second on the same day', 'later']);
    assert.deepEqual(items.map((i) => i.state), ['overdue', 'dueSoon', 'open', 'open', 'open']);
    assert.equal(items[0]?.when, '22 days overdue');
    assert.equal(items[4]?.days, 311);
  });

  it('marks a goal overdue by its date even when the data is from an earlier day', () => {
    const [item] = timeline([goal('yesterday', '2026-11-22', { group: 'dueSoon' })], '2026-11-23');
    assert.equal(item?.state, 'overdue');
  });

  it('draws bars proportional to the journal with the most goals, done at the foot', () => {
    const drawn = bars([journal('a.md', 4, 1, '2026-11-22'), journal('empty.md', 0, 0), journal('b.md', 2, 2)]);
    assert.deepEqual(drawn.map((b) => b.journal.path), ['a.md', 'b.md'], 'journals without goals get no bar');
    const [a, b] = drawn;
    assert.ok(a && b);
    assert.equal(a.height, CHART.height);
    assert.equal(a.y, 0);
    assert.equal(a.doneHeight, CHART.height / 4);
    assert.equal(a.doneY, CHART.height - CHART.height / 4);
    assert.equal(b.height, CHART.height / 2);
    assert.equal(b.doneHeight, b.height, 'all done fills the bar');
    assert.ok(b.x > a.x + CHART.barWidth, 'bars do not overlap');
    assert.deepEqual(a.label, ['22 Nov', '2026']);
    assert.deepEqual(b.label, ['undated', '']);
  });

  it('keeps a tiny count visible and never draws more done than goals', () => {
    const [big, small] = bars([journal('big.md', 200, 0), journal('small.md', 1, 5)]);
    assert.equal(small?.height, 2);
    assert.equal(small?.doneHeight, small?.height);
    assert.equal(big?.doneHeight, 0);
    assert.equal(chartWidth(2), 2 * (CHART.barWidth + CHART.gap));
    assert.equal(chartWidth(0), CHART.barWidth + CHART.gap);
  });

  it('writes chart dates short', () => {
    assert.deepEqual(shortDate('2027-02-05'), ['5 Feb', '2027']);
    assert.deepEqual(shortDate('nonsense'), ['nonsense', '']);
  });
});
