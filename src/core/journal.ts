/** The journal model: what the engine understood of a journal, for rules, tree and dashboard. */
import type { Deadline } from './dates.js';
import type { Measure } from './measures.js';
import type { IsoDate } from './types.js';

/** The SMART fields a goal can carry, plus its status. */
export type SmartField = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound' | 'status';

/** The four parts of a STAR story. */
export type StarPart = 'situation' | 'task' | 'action' | 'result';

/** A goal's state; `in progress` and `not started` count as open. */
export type GoalStatus = 'open' | 'in progress' | 'not started' | 'done' | 'dropped';

/** A labelled field or part: its text, and whether it holds a real answer. */
export interface LabelledText {
  readonly text: string;
  readonly missing: boolean;
  /** Offset of the line that holds the label. */
  readonly offset: number;
}

/** Where a goal's deadline came from. */
export type DeadlineSource = 'field' | 'text' | 'heading';

/** A goal as the engine read it. */
export interface Goal {
  readonly form: 'heading' | 'item';
  /** The goal in the user's words (heading text without `Goal:`, or the item's text). */
  readonly title: string;
  /** Offset where the goal's heading or list item starts. */
  readonly offset: number;
  readonly fields: Partial<Record<SmartField, LabelledText>>;
  readonly status: GoalStatus;
  /** The date relative deadlines were resolved from. */
  readonly reference: IsoDate;
  readonly deadline: (Deadline & { readonly source: DeadlineSource }) | null;
  /** The measure's words; `field` when the Measurable field answers it. */
  readonly measure: (Measure & { readonly source: 'field' | 'text' }) | null;
  /** Where a new field line goes and how it is indented. */
  readonly fieldInsert: { readonly offset: number; readonly indent: string; readonly bullet: string };
  /** Where the goal's first line ends (to append ` by <date>`). */
  readonly lineEnd: number;
}

/** A STAR story as the engine read it. */
export interface StarEntry {
  readonly form: 'heading' | 'item';
  readonly title: string;
  readonly offset: number;
  readonly parts: Partial<Record<StarPart, LabelledText>>;
  /** Where a missing part's line goes, and the style of the existing parts. */
  readonly partInsert: { readonly offset: number; readonly indent: string; readonly bullet: string; readonly bold: boolean };
}

/** The preparation worksheet's questions. */
export type WorksheetQuestion =
  | 'mission' | 'values' | 'motivators' | 'shortTerm' | 'longTerm' | 'strengths' | 'development' | 'actionPlan';

/** A worksheet question found as a heading, with whether it is answered. */
export interface WorksheetAnswer {
  readonly question: WorksheetQuestion;
  readonly heading: string;
  readonly offset: number;
  readonly missing: boolean;
  /** For `values`: the values listed. */
  readonly values?: readonly string[];
}

/** Front matter fields the product uses. */
export interface FrontMatter {
  readonly type?: string;
  readonly title?: string;
  readonly date?: IsoDate;
  readonly manager?: string;
  readonly next?: IsoDate;
  /** Set when the YAML could not be read. */
  readonly error?: { readonly message: string; readonly offset: number };
}

/** Everything the engine understood of one journal. */
export interface Journal {
  readonly frontMatter: FrontMatter;
  readonly goals: readonly Goal[];
  readonly stars: readonly StarEntry[];
  readonly worksheet: readonly WorksheetAnswer[];
}

/** True for statuses that still need work. */
export function isOpen(status: GoalStatus): boolean {
  return status !== 'done' && status !== 'dropped';
}
