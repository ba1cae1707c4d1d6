/** The core must run in a browser and the CLI alike: no vscode, no Node modules, no globals of Node. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const CORE = path.join(__dirname, '../../src/core');
const FORBIDDEN = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](?:vscode|node:[^'"]+|fs|path|os|child_process|worker_threads|util|url|crypto)['"]/;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

describe('core boundary', () => {
  it('no file in src/core imports vscode or a Node module, or uses process', () => {
    const offenders = files(CORE).filter((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return FORBIDDEN.test(text) || /\bprocess\.|\bBuffer\b|__dirname/.test(text);
    });
    assert.deepEqual(offenders.map((f) => path.relative(CORE, f)), []);
  });
});
