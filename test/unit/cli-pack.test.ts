// The package as npm users get it: `npm pack`, install the tarball, run the `career-journal` bin.
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { JsonFinding } from '../../src/node/format-json.js';

const ROOT = path.resolve(__dirname, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function npm(args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(NPM, [...args], { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  assert.equal(result.status, 0, `npm ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

describe('cli: the packed npm package', function () {
  this.timeout(120_000);
  let work = '';
  let bin = '';

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'career-journal-pack-'));
    npm(['pack', '--pack-destination', work], ROOT); // runs `prepare`, which builds dist/cli.js
    const tarball = fs.readdirSync(work).find((name) => name.endsWith('.tgz'));
    assert.ok(tarball, 'npm pack wrote no tarball');
    const prefix = path.join(work, 'install');
    npm(['install', '--prefix', prefix, path.join(work, tarball), '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], work);
    bin = path.join(prefix, 'node_modules', '.bin', process.platform === 'win32' ? 'career-journal.cmd' : 'career-journal');
  });

  after(() => {
    if (work !== '') fs.rmSync(work, { recursive: true, force: true });
  });

  it('holds the bundled CLI and no sources', () => {
    const installed = path.join(work, 'install', 'node_modules', 'career-journal');
    assert.ok(fs.existsSync(path.join(installed, 'dist', 'cli.js')));
    assert.ok(fs.existsSync(path.join(installed, 'dist', 'parse-worker.js')), 'the parse worker of large journals (parallel-lint.ts)');
    assert.ok(!fs.existsSync(path.join(installed, 'src')));
    assert.ok(!fs.existsSync(path.join(installed, 'node_modules')), 'the CLI must need no runtime dependencies');
  });

  it('runs as career-journal and lints a journal', () => {
    const journal = path.join(ROOT, 'test', 'fixtures', 'cli', 'warnings.md');
    const run = spawnSync(bin, ['lint', '--format', 'json', '--today', '2026-11-22', journal], {
      cwd: work, encoding: 'utf8', shell: process.platform === 'win32',
    });
    assert.equal(run.status, 1, run.stderr);
    const items = JSON.parse(run.stdout) as JsonFinding[];
    const atLine11 = items.filter((item) => item.line === 11).map((item) => item.code).sort();
    assert.deepEqual(atLine11, ['smart-missing-deadline', 'smart-missing-measure']);
    assert.ok(items.every((item) => item.file === journal));
  });

  it('prints its version', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = spawnSync(bin, ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
    assert.equal(run.stdout, `${version}\n`);
  });
});
