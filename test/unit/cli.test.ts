// The command-line linter, run as users run it: the built dist/cli.js in a child process.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { JsonFinding } from '../../src/node/format-json.js';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');
const TODAY = '2026-11-22';
const ESC = '\u001b';
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Milliseconds before the run is killed (mocha cannot interrupt a synchronous spawn). */
  readonly timeout?: number;
}

/** Runs the CLI; every run checks that nothing printed a stack trace. */
function cli(args: readonly string[], options: RunOptions = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? FIXTURES,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: options.timeout ?? 15_000,
    killSignal: 'SIGKILL',
  });
  assert.equal(result.error, undefined, `the CLI did not finish: ${String(result.error)}`);
  assert.ok(!result.stderr.includes('    at '), `stack trace on stderr:\n${result.stderr}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `lint --format json` (with a fixed today unless given) and parses the one array it prints. */
function lintJson(args: readonly string[], options: RunOptions = {}): Run & { readonly items: JsonFinding[] } {
  const today = args.some((arg) => arg.startsWith('--today')) ? [] : ['--today', TODAY];
  const run = cli(['lint', '--format', 'json', ...today, ...args], options);
  const items: unknown = JSON.parse(run.stdout);
  assert.ok(Array.isArray(items), `not an array: ${run.stdout}`);
  return { ...run, items: items as JsonFinding[] };
}

const codesAt = (items: readonly JsonFinding[], line: number): string[] =>
  items.filter((item) => item.line === line).map((item) => item.code).sort();
const filesOf = (items: readonly JsonFinding[]): string[] => [...new Set(items.map((item) => item.file))];
/** Runs `action` and prints how long it took, for the slow tests. */
function timed<T>(what: string, action: () => T): T {
  const started = Date.now();
  const result = action();
  console.log(`      (${what}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}
const fixture = (name: string): Buffer => fs.readFileSync(path.join(FIXTURES, name));

const temporary: string[] = [];
/** A temporary workspace holding the given files (paths with `/`). */
function workspace(files: Readonly<Record<string, string | Buffer>>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'career-journal-cli-'));
  temporary.push(root);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

before(function () {
  this.timeout(60_000);
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, `build failed:\n${build.stderr}`);
});

after(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

describe('cli: help, version and usage mistakes', () => {
  for (const args of [['--help'], ['-h'], ['lint', '--help'], ['lint', 'warnings.md', '-h']]) {
    it(`${args.join(' ')} prints the help and exits 0`, () => {
      const run = cli(args);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /^Usage: career-journal lint \[--format text\|json\]/);
      assert.match(run.stdout, /Exit status:/);
      assert.equal(run.stderr, '');
    });
  }

  for (const args of [['--version'], ['-v'], ['lint', '--version']]) {
    it(`${args.join(' ')} prints the package version`, () => {
      const run = cli(args);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, `${PACKAGE_VERSION}\n`);
    });
  }

  const mistakes: [string[], RegExp][] = [
    [[], /missing command/],
    [['lint'], /no files or folders to lint/],
    [['check', 'warnings.md'], /unknown command 'check'/],
    [['lint', '--bogus', 'warnings.md'], /unknown option '--bogus'/],
    [['lint', '--today', '2026-13-40', 'warnings.md'], /invalid --today '2026-13-40'/],
    [['lint', '--today', 'tomorrow', 'warnings.md'], /invalid --today 'tomorrow'/],
    [['lint', '--today=2026-02-30', 'warnings.md'], /invalid --today '2026-02-30'/],
    [['lint', '--date-order', 'ymd', 'warnings.md'], /invalid --date-order 'ymd': use mdy or dmy/],
    [['lint', '--format', 'xml', 'warnings.md'], /invalid --format 'xml': use text or json/],
    [['lint', 'warnings.md', '--format'], /option '--format' needs a value/],
    [['lint', '--today', '--format', 'json', 'warnings.md'], /option '--today' needs a value/],
  ];
  for (const [args, message] of mistakes) {
    it(`'${args.join(' ')}' exits 2 with a message, the usage and a hint to --help`, () => {
      const run = cli(args);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      const lines = run.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 2, run.stderr);
      assert.match(lines[0] ?? '', /^career-journal: /);
      assert.match(lines[0] ?? '', message);
      assert.match(lines[1] ?? '', /^Usage: career-journal lint .*--help/);
    });
  }

  it('accepts --option=value and -- before a file name starting with a dash', () => {
    const root = workspace({ '-odd.md': fixture('warnings.md') });
    const run = lintJson(['--date-order=dmy', '--', '-odd.md'], { cwd: root });
    assert.equal(run.status, 1);
    assert.deepEqual(filesOf(run.items), ['-odd.md']);
  });
});

