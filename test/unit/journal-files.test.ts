import assert from 'node:assert/strict';
import { DEFAULT_SELECTION, declaresJournal, globToRegExp, isJournal } from '../../src/core/journal-files.js';

describe('which files are journals', () => {
  it('front matter type: career-journal makes any Markdown file one', () => {
    assert.ok(isJournal('notes/x.md', '---\ntype: career-journal\n---\n# x', DEFAULT_SELECTION));
    assert.ok(declaresJournal('\uFEFF---\r\ntitle: a\r\ntype: "career-journal"\r\n---\r\n'));
    assert.ok(!declaresJournal('# x\n\ntype: career-journal\n'));
  });

  it('files under the journal folder are journals; a README with Goals is not', () => {
    assert.ok(isJournal('career/2026-11-22.md', '# hi', DEFAULT_SELECTION));
    assert.ok(isJournal('career/sub/a.markdown', '', DEFAULT_SELECTION));
    assert.ok(!isJournal('README.md', '## Goals\n\n- [ ] ship', DEFAULT_SELECTION));
    assert.ok(!isJournal('career/notes.txt', '', DEFAULT_SELECTION));
    assert.ok(!isJournal('careers/a.md', '', DEFAULT_SELECTION));
  });

  it('follows the folder setting and include globs', () => {
    const selection = { folder: 'notes/1on1', include: ['journal/**/*.md', '*.career.md'] };
    assert.ok(isJournal('notes/1on1/a.md', '', selection));
    assert.ok(isJournal('journal/2026/a.md', '', selection));
    assert.ok(isJournal('journal/a.md', '', selection));
    assert.ok(isJournal('me.career.md', '', selection));
    assert.ok(!isJournal('career/a.md', '', selection));
    assert.ok(isJournal('.\\notes\\1on1\\b.md', '', selection));
  });

  it('compiles globs with braces, classes and ?', () => {
    assert.ok(globToRegExp('{a,b}/*.md').test('b/x.md'));
    assert.ok(!globToRegExp('{a,b}/*.md').test('c/x.md'));
    assert.ok(globToRegExp('notes-[0-9].md').test('notes-7.md'));
    assert.ok(globToRegExp('n?.md').test('n1.md'));
    assert.ok(!globToRegExp('*.md').test('a/b.md'));
  });
});
