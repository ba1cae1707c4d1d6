import assert from 'node:assert/strict';
import { applyChanges } from '../../src/core/fixes/change.js';
import { disableForFile, disableForLine, reEnables } from '../../src/core/fixes/disable-comments.js';
import { lintMd } from './helpers.js';

const JOURNAL = [
  '---', 'type: career-journal', 'date: 2026-11-22', '---', '# Notes', '', '## Goals', '',
  '- [ ] Get better at writing design docs', '- [ ] Mentor people', '',
].join('\n');
const GOAL = 8;

function found(text: string): string[] {
  return lintMd(text).map((f) => `${f.range.start.line}:${f.code}`);
}

describe('fixes: disable comments', () => {
  it('silences one code on one line with a comment above it', () => {
    const change = disableForLine(JOURNAL, GOAL, 'smart-missing-measure');
    assert.ok(change);
    assert.equal(change.title, 'Disable smart-missing-measure for this line');
    const after = applyChanges(JOURNAL, [change]);
    assert.equal(after.split('\n')[GOAL], '<!-- career-journal-disable-next-line smart-missing-measure -->');
    assert.deepEqual(found(after), found(JOURNAL).filter((f) => f !== `${GOAL}:smart-missing-measure`).map(shift(GOAL)));
  });

  it('indents the comment like the line it silences', () => {
    const text = '## Goals\n\n- [ ] Team goals\n  - [ ] Write docs\n';
    const change = disableForLine(text, 3, 'smart-missing-measure');
    assert.equal(change?.text, '  <!-- career-journal-disable-next-line smart-missing-measure -->\n');
    assert.deepEqual(change?.range, { start: { line: 3, column: 0 }, end: { line: 3, column: 0 } });
  });

  it('adds the code to a disable-next-line comment already above the line, instead of a second comment', () => {
    const text = JOURNAL.replace('- [ ] Get better', '<!-- career-journal-disable-next-line smart-missing-deadline -->\n- [ ] Get better');
    assert.ok(found(text).includes(`${GOAL + 1}:smart-missing-measure`));
    const change = disableForLine(text, GOAL + 1, 'smart-missing-measure');
    assert.ok(change);
    const after = applyChanges(text, [change]);
    assert.match(after, /<!-- career-journal-disable-next-line smart-missing-deadline smart-missing-measure -->\n- \[ \] Get better/);
    assert.ok(!found(after).includes(`${GOAL + 1}:smart-missing-measure`));
    assert.equal(disableForLine(after, GOAL + 1, 'smart-missing-measure'), null, 'already silenced');
  });

  it('writes CRLF in a CRLF document', () => {
    const crlf = JOURNAL.replace(/\n/g, '\r\n');
    assert.match(disableForLine(crlf, GOAL, 'smart-missing-measure')?.text ?? '', /-->\r\n$/);
    assert.match(disableForFile(crlf, 'smart-missing-measure', GOAL)?.text ?? '', /-->\r\n$/);
  });

  it('silences a code in the whole file with a comment after the front matter', () => {
    const change = disableForFile(JOURNAL, 'smart-missing-measure', GOAL);
    assert.ok(change);
    assert.equal(change.title, 'Disable smart-missing-measure for this file');
    const after = applyChanges(JOURNAL, [change]);
    assert.equal(after.split('\n')[4], '<!-- career-journal-disable smart-missing-measure -->');
    assert.ok(after.startsWith('---\ntype: career-journal\ndate: 2026-11-22\n---\n<!--'), 'the front matter stays first');
    assert.deepEqual(found(after).filter((f) => f.endsWith('smart-missing-measure')), []);
    assert.ok(found(after).some((f) => f.endsWith('smart-missing-deadline')));
  });

  it('puts the file comment on the first line when there is no front matter, or adds to one there', () => {
    const text = '## Goals\n\n- [ ] Get better at docs\n';
    assert.equal(applyChanges(text, [disableForFile(text, 'smart-missing-measure', 2)!]),
      '<!-- career-journal-disable smart-missing-measure -->\n## Goals\n\n- [ ] Get better at docs\n');
    const existing = '<!-- career-journal-disable goal-overdue -->\n## Goals\n\n- [ ] Get better at docs\n';
    const change = disableForFile(existing, 'smart-missing-measure', 3);
    assert.equal(applyChanges(existing, [change!]).split('\n')[0], '<!-- career-journal-disable goal-overdue smart-missing-measure -->');
    assert.deepEqual(lintMd(applyChanges(existing, [change!])).filter((f) => f.code === 'smart-missing-measure'), []);
  });

  it('offers nothing for a line in the front matter, where a comment cannot go', () => {
    assert.equal(disableForLine(JOURNAL, 1, 'front-matter-invalid'), null);
    assert.equal(disableForFile(JOURNAL, 'front-matter-invalid', 1), null);
  });

  it('knows when an enable comment would turn a code back on', () => {
    assert.ok(reEnables('a\n<!-- career-journal-enable smart-missing-measure -->\n', 'smart-missing-measure'));
    assert.ok(reEnables('<!-- career-journal-enable -->', 'goal-overdue'));
    assert.ok(!reEnables('<!-- career-journal-enable goal-overdue -->', 'smart-missing-measure'));
  });
});

/** A `line:code` key moved down by one line when it lies at or after `from` (the inserted comment). */
function shift(from: number): (key: string) => string {
  return (key) => {
    const [line, code] = key.split(':');
    return Number(line) >= from ? `${Number(line) + 1}:${code}` : key;
  };
}