describe('cli: JSON output', () => {
  it('reports a vague goal with 1-based positions on its line', () => {
    const run = lintJson(['warnings.md']);
    assert.equal(run.status, 1);
    assert.deepEqual(codesAt(run.items, 11), ['smart-missing-deadline', 'smart-missing-measure']);
    const item = run.items.find((i) => i.code === 'smart-missing-measure');
    assert.ok(item);
    assert.deepEqual(Object.keys(item), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
    assert.equal(item.file, 'warnings.md');
    assert.equal(item.column, 1);
    assert.equal(item.endLine, 11);
    assert.ok(item.endColumn > 1);
    assert.equal(item.severity, 'warning');
    assert.ok(item.message.length > 10);
  });

  it('prints [] for a clean journal', () => {
    const run = lintJson(['clean.md']);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, '[]\n');
  });

  it('reports information-level findings and still exits 0', () => {
    const run = lintJson(['info-only.md']);
    assert.equal(run.status, 0);
    assert.deepEqual(codesAt(run.items, 8), ['prep-unanswered']);
    assert.deepEqual(codesAt(run.items, 12), ['values-not-five']);
    assert.ok(run.items.every((item) => item.severity === 'information'));
  });

  it('--today decides whether a goal is overdue', () => {
    const before = lintJson(['--today', '2027-03-31', 'warnings.md']);
    assert.deepEqual(codesAt(before.items, 12), []);
    const after = lintJson(['--today', '2027-04-01', 'warnings.md']);
    assert.deepEqual(codesAt(after.items, 12), ['goal-overdue']);
    assert.equal(after.status, 1);
  });

  it('--date-order decides how 03/04/2027 reads (4 March or 3 April)', () => {
    const today = '--today=2027-03-20';
    assert.deepEqual(codesAt(lintJson([today, 'date-order.md']).items, 8), ['goal-overdue']);
    assert.deepEqual(codesAt(lintJson([today, '--date-order', 'mdy', 'date-order.md']).items, 8), ['goal-overdue']);
    assert.deepEqual(codesAt(lintJson([today, '--date-order', 'dmy', 'date-order.md']).items, 8), []);
    assert.deepEqual(codesAt(lintJson([today, '--date-order=dmy', 'date-order.md']).items, 8), []);
  });

  it('careerJournal.dateOrder in .vscode/settings.json is the default, --date-order wins', () => {
    const root = workspace({
      '.vscode/settings.json': '{ "careerJournal.dateOrder": "dmy" }',
      'date-order.md': fixture('date-order.md'),
    });
    const today = '--today=2027-03-20';
    assert.deepEqual(codesAt(lintJson([today, 'date-order.md'], { cwd: root }).items, 8), []);
    assert.deepEqual(codesAt(lintJson([today, '--date-order', 'mdy', 'date-order.md'], { cwd: root }).items, 8), ['goal-overdue']);
  });

  it('careerJournal.severity in .vscode/settings.json changes or silences codes, and the exit status with them', () => {
    const root = workspace({
      '.vscode/settings.json': '{ "careerJournal.severity": { "smart-missing-measure": "off", "smart-missing-deadline": "information" } }',
      'warnings.md': '## Goals\n\n- [ ] Get better at writing design docs\n',
    });
    const run = lintJson(['--today', TODAY, 'warnings.md'], { cwd: root });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.items.map((i) => [i.code, i.severity]), [['smart-missing-deadline', 'information']]);
    const bad = workspace({ '.vscode/settings.json': '{ "careerJournal.severity": { "goal-overdue": "loud" } }', 'warnings.md': '## Goals\n\n- [ ] Get better\n' });
    const ignored = lintJson(['--today', TODAY, 'warnings.md'], { cwd: bad });
    assert.equal(ignored.status, 1);
    assert.match(ignored.stderr, /ignoring careerJournal\.severity/);
  });

  it('a date in the file name is the reference date for a relative deadline', () => {
    // "within 1 month" from 2027-01-10 ended on 2027-02-10; from today it would not have.
    const dated = lintJson(['--today', '2027-03-01', '2027-01-10-check-in.md']);
    assert.deepEqual(codesAt(dated.items, 5), ['goal-overdue']);
    const root = workspace({ 'check-in.md': fixture('2027-01-10-check-in.md') });
    const undated = lintJson(['--today', '2027-03-01', 'check-in.md'], { cwd: root });
    assert.deepEqual(codesAt(undated.items, 5), []);
  });
});

