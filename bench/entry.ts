/**
 * What the benchmark measures, bundled by bench/run.mjs the way the extension bundles the core;
 * run.mjs builds the CLI's parse worker (src/node/parse-worker.ts) next to it, where
 * `lintParallel` looks for it.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export { journal, workspace } from './generate.js';
export { JournalLinter } from '../src/core/incremental.js';
export { lint } from '../src/core/lint.js';
export { configureParallel, lintParallel, PARALLEL_MIN_CHARS, parallelStats, stopParseWorker } from '../src/node/parallel-lint.js';
export { parseMarkdown } from '../src/core/parse.js';
export { readJournal } from '../src/core/read.js';
export { progressOf, summarize } from '../src/core/summary.js';

const whole = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** remark (GFM + front matter) parsing the text in one piece, as a plain remark user would. */
export function remarkParseWhole(text: string): unknown {
  return whole.parse(text);
}
