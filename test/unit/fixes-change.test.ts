import assert from 'node:assert/strict';
import { applyChanges, atNextLineStart, fromHint, mergeInserts, withEol, type TextChange } from '../../src/core/fixes/change.js';

const at = (line: number, column: number) => ({ start: { line, column }, end: { line, column } });

describe('fixes: changes', () => {
  it('turns a rule hint\'s first $1 into the cursor stop', () => {
    const change = fromHint({ title: 'Add a Result line', range: at(3, 10), text: '\n- **Result:** $1' });
    assert.equal(change.text, '\n- **Result:** ');
    assert.deepEqual(change.cursor, { start: 15, end: 15 });
    assert.equal(change.title, 'Add a Result line');
  });

  it('keeps one cursor stop when a hint has several (one per added field)', () => {
    const change = fromHint({ title: 'Add Specific and Relevant', range: at(0, 9), text: '\n- **Specific:** $1\n- **Relevant:** $1' });
    assert.equal(change.text, '\n- **Specific:** \n- **Relevant:** ');
    assert.deepEqual(change.cursor, { start: 17, end: 17 });
  });

  it('leaves a hint without a cursor stop as it is', () => {
    const change = fromHint({ title: 'Add a deadline', range: at(0, 5), text: ' by 2027-03-31' });
    assert.equal(change.text, ' by 2027-03-31');
    assert.equal(change.cursor, undefined);
  });

  it('writes CRLF line breaks for a CRLF document, the cursor moving with the text', () => {
    const change: TextChange = { title: 't', range: at(0, 0), text: '\na\nb', cursor: { start: 3, end: 4 } };
    const crlf = withEol(change, '\r\n');
    assert.equal(crlf.text, '\r\na\r\nb');
    assert.deepEqual(crlf.cursor, { start: 5, end: 6 });
    assert.equal(crlf.text.slice(5, 6), 'b', 'the cursor still selects the same text');
    assert.equal(withEol(change, '\n'), change);
  });

  it('moves an insert at a line\'s end to the next line\'s start, where it reads the same', () => {
    const text = '- story\n  - Action: x\nmore';
    const change: TextChange = { title: 'r', range: at(1, 13), text: '\n  - Result: ', cursor: { start: 13, end: 13 } };
    const moved = atNextLineStart(change, '\n', 13, 2);
    assert.deepEqual(moved, { title: 'r', range: at(2, 0), text: '  - Result: \n', cursor: { start: 12, end: 12 } });
    assert.equal(applyChanges(text, [moved!]), applyChanges(text, [change]));
    assert.equal(atNextLineStart(change, '\n', 13, 1), null, 'no line after the last one');
    assert.equal(atNextLineStart(change, '\n', 20, 2), null, 'not at the line\'s end');
    assert.equal(atNextLineStart({ ...change, text: ' by 2027-03-31' }, '\n', 13, 2), null, 'no line break first');
    const crlf = atNextLineStart(withEol(change, '\r\n'), '\r\n', 13, 2);
    assert.equal(crlf?.text, '  - Result: \r\n');
  });

  it('joins inserts at the same place in the order given, and drops cursor stops', () => {
    const changes: TextChange[] = [
      { title: 'a', range: at(2, 0), text: 'second\n' },
      { title: 'b', range: at(1, 3), text: '\nfirst', cursor: { start: 1, end: 1 } },
      { title: 'c', range: at(2, 0), text: 'third\n' },
    ];
    const merged = mergeInserts(changes, 'all');
    assert.deepEqual(merged, [
      { title: 'all', range: at(1, 3), text: '\nfirst' },
      { title: 'all', range: at(2, 0), text: 'second\nthird\n' },
    ]);
  });

  it('applies changes to a text, later ones first, same-place ones in order', () => {
    const text = 'one\ntwo\nthree';
    const result = applyChanges(text, [
      { title: 'x', range: at(1, 0), text: 'A' },
      { title: 'y', range: at(1, 0), text: 'B' },
      { title: 'z', range: { start: { line: 2, column: 0 }, end: { line: 2, column: 5 } }, text: '3' },
    ]);
    assert.equal(result, 'one\nABtwo\n3');
    assert.equal(applyChanges('a\r\nb', [{ title: 'x', range: at(1, 1), text: '!' }]), 'a\r\nb!');
  });
});
