/**
 * The messages between the extension host and the dashboard's webview, and the checks both
 * sides run on what they receive. Plain data only: no `vscode`, no DOM, so either side (and
 * the unit tests) can import it.
 */

/** The dashboard panel's view type (also its serializer's and its activation event's). */
export const DASHBOARD_VIEW_TYPE = 'careerJournal.dashboard';

/** Where a goal sits among the open goals: the dashboard marks overdue and due-soon goals. */
export type DeadlineGroup = 'overdue' | 'dueSoon' | 'open';

/** An open goal with a deadline, as the timeline shows it. */
export interface DashboardGoal {
  /** The journal's workspace-relative path: the key the webview sends back to reveal it. */
  readonly path: string;
  /** 0-based line of the goal in its journal. */
  readonly line: number;
  readonly title: string;
  /** The deadline, `YYYY-MM-DD`. */
  readonly date: string;
  /** The words the deadline was read from, e.g. `Q3 2027`. */
  readonly words: string;
  readonly group: DeadlineGroup;
}

/** One journal's goals, for the chart of goals over time. */
export interface DashboardJournal {
  readonly path: string;
  readonly title: string;
  /** The journal's date (front matter), `YYYY-MM-DD`, when it has one. */
  readonly date?: string;
  readonly goals: number;
  readonly done: number;
}

/** Everything the dashboard shows, computed by the host from the journal index. */
export interface DashboardData {
  /** The host's today, `YYYY-MM-DD`: the day the figures were computed for. */
  readonly today: string;
  readonly goals: number;
  readonly done: number;
  readonly dropped: number;
  readonly overdue: number;
  readonly dueSoon: number;
  /** Open goals with a measure and a deadline, of all open goals (0–1). */
  readonly smart: number;
  /** STAR stories with all four parts, of all stories (0–1). */
  readonly star: number;
  readonly stars: number;
  /** Open goals with a deadline, soonest first. */
  readonly upcoming: readonly DashboardGoal[];
  /** Every journal, oldest first (undated ones last). */
  readonly journals: readonly DashboardJournal[];
  /** The earliest next check-in on or after today, and the journal that names it. */
  readonly next?: { readonly date: string; readonly path: string; readonly title: string };
}

/** Host → webview: fresh figures (on open, on `ready`, after any journal changed). */
export interface ProgressMessage {
  readonly type: 'progress';
  readonly data: DashboardData;
}

/** Every message the host sends. */
export type HostMessage = ProgressMessage;

/** Webview → host: the page has loaded and wants figures. */
export interface ReadyMessage {
  readonly type: 'ready';
}

/** Webview → host: open a journal at a line (0 for the journal itself). */
export interface RevealMessage {
  readonly type: 'reveal';
  readonly path: string;
  readonly line: number;
}

/** Webview → host: the empty state's button, run "New Career Conversation". */
export interface NewConversationMessage {
  readonly type: 'newConversation';
}

/** Every message the webview sends. */
export type WebviewMessage = ReadyMessage | RevealMessage | NewConversationMessage;

/** The result of checking a message: the message, or why it was refused. */
export type Checked<T> = { readonly ok: true; readonly message: T } | { readonly ok: false; readonly reason: string };

const MAX_PATH = 1024;
const MAX_LINE = 10_000_000;

/**
 * Checks a message that claims to come from the webview. Only the known types with fields
 * of the right kind pass; whether the path is a journal is for the host to decide.
 */
export function checkWebviewMessage(value: unknown): Checked<WebviewMessage> {
  if (!isRecord(value)) return refuse('not an object');
  switch (value.type) {
    case 'ready':
      return { ok: true, message: { type: 'ready' } };
    case 'newConversation':
      return { ok: true, message: { type: 'newConversation' } };
    case 'reveal': {
      const { path, line } = value;
      if (typeof path !== 'string' || path.length === 0 || path.length > MAX_PATH) return refuse('reveal without a valid path');
      if (typeof line !== 'number' || !Number.isInteger(line) || line < 0 || line > MAX_LINE) return refuse('reveal without a valid line');
      return { ok: true, message: { type: 'reveal', path, line } };
    }
    default:
      return refuse(`unknown type ${JSON.stringify(String(value.type)).slice(0, 60)}`);
  }
}

/** Whether a message (or saved webview state) is figures from the host, in the expected shape. */
export function isProgressMessage(value: unknown): value is ProgressMessage {
  if (!isRecord(value) || value.type !== 'progress' || !isRecord(value.data)) return false;
  const data = value.data;
  return typeof data.today === 'string' && typeof data.goals === 'number' && Array.isArray(data.upcoming) && Array.isArray(data.journals);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(reason: string): Checked<never> {
  return { ok: false, reason };
}
