/**
 * The engine worker's state: one incremental linter per open document, and the answer to each
 * request. Kept apart from the thread plumbing (worker.ts) so it is tested in plain Node.
 */
import { canExpand, expandGoal } from '../core/fixes/expand-goal.js';
import { goalAtLine } from '../core/fixes/goal-at-line.js';
import { JournalLinter } from '../core/incremental.js';
import type { LintOptions } from '../core/lint.js';
import { readJournal, type ReadOptions, type ReadResult } from '../core/read.js';
import { summarize } from '../core/summary.js';
import type { EngineReplies, EngineRequest, GoalAt } from './protocol.js';

/** A document's linter, the text it last linted, and the model last read from it. */
interface Kept {
  readonly linter: JournalLinter;
  text?: string;
  read?: { readonly options: string; readonly result: ReadResult };
}

/** Answers requests; never throws on any text (the core does not), only on a malformed request. */
export class EngineState {
  private readonly kept = new Map<string, Kept>();

  /** How many documents it keeps a linter for. */
  get documents(): number {
    return this.kept.size;
  }

  answer<K extends EngineRequest['kind']>(request: EngineRequest & { kind: K }): EngineReplies[K];
  answer(request: EngineRequest): EngineReplies[keyof EngineReplies] {
    switch (request.kind) {
      case 'lint':
        return this.lint(this.keep(request.key), request.text, request.options);
      case 'summary': {
        const read = request.key === undefined
          ? readJournal(request.text, request.options)
          : this.readKept(request.key, request.text, request.options);
        return summarize(read.journal, read.context, request.dueSoonDays);
      }
      case 'goal':
        return goalAt(this.readKept(request.key, request.text, request.options), request.line);
      case 'forget':
        this.kept.delete(request.key);
        return null;
      default:
        throw new Error(`unknown request ${JSON.stringify((request as { kind?: unknown }).kind)}`);
    }
  }

  private keep(key: string): Kept {
    let kept = this.kept.get(key);
    if (!kept) this.kept.set(key, (kept = { linter: new JournalLinter() }));
    return kept;
  }

  private lint(kept: Kept, text: string, options: LintOptions) {
    const findings = kept.linter.lint(text, options);
    kept.text = text;
    delete kept.read;
    return findings;
  }

  /** The model of `text` from the document's kept parse, brought up to date first if the text changed. */
  private readKept(key: string, text: string, options: LintOptions): ReadResult {
    const kept = this.keep(key);
    if (kept.text !== text) this.lint(kept, text, options);
    return this.read(kept, options);
  }

  /** The model of the kept text, read once per text and options. */
  private read(kept: Kept, options: ReadOptions): ReadResult {
    const key = JSON.stringify([options.today, options.dateOrder ?? 'mdy', options.fileName ?? '']);
    if (kept.read?.options !== key) kept.read = { options: key, result: kept.linter.read(options) };
    return kept.read.result;
  }
}

function goalAt({ journal, context }: ReadResult, line: number): GoalAt | undefined {
  const goal = goalAtLine(journal, context, line);
  if (!goal) return undefined;
  return {
    goal,
    first: context.lines.positionAt(goal.offset),
    last: context.lines.positionAt(goal.lineEnd),
    today: context.today,
    expand: canExpand(goal) ? expandGoal(goal, context) : null,
  };
}
