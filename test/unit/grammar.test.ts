/** The injection grammar, tokenised by VS Code's own TextMate engine (vscode-textmate + Oniguruma). */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.join(__dirname, '../..');
const injection = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes/career-journal.injection.json'), 'utf8')) as { scopeName: string };
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: { scopeName: string; path: string; injectTo: string[] }[] } };

/** A stand-in for the Markdown grammar: comments and code spans, the scopes the injection avoids. */
const MARKDOWN = {
  scopeName: 'text.html.markdown',
  patterns: [
    { begin: '<!--', end: '-->', name: 'comment.block.html' },
    { match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' },
  ],
};

let registry: textmate.Registry;

before(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => (scope === MARKDOWN.scopeName ? textmate.parseRawGrammar(JSON.stringify(MARKDOWN), 'md.json')
      : scope === injection.scopeName ? textmate.parseRawGrammar(JSON.stringify(injection), 'injection.json') : null),
    getInjections: (scope) => (scope === MARKDOWN.scopeName ? [injection.scopeName] : undefined),
  });
});

async function scopesOf(line: string): Promise<Array<[string, string]>> {
  const grammar = await registry.loadGrammar(MARKDOWN.scopeName);
  assert.ok(grammar);
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  return tokens
    .map((t): [string, string] => [line.slice(t.startIndex, t.endIndex), t.scopes[t.scopes.length - 1] ?? ''])
    .filter(([, scope]) => scope.endsWith('career-journal'));
}

describe('highlighting grammar', () => {
  it('is contributed as an injection into Markdown', () => {
    const contributed = pkg.contributes.grammars.find((g) => g.scopeName === injection.scopeName);
    assert.ok(contributed);
    assert.deepEqual(contributed.injectTo, ['text.html.markdown']);
    assert.ok(fs.existsSync(path.join(ROOT, contributed.path)));
  });

  it('marks STAR labels, bold or not', async () => {
    assert.deepEqual(await scopesOf('- **Situation:** CI was red'), [['Situation', 'keyword.other.star-label.career-journal']]);
    assert.deepEqual(await scopesOf('Result: 25 minutes'), [['Result', 'keyword.other.star-label.career-journal']]);
    assert.deepEqual(await scopesOf('- **Actions**: scripted it'), [['Actions', 'keyword.other.star-label.career-journal']]);
  });

  it('marks SMART labels and action-item owners', async () => {
    assert.deepEqual(await scopesOf('- Time-bound: by 2027-06-30'), [['Time-bound', 'keyword.other.smart-label.career-journal']]);
    assert.deepEqual(await scopesOf('  - **Measurable:** 3 docs'), [['Measurable', 'keyword.other.smart-label.career-journal']]);
    assert.deepEqual(await scopesOf('- [ ] @alex: share the rubric'), [['@alex', 'entity.name.tag.owner.career-journal']]);
  });

  it('leaves prose, comments and code alone', async () => {
    assert.deepEqual(await scopesOf('The situation was tense and the result unclear.'), []);
    assert.deepEqual(await scopesOf('<!-- Result: not yet -->'), []);
    assert.deepEqual(await scopesOf('Use `Result: x` in code'), []);
  });
});
