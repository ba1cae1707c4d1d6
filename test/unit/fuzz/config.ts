/**
 * Seeds, run counts and the case counter of the fuzz suite (docs/fuzzing.md).
 *
 *   FUZZ_SEED=n    the base seed (default 20261122); every property derives its own from it and
 *                  its name, so a property replays alone, in any order, with the same cases
 *   FUZZ_SCALE=x   multiplies every property's number of cases (default 1; `npm run fuzz`: 20)
 *   FUZZ_RUNS=n    the total number of cases wanted instead (shared out as the defaults are)
 *   FUZZ_FULL=1    the pathological inputs at full size (`npm run fuzz` sets it)
 *   FUZZ_VERBOSE=1 cases and time per property, figures per pathological input
 */
import fc from 'fast-check';

/** The seed `npm test` uses, so every run checks the same cases. */
export const DEFAULT_SEED = 20261122;

/** The number of cases of the default run, over all fuzz properties (kept in step with their `base`). */
export const DEFAULT_TOTAL = 13_170;

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, not '${raw}'`);
  return value;
}

export const SEED = Math.trunc(envNumber('FUZZ_SEED') ?? DEFAULT_SEED);
const RUNS = envNumber('FUZZ_RUNS');
export const SCALE = RUNS !== undefined ? RUNS / DEFAULT_TOTAL : envNumber('FUZZ_SCALE') ?? 1;
export const FULL = process.env.FUZZ_FULL === '1';
/** Print the cases and time of every property, and every pathological input's figures. */
export const VERBOSE = process.env.FUZZ_VERBOSE === '1';
/** Mocha's time limit for one property: ten minutes at the default scale, more for more cases. */
export const TIMEOUT = 600_000 * Math.max(1, SCALE);

/** How many cases a property with `base` cases at the default scale runs now. */
export function runs(base: number): number {
  return Math.max(1, Math.round(base * SCALE));
}

/** A property's own seed: the base seed and its name, so it does not depend on what ran before. */
export function seedOf(name: string): number {
  let hash = SEED | 0;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash | 0;
}

interface Tally {
  cases: number;
  /** Wall-clock and CPU milliseconds (CPU: of this process, so other work on the machine does not count). */
  ms: number;
  cpu: number;
}

const tallies = new Map<string, Tally>();
let summaryRegistered = false;

/** Counts one checked case of `group` (a property, or a pathological input). */
export function count(group: string, cases = 1, ms = 0, cpu = 0): void {
  const tally = tallies.get(group) ?? { cases: 0, ms: 0, cpu: 0 };
  tally.cases += cases;
  tally.ms += ms;
  tally.cpu += cpu;
  tallies.set(group, tally);
}

/** Runs `action` and counts it as `cases` cases of `group`, with its time. */
export function timed<T>(group: string, cases: number, action: () => T): T {
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    return action();
  } finally {
    const used = process.cpuUsage(cpu);
    count(group, cases, performance.now() - started, (used.user + used.system) / 1000);
  }
}

/** The total of cases checked so far. */
export function totalCases(): number {
  let total = 0;
  for (const tally of tallies.values()) total += tally.cases;
  return total;
}

/**
 * Prints one line with the number of cases and the seed after the whole mocha run (a root hook,
 * registered once however many fuzz files are loaded).
 */
export function registerSummary(): void {
  if (summaryRegistered) return;
  summaryRegistered = true;
  after(() => {
    let ms = 0;
    let cpu = 0;
    for (const tally of tallies.values()) {
      ms += tally.ms;
      cpu += tally.cpu;
    }
    if (VERBOSE) {
      for (const [group, tally] of tallies) console.log(`  ${String(tally.cases).padStart(7)} cases ${(tally.ms / 1000).toFixed(1).padStart(7)} s ${(tally.cpu / 1000).toFixed(1).padStart(7)} s CPU  ${group}`);
    }
    const scale = SCALE === 1 ? '' : `, scale ${+SCALE.toFixed(3)}`;
    console.log(`\nfuzz: ${totalCases()} cases in ${(ms / 1000).toFixed(1)} s (${(cpu / 1000).toFixed(1)} s CPU), seed ${SEED}${scale}${FULL ? ', full' : ''}`);
  });
}

/** The command that replays a property with the seed and scale of this run. */
export function replayCommand(file: string, title: string): string {
  const env = [`FUZZ_SEED=${SEED}`, SCALE === 1 ? '' : `FUZZ_SCALE=${SCALE}`, FULL ? 'FUZZ_FULL=1' : ''].filter(Boolean).join(' ');
  return `${env} npx mocha ${file} --grep ${JSON.stringify(title)}`;
}

/** A function that prints as what it does in a counterexample (fast-check shows values, not code). */
export function described<F extends object>(what: string, fn: F): F {
  return Object.assign(fn, { [fc.toStringMethod]: () => what });
}

/**
 * Checks a property over `base` cases (scaled) with its own seed, counts them and their time, and
 * on failure says how to replay it. fast-check shrinks a failing case before it reports it.
 */
export function check<T>(file: string, title: string, base: number, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void): void {
  const numRuns = runs(base);
  const seed = seedOf(title);
  let cases = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    fc.assert(fc.property(arbitrary, (value) => {
      cases++;
      predicate(value);
    }), { seed, numRuns, includeErrorInReport: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const replay = `Replay: ${replayCommand(file, title)}`;
    throw Object.assign(new Error(`${message}\n${replay}`), { stack: `${replay}\n${error instanceof Error ? error.stack : ''}` });
  } finally {
    const used = process.cpuUsage(cpu);
    count(title, Math.min(cases, numRuns), performance.now() - started, (used.user + used.system) / 1000);
  }
}

/** A mocha test `title` that checks a property over `base` cases (scaled), as {@link check} does. */
export function property<T>(file: string, title: string, base: number, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void): void {
  it(title, () => check(file, title, base, arbitrary, predicate));
}
