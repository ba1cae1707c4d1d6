/**
 * The status bar item for the journal in the active editor: `$(checklist) 3 open · 1 overdue ·
 * check-in in 12 days`, or why the journal is not checked (`$(circle-slash) Journal not
 * checked: 6.2 MB`). Hidden for any other editor; a click shows the Goals view (or the setting).
 */
import * as vscode from 'vscode';
import type { JournalSummary } from '../core/summary.js';
import type { IsoDate } from '../core/types.js';
import type { CheckNote, CheckNotes } from './check-notes.js';
import { readSettings } from './config.js';
import type { FeatureContext } from './extension.js';
import { daysBetween, inDays } from './goal-tree-items.js';
import type { JournalIndex } from './journal-index.js';
import { today } from './workspace-paths.js';

/** What the item shows. */
export interface StatusContent {
  readonly text: string;
  readonly tooltip: string;
  /** The setting a click opens, when the item shows a note. */
  readonly setting?: string;
}

const SHOW_GOALS = { command: 'workbench.view.extension.careerJournal', title: 'Show the Career Journal goals' };

/** Registers the status bar item. */
export function registerStatusBar({ extension, log, index, notes }: FeatureContext): JournalStatusBar {
  const item = vscode.window.createStatusBarItem('careerJournal.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Career Journal';
  item.command = SHOW_GOALS;
  const bar = new JournalStatusBar(item, index, log, notes);
  extension.subscriptions.push(item, bar);
  return bar;
}

/** Keeps a status bar item in step with the active editor and the journal index. */
export class JournalStatusBar implements vscode.Disposable {
  private readonly updated = new vscode.EventEmitter<StatusContent | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.updated];
  private content: StatusContent | undefined;

  /** Fires after each update with what is shown (undefined: hidden). */
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly item: vscode.StatusBarItem,
    private readonly index: JournalIndex,
    private readonly log: vscode.LogOutputChannel,
    private readonly notes?: CheckNotes,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      index.onDidChange(() => this.update()),
    );
    if (notes) this.disposables.push(notes.onDidChange(() => this.update()));
    this.update();
  }

  /** What the item shows now; undefined while hidden. */
  get shown(): StatusContent | undefined {
    return this.content;
  }

  /** Shows the active editor's journal, or hides the item; starts the index the first time a Markdown file is active. */
  update(): void {
    try {
      const document = vscode.window.activeTextEditor?.document;
      const entry = document && this.index.get(document.uri);
      if (!entry && document?.languageId === 'markdown') {
        this.index.ready().catch((error: unknown) => this.log.error('Could not index the journals:', error));
      }
      const note = document && this.notes?.get(document.uri);
      this.content = note ? noteContent(note)
        : entry ? statusContent(entry.summary, entry.path, today(), readSettings(entry.uri).dueSoonDays) : undefined;
      if (this.content) {
        this.item.command = this.content.setting
          ? { command: 'workbench.action.openSettings', title: 'Open the setting', arguments: [this.content.setting] }
          : SHOW_GOALS;
        this.item.text = this.content.text;
        this.item.tooltip = this.content.tooltip;
        this.item.accessibilityInformation = { label: this.content.tooltip };
        this.item.show();
      } else {
        this.item.hide();
      }
      this.updated.fire(this.content);
    } catch (error) {
      this.log.error('Could not update the status bar:', error);
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** The item's text and tooltip for a journal that is not checked. */
export function noteContent(note: CheckNote): StatusContent {
  return {
    text: `$(circle-slash) ${note.short}`,
    tooltip: note.setting ? `${note.detail}\nClick to open the setting.` : note.detail,
    ...(note.setting ? { setting: note.setting } : {}),
  };
}

/** The item's text and tooltip for one journal; parts that are zero or absent are left out. */
export function statusContent(summary: JournalSummary, path: string, day: IsoDate, dueSoonDays: number): StatusContent {
  const count = (...groups: string[]) => summary.goals.filter((goal) => groups.includes(goal.group)).length;
  const open = count('overdue', 'dueSoon', 'open');
  const overdue = count('overdue');
  const dueSoon = count('dueSoon');
  const done = count('done');
  const days = summary.next && summary.next >= day ? daysBetween(day, summary.next) : undefined;
  const parts = [
    open ? `${open} open` : '',
    overdue ? `${overdue} overdue` : '',
    days === undefined ? '' : `check-in ${inDays(days)}`,
  ].filter(Boolean);
  const text = `$(checklist) ${parts.length ? parts.join(' · ') : 'no open goals'}`;
  const details = [
    `${open} open ${open === 1 ? 'goal' : 'goals'}`,
    overdue ? `${overdue} past ${overdue === 1 ? 'its' : 'their'} deadline` : '',
    dueSoon ? `${dueSoon} due within ${dueSoonDays} days` : '',
    done ? `${done} done` : '',
  ].filter(Boolean);
  const tooltip = [
    `Career journal ${path}: ${details.join(', ')}.`,
    days === undefined ? '' : `Next check-in ${summary.next} (${inDays(days)}).`,
    'Click to show all goals.',
  ].filter(Boolean).join('\n');
  return { text, tooltip };
}
