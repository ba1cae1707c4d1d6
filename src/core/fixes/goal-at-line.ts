/** Which goal a line of a journal belongs to: its heading, or its list item's first paragraph. */
import type { Context } from '../context.js';
import type { Goal, Journal } from '../journal.js';

/** The goal whose heading or item text covers `line` (0-based), if any. */
export function goalAtLine(journal: Journal, ctx: Context, line: number): Goal | undefined {
  return journal.goals.find((goal) => {
    const first = ctx.lines.positionAt(goal.offset).line;
    const last = ctx.lines.positionAt(goal.lineEnd).line;
    return line >= first && line <= last;
  });
}
