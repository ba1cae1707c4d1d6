import assert from 'node:assert/strict';
import { actionItems, agendaText, followUpEmail, mailtoLink } from '../../src/core/followup.js';
import { readJournal } from '../../src/core/read.js';

const JOURNAL = [
  '---', 'title: Career conversation with Alex', 'date: 2026-11-22', 'manager: Alex Kim', 'next: 2027-02-20', '---',
  '## Agenda', '', '- [ ] Follow up: Write 3 design docs', '- Promotion path to senior', '- <!-- add more --> ', '',
  '## Key points', '', '- Alex sees me leading the observability work', '- Feedback: speak up earlier in design reviews', '',
  '## SMART goals agreed', '', '- [ ] Write 3 design docs by 2027-04-30', '- [x] Old goal 2 done', '',
  '## Action items', '', '- [ ] @me: send the follow-up email by 2026-11-25', '- [ ] @alex: share the staff rubric within 2 weeks', '- [x] @me: book the room', '- [ ] Update the brag doc',
].join('\n');
const read = () => readJournal(JOURNAL, { today: '2026-11-22' });

describe('follow-up email and agenda', () => {
  it('copies the agenda as a plain list with the title and date', () => {
    assert.equal(agendaText(read()), 'Agenda — Career conversation with Alex (2026-11-22)\n\n- Follow up: Write 3 design docs\n- Promotion path to senior\n');
  });

  it('reads action items with owners, dates and done state', () => {
    assert.deepEqual(actionItems(read()), [
      { owner: 'me', text: 'send the follow-up email by 2026-11-25', due: '2026-11-25', done: false },
      { owner: 'alex', text: 'share the staff rubric within 2 weeks', due: '2026-12-06', done: false },
      { owner: 'me', text: 'book the room', due: null, done: true },
      { owner: null, text: 'Update the brag doc', due: null, done: false },
    ]);
  });

  it('drafts an email with key points, open goals and open action items', () => {
    const mail = followUpEmail(read(), 'alex@example.com');
    assert.equal(mail.subject, 'Follow-up: Career conversation with Alex (2026-11-22)');
    assert.match(mail.body, /^Hi Alex,\n/);
    assert.match(mail.body, /Key points:\n- Alex sees me leading the observability work\n- Feedback: speak up earlier in design reviews\n/);
    assert.match(mail.body, /Goals we agreed:\n- Write 3 design docs by 2027-04-30\n\n/);
    assert.match(mail.body, /Action items:\n- Me: send the follow-up email by 2026-11-25 \(by 2026-11-25\)\n- Alex: share the staff rubric within 2 weeks \(by 2026-12-06\)\n- Update the brag doc\n/);
    assert.match(mail.body, /Next check-in: 2027-02-20\./);
    assert.doesNotMatch(mail.body, /book the room|Old goal/);
  });

  it('builds a mailto link that round-trips', () => {
    const mail = followUpEmail(read(), 'alex@example.com');
    const link = mailtoLink(mail);
    assert.match(link, /^mailto:alex%40example\.com\?subject=Follow-up%3A%20Career/);
    const url = new URL(link);
    assert.equal(url.searchParams.get('subject'), mail.subject);
    assert.equal(url.searchParams.get('body'), mail.body.replace(/\n/g, '\r\n'));
    assert.doesNotMatch(link, /[\s<>"]/);
  });

  it('copes with a journal that has none of these sections', () => {
    const empty = readJournal('# Notes\n', { today: '2026-11-22' });
    assert.match(agendaText(empty), /no agenda items yet/);
    assert.match(followUpEmail(empty).body, /^Hi,\n/);
    assert.ok(mailtoLink(followUpEmail(empty)).startsWith('mailto:?subject='));
  });
});
