/**
 * What the fuzz suite found (docs/fuzzing.md), each as the smallest text that showed it. Every test
 * here failed before its fix in src/core; the two marked "(a first fix)" failed against an earlier
 * version of the chunk cutter's fixes.
 */
import assert from 'node:assert/strict';
import { defuseNesting } from '../../src/core/defuse.js';
import { followUpEmail, mailtoLink } from '../../src/core/followup.js';
import { JournalLinter } from '../../src/core/incremental.js';
import { lint } from '../../src/core/lint.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { readJournal } from '../../src/core/read.js';
import { chunkStarts } from '../../src/core/split.js';
import { agendaLine } from '../../src/core/templates/carry-over.js';
import { assertFindings } from './fuzz/checks.js';

const OPTIONS = { today: '2026-11-22' };

/** Codes and lines of the findings, for short failure messages. */
function where(text: string, linter = false): string[] {
  const findings = linter ? new JournalLinter().lint(text, OPTIONS) : lint(text, OPTIONS);
  return findings.map((f) => `${f.code}@${f.range.start.line}:${f.range.start.column}`);
}

/** The tree of a text without line and column numbers (which count only `\n` after a cut). */
function tree(text: string, minChunk: number): string {
  return JSON.stringify(parseMarkdown(text, minChunk).children, (key, value: unknown) => (key === 'line' || key === 'column' ? undefined : value));
}

/** Asserts that cutting the text wherever split.ts allows parses it as one parse does, and that the linters agree. */
function assertCutsSafely(text: string): void {
  assert.equal(tree(text, 1), tree(text, Number.MAX_SAFE_INTEGER), `chunks ${JSON.stringify(chunkStarts(text, 1))} of ${JSON.stringify(text)}`);
  assert.deepEqual(new JournalLinter().lint(text, OPTIONS), lint(text, OPTIONS));
}