describe('cli: text output', () => {
  it('prints aligned path:line:col  severity  message  code lines and a summary', () => {
    const run = cli(['lint', '--today', TODAY, 'warnings.md']);
    assert.equal(run.status, 1);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 4, run.stdout);
    for (const line of lines.slice(0, 2)) {
      assert.match(line, /^warnings\.md:11:1 {2}warning {2}\S.* {2}smart-missing-(deadline|measure)$/);
    }
    assert.equal(lines[0]?.indexOf('smart-missing'), lines[1]?.indexOf('smart-missing'));
    assert.equal(lines[2], '');
    assert.equal(lines[3], '2 problems (2 warnings) in 1 file');
    assert.ok(!run.stdout.includes(ESC), 'no colour in a pipe');
  });

  it('groups findings by file and counts files with and without problems', () => {
    const run = cli(['lint', '--today', TODAY, 'warnings.md', 'clean.md', 'info-only.md']);
    assert.equal(run.status, 1);
    const groups = run.stdout.trimEnd().split('\n\n');
    assert.equal(groups.length, 3, run.stdout);
    assert.match(groups[0] ?? '', /^warnings\.md:11:1 /);
    assert.match(groups[1] ?? '', /^info-only\.md:8:1 +information {2}/);
    assert.equal(groups[2], '4 problems (2 warnings, 2 information) in 2 of 3 files');
  });

  it('says so when there are no problems', () => {
    const run = cli(['lint', '--today', TODAY, 'clean.md']);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, 'No problems in 1 file\n');
  });

  it('colours only a terminal, and not with NO_COLOR', function () {
    if (spawnSync('script', ['--version']).status !== 0) this.skip();
    const inTerminal = (env: string): string =>
      spawnSync('script', ['-qec', `${env} "${process.execPath}" "${CLI}" lint --today ${TODAY} warnings.md`, '/dev/null'], {
        cwd: FIXTURES, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined },
      }).stdout;
    assert.ok(inTerminal('').includes(`${ESC}[33mwarning`), 'warnings in yellow');
    assert.ok(!inTerminal('NO_COLOR=1').includes(ESC), 'no colour with NO_COLOR');
  });
});

describe('cli: exit status (2 beats 1 beats 0) and unreadable files', () => {
  const cases: [string[], number][] = [
    [['clean.md'], 0],
    [['info-only.md'], 0],
    [['clean.md', 'info-only.md'], 0],
    [['warnings.md'], 1],
    [['clean.md', 'warnings.md'], 1],
    [['info-only.md', 'warnings.md'], 1],
    [['clean.md', 'missing.md'], 2],
    [['warnings.md', 'missing.md'], 2],
    [['info-only.md', 'logo.md'], 2],
    [['warnings.md', 'latin1.md'], 2],
    [['missing-folder'], 2],
  ];
  for (const [files, status] of cases) {
    it(`${files.join(' ')} → ${status}, in both formats`, () => {
      const json = lintJson(files);
      assert.equal(json.status, status, json.stderr);
      const text = cli(['lint', '--today', TODAY, ...files]);
      assert.equal(text.status, status, text.stderr);
    });
  }

  it('names each unreadable file on stderr and still lints the others', () => {
    const run = lintJson(['missing.md', 'logo.md', 'warnings.md', 'latin1.md']);
    assert.equal(run.status, 2);
    assert.deepEqual(run.stderr.trimEnd().split('\n'), [
      'career-journal: cannot read missing.md: no such file or directory',
      'career-journal: skipped logo.md: not a text file (binary)',
      'career-journal: skipped latin1.md: not UTF-8 text',
    ]);
    assert.deepEqual(filesOf(run.items), ['warnings.md']);
  });

  it('prints [] when the only file is unreadable', () => {
    const run = lintJson(['missing.md']);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '[]\n');
  });

  it('the text summary mentions what was not linted', () => {
    const run = cli(['lint', '--today', TODAY, 'clean.md', 'logo.md']);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, 'No problems in 1 file; 1 path not linted (see above)\n');
  });
});

