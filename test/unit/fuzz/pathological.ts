/**
 * The fixed pathological inputs of the fuzz suite: absurd nesting, one enormous line, tens of
 * thousands of goals. Each has a full size (`npm run fuzz`, FUZZ_FULL=1) and, where the full size
 * is slow, a smaller one of the same shape that `npm test` runs.
 */

/** One pathological input. */
export interface Pathological {
  readonly name: string;
  /** The text at full size, and at the size `npm test` uses (the same when omitted). */
  readonly full: () => string;
  readonly quick?: () => string;
  /** What the findings must hold, beyond the properties every text has. */
  readonly expect?: (codes: ReadonlyMap<string, number>) => void;
  /** Also linted by the CLI in `npm test` (the full run passes every input to the CLI). */
  readonly cli?: boolean;
}

const MB = 1024 * 1024;

/** `unit` repeated to exactly `size` characters. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function table(columns: number): string {
  return `|${'a|'.repeat(columns)}\n|${'-|'.repeat(columns)}\n|${'b|'.repeat(columns)}\n`;
}

function lines(count: number, line: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => line(i)).join('\n') + '\n';
}

/** A goal with neither measure nor deadline: two findings each. */
const PLAIN_GOALS = ['Improve the onboarding docs', 'Mentor new hires on the payments team', 'Get better at saying no', 'Own the release process'];

function atLeast(code: string, n: number): (codes: ReadonlyMap<string, number>) => void {
  return (codes) => {
    const found = codes.get(code) ?? 0;
    if (found < n) throw new Error(`expected at least ${n} ${code}, found ${found}`);
  };
}

