/**
 * Annotated journals: `<!-- expect: CODE ... -->` on its own line names exactly the codes the
 * next line must get (within the file's `<!-- scope: ... -->`), the format shared/examples use.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lint } from '../../src/core/lint.js';

const DIR = path.join(__dirname, '../fixtures/annotated');
const DEFAULT_SCOPE = ['smart-missing-measure', 'smart-missing-deadline', 'smart-missing-field',
  'star-missing-result', 'star-missing-part', 'star-result-unquantified'];

interface Annotated { text: string; expected: Map<number, Set<string>>; scope: Set<string>; today: string }

function unmark(source: string): Annotated {
  const expected = new Map<number, Set<string>>();
  const out: string[] = [];
  let scope = new Set(DEFAULT_SCOPE);
  let today = '2026-11-22';
  let pending: string[] | null = null;
  for (const line of source.split('\n')) {
    // A CRLF file's marker lines end in `-->\r`: the marker is still a marker.
    const s = /^<!-- scope:(.*)-->\r?$/.exec(line);
    if (s) { scope = new Set((s[1] ?? '').trim().split(/\s+/)); continue; }
    const t = /^<!-- today: (\d{4}-\d\d-\d\d) -->\r?$/.exec(line);
    if (t) { today = t[1] ?? today; continue; }
    const m = /^<!-- expect:(.*)-->\r?$/.exec(line);
    if (m) { pending = (m[1] ?? '').trim().split(/\s+/).filter(Boolean); continue; }
    out.push(line);
    if (pending) { expected.set(out.length, new Set(pending)); pending = null; }
  }
  return { text: out.join('\n'), expected, scope, today };
}

describe('annotated journals', () => {
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.md')).sort()) {
    it(file, () => {
      const c = unmark(fs.readFileSync(path.join(DIR, file), 'utf8'));
      const got = new Map<number, Set<string>>();
      for (const f of lint(c.text, { today: c.today, fileName: file })) {
        if (!c.scope.has(f.code)) continue;
        const line = f.range.start.line + 1;
        if (!got.has(line)) got.set(line, new Set());
        got.get(line)?.add(f.code);
      }
      const wrong: string[] = [];
      const lines = c.text.split('\n');
      for (const [line, want] of c.expected) {
        const have = got.get(line) ?? new Set<string>();
        for (const code of c.scope) {
          if (want.has(code) && !have.has(code)) wrong.push(`${line}: missed ${code}   | ${lines[line - 1]}`);
          if (!want.has(code) && have.has(code)) wrong.push(`${line}: wrongly reported ${code}   | ${lines[line - 1]}`);
        }
      }
      for (const [line, have] of got) if (!c.expected.has(line)) wrong.push(`${line}: reported ${[...have].join(' ')} on a line with no expectation   | ${lines[line - 1]}`);
      assert.deepEqual(wrong, []);
    });
  }
});
