/** Incremental linting: what is re-used after an edit, and what crosses sections. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { journal } from '../../bench/generate.js';
import { splitText } from '../../src/core/incremental-atoms.js';
import { readsWholeSection } from '../../src/core/incremental-blocks.js';
import { JournalLinter } from '../../src/core/incremental.js';
import { lint, type LintOptions } from '../../src/core/lint.js';
import { readJournal } from '../../src/core/read.js';
import { summarize } from '../../src/core/summary.js';
import { chunkStarts } from '../../src/core/split.js';

const OPTIONS: LintOptions = { today: '2026-11-22' };
const CROSS = fs.readFileSync(path.join(__dirname, '../fixtures/incremental/cross-sections.md'), 'utf8');

/** Lints `text` then each edit of it with one linter, checking each result against a full lint. */
function sameAsFull(text: string, edits: ReadonlyArray<(text: string) => string>, options: LintOptions = OPTIONS): JournalLinter {
  const linter = new JournalLinter();
  let current = text;
  assert.deepEqual(linter.lint(current, options), lint(current, options));
  for (const edit of edits) {
    current = edit(current);
    assert.deepEqual(linter.lint(current, options), lint(current, options));
  }
  return linter;
}

const replace = (from: string, to: string) => (text: string): string => {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
};

function codesAt(text: string, line: string): string[] {
  const at = text.split('\n').indexOf(line);
  return new JournalLinter().lint(text, OPTIONS).filter((f) => f.range.start.line === at).map((f) => f.code);
}

describe('incremental linting', () => {
  it('re-parses and re-reads only the edited part of a large journal', () => {
    const text = journal(100_000, 3);
    const middle = text.indexOf('\n', text.length / 2) + 1;
    const linter = sameAsFull(text, [(t) => `${t.slice(0, middle)}- [ ] Follow up with Sam by Friday\n${t.slice(middle)}`]);
    const stats = linter.lastStats();
    assert.ok(stats.atoms > 100 && stats.blocks > 50, JSON.stringify(stats));
    assert.ok(stats.atomsParsed <= 2 && stats.blocksRead <= 2, JSON.stringify(stats));
  });

  it('applies a goal heading to everything up to the next heading of its level', () => {
    assert.deepEqual(codesAt(CROSS, '## Goal: Ship the mobile app'), []);
    sameAsFull(CROSS, [replace('- [x] Share it with Dana', '- [ ] Share it with Dana'), replace('1000 weekly users', 'TBD')]);
    const edited = replace('- [x] Share it with Dana', '- [ ] Share it with Dana')(replace('1000 weekly users', 'TBD')(CROSS));
    assert.deepEqual(codesAt(edited, '## Goal: Ship the mobile app'), ['smart-missing-field', 'smart-missing-measure']);
  });

  it('re-reads what lies under a heading whose date or period changed', () => {
    sameAsFull(CROSS, [
      replace('# Goals for 2027', '# Goals for 2025'),
      replace('# 2026-03-02 check-in', '# 2026-11-20 check-in'),
      replace('# 2026-11-20 check-in', '# Check-in'),
      replace('date: 2026-01-15', 'date: 2026-11-01'),
      replace('date: 2026-11-01', 'date: [broken'),
    ]);
  });

  it('applies inline switches across sections', () => {
    sameAsFull(CROSS, [
      replace('<!-- career-journal-enable -->', ''),
      replace('<!-- career-journal-disable smart-missing-measure -->', '<!-- career-journal-disable -->'),
      replace('<!-- career-journal-disable-next-line -->\n', ''),
      (t) => `<!-- career-journal-disable goal-overdue -->\n${t}`,
    ]);
  });

  it('keeps STAR parts given as sub-headings with their story', () => {
    assert.deepEqual(codesAt(CROSS, '## CI speed-up'), ['star-missing-part']);
    sameAsFull(CROSS, [replace('#### Action\n', '#### Task\n'), replace('## CI speed-up', '## STAR: CI speed-up'), replace('#### Result', '#### Outcome')]);
  });

  it('follows changes of today, date order and file name', () => {
    const linter = new JournalLinter();
    for (const options of [OPTIONS, { today: '2025-01-01' }, { today: '2025-01-01', dateOrder: 'dmy' as const }, { today: '2025-01-01', fileName: '2024-02-03-x.md' }, OPTIONS]) {
      assert.deepEqual(linter.lint(CROSS, options), lint(CROSS, options));
    }
  });

  it('lints a text with reference definitions whole, and still equals a full lint', () => {
    const linter = sameAsFull(CROSS, [(t) => `${t}\n[1]: https://example.com\n`, (t) => t.replace('[1]: https://example.com\n', '')]);
    assert.equal(linter.lastStats().whole, false);
    linter.lint(`${CROSS}\n[1]: https://example.com\n`, OPTIONS);
    assert.equal(linter.lastStats().whole, true);
  });

  it('counts lines as editors do, with a lone CR as a line end', () => {
    sameAsFull(CROSS.replace('Situation: four missed releases in a row.', 'Situation:\rfour missed\rreleases.'), [replace('## Values', 'Intro\r\n\r\n## Values')]);
  });

  it('handles a byte-order mark, CRLF line ends and an empty text', () => {
    sameAsFull(`\uFEFF${CROSS}`, [(t) => t.replace(/\n/g, '\r\n'), (t) => t.replace('\r\n## Values', '\r\n\r\n## Values'), () => '', (t) => `${t}# x`]);
  });
});