describe('fuzz regressions', function () {
  this.timeout(60_000);

  describe('crashes', () => {
    it('a lone surrogate in a goal does not make the mailto: link throw (URIError)', () => {
      const mail = followUpEmail(readJournal('# Goal: \ud800\n', OPTIONS));
      assert.match(mailtoLink(mail), /%EF%BF%BD/);
    });

    it('a lone surrogate in the path of an earlier journal does not make its agenda line throw', () => {
      assert.match(agendaLine({ title: 'Ship it', kind: 'goal', source: 'career/\udc00.md', line: 3 }), /%EF%BF%BD\.md#L3/);
    });

    it('JournalLinter does not overflow the stack on 10,000 nested block quotes (its chunks were parsed before nesting was capped)', () => {
      const text = `${'> '.repeat(10_000)}Goal: ship 3 talks by Q2 2027\n`;
      assert.deepEqual(new JournalLinter().lint(text, OPTIONS), lint(text, OPTIONS));
    });

    it('lint does not overflow the stack on 10,000 list items opened on one line (- - - … x), nor take minutes', () => {
      for (const text of [`## Goals\n\n${'- '.repeat(10_000)}x\n`, `${'1. '.repeat(10_000)}x\n`, `${'> - '.repeat(10_000)}x\n`]) {
        assertFindings(text, lint(text, OPTIONS));
        assert.deepEqual(new JournalLinter().lint(text, OPTIONS), lint(text, OPTIONS));
      }
    });

    it('a run of 10,000 emphasis markers is capped before parsing (micromark pairs them in quadratic time: about a minute)', () => {
      const text = `${'*'.repeat(10_000)}a${'_'.repeat(10_000)}`;
      const defused = defuseNesting(text);
      assert.equal(defused.length, text.length);
      assert.equal(defused.replace(/ /g, ''), `${'*'.repeat(64)}a${'_'.repeat(64)}`);
      const journal = `## Goals\n\n- [ ] ${text}\n`;
      assertFindings(journal, lint(journal, OPTIONS));
    });

    it('front matter YAML with only a warning (an ambiguous alias) prints nothing through process.emitWarning', async () => {
      const warnings: string[] = [];
      const listener = (warning: Error): void => { warnings.push(warning.message); };
      process.on('warning', listener);
      try {
        lint('---\ntitle: *a\n**Relevant**: x\n---\n', OPTIONS);
        await new Promise((resolve) => setImmediate(resolve));
      } finally {
        process.off('warning', listener);
      }
      assert.deepEqual(warnings, []);
    });
  });

  describe('incremental linting differed from a full lint', () => {
    it('"..." does not close front matter for the chunk cutter, as it does not for the parser', () => {
      const text = '---\n...\n\n# Goals\n-';
      assert.deepEqual(where(text, true), where(text));
      assertCutsSafely(text);
      assertCutsSafely('---\ntitle: x\n...\n\n# Goals\n---\n\n- [ ] Improve the docs\n');
    });

    it('a second byte order mark does not shift every position by one (micromark drops a leading BOM)', () => {
      const text = '\ufeff\ufeff# Goals\n\n- [ ] Write docs\n';
      assert.deepEqual(where(text), ['smart-missing-deadline@2:0', 'smart-missing-measure@2:0']);
      assert.deepEqual(where(text, true), where(text));
    });

    it('a front matter that never closes does not hide every list after it (remark-frontmatter reads none then)', () => {
      assert.deepEqual(where('---\n\n## Goals\n\n- [ ] Improve the docs\n'), ['smart-missing-deadline@4:0', 'smart-missing-measure@4:0']);
      assert.deepEqual(where('---\n\n> - [ ] quoted\n\n## Goals\n* [ ] Improve the docs\n'), ['smart-missing-deadline@5:0', 'smart-missing-measure@5:0']);
      const text = '---\r\t\n\n# Goal:\n- Specific:';
      assert.deepEqual(where(text, true), where(text));
      assertCutsSafely(text);
    });

    it('a closed front matter still reads as front matter', () => {
      const { journal } = readJournal('---\r\ntype: career-journal\r\ndate: 2026-03-02\r\n---\r\n\r\n## Goals\r\n\r\n- [ ] x\r\n', OPTIONS);
      assert.equal(journal.frontMatter.date, '2026-03-02');
      assert.equal(journal.goals.length, 1);
    });

    it('a fence line indented four columns opens no fence, and a less indented fence line may open one', () => {
      for (const text of [
        '    ```\n```\n\n# STAR: ',
        '  ```\n     ```\n\n# h\n',
        '- ```\n  code\n```\n\n# h\n',
        '> ```\n```\n\n# h\n',
        '- item\n\n    ```\n    code\n```\n\n# h\n',
        '\t```\n```\n\n# h\n',
        '- a\n  ```\n```\n\n# h\n',
        '- ```\n  code\n  ```\n\n# h\n',
      ]) assertCutsSafely(text);
      assert.equal(chunkStarts('- ```\n  code\n  ```\n\n# h\n', 1).length, 2, 'a fence closed inside its list item still allows a cut');
    });

    it('HTML that opens mid-line or in a list item or quote does not hide a fence or an HTML block after it', () => {
      for (const text of [
        'l<!--\n```\n-->\n\n#',
        'l<!--\n```-->\n\n#',
        '- <!-- career-journal-disable\n\n```\n\n\n<!-- career-journal-disable -->\n\n# STAR: ',
        '> > <!-- unclosed comment\n> > ## Goal: maybe\n\n# Mission statement\n\n<!--\n\n```\n```\n\n# Goal: ',
        '- <!e\n\n#',
        '- <!--\n  ```\n  ```\n\n# h',
        '<!DOCTYPE\n\n# h\n',
      ]) assertCutsSafely(text);
      assert.equal(chunkStarts('x\n<!-- a -->\n\n# h\n', 1).length, 2, 'a closed comment still allows a cut');
    });

    it('a fence whose info string holds U+2028 is a fence for the chunk cutter too', () => {
      const text = '```\u2028---\ntitle: x\n---\n\n# Goals\n\n- [ ] Improve the docs\n';
      assert.deepEqual(where(text), []);
      assertCutsSafely(text);
    });

        it('below a fence indented 1–3 spaces, a less indented fence line closes it or opens another: no more cuts (a first fix)', () => {
      assertCutsSafely(' ```\n```\n```\n\n# Goal-');
      assertCutsSafely('   ```\n```\n\n# h\n');
    });

        it('a fence ends with its list item or quote, and a fence line in HTML that ends at a blank line is no fence', () => {
      assertCutsSafely('- ```\n>\n  ```\n\n# Goal-');
      assertCutsSafely('<e>\n```\n\n```\n\n#');
      assertCutsSafely('  ```\n     ```\n\n# h\n');
    });

    it('a fence after a second byte order mark is a fence for the chunk cutter too (a first fix)', () => {
      assertCutsSafely('\ufeff```\na <!--\n\n# Goals\n\n- [ ] Improve the docs\n');
      assert.deepEqual(where('\ufeff\ufeff```\na <!--\n\n# Goals\n\n- [ ] Improve the docs\n', true), []);
    });

        it('a list marker needs a space after it: -``` opens no fence', () => {
      assertCutsSafely('-```\n ```\n\n#');
    });

    it('a reference definition in a block quote, or with a label over two lines, keeps the text whole', () => {
      assertCutsSafely('# Goals\n\n- [x]\n\n# Mission statement\n\n\n\n>[x]: https://example.com "t"');
      assertCutsSafely('[a\nb]: /u\n\n# h\n\n[a b]');
    });

    it('a lone \\r ends a line for the chunk cutter too (front matter, fences)', () => {
      for (const text of [
        '---\r \t\n...\r \t\n\r \t\n# Mission statement\r \t\n\r \t\n---\n---',
        'text\r```\n\n# h\n',
        '# a\r```\n\n# h\n',
        '---\rx\r---\rfoo\n\n# h\n',
      ]) assertCutsSafely(text);
    });
  });
});
