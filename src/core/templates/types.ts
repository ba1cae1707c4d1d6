/** The value types of the journal templates: ids, variables and carried-over items. */
import type { IsoDate } from '../types.js';

/** The built-in templates. */
export type TemplateId = 'worksheet' | 'conversation' | 'star-log' | 'follow-up';

/** A template as a quick pick shows it. */
export interface TemplateInfo {
  id: TemplateId;
  label: string;
  description: string;
  detail?: string;
}

/** An open goal or unchecked action item of an earlier journal, to raise again. */
export interface CarryOver {
  /** Plain text, as the earlier journal says it. */
  title: string;
  kind: 'goal' | 'action';
  /**
   * Path of the earlier journal relative to the folder the new journal goes in, with `/`:
   * just its file name when both live in the same journal folder (the usual case).
   */
  source: string;
  /** 1-based line of the goal or item in the earlier journal. */
  line: number;
  /** `YYYY-MM-DD`, when the goal or item states one. */
  deadline?: string;
}

/** What a template is filled with. */
export interface TemplateVars {
  /** The conversation date, `YYYY-MM-DD`. */
  date: IsoDate;
  /** The manager's name; may be empty. */
  manager: string;
  /** The journal's title; empty takes the template's default title. */
  title: string;
  /** Items to raise again, listed first in the conversation plan's agenda. */
  carryOver?: readonly CarryOver[] | undefined;
}

/** A rendered journal and where the cursor should land in it. */
export interface Rendered {
  text: string;
  /** Offset of the first blank the user should fill. */
  cursor: number;
}
