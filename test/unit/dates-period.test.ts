/** findPeriod on Time-bound field values and goal-list headings: lenient, a bare period counts. */
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { findDeadline, findPeriod } from '../../src/core/dates.js';

/** A field value or heading and the deadline it gives (reference 2026-11-22), or null. */
type Case = readonly [text: string, date: string | null, options?: { ref?: string; words?: string }];

function check(cases: readonly Case[]): void {
  for (const [text, date, options = {}] of cases) {
    it(`${text || '(empty)'} → ${date ?? 'none'}${options.ref ? ` (from ${options.ref})` : ''}`, () => {
      const found = findPeriod(text, { reference: options.ref ?? '2026-11-22', dateOrder: 'mdy' });
      assert.equal(found?.date ?? null, date, found ? `found "${found.words}"` : '');
      if (options.words !== undefined) assert.equal(found?.words, options.words);
    });
  }
}

describe('findPeriod', () => {
  describe('Time-bound field values', () => check([
    ['by 2027-06-30', '2027-06-30', { words: 'by 2027-06-30' }],
    ['2027-06-30', '2027-06-30'],
    ['30 June 2027', '2027-06-30'],
    ['June 30', '2027-06-30'],
    ['6 months', '2027-05-22', { words: '6 months' }],
    ['six months', '2027-05-22'],
    ['12 months', '2027-11-22'],
    ['18 months', '2028-05-22'],
    ['one year', '2027-11-22'],
    ['2 weeks', '2026-12-06'],
    ['10 days', '2026-12-02'],
    ['next 12 months', '2027-11-22', { words: 'next 12 months' }],
    ['the next 6 months', '2027-05-22'],
    ['over 6 months', '2027-05-22'],
    ['for 3 months', '2027-02-22'],
    ['within 6 months', '2027-05-22'],
    ['3–5 years', '2031-11-22'],
    ['3-5 years', '2031-11-22'],
    ['6–12 months', '2027-11-22'],
    ['2 or 3 weeks', '2026-12-13'],
    ['Q2', '2027-06-30', { words: 'Q2' }],
    ['Q4', '2026-12-31'],
    ['Q1', '2027-03-31'],
    ['H1', '2027-06-30'],
    ['H2', '2026-12-31'],
    ['Q3 2027', '2027-09-30'],
    ['end of Q3', '2027-09-30', { words: 'end of Q3' }],
    ['2027', '2027-12-31'],
    ['2028', '2028-12-31'],
    ['FY27', '2027-12-31'],
    ['June', '2027-06-30'],
    ['December', '2026-12-31'],
    ['Dec', '2026-12-31'],
    ['November', '2026-11-30'],
    ['March', '2027-03-31'],
    ['May', '2027-05-31'],
    ['mid-March', '2027-03-15'],
    ['spring', '2027-05-31'],
    ['summer 2027', '2027-08-31'],
    ['this quarter', '2026-12-31'],
    ['next quarter', '2027-03-31'],
    ['next year', '2027-12-31'],
    ['this year', '2026-12-31'],
    ['by the end of the year', '2026-12-31'],
    ['EOY', '2026-12-31'],
    ['year-end', '2026-12-31'],
    ['mid-2027', '2027-06-30'],
    ['2026–2027', '2027-12-31'],
    ['Friday', '2026-11-27'],
    ['3/15', '2027-03-15'],
    ['tomorrow', '2026-11-23'],
    ['**by 2027-06-30**', '2027-06-30'],
    ['by 2027-06-30 (stretch: 2027-03-31)', '2027-06-30'],
    ['ongoing', null],
    ['Ongoing', null],
    ['TBD', null],
    ['TBC', null],
    ['asap', null],
    ['ASAP', null],
    ['n/a', null],
    ['when possible', null],
    ['every sprint', null],
    ['weekly', null],
    ['each quarter', null],
    ['every 2 weeks', null],
    ['within a business day', null],
    ['within 24 hours', null],
    ['in 15 minutes', null],
    ['a month', null],
    ['once a month', null],
    ['may', null],
    ['march', null],
    ['the past 6 months', null],
    ['6 months ago', null],
    ['', null],
    ['Q2', '2026-06-30', { ref: '2026-04-01' }],
    ['June', '2027-06-30', { ref: '2026-07-01' }],
    ['6 months', '2027-02-28', { ref: '2026-08-31' }],
  ]));

  describe('headings over a goal list', () => check([
    ['Goals for Q1 2027', '2027-03-31', { words: 'Q1 2027' }],
    ['Short-term objectives (next 12 months)', '2027-11-22', { words: 'next 12 months' }],
    ['Objectives (next 12 months)', '2027-11-22'],
    ['2027 goals', '2027-12-31', { words: '2027' }],
    ['H1 goals', '2027-06-30'],
    ['Goals this quarter', '2026-12-31'],
    ['OKRs — Q3', '2027-09-30'],
    ['Q4 OKRs', '2026-12-31'],
    ['Long-term goals (3–5 years)', '2031-11-22'],
    ['Long-term goals (5 years)', '2031-11-22'],
    ['Mid-term goals (1-2 years)', '2028-11-22'],
    ['Goals for 2027', '2027-12-31'],
    ['Objectives for FY27', '2027-12-31'],
    ['Team OKRs FY2028', '2028-12-31'],
    ['Goals for the year', '2026-12-31'],
    ['Goals for the quarter', '2026-12-31'],
    ['Goals for March', '2027-03-31'],
    ['Goals — next quarter', '2027-03-31'],
    ['Goals until summer', '2027-08-31'],
    ['Goals for the next 6 months', '2027-05-22'],
    ['2027 Q1 objectives', '2027-03-31'],
    ['Stretch goals 2027', '2027-12-31'],
    ['OKRs (H2 2027)', '2027-12-31'],
    ['Goals by end of year', '2026-12-31'],
    ['Goals before the holidays in December', '2026-12-31'],
    ['Q1–Q2 2027 objectives', '2027-06-30'],
    ['Goals', null],
    ['Career goals', null],
    ['Short-term goals', null],
    ['Long-term objectives', null],
    ['Development goals', null],
    ['Goals I may pursue', null],
    ['My OKRs', null],
    ['Goals (ongoing)', null],
    ['Goals (TBD)', null],
  ]));

  describe('lenient only where strict is not', () => {
    const ctx = { reference: '2026-11-22', dateOrder: 'mdy' } as const;
    for (const text of ['6 months', 'Q2 roadmap', '2027 goals', 'June', 'Friday', '3/15', 'next 12 months']) {
      it(`"${text}" is a period for a field but ${findDeadline(text, ctx) ? 'also' : 'not'} a deadline in prose`, () => {
        assert.notEqual(findPeriod(text, ctx), null);
      });
    }
    it('bare periods are not deadlines in goal prose', () => {
      for (const text of ['6 months', 'Q2 roadmap', '2027 goals', 'June', 'Friday', '3/15']) {
        assert.equal(findDeadline(text, ctx), null, text);
      }
    });
  });
});
