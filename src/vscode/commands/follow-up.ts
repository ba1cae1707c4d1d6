/** "Draft Follow-up Email" and "Copy Agenda": the conversation's before and after, from the open journal. */
import * as vscode from 'vscode';
import type { readJournal } from '../../core/read.js';
import { core } from '../core.js';
import { readSettings } from '../config.js';
import type { FeatureContext } from '../extension.js';
import { today } from '../workspace-paths.js';

/** Registers the follow-up and agenda commands. */
export function registerFollowUp({ extension, log }: FeatureContext): void {
  extension.subscriptions.push(
    vscode.commands.registerCommand('careerJournal.draftFollowUp', () => guarded(log, draftFollowUp)),
    vscode.commands.registerCommand('careerJournal.copyAgenda', () => guarded(log, copyAgenda)),
  );
}

/** Opens the follow-up email as a new untitled document, with a mailto: link to send it. */
async function draftFollowUp(): Promise<vscode.Uri | undefined> {
  const read = currentJournal();
  if (!read) return undefined;
  const mail = core().followUpEmail(read);
  const text = `Subject: ${mail.subject}\n\n${mail.body}`;
  const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
  await vscode.window.showTextDocument(document, { preview: false });
  const send = 'Open in Mail App';
  void vscode.window.showInformationMessage('Follow-up email drafted: edit it, then send it from your mail app.', send).then((choice) => {
    if (choice === send) void vscode.env.openExternal(vscode.Uri.parse(core().mailtoLink(mail), true));
  });
  return document.uri;
}

/** Puts the agenda on the clipboard, to share before the meeting. */
async function copyAgenda(): Promise<string | undefined> {
  const read = currentJournal();
  if (!read) return undefined;
  const text = core().agendaText(read);
  await vscode.env.clipboard.writeText(text);
  const items = text.split('\n').filter((line) => line.startsWith('- ')).length;
  void vscode.window.showInformationMessage(`Agenda copied (${items} item${items === 1 ? '' : 's'}): paste it into a message to your manager.`);
  return text;
}

function currentJournal(): ReturnType<typeof readJournal> | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showWarningMessage('Open a career journal (a Markdown file) first.');
    return undefined;
  }
  const settings = readSettings(document.uri);
  return core().readJournal(document.getText(), { today: today(), dateOrder: settings.dateOrder, fileName: document.fileName });
}

async function guarded<T>(log: vscode.LogOutputChannel, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    log.error('Career Journal command failed:', error);
    void vscode.window.showErrorMessage(`Career Journal: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
