#!/usr/bin/env node
// `npm run fuzz`: the fuzz suite of `npm test` (test/unit/fuzz-*.test.ts) with many more cases, a
// random seed and the pathological inputs at full size. Prints the seed first and last, so a
// failure can be replayed with the same cases. See docs/fuzzing.md.
//
//   npm run fuzz                              20 times the cases of npm test, a random seed
//   npm run fuzz -- --seed 123                that seed
//   npm run fuzz -- --scale 5                 5 times the cases (FUZZ_SCALE)
//   npm run fuzz -- --runs 50000              about 50,000 cases in all (FUZZ_RUNS)
//   npm run fuzz -- --quick                   pathological inputs at npm test sizes
//   npm run fuzz -- --grep "incremental"      only the properties whose title matches
//   npm run fuzz -- --no-build                do not rebuild dist/cli.js first
//
// The environment variables FUZZ_SEED, FUZZ_SCALE, FUZZ_RUNS and FUZZ_FULL work too.
import { spawn, spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const FILES = ['test/unit/fuzz-engine.test.ts', 'test/unit/fuzz-cli.test.ts', 'test/unit/fuzz-pathological.test.ts', 'test/unit/fuzz-regressions.test.ts'];

function usage(message) {
  console.error(`fuzz: ${message}\nusage: npm run fuzz -- [--seed N] [--scale X | --runs N] [--quick] [--grep TEXT] [--no-build]`);
  process.exit(2);
}

const env = { ...process.env };
const mochaArgs = [];
let build = true;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  const value = () => {
    const next = args[++i];
    if (next === undefined) usage(`${arg} needs a value`);
    return next;
  };
  if (arg === '--seed') env.FUZZ_SEED = value();
  else if (arg === '--scale') env.FUZZ_SCALE = value();
  else if (arg === '--runs') env.FUZZ_RUNS = value();
  else if (arg === '--quick') env.FUZZ_FULL = '0';
  else if (arg === '--grep') mochaArgs.push('--grep', value());
  else if (arg === '--no-build') build = false;
  else if (arg === '--help' || arg === '-h') usage('fuzzing the core');
  else usage(`unknown argument ${arg}`);
}
for (const name of ['FUZZ_SEED', 'FUZZ_SCALE', 'FUZZ_RUNS']) {
  if (env[name] !== undefined && env[name] !== '' && !Number.isFinite(Number(env[name]))) usage(`${name} must be a number, not '${env[name]}'`);
}
env.FUZZ_SEED ??= String(randomInt(1, 2 ** 31 - 1));
if (env.FUZZ_RUNS === undefined) env.FUZZ_SCALE ??= '20';
env.FUZZ_FULL ??= '1';
env.FUZZ_VERBOSE ??= '1';

const replay = [`FUZZ_SEED=${env.FUZZ_SEED}`, env.FUZZ_RUNS ? `FUZZ_RUNS=${env.FUZZ_RUNS}` : `FUZZ_SCALE=${env.FUZZ_SCALE}`, env.FUZZ_FULL === '1' ? '' : 'FUZZ_FULL=0']
  .filter(Boolean).join(' ');
console.log(`fuzz: seed ${env.FUZZ_SEED}, ${env.FUZZ_RUNS ? `about ${env.FUZZ_RUNS} cases` : `scale ${env.FUZZ_SCALE}`}${env.FUZZ_FULL === '1' ? ', pathological inputs at full size' : ''}`);
console.log(`fuzz: replay with: ${replay} npm run fuzz`);

if (build) {
  const built = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) usage('the build failed (node esbuild.mjs)');
}

const started = Date.now();
const mocha = spawn(process.execPath, ['node_modules/mocha/bin/mocha.js', '--reporter', 'spec', ...mochaArgs, ...FILES], { cwd: ROOT, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => mocha.kill(signal));
mocha.on('close', (code, signal) => {
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`\nfuzz: ${code === 0 ? 'passed' : 'FAILED'} in ${minutes} min, seed ${env.FUZZ_SEED}; replay with: ${replay} npm run fuzz`);
  process.exit(code ?? (signal ? 130 : 1));
});