export const PATHOLOGICAL: readonly Pathological[] = [
  { name: '10,000 nested block quotes on one line', full: () => `${'> '.repeat(10_000)}Goal: ship 3 talks by Q2 2027\n`, cli: true },
  { name: '10,000 nested block quotes, no spaces', full: () => `${'>'.repeat(10_000)} x\n` },
  { name: '200 lines of 1,000 nested block quotes (50 in npm test)', full: () => lines(200, () => `${'> '.repeat(1000)}- [ ] goal`), quick: () => lines(50, () => `${'> '.repeat(1000)}- [ ] goal`) },
  { name: '10,000 nested list items on one line (- - - …)', full: () => `## Goals\n\n${'- '.repeat(10_000)}x\n`, cli: true },
  { name: '10,000 nested ordered items on one line (1. 1. …)', full: () => `${'1. '.repeat(10_000)}x\n` },
  { name: '10,000 nested quotes and items on one line (> - > - …)', full: () => `${'> - '.repeat(10_000)}x\n` },
  {
    name: 'list indented 2 more per level, 1,000 levels: 1 MB (300 in npm test)',
    full: () => lines(1000, (i) => `${' '.repeat(2 * i)}- [ ] item ${i}`),
    quick: () => lines(300, (i) => `${' '.repeat(2 * i)}- [ ] item ${i}`),
  },
  { name: '10,000 nested emphasis *…*a*…*', full: () => `## Goals\n\n- [ ] ${'*'.repeat(10_000)}a${'*'.repeat(10_000)}\n`, cli: true },
  { name: '10,000 nested emphasis _…_a_…_', full: () => `${'_'.repeat(10_000)}a${'_'.repeat(10_000)}\n` },
  { name: '10,000 nested strong and emphasis *_*_…a…_*_*', full: () => `${'*_'.repeat(10_000)}a${'_*'.repeat(10_000)}\n` },
  { name: '10,000 unmatched emphasis openers *a*a… (3,000 in npm test)', full: () => `${'*a'.repeat(10_000)}\n`, quick: () => `${'*a'.repeat(3000)}\n` },
  { name: '10,000 nested brackets [[…a…]] (3,000 in npm test)', full: () => `## Goals\n\n- [ ] ${'['.repeat(10_000)}a${']'.repeat(10_000)}\n`, quick: () => `## Goals\n\n- [ ] ${'['.repeat(3000)}a${']'.repeat(3000)}\n` },
  { name: '10,000 nested links [[…a](b)…](b) (1,000 in npm test)', full: () => `${'['.repeat(10_000)}a${'](b)'.repeat(10_000)}\n`, quick: () => `${'['.repeat(1000)}a${'](b)'.repeat(1000)}\n` },
  { name: '10,000 nested parentheses and images', full: () => `${'('.repeat(10_000)}${'!['.repeat(10_000)}${')'.repeat(10_000)}\n` },
  {
    name: '10,000 HTML tags and comment openers (1,000 in npm test)',
    full: () => `${'<a>'.repeat(10_000)}${'<!--'.repeat(10_000)}${'</a>'.repeat(10_000)}\n`,
    quick: () => `${'<a>'.repeat(1000)}${'<!--'.repeat(1000)}${'</a>'.repeat(1000)}\n`,
  },
  { name: 'a table of 10,000 columns (3,000 in npm test)', full: () => table(10_000), quick: () => table(3000) },
  {
    name: 'one-line 5 MB paragraph (1 MB in npm test)',
    full: () => `${fill('Ship 3 talks by Q2 2027 and mentor five people ', 5 * MB)}\n`,
    quick: () => `${fill('Ship 3 talks by Q2 2027 and mentor five people ', MB)}\n`,
    cli: true,
  },
  {
    name: 'one-line 5 MB goal (1 MB in npm test)',
    full: () => `## Goals\n\n- [ ] ${fill('Ship 3 talks by Q2 2027 and mentor five people ', 5 * MB)}\n`,
    quick: () => `## Goals\n\n- [ ] ${fill('Ship 3 talks by Q2 2027 and mentor five people ', MB)}\n`,
  },
  { name: 'one-line 5 MB word (1 MB in npm test)', full: () => fill('a', 5 * MB), quick: () => fill('a', MB) },
  {
    name: '20,000 goals in one list',
    full: () => `---\ntype: career-journal\ndate: 2026-11-22\n---\n\n## Goals\n\n${lines(20_000, (i) => `- [ ] ${PLAIN_GOALS[i % PLAIN_GOALS.length]}`)}`,
    expect: atLeast('smart-missing-deadline', 20_000),
    cli: true,
  },
  {
    name: '20,000 goal headings with SMART fields (1,000 in npm test)',
    full: () => lines(20_000, (i) => `## Goal: ship thing ${i}\n\n- Measurable: ${i} talks\n- Deadline: by 2026-01-01\n`),
    quick: () => lines(1000, (i) => `## Goal: ship thing ${i}\n\n- Measurable: ${i} talks\n- Deadline: by 2026-01-01\n`),
    expect: atLeast('goal-overdue', 1000),
  },
  {
    name: '20,000 STAR stories without a result (1,000 in npm test)',
    full: () => lines(20_000, (i) => `### STAR: story ${i}\n\n- Situation: s\n- Action: a\n`),
    quick: () => lines(1000, (i) => `### STAR: story ${i}\n\n- Situation: s\n- Action: a\n`),
    expect: atLeast('star-missing-result', 1000),
  },
  {
    name: '20,000 inline switches around goals (2,000 in npm test)',
    full: () => `## Goals\n\n${lines(20_000, (i) => (i % 2 ? `- [ ] ${PLAIN_GOALS[i % 4]}` : '<!-- career-journal-disable-next-line smart-missing-measure -->'))}`,
    quick: () => `## Goals\n\n${lines(2000, (i) => (i % 2 ? `- [ ] ${PLAIN_GOALS[i % 4]}` : '<!-- career-journal-disable-next-line smart-missing-measure -->'))}`,
  },
  { name: '100,000 empty headings (10,000 in npm test)', full: () => lines(100_000, (i) => '#'.repeat((i % 6) + 1)), quick: () => lines(10_000, (i) => '#'.repeat((i % 6) + 1)) },
  {
    name: 'a 1 MB journal with only \\r line breaks (50 KB in npm test)',
    full: () => fill('## Goals\r\r- [ ] Improve the onboarding docs\r- [ ] Ship 3 talks by Q2 2027\r\r', MB),
    quick: () => fill('## Goals\r\r- [ ] Improve the onboarding docs\r- [ ] Ship 3 talks by Q2 2027\r\r', 50 * 1024),
  },
];
