/**
 * parse.ts leaves out the GFM extensions a text cannot use (literal autolinks, tables): the tree
 * must be exactly the one every extension gives. Checked on near misses, on every fixture and
 * each of its chunks, and on random texts made of the characters those extensions react to.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parsePlan } from '../../src/core/parse.js';
import { parseWith, syntaxOf, type Syntax } from '../../src/core/syntax.js';
import { property, registerSummary } from './fuzz/config.js';
import { anyText, FIXTURE_TEXTS } from './fuzz/generators.js';

const FILE = 'test/unit/parse-syntax.test.ts';
registerSummary();

/** The reference: the published plugins, every extension (front matter as parse.ts decides it). */
const withFrontMatter = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm);
const reference = (text: string): unknown => (syntaxOf(text).frontMatter ? withFrontMatter : withoutFrontMatter).parse(text);
const json = (value: unknown): string => JSON.stringify(value);

/** The tree parse.ts gives equals the tree of every extension. */
function same(text: string): void {
  assert.equal(json(parseWith(text, syntaxOf(text))), json(reference(text)), `differs for ${JSON.stringify(text)}`);
}

/** Pieces that come close to an autolink or a table, or are one. */
const PIECES = [
  'www', 'WwW', 'ww', 'w', '.', 'http', 'HTTPS', 'htt', 'p', 's', ':', '//', '/', '@', 'a', 'b.co', 'x_y', '-', '--', '---',
  '|', ':-', '-:', ':--:', ' ', '\t', '\n', '\n\n', '\r\n', '\\', '\\.', '\\@', '&', '&#64;', '&#119;', '&#x77;', '&commat;',
  '&period;', '&amp;', '#', ';', '*', '**', '_', '~', '~~', '[', ']', '^', '[^', '[^1]', '[^1]:', 'mailto:', 'xmpp:', '[ ]', '[x]', '`', '<', '>', '- ', '1. ', '> ',
  '# ', 'Result:', 'e', 'com', 'mail', '(', ')', '!', '?', '"', 'é', '２',
];
const nearMiss = (maxLength: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...PIECES), { maxLength }).map((pieces) => pieces.join(''));

describe('parsing without the extensions a text cannot use', () => {
  const hints = (text: string): Omit<Syntax, 'frontMatter'> => {
    const { webLinks, emailLinks, tables } = syntaxOf(text);
    return { webLinks, emailLinks, tables };
  };

  it('sees what a literal autolink needs, however written', () => {
    for (const text of ['www.example.com', 'WWW.x.y', 'see http://x.y', 'HTTPS://x', 'www\\.x.y', 'http\\://x'])
      assert.deepEqual(hints(text), { webLinks: true, emailLinks: false, tables: false }, text);
    for (const text of ['me@example.com', 'mailto:me@x.org']) assert.deepEqual(hints(text), { webLinks: /www|http/i.test(text), emailLinks: true, tables: false }, text);
    for (const text of ['ww&#119;.x.com', '&#64;', 'h&#x74;tp', '&commat;']) assert.deepEqual(hints(text), { webLinks: true, emailLinks: true, tables: false }, text);
    for (const text of ['ww.example.com', 'htp://x', 'mail at example dot com', 'Q&A', 'R & D', '# Goals\n\n- [ ] Ship v2 by 2027-03-31'])
      assert.deepEqual(hints(text), { webLinks: false, emailLinks: false, tables: false }, text);
  });

  it('sees what a table needs, pipes or a one-column delimiter row', () => {
    for (const text of ['a | b\n--|--', 'a\n:--', 'a\n--:', 'a\n:-:', 'a\n: --', '| a |\n| - |']) assert.ok(syntaxOf(text).tables, text);
    for (const text of ['a\n---', 'Result: done', '- [ ] Ship by 2027-03-31 - measured: 3 demos']) assert.ok(!syntaxOf(text).tables, text);
  });

  it('would notice a wrong hint: without the extension these texts parse differently', () => {
    const cases: Array<[string, Partial<Syntax>]> = [
      ['www.example.com', { webLinks: false }], ['see https://x.org/a', { webLinks: false }],
      ['me@example.com', { emailLinks: false }], ['&#64;x me@example.com', { emailLinks: false }],
      ['a\n:--', { tables: false }], ['a | b\n--|--', { tables: false }],
    ];
    for (const [text, wrong] of cases) assert.notEqual(json(parseWith(text, { ...syntaxOf(text), ...wrong })), json(reference(text)), text);
  });

  it('turns URLs into links only inside the blocks that hold them, as the whole-tree transform does', () => {
    same('# Notes\n\nSee www.example.com and me@example.com.\n\n- plain item\n- [docs](https://x.org) and http://y.org/z\n\n> quoted www.q.org\n');
    // Only the transform links these (the syntax extension needs a domain after `www.`), at a
    // block's first and last characters.
    for (const text of ['www.', 'x\n\nwww.\n\n- www.\n\n> www.', '\ufeffwww.', 'a www.']) same(text);
  });

  it('gives the tree of every extension on every fixture journal and each of its chunks', () => {
    for (const fixture of FIXTURE_TEXTS) {
      const { text, starts } = parsePlan(fixture, 1);
      if (text === fixture) same(fixture);
      starts.forEach((start, i) => same(text.slice(start, starts[i + 1] ?? text.length)));
    }
  });

  property(FILE, 'gives the tree of every extension on short texts built from near misses', 1500, nearMiss(12), same);
  property(FILE, 'gives the tree of every extension on longer texts built from near misses', 700, nearMiss(80), same);
  property(FILE, 'gives the tree of every extension on any fuzz text', 300, anyText, same);
});