describe('cli: encodings and hard input', () => {
  const asIn = (items: readonly JsonFinding[], file: string): JsonFinding[] => items.map((item) => ({ ...item, file }));

  it('reads a CRLF journal with a BOM at the same positions as the LF one', () => {
    const crlf = lintJson(['crlf-bom.md']);
    assert.equal(crlf.status, 1);
    assert.deepEqual(asIn(crlf.items, 'x'), asIn(lintJson(['warnings.md']).items, 'x'));
  });

  it('reads UTF-16 with a BOM (as Windows PowerShell writes it)', () => {
    const utf16 = lintJson(['utf16le.md']);
    assert.deepEqual(asIn(utf16.items, 'x'), asIn(lintJson(['warnings.md']).items, 'x'));
  });

  it('lints a journal whose front matter is broken', () => {
    const run = lintJson(['broken-front-matter.md']);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    assert.deepEqual(codesAt(run.items, 12), ['smart-missing-deadline', 'smart-missing-measure']);
  });

  // The two slow tests below print how long the lint took. Nearly all of it is the Markdown
  // parser's (about 150 s for 20 MB on a loaded 2-core machine), hence the generous limits.
  it('lints a goal with a thousand levels of nested lists', function () {
    this.timeout(200_000);
    const nested = Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth + 1)}- level ${depth + 1}`);
    const root = workspace({ 'deep.md': ['## Goals', '', '- [ ] Get better at writing design docs', ...nested, ''].join('\n') });
    const run = timed('1,000 nested levels', () => lintJson(['deep.md'], { cwd: root, timeout: 180_000 }));
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(codesAt(run.items, 3), ['smart-missing-deadline', 'smart-missing-measure']);
  });

  it('lints a 20 MB journal', function () {
    this.timeout(330_000);
    const head = '---\ntype: career-journal\n---\n\n## Goals\n\n- [ ] Get better at writing design docs\n\n## Notes\n\n';
    const day = (n: number): string =>
      `### Week ${n}\n\nPaired with the platform team on the deploy pipeline; wrote up what we learned.\n\n` +
      '- Reviewed two design docs\n- Ran the incident review\n\n';
    const parts = [head];
    for (let n = 1, size = head.length; size < 20 * 1024 * 1024; n++) {
      parts.push(day(n));
      size += parts[parts.length - 1]?.length ?? 0;
    }
    const root = workspace({ 'big.md': parts.join('') });
    const run = timed('20 MB journal', () => lintJson(['big.md'], { cwd: root, timeout: 300_000 }));
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(codesAt(run.items, 7), ['smart-missing-deadline', 'smart-missing-measure']);
  });

  it('ends quietly when the reader of stdout goes away (| head)', function () {
    this.timeout(60_000);
    const goals = Array.from({ length: 5000 }, (_, i) => `- [ ] Get better at writing design docs, take ${i}`);
    const root = workspace({ 'many.md': ['## Goals', '', ...goals, ''].join('\n') });
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" lint --today ${TODAY} many.md | head -n 1; echo "status=\${PIPESTATUS[0]}"`], {
      cwd: root, encoding: 'utf8', timeout: 50_000, killSignal: 'SIGKILL',
    });
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2, run.stdout.slice(0, 500));
    assert.match(lines[0] ?? '', /^many\.md:3:1 /);
    assert.equal(lines[1], 'status=1');
    assert.equal(run.stderr, '');
  });
});

