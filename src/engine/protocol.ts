/**
 * What the extension host and the engine worker say to each other. Plain data only: every
 * message is copied between threads (structured clone).
 */
import type { TextChange } from '../core/fixes/change.js';
import type { Goal } from '../core/journal.js';
import type { LintOptions } from '../core/lint.js';
import type { ReadOptions } from '../core/read.js';
import type { JournalSummary } from '../core/summary.js';
import type { Finding, IsoDate, Position } from '../core/types.js';

/** Lints a document's text with the document's own incremental linter (kept under `key`). */
export interface LintRequest {
  readonly kind: 'lint';
  readonly key: string;
  readonly text: string;
  readonly options: LintOptions;
}

/**
 * Summarises `text`: with `key`, from that document's kept parse (brought up to date
 * incrementally, so a document the diagnostics just linted is not parsed again); without, once.
 */
export interface SummaryRequest {
  readonly kind: 'summary';
  readonly key?: string;
  readonly text: string;
  readonly options: ReadOptions;
  readonly dueSoonDays: number;
}

/** The goal on a line of `text` (the document kept under `key`), for the hover and the quick fixes. */
export interface GoalRequest {
  readonly kind: 'goal';
  readonly key: string;
  readonly text: string;
  readonly line: number;
  readonly options: LintOptions;
}

/** A goal, where it is, and how to expand it into a SMART block (null: it cannot be). */
export interface GoalAt {
  readonly goal: Goal;
  readonly first: Position;
  readonly last: Position;
  readonly today: IsoDate;
  readonly expand: TextChange | null;
}

/** Drops what the worker keeps for `key` (the document closed). */
export interface ForgetRequest {
  readonly kind: 'forget';
  readonly key: string;
}

export type EngineRequest = LintRequest | SummaryRequest | GoalRequest | ForgetRequest;

/** What each request answers. */
export interface EngineReplies {
  readonly lint: Finding[];
  readonly summary: JournalSummary;
  readonly goal: GoalAt | undefined;
  readonly forget: null;
}

/** A request on its way to the worker. */
export type Envelope = EngineRequest & { readonly id: number };

/** The worker's answer to the request with the same `id`. */
export type Reply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string };