describe('the journal model a linter keeps', () => {
  /** `read` after each version equals a fresh `readJournal` of that version, and so does the summary. */
  function sameModel(versions: readonly string[]): void {
    const linter = new JournalLinter();
    for (const text of versions) {
      linter.lint(text, OPTIONS);
      const kept = linter.read(OPTIONS);
      const fresh = readJournal(text, OPTIONS);
      assert.deepEqual(kept.journal, fresh.journal);
      assert.deepEqual(summarize(kept.journal, kept.context, 30), summarize(fresh.journal, fresh.context, 30));
    }
  }

  it('equals a fresh read of every version, without parsing again', () => {
    const text = journal(40_000, 5);
    const middle = text.indexOf('\n', text.length / 2) + 1;
    const edited = `${text.slice(0, middle)}### Goal: Speak at two meetups by June 2027\n\n${text.slice(middle)}`;
    sameModel([text, edited, edited.replace(/\n/g, '\r\n'), `\uFEFF${CROSS}`, CROSS, '']);
  });

  it('equals a fresh read of a text linted whole (reference definitions)', () => {
    sameModel([`${CROSS}\n[1]: https://example.com\n`]);
  });

  it('equals a fresh read of every annotated journal', () => {
    const folder = path.join(__dirname, '../fixtures/annotated');
    sameModel(fs.readdirSync(folder).filter((f) => f.endsWith('.md')).map((f) => fs.readFileSync(path.join(folder, f), 'utf8')));
  });
});

describe('incremental cutting', () => {
  const recut = (text: string, edited: string): void => {
    assert.deepEqual(splitText(edited, splitText(text, null)).starts, chunkStarts(edited, 1));
  };

  it('resumes only where the old cuts and the new text agree again', () => {
    const text = '# A\n\n# B\n\nbody\n\n# D\n\ntext\n';
    recut(text, text.replace('# B\n\n', '# B\n\n# C\n\n```\n'));
    // The cut at "# CC" lies where an old cut would be shifted to, but the text after it changed.
    recut(text, text.replace('# B\n\n', '# B\n\n# CC\n\n```\n'));
    recut(text, text.replace('# B\n\n', '# B\n\n# C\n\n'));
    recut(text, text.replace('body\n', ''));
  });

  it('does not read a cut heading line as the start of a comment', () => {
    const text = '# A\n\nx\n\n# B <!--\n\ny\n\n# C\n\nz\n';
    recut(text, text.replace('y\n', 'yy\n'));
  });

  it('moves a cut when the edit is inside the heading line it starts at', () => {
    const text = '- item\n\n# A\n\n  body\n\n# B\n';
    recut(text, text.replace('# A', '  # A'));
    recut(text, text.replace('# A', '#A'));
  });
});

describe('which headings own their sub-sections', () => {
  it('asks the readers: goal headings, STAR headings and worksheet questions do', () => {
    for (const text of ['Goal: Ship it', 'SMART goal - mentor', 'STAR: Payments', 'star story: x', 'Values', 'Mission statement', 'Areas for growth', 'Action plan']) {
      assert.equal(readsWholeSection(text), true, text);
    }
    for (const text of ['Goals for 2027', '2026-03-02 check-in', 'Notes', 'Result', 'Starter project', 'Career journal']) {
      assert.equal(readsWholeSection(text), false, text);
    }
  });
});
