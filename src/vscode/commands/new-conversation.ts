/**
 * "New Career Conversation": scaffolds a journal from a template into the journal folder,
 * carrying over the open goals and action items of the latest earlier journal. Never
 * overwrites: a taken name gets `-2`, `-3`…
 */
import * as vscode from 'vscode';
import type { Rendered, TemplateId, TemplateVars } from '../../core/templates/index.js';
import { core } from '../core.js';
import { folderSetting, readSettings } from '../config.js';
import type { FeatureContext } from '../extension.js';
import type { JournalIndex } from '../journal-index.js';
import { linkOnTheWay, today } from '../workspace-paths.js';
import { pickConversation, type ConversationChoice } from './new-conversation-prompts.js';

/** What the command can be given instead of asking (tests, other commands, links). */
export interface NewConversationArgs {
  readonly template?: TemplateId | string;
  readonly manager?: string;
  readonly date?: string;
  readonly title?: string;
  /** The workspace folder to create it in (multi-root). */
  readonly folder?: vscode.Uri;
}

/** Registers the command. */
export function registerNewConversation({ extension, log, index }: FeatureContext): void {
  extension.subscriptions.push(vscode.commands.registerCommand('careerJournal.newConversation', async (args?: NewConversationArgs) => {
    try {
      return await newConversation(index, args ?? {});
    } catch (error) {
      log.error('New Career Conversation failed:', error);
      void vscode.window.showErrorMessage(`Career Journal: could not create the journal: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }), vscode.workspace.onDidGrantWorkspaceTrust(() => {
    // Nothing is cached: the next New Career Conversation reads the settings with trust.
    log.info('Workspace trusted: folder settings that lead outside it are used from now on.');
  }));
}

async function newConversation(index: JournalIndex, args: NewConversationArgs): Promise<vscode.Uri | undefined> {
  const templates = await customTemplates();
  if (templates.refused.length) warnRefused(templates.refused);
  const choice = await pickConversation(args, templates.uris, await lastManager(index));
  if (!choice) return undefined;
  const folder = args.folder ?? (await pickFolder());
  const dir = folder && (await journalFolder(folder));
  const vars: TemplateVars = { date: choice.date, manager: choice.manager, title: choice.title, carryOver: folder && dir ? await carryOver(index, folder, dir, choice.date) : [] };
  const rendered = await render(choice, vars);
  if (!dir) return openUntitled(rendered);
  const target = await freeUri(dir, core().journalFileName(choice.date, rendered.title));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(rendered.text));
  const editor = await vscode.window.showTextDocument(target, { preview: false });
  const cursor = editor.document.positionAt(rendered.cursor);
  editor.selection = new vscode.Selection(cursor, cursor);
  editor.revealRange(new vscode.Range(cursor, cursor), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return target;
}

async function render(choice: ConversationChoice, vars: TemplateVars): Promise<Rendered & { title: string }> {
  const rendered = choice.custom
    ? core().renderCustomTemplate(new TextDecoder().decode(await vscode.workspace.fs.readFile(choice.custom)), vars)
    : core().renderTemplate(choice.template as TemplateId, vars);
  return { ...rendered, title: vars.title || titleOf(rendered.text) || 'career-conversation' };
}

function titleOf(text: string): string {
  return /^title:\s*(.+)$/m.exec(text)?.[1]?.replace(/^["']|["']$/g, '') ?? '';
}

/**
 * The journal folder (`careerJournal.folder`, workspace-relative: a leading `/` is the folder's
 * root) of a workspace folder. Throws when Restricted Mode refuses it (it leads outside).
 */
async function journalFolder(folder: vscode.Uri): Promise<vscode.Uri> {
  if (!vscode.workspace.isTrusted && !vscode.workspace.getWorkspaceFolder(folder)) {
    throw new Error(`${folder.toString(true)} is not a folder of this workspace, which is not trusted: in Restricted Mode new journals go only into the workspace`);
  }
  const setting = await folderSetting('folder', readSettings(folder).selection.folder.replace(/^\.?\/+/, ''), folder);
  if (setting && 'refused' in setting) throw new Error(setting.refused);
  return setting?.uri ?? folder;
}

/** A file name in `dir` that does not exist yet. */
async function freeUri(dir: vscode.Uri, name: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(dir);
  const existing = new Set((await vscode.workspace.fs.readDirectory(dir)).map(([entry]) => entry));
  const free = core().uniqueFileName(name, existing);
  if (free !== name) void vscode.window.showInformationMessage(`${name} already exists, so the new journal is ${free}.`);
  return vscode.Uri.joinPath(dir, free);
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0]?.uri;
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which workspace folder gets the new journal?' });
  return picked?.uri;
}

async function openUntitled(rendered: Rendered): Promise<vscode.Uri> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: rendered.text });
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const cursor = document.positionAt(rendered.cursor);
  editor.selection = new vscode.Selection(cursor, cursor);
  void vscode.window.showInformationMessage('No folder is open: the journal opened unsaved. Save it where you keep your career notes.');
  return document.uri;
}

/**
 * The open goals and action items of the latest journal dated before `date`: journals of the
 * index in this workspace folder, and dated files in the journal folder (just written ones too).
 */
async function carryOver(index: JournalIndex, folder: vscode.Uri, dir: vscode.Uri, date: string): Promise<TemplateVars['carryOver']> {
  await index.ready();
  const candidates = new Map<string, { uri: vscode.Uri; date: string }>();
  for (const entry of index.all()) {
    if (entry.summary.date && vscode.workspace.getWorkspaceFolder(entry.uri)?.uri.toString() === folder.toString()) candidates.set(entry.uri.toString(), { uri: entry.uri, date: entry.summary.date });
  }
  for (const [name] of await listFiles(dir)) {
    const named = core().dateInFileName(name);
    const uri = vscode.Uri.joinPath(dir, name);
    if (named && /\.md$/i.test(name) && !candidates.has(uri.toString())) candidates.set(uri.toString(), { uri, date: named });
  }
  const earlier = await firstReadable(folder, [...candidates.values()].filter((c) => c.date < date).sort((a, b) => b.date.localeCompare(a.date)));
  if (!earlier) return [];
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(earlier.uri));
  const base = dir.path.replace(/\/?$/, '/');
  const source = earlier.uri.path.startsWith(base) ? earlier.uri.path.slice(base.length) : vscode.workspace.asRelativePath(earlier.uri);
  return core().carryOverFrom(text, source, today(), { dateOrder: readSettings(earlier.uri).dateOrder });
}

/** The first candidate this workspace may read: in Restricted Mode, none reached through a symbolic link. */
async function firstReadable<T extends { readonly uri: vscode.Uri }>(folder: vscode.Uri, candidates: readonly T[]): Promise<T | undefined> {
  if (vscode.workspace.isTrusted) return candidates[0];
  for (const candidate of candidates) if (!(await linkOnTheWay(folder, candidate.uri))) return candidate;
  return undefined;
}

async function listFiles(dir: vscode.Uri): Promise<[string, vscode.FileType][]> {
  try {
    return await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return [];
  }
}

async function lastManager(index: JournalIndex): Promise<string> {
  await index.ready();
  return index.all().map((entry) => entry.summary).filter((s) => s.manager).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0]?.manager ?? '';
}

/**
 * Markdown files in the `careerJournal.templatesFolder` of each workspace folder (relative to
 * it, or absolute), and why a folder was not read: in Restricted Mode one that leads outside
 * the workspace folder is refused, and a linked template file is skipped. Templates are text,
 * never run: `{{var}}` and `$CURSOR` are filled in, nothing else.
 */
async function customTemplates(): Promise<{ uris: vscode.Uri[]; refused: string[] }> {
  const uris: vscode.Uri[] = [];
  const refused: string[] = [];
  const plainFilesOnly = !vscode.workspace.isTrusted;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const value = vscode.workspace.getConfiguration('careerJournal', folder.uri).get<unknown>('templatesFolder');
    const setting = typeof value === 'string' ? await folderSetting('templatesFolder', value, folder.uri) : undefined;
    if (!setting) continue;
    if ('refused' in setting) {
      refused.push(setting.refused);
      continue;
    }
    try {
      for (const [name, type] of await vscode.workspace.fs.readDirectory(setting.uri)) {
        const file = plainFilesOnly ? type === vscode.FileType.File : (type & vscode.FileType.File) !== 0;
        if (file && /\.md$/i.test(name)) uris.push(vscode.Uri.joinPath(setting.uri, name));
      }
    } catch {
      // a missing templates folder offers the built-ins only
    }
  }
  return { uris, refused };
}

/** Says which templates folders were not read (Restricted Mode), with a way to trust the workspace. */
function warnRefused(refused: readonly string[]): void {
  const manage = 'Manage Workspace Trust';
  void vscode.window.showWarningMessage(`Career Journal: your own templates are not offered: ${refused.join('; ')}`, manage).then((choice) => {
    if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage');
  });
}
