/** The questions "New Career Conversation" asks: which template, whose conversation, when. */
import * as vscode from 'vscode';
import type { TemplateId } from '../../core/templates/index.js';
import { core } from '../core.js';
import type { IsoDate } from '../../core/types.js';
import { today } from '../workspace-paths.js';

/** What the user chose; `custom` is set for a template from the templates folder. */
export interface ConversationChoice {
  readonly template: TemplateId | string;
  readonly custom?: vscode.Uri;
  readonly manager: string;
  readonly date: IsoDate;
  readonly title: string;
}

/** Given answers, asks for the missing ones; undefined when the user cancels. */
export async function pickConversation(
  given: { readonly template?: string; readonly manager?: string; readonly date?: string; readonly title?: string },
  customs: readonly vscode.Uri[],
  defaultManager: string,
): Promise<ConversationChoice | undefined> {
  const template = given.template ? fromName(given.template, customs) : await pickTemplate(customs);
  if (!template) return undefined;
  const manager = given.manager ?? (await vscode.window.showInputBox({
    title: 'New Career Conversation (2/3)',
    prompt: "Your manager's name (leave empty to fill in later)",
    value: defaultManager,
    ignoreFocusOut: true,
  }));
  if (manager === undefined) return undefined;
  const date = given.date !== undefined ? core().toIsoDate(given.date) : await askDate();
  if (!date) {
    if (given.date !== undefined) throw new Error(`'${given.date}' is not a date; write it as YYYY-MM-DD`);
    return undefined;
  }
  return { ...template, manager: manager.trim(), date, title: given.title?.trim() ?? '' };
}

async function pickTemplate(customs: readonly vscode.Uri[]): Promise<Pick<ConversationChoice, 'template' | 'custom'> | undefined> {
  type Item = vscode.QuickPickItem & { id: string; uri?: vscode.Uri };
  const items: Item[] = [
    ...core().TEMPLATES.map((t) => ({ id: t.id, label: t.label, description: t.description, ...(t.detail ? { detail: t.detail } : {}) })),
    ...customs.map((uri) => ({ id: uri.path.split('/').pop() ?? '', label: uri.path.split('/').pop() ?? '', description: 'your template', uri })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'New Career Conversation (1/3)', placeHolder: 'Which part of the conversation are you preparing?', ignoreFocusOut: true });
  if (!picked) return undefined;
  return picked.uri ? { template: picked.id, custom: picked.uri } : { template: picked.id };
}

function fromName(name: string, customs: readonly vscode.Uri[]): Pick<ConversationChoice, 'template' | 'custom'> {
  if (core().TEMPLATES.some((t) => t.id === name)) return { template: name };
  const custom = customs.find((uri) => uri.path.split('/').pop() === name);
  if (!custom) throw new Error(`there is no template called '${name}'`);
  return { template: name, custom };
}

async function askDate(): Promise<IsoDate | undefined> {
  const answer = await vscode.window.showInputBox({
    title: 'New Career Conversation (3/3)',
    prompt: 'The date of the conversation (YYYY-MM-DD)',
    value: today(),
    ignoreFocusOut: true,
    validateInput: (value) => (core().toIsoDate(value.trim()) ? undefined : 'Write the date as YYYY-MM-DD, e.g. 2026-11-22'),
  });
  return answer === undefined ? undefined : core().toIsoDate(answer.trim()) ?? undefined;
}
