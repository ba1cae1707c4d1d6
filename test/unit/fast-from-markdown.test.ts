/**
 * The build changes remark's parser (scripts/lib/fast-from-markdown.mjs): one context object for
 * every micromark event instead of a copy each. The parser the bundles ship must give exactly
 * the trees of the library as published: checked here by bundling parse.ts with the change and
 * comparing it with parse.ts as the tests load it (the published library), on every fixture,
 * on generated journals and on fuzzed texts.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { Root } from 'mdast';
import { journal } from '../../bench/generate.js';
import { parseMarkdown } from '../../src/core/parse.js';
import { fastFromMarkdown, patchFromMarkdown } from '../../scripts/lib/fast-from-markdown.mjs';
import { property, registerSummary } from './fuzz/config.js';
import { anyText, FIXTURE_TEXTS } from './fuzz/generators.js';

const FILE = 'test/unit/fast-from-markdown.test.ts';
const ROOT = path.resolve(__dirname, '../..');
const LIBRARY = path.join(ROOT, 'node_modules/mdast-util-from-markdown/lib/index.js');
const SHARED_CONTEXT = /\w+\.sliceSerialize = events\[\w+\]\[2\]\.sliceSerialize;/;
registerSummary();

describe('remark’s parser as the bundles ship it', function () {
  this.timeout(120_000);
  let dir = '';
  let shipped: (text: string) => Root = () => assert.fail('not bundled');

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-journal-from-markdown-'));
    const outfile = path.join(dir, 'parse.js');
    await esbuild.build({
      stdin: { contents: `export { parseMarkdown } from ${JSON.stringify(path.join(ROOT, 'src/core/parse.ts'))};`, resolveDir: ROOT, loader: 'ts' },
      outfile, bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning', plugins: [fastFromMarkdown],
    });
    const bundle = fs.readFileSync(outfile, 'utf8');
    // The change is in the bundle (else this whole comparison would prove nothing).
    assert.match(bundle, SHARED_CONTEXT);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    shipped = (require(outfile) as { parseMarkdown: (text: string) => Root }).parseMarkdown;
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const same = (text: string): void => assert.equal(JSON.stringify(shipped(text)), JSON.stringify(parseMarkdown(text)), `differs for ${JSON.stringify(text.slice(0, 200))}`);

  it('rewrites exactly the compile loop of the installed library', () => {
    const published = fs.readFileSync(LIBRARY, 'utf8');
    assert.doesNotMatch(published, SHARED_CONTEXT);
    const patched = patchFromMarkdown(published);
    assert.match(patched, SHARED_CONTEXT);
    assert.equal(published.match(/sliceSerialize: events\[index\]\[2\]\.sliceSerialize/g)?.length, 3);
    assert.doesNotMatch(patched, /sliceSerialize: events\[index\]\[2\]\.sliceSerialize/, 'a copy of the context per event is left');
    assert.equal(patchFromMarkdown(patched), patched, 'patching twice changes nothing');
  });

  it('fails the build, saying why, when the library no longer has that loop', () => {
    assert.throws(() => patchFromMarkdown('export function fromMarkdown() {}'), /mdast-util-from-markdown changed/);
  });

  it('gives the published trees on every fixture journal', () => {
    for (const text of FIXTURE_TEXTS) same(text);
  });

  it('gives the published trees on generated journals (goals, STAR stories, tables, links, quotes, code)', () => {
    for (const seed of [1, 2, 3]) same(journal(60_000, seed));
  });

  property(FILE, 'gives the published trees on any fuzz text', 400, anyText, same);

  it('is used by every bundle that parses (esbuild.mjs and the benchmark)', () => {
    for (const file of ['esbuild.mjs', 'bench/run.mjs']) assert.match(fs.readFileSync(path.join(ROOT, file), 'utf8'), /plugins: \[fastFromMarkdown\]/, file);
  });
});
