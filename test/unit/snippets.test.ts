/** The Markdown snippets: each expands (with its defaults) into something the linter understands. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lint } from '../../src/core/lint.js';

type Snippet = { prefix: string; body: string[]; description: string };
const snippets = JSON.parse(fs.readFileSync(path.join(__dirname, '../../snippets/markdown.json'), 'utf8')) as Record<string, Snippet>;
const byPrefix = new Map(Object.values(snippets).map((s) => [s.prefix, s]));

/** Expands a snippet body the way VS Code would with every placeholder left at its default. */
function expand(snippet: Snippet): string {
  return snippet.body.join('\n')
    .replace(/\$CURRENT_YEAR/g, '2026').replace(/\$CURRENT_MONTH/g, '11').replace(/\$CURRENT_DATE/g, '22')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

describe('snippets', () => {
  it('offers star, smart, goal, agenda and followup', () => {
    assert.deepEqual([...byPrefix.keys()].sort(), ['agenda', 'followup', 'goal', 'smart', 'star']);
    for (const s of byPrefix.values()) assert.ok(s.description.length > 10);
  });

  it('star expands to a complete STAR story', () => {
    const text = expand(byPrefix.get('star')!);
    assert.match(text, /^### STAR: /);
    assert.deepEqual(lint(text, { today: '2026-11-22' }).filter((f) => f.code.startsWith('star-missing')), []);
  });

  it('smart expands to a goal with every SMART field and a deadline', () => {
    const text = expand(byPrefix.get('smart')!);
    const codes = lint(text, { today: '2026-11-22' }).map((f) => f.code);
    assert.deepEqual(codes, []);
    assert.match(text, /- \*\*Status:\*\* not started/);
  });

  it('goal expands to a SMART one-line goal under a Goals heading', () => {
    const text = `## Goals\n\n${expand(byPrefix.get('goal')!)}\n`;
    assert.equal(text, '## Goals\n\n- [ ] Write 3 design docs by 2026-11-22\n');
    assert.deepEqual(lint(text, { today: '2026-11-22' }), []);
  });

  it('followup lists action items with owners', () => {
    assert.match(expand(byPrefix.get('followup')!), /- \[ \] @me: send the follow-up email by 2026-11-22/);
  });
});
