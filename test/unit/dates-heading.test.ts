/** headingDate, dateInFileName, toIsoDate and addDays: dates that stand alone, and the purity of the date module. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import { addDays, dateInFileName, headingDate, toIsoDate } from '../../src/core/dates.js';
import type { DateOrder } from '../../src/core/types.js';

describe('headingDate', () => {
  const cases: readonly (readonly [string, string | null, DateOrder?])[] = [
    ['2026-03-02', '2026-03-02'],
    ['Check-in 2026-03-02', '2026-03-02'],
    ['Check-in: 2026-03-02', '2026-03-02'],
    ['check in 2026-03-02', '2026-03-02'],
    ['1:1 on March 2, 2026', '2026-03-02'],
    ['1:1 - 2026-03-02', '2026-03-02'],
    ['1:1 with Alex — 2026-03-02', '2026-03-02'],
    ['One-on-one with Sam Lee, 2026-03-02', '2026-03-02'],
    ['Career conversation — 2 March 2026', '2026-03-02'],
    ['Career conversation 2026-11-22', '2026-11-22'],
    ['2 March 2026', '2026-03-02'],
    ['March 2, 2026', '2026-03-02'],
    ['March 2, 2026 — 1:1 with Alex', '2026-03-02'],
    ['March 2nd 2026', '2026-03-02'],
    ['Mon 2 March 2026', '2026-03-02'],
    ['Monday, March 2, 2026', '2026-03-02'],
    ['Week of March 2, 2026', '2026-03-02'],
    ['Review 2026-03-02: goals', '2026-03-02'],
    ['Meeting 2026-03-02', '2026-03-02'],
    ['Performance review — 2026-06-15', '2026-06-15'],
    ['Mid-year review 15 June 2026', '2026-06-15'],
    ['Sync: 2026-03-02', '2026-03-02'],
    ['2026-03-02 (Mon)', '2026-03-02'],
    ['2026-03-02 — notes', '2026-03-02'],
    ['2026/03/02', '2026-03-02'],
    ['02/03/2026', '2026-02-03'],
    ['02/03/2026', '2026-03-02', 'dmy'],
    ['15/03/2026', '2026-03-15'],
    ['Check-in 15.03.2026', '2026-03-15'],
    ['**2026-03-02**', '2026-03-02'],
    ['Goals for Q1 2027', null],
    ['Achievements in 2025', null],
    ['March 2026', null],
    ['Check-in March 2', null],
    ['Goals due 2027-03-31', null],
    ['Ship the API by 2026-03-02', null],
    ['Promotion case due March 2, 2026', null],
    ['Notes', null],
    ['2026', null],
    ['Jahresgespräch 2026-06-15', '2026-06-15'],
    ['Kickoff 2026-06-15', '2026-06-15'],
    ['Stefan 2026-06-15', '2026-06-15'],
    ['Entretien annuel 2026-06-15', '2026-06-15'],
    ['Reunión con Marta 2026-06-15', null],
    ['Reunión 2026-06-15 (lunes)', '2026-06-15'],
    ['Deadline 2026-06-15', null],
    ['Goals by 2026-06-15', null],
    ['Due 2026-06-15', null],
    ['Ship the new billing 2026-06-15', null],
    ['STAR: Migrated on 2026-03-02', null],
    ['2026-06-15 Talk', null],
    ['Q1 2027 review', null],
    ['Week 12', null],
    ['Release 2026.03.02 retrospective plans', null],
    ['Retro 2026-02-30', null],
    ['1:1 with Alex', null],
    ['Goals', null],
    ['STAR: Migrated billing on 2026-03-02', null],
    ['', null],
  ];
  for (const [text, date, order] of cases) {
    it(`${text || '(empty)'} → ${date ?? 'none'}${order ? ` [${order}]` : ''}`, () => {
      assert.equal(headingDate(text, order ?? 'mdy'), date);
    });
  }
});

describe('dateInFileName', () => {
  const cases: readonly (readonly [string, string | null])[] = [
    ['2026-11-22-alex.md', '2026-11-22'],
    ['2026-11-22.md', '2026-11-22'],
    ['career/2026-11-22.md', '2026-11-22'],
    ['alex-2027-01-05-checkin.md', '2027-01-05'],
    ['2026-11-22T10-30.md', '2026-11-22'],
    ['2026-02-30-then-2026-03-01.md', '2026-03-01'],
    ['notes.md', null],
    ['2026-02-30-x.md', null],
    ['20261122.md', null],
    ['12026-11-22.md', null],
    ['2026-11-221.md', null],
    ['2026-11.md', null],
  ];
  for (const [name, date] of cases) it(`${name} → ${date ?? 'none'}`, () => assert.equal(dateInFileName(name), date));
});

describe('toIsoDate', () => {
  const cases: readonly (readonly [string, unknown, string | null])[] = [
    ['a YYYY-MM-DD string', '2026-11-22', '2026-11-22'],
    ['a string with spaces', ' 2026-11-22 ', '2026-11-22'],
    ['a string without leading zeros', '2026-1-5', '2026-01-05'],
    ['a timestamp string', '2026-11-22T10:00:00Z', '2026-11-22'],
    ['a date and time string', '2026-11-22 10:00', '2026-11-22'],
    ['a Date at UTC midnight', new Date(Date.UTC(2026, 10, 22)), '2026-11-22'],
    ['a Date late in the UTC day', new Date(Date.UTC(2026, 10, 22, 23, 59)), '2026-11-22'],
    ['a leap day', '2028-02-29', '2028-02-29'],
    ['an invalid Date', new Date(Number.NaN), null],
    ['an invalid calendar date', '2026-02-30', null],
    ['another format', '22/11/2026', null],
    ['words', 'next week', null],
    ['a number', 20261122, null],
    ['null', null, null],
    ['undefined', undefined, null],
    ['an object', { date: '2026-11-22' }, null],
  ];
  for (const [label, value, date] of cases) it(`${label} → ${date ?? 'none'}`, () => assert.equal(toIsoDate(value), date));
});

describe('addDays', () => {
  const cases: readonly (readonly [string, number, string])[] = [
    ['2026-11-22', 0, '2026-11-22'],
    ['2026-11-22', 1, '2026-11-23'],
    ['2026-11-22', 40, '2027-01-01'],
    ['2026-11-22', -1, '2026-11-21'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-11-22', 365, '2027-11-22'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
  ];
  for (const [date, days, expected] of cases) {
    it(`${date} ${days >= 0 ? '+' : ''}${days} → ${expected}`, () => assert.equal(addDays(date, days), expected));
  }
  it('rejects a value that is not a date', () => {
    assert.throws(() => addDays('tomorrow', 1), RangeError);
    assert.throws(() => addDays('2026-02-30', 1), RangeError);
  });
});

describe('the date module is pure', () => {
  const root = join(__dirname, '../../src/core');
  const files = ['dates.ts', ...readdirSync(join(root, 'dates')).map((name) => join('dates', name))];
  for (const file of files) {
    it(`${file} imports no Node module or editor and never reads the clock`, () => {
      const source = readFileSync(join(root, file), 'utf8');
      assert.doesNotMatch(source, /from\s+['"](?:node:|fs|path|os|vscode)['"/]/);
      assert.doesNotMatch(source, /\bprocess\.|Date\.now\(|new Date\(\s*\)/);
      for (const [, specifier] of source.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
        assert.ok(specifier?.startsWith('.') || specifier === 'chrono-node/en', `${file} imports ${specifier}`);
      }
    });
  }
});