describe('cli: finding journals in folders', () => {
  const vague = fixture('README.md').toString();
  const typed = `---\ntype: career-journal\n---\n\n${vague}`;
  const layout = {
    'README.md': vague,
    'career/goals.md': vague,
    'career/2026/q4.md': vague,
    'career/notes.txt': vague,
    'career/.drafts/draft.md': vague,
    'career/node_modules/pkg/readme.md': vague,
    'notes/typed.md': typed,
    'docs/plan.md': vague,
    'docs/logo.md': fixture('logo.md'),
    'reviews/2026/h2.md': vague,
    'journal/first.md': vague,
    'node_modules/pkg/career/x.md': typed,
    '.notes/typed.md': typed,
  };

  it('lints journals by front matter and by the career/ folder, in name order, skipping node_modules and dot-folders', () => {
    const root = workspace(layout);
    const run = lintJson(['.'], { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(filesOf(run.items), ['career/2026/q4.md', 'career/goals.md', 'notes/typed.md']);
    const text = cli(['lint', '--today', TODAY, '.'], { cwd: root });
    assert.match(text.stdout, / in 3 files\n$/);
  });

  it('reads careerJournal.folder and careerJournal.include from JSONC settings', () => {
    const root = workspace({
      ...layout,
      '.vscode/settings.json': `{
        // Where my journals live
        "careerJournal.folder": "journal",
        /* and the reviews */ "careerJournal.include": ["reviews/**/*.md",],
      }`,
    });
    const run = lintJson(['.'], { cwd: root });
    assert.equal(run.stderr, '');
    assert.deepEqual(filesOf(run.items), ['journal/first.md', 'notes/typed.md', 'reviews/2026/h2.md']);
  });

  it('warns about a broken settings file and uses the defaults', () => {
    const root = workspace({ ...layout, '.vscode/settings.json': '{ "careerJournal.folder": ' });
    const run = lintJson(['.'], { cwd: root });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^career-journal: .*settings\.json is not valid JSON.*using the default settings\n$/);
    assert.deepEqual(filesOf(run.items), ['career/2026/q4.md', 'career/goals.md', 'notes/typed.md']);
  });

  it('warns about a setting of the wrong type and ignores only that one', () => {
    const root = workspace({ ...layout, '.vscode/settings.json': '{ "careerJournal.include": "reviews/**", "careerJournal.folder": "journal" }' });
    const run = lintJson(['.'], { cwd: root });
    assert.match(run.stderr, /ignoring careerJournal\.include/);
    assert.deepEqual(filesOf(run.items), ['journal/first.md', 'notes/typed.md']);
  });

  it('judges paths from the current directory, and shows them as the folder was typed', () => {
    const root = workspace(layout);
    assert.deepEqual(filesOf(lintJson(['career'], { cwd: root }).items), ['career/2026/q4.md', 'career/goals.md']);
    assert.deepEqual(filesOf(lintJson(['./notes/'], { cwd: root }).items), ['notes/typed.md']);
    const absolute = lintJson([path.join(root, 'career')], { cwd: root });
    assert.deepEqual(filesOf(absolute.items), [path.join(root, 'career/2026/q4.md'), path.join(root, 'career/goals.md')]);
  });

  it('a folder without journals gives no problems', () => {
    const root = workspace(layout);
    const run = cli(['lint', 'docs'], { cwd: root });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, 'No journal files to lint\n');
  });

  it('lints every file named on the command line, journal or not, once', () => {
    const root = workspace(layout);
    const run = lintJson(['README.md', 'node_modules/pkg/career/x.md', 'career', 'career/goals.md'], { cwd: root });
    assert.deepEqual(filesOf(run.items), ['README.md', 'node_modules/pkg/career/x.md', 'career/2026/q4.md', 'career/goals.md']);
  });

  it('reports a binary file in the journal folder, ignores one elsewhere', () => {
    const root = workspace({ ...layout, 'career/logo.md': fixture('logo.md') });
    const run = lintJson(['.'], { cwd: root });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'career-journal: skipped career/logo.md: not a text file (binary)\n');
    assert.deepEqual(filesOf(run.items), ['career/2026/q4.md', 'career/goals.md', 'notes/typed.md']);
  });
});
