import assert from 'node:assert/strict';
import { isMissing } from '../../src/core/placeholders.js';

describe('placeholders', () => {
  for (const text of ['', '  ', 'TBD', 'tbd', 'TBC', 'TODO', 'TODO: ask Alex', 'N/A', 'n/a', '...', '…', '?', '??', '-', '—', '<your answer>', '**TBD**', 'TBD\n...']) {
    it(`missing: ${JSON.stringify(text)}`, () => assert.equal(isMissing(text), true));
  }
  for (const text of ['Curiosity', 'Lead the project', 'todo list app shipped', 'To be confirmed by Alex, then 3 talks', 'No', 'Yes — 3 docs']) {
    it(`answered: ${JSON.stringify(text)}`, () => assert.equal(isMissing(text), false));
  }
});
