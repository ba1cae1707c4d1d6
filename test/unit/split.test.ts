/** Chunked parsing must give exactly the tree of one whole parse. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseMarkdown } from '../../src/core/parse.js';
import { chunkStarts } from '../../src/core/split.js';

/** The reference: one parse with the published remark plugins (the product uses their parsing parts only, see parse.ts). */
const whole = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const FIXTURES = path.join(__dirname, '../fixtures/annotated');

function same(text: string): void {
  const expected = JSON.parse(JSON.stringify(whole.parse(text))) as { children: unknown };
  const actual = JSON.parse(JSON.stringify(parseMarkdown(text, 1))) as { children: unknown };
  assert.deepEqual(actual.children, expected.children);
}

const TRICKY = [
  '# A\n\ntext\n\n# B\n\nmore\n',
  '---\ntitle: x\n\n# not a heading\n---\n\n# A\n',
  '```\ncode\n\n# inside fence\n```\n\n# after\n',
  '~~~~\n```\n\n# still code\n~~~~\n\n# out\n',
  '- item\n\n  ```\n  x\n\n# heading ends the list and the fence\n',
  '> ```\n> quoted code\n\n# heading\n',
  '<!--\ncomment\n\n# inside comment\n-->\n\n# out\n',
  'text <!-- inline\n\n# heading -->\n\n# x\n',
  '<script>\nvar a;\n\n# inside script\n</script>\n\n# out\n',
  '<div>\n\n# after html\n</div>\n',
  '    ```\n    indented\n\n# heading\n',
  'para\n# heading right after\n\n# next\n',
  'Setext\n===\n\n# x\n\n- a\n\n# y\n',
  '\r\n# crlf\r\n\r\n# two\r\n\r\ntext\r\n',
  '# a\n\n#\n\n#no\n\n####### seven\n\n# z',
];

describe('chunked parsing', () => {
  TRICKY.forEach((text, i) => it(`equals a whole parse: tricky case ${i + 1}`, () => same(text)));

  it('equals a whole parse on every fixture journal', () => {
    for (const file of fs.readdirSync(FIXTURES)) same(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
  });

  it('cuts before top-level headings that follow a blank line', () => {
    assert.deepEqual(chunkStarts('# a\n\n# b\ntext\n## c\n\n### d\n', 1), [0, 5, 20]);
  });

  it('does not cut inside fences, comments or front matter', () => {
    assert.deepEqual(chunkStarts('```\n\n# a\n```\n', 1), [0]);
    assert.deepEqual(chunkStarts('<!--\n\n# a\n-->\n', 1), [0]);
    assert.deepEqual(chunkStarts('---\n\n# a\n---\n', 1), [0]);
  });

  it('keeps chunks at least the minimum size', () => {
    assert.deepEqual(chunkStarts('# a\n\n# b\n\n# c\n', 8), [0, 10]);
  });
});
