import assert from 'node:assert/strict';
import { readJournal } from '../../src/core/read.js';
import { summarize } from '../../src/core/summary.js';
import { checkWebviewMessage, isProgressMessage } from '../../src/protocol/dashboard.js';
import { dashboardData } from '../../src/vscode/dashboard-data.js';
import { contentSecurityPolicy, dashboardHtml } from '../../src/vscode/dashboard-html.js';

const TODAY = '2026-11-23';
const journal = (path: string, text: string) => {
  const { journal: read, context } = readJournal(text, { today: TODAY, fileName: path });
  return { path, summary: summarize(read, context, 30) };
};

const ALEX = journal('career/2026-11-22-alex.md', [
  '---', 'title: Career conversation with Alex', 'date: 2026-11-22', 'next: 2027-02-20', '---', '',
  '## Goals', '',
  '- [ ] Give 3 talks by 2027-06-30',
  '- [ ] Write 2 design docs by 2026-11-01',
  '- [ ] Get better at <b>writing</b>',
  '- [x] Cut pages from 40 to 10 by Q4 2026',
  '',
].join('\n'));

describe('dashboard data and messages', () => {
  it('carries the figures, the deadlines soonest first and the journals', () => {
    const data = dashboardData([ALEX, journal('career/empty.md', '# Notes\n')], TODAY);
    assert.equal(data.today, TODAY);
    assert.deepEqual([data.goals, data.done, data.overdue, data.dueSoon], [4, 1, 1, 0]);
    assert.deepEqual(data.upcoming.map((g) => [g.title, g.date, g.line, g.group]), [
      ['Write 2 design docs by 2026-11-01', '2026-11-01', 9, 'overdue'],
      ['Give 3 talks by 2027-06-30', '2027-06-30', 8, 'open'],
    ]);
    assert.deepEqual(data.journals.map((j) => [j.path, j.title, j.date, j.goals, j.done]), [
      ['career/2026-11-22-alex.md', 'Career conversation with Alex', '2026-11-22', 4, 1],
      ['career/empty.md', 'career/empty.md', undefined, 0, 0],
    ]);
    assert.deepEqual(data.next, { date: '2027-02-20', path: 'career/2026-11-22-alex.md', title: 'Career conversation with Alex' });
    assert.ok(isProgressMessage({ type: 'progress', data }));
    assert.deepEqual(JSON.parse(JSON.stringify(data)), data, 'plain JSON: survives postMessage and setState');
  });

  it('accepts only known webview messages with sound fields', () => {
    assert.deepEqual(checkWebviewMessage({ type: 'reveal', path: 'career/a.md', line: 3 }), { ok: true, message: { type: 'reveal', path: 'career/a.md', line: 3 } });
    assert.deepEqual(checkWebviewMessage({ type: 'ready', extra: 1 }), { ok: true, message: { type: 'ready' } });
    for (const forged of [
      null, 'reveal', [], { type: 'runCommand', command: 'workbench.action.terminal.new' }, { type: 'reveal', path: '', line: 0 },
      { type: 'reveal', path: 'career/a.md', line: -1 }, { type: 'reveal', path: 'career/a.md', line: 1.5 },
      { type: 'reveal', path: 'career/a.md', line: '3' }, { type: 'reveal', path: 42, line: 0 }, { type: 'reveal', path: 'x'.repeat(5000), line: 0 },
    ]) {
      assert.equal(checkWebviewMessage(forged).ok, false, JSON.stringify(forged)?.slice(0, 80));
    }
  });

  it('tells a progress message from anything else', () => {
    assert.equal(isProgressMessage({ type: 'progress', data: { today: TODAY } }), false);
    assert.equal(isProgressMessage(undefined), false);
  });

  it('builds a page with a strict CSP, one nonce\'d script and no inline code', () => {
    const resources = { cspSource: 'https://x.vscode-cdn.net', nonce: 'abc+/=', scriptUri: 'https://x.vscode-cdn.net/dist/webview/dashboard.js', styleUri: 'https://x.vscode-cdn.net/media/dashboard.css' };
    assert.equal(contentSecurityPolicy(resources),
      "default-src 'none'; style-src https://x.vscode-cdn.net; script-src 'nonce-abc+/='; img-src https://x.vscode-cdn.net data:");
    const html = dashboardHtml(resources);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(html, /<script nonce="abc\+\/=" src="https:\/\/x\.vscode-cdn\.net\/dist\/webview\/dashboard\.js"><\/script>/);
    assert.doesNotMatch(html, /\s(?:style|on\w+)=/, 'no inline styles or event handlers');
  });
});
