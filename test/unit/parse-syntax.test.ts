/**
 * parse.ts leaves out the GFM extensions a text cannot use (literal autolinks, tables): the tree
 * must be exactly the one every extension gives. Checked on near misses, on every fixture and
 * each of its chunks, and on random texts made of the characters those extensions react to.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mayHoldTable, mayLinkLiterally, parseChunk, parsePlan, parseWith, syntaxOf, type Syntax } from '../../src/core/parse.js';
import { property, registerSummary } from './fuzz/config.js';
import { anyText, FIXTURE_TEXTS } from './fuzz/generators.js';

const FILE = 'test/unit/parse-syntax.test.ts';
registerSummary();

const everything = (text: string): Syntax => ({ ...syntaxOf(text), autolinks: true, tables: true });
const json = (value: unknown): string => JSON.stringify(value);

/** The tree parse.ts gives equals the tree with every extension. */
function same(text: string): void {
  assert.equal(json(parseWith(text, syntaxOf(text))), json(parseWith(text, everything(text))), `differs for ${JSON.stringify(text)}`);
}

/** Pieces that come close to an autolink or a table, or are one. */
const PIECES = [
  'www', 'WwW', 'ww', 'w', '.', 'http', 'HTTPS', 'htt', 'p', 's', ':', '//', '/', '@', 'a', 'b.co', 'x_y', '-', '--', '---',
  '|', ':-', '-:', ':--:', ' ', '\t', '\n', '\n\n', '\r\n', '\\', '\\.', '\\@', '&', '&#64;', '&#119;', '&#x77;', '&commat;',
  '&period;', '&amp;', '#', ';', '*', '**', '_', '~', '~~', '[', ']', '[^1]', '[ ]', '[x]', '`', '<', '>', '- ', '1. ', '> ',
  '# ', 'Result:', 'e', 'com', 'mail', '(', ')', '!', '?', '"', 'é', '２',
];
const nearMiss = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));

describe('parsing without the extensions a text cannot use', () => {
  it('sees the hints a literal autolink needs, however written', () => {
    for (const text of ['www.example.com', 'WWW.x.y', 'see http://x.y', 'HTTPS://x', 'me@example.com', 'ww&#119;.x.com', '&#64;', 'h&#x74;tp', 'www\\.x.y', 'http\\://x'])
      assert.ok(mayLinkLiterally(text), text);
    for (const text of ['ww.example.com', 'htp://x', 'mail at example dot com', 'Q&A', 'R & D', '# Goals\n\n- [ ] Ship v2 by 2027-03-31'])
      assert.ok(!mayLinkLiterally(text), text);
  });

  it('sees the hints a table needs, pipes or a one-column delimiter row', () => {
    for (const text of ['a | b\n--|--', 'a\n:--', 'a\n--:', 'a\n:-:', 'a\n: --', '| a |\n| - |']) assert.ok(mayHoldTable(text), text);
    for (const text of ['a\n---', 'Result: done', '- [ ] Ship by 2027-03-31 - measured: 3 demos']) assert.ok(!mayHoldTable(text), text);
  });

  it('would notice a wrong hint: without the extension these texts parse differently', () => {
    const lean = (text: string): Syntax => ({ ...syntaxOf(text), autolinks: false, tables: false });
    for (const text of ['www.example.com', 'ww&#119;.x.com', 'me@example.com', 'a\n:--', 'a | b\n--|--'])
      assert.notEqual(json(parseWith(text, lean(text))), json(parseWith(text, everything(text))), text);
  });

  it('gives the tree of every extension on every fixture journal and each of its chunks', () => {
    for (const fixture of FIXTURE_TEXTS) {
      same(fixture);
      const { text, starts } = parsePlan(fixture, 1);
      starts.forEach((start, i) => same(text.slice(start, starts[i + 1] ?? text.length)));
    }
  });

  it('is what parseChunk uses', () => {
    const text = 'Plain words, no table, no link.\n';
    assert.deepEqual(syntaxOf(text), { autolinks: false, tables: false, frontMatter: true });
    assert.equal(json(parseChunk(text)), json(parseWith(text, everything(text))));
  });

  property(FILE, 'gives the tree of every extension on texts built from near misses', 1500, nearMiss, same);
  property(FILE, 'gives the tree of every extension on any fuzz text', 300, anyText, same);
});
