/**
 * Where a document sits in the workspace, and what day it is, as the core wants them; where a
 * folder setting leads; and edits that never land unseen in a read-only editor. Only URIs and
 * `vscode.workspace.fs`: documents may come from any file system (virtual workspaces, remotes).
 */
import { homedir } from 'node:os';
import * as vscode from 'vscode';

/** The path the journal rule is applied to: relative to the document's workspace folder, with `/`. */
export function relativePath(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return uri.path;
  return uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
}

/** A path to show a person: workspace-relative, prefixed by the folder's name in multi-root workspaces. */
export function displayPath(uri: vscode.Uri): string {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return uri.path.split('/').pop() ?? uri.path;
  return folders.length > 1 ? `${folder.name}/${relativePath(uri)}` : relativePath(uri);
}

/** Today in the user's time zone, as the contract's dates have none. */
export function today(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Where a folder setting leads, resolved against a workspace folder. */
export interface SettingPath {
  /** Undefined for `~` on a file system that is not the extension host's disk. */
  readonly uri: vscode.Uri | undefined;
  /** Leaves the workspace folder: an absolute path, `~`, or `..` climbing out of it. */
  readonly outside: boolean;
  readonly absolute: boolean;
}

/**
 * Resolves a folder setting's value (`careerJournal.folder`, `careerJournal.templatesFolder`)
 * against a workspace folder, on that folder's file system; undefined when empty. `\` counts
 * as `/`; `~/…` is the user's home on the extension host's disk.
 */
export function settingPath(folder: vscode.Uri, value: string): SettingPath | undefined {
  const path = value.trim().replace(/\\/g, '/').replace(/([^/:])\/+$/, '$1'); // no trailing `/`: not every file system takes one
  if (!path) return undefined;
  if (/^~(?:\/|$)/.test(path)) {
    const uri = folder.scheme === 'file' ? vscode.Uri.joinPath(vscode.Uri.file(homedir()), path.slice(1)) : undefined;
    return { uri, outside: true, absolute: true };
  }
  if (/^(?:\/|[A-Za-z]:\/)/.test(path)) {
    const uri = folder.scheme === 'file' ? vscode.Uri.file(path) : folder.with({ path: path.startsWith('/') ? path : `/${path}` });
    return { uri, outside: true, absolute: true };
  }
  const uri = vscode.Uri.joinPath(folder, path); // normalises `.` and `..`
  const base = folder.path.replace(/\/+$/, '');
  return { uri, outside: uri.path !== base && !uri.path.startsWith(`${base}/`), absolute: false };
}

/**
 * The first symbolic link on the way from a workspace folder down to `target` (target included),
 * or undefined: a link inside the workspace may lead anywhere. Stops at the first part that does
 * not exist yet, as nothing below it can be a link.
 */
export async function linkOnTheWay(folder: vscode.Uri, target: vscode.Uri): Promise<vscode.Uri | undefined> {
  const base = folder.path.replace(/\/+$/, '');
  if (!target.path.startsWith(`${base}/`)) return undefined;
  let at = folder;
  for (const part of target.path.slice(base.length + 1).split('/').filter(Boolean)) {
    at = vscode.Uri.joinPath(at, part);
    let type: vscode.FileType;
    try {
      type = (await vscode.workspace.fs.stat(at)).type;
    } catch {
      return undefined;
    }
    if (type & vscode.FileType.SymbolicLink) return at;
  }
  return undefined;
}

/**
 * Applies an edit of one document: one undoable step, never saved. VS Code applies an
 * extension's edit even in a read-only editor (a read-only file system, or
 * `files.readonlyFromPermissions` / `files.readonlyInclude`), where it cannot be saved and
 * vanishes on close without a word. So a read-only file system is refused up front, and an
 * edit that left the editor clean (read-only) is taken back; both throw an Error saying why.
 */
export async function applyToDocument(document: vscode.TextDocument, edit: vscode.WorkspaceEdit): Promise<void> {
  const name = displayPath(document.uri);
  if (vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) === false) {
    throw new Error(`${name} is on a read-only file system, so it was left as it is`);
  }
  const before = document.getText();
  const wasDirty = document.isDirty;
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`VS Code did not apply the edit to ${name}`);
  if (wasDirty || document.isDirty || document.isUntitled || document.getText() === before) return;
  const back = new vscode.WorkspaceEdit();
  back.replace(document.uri, new vscode.Range(new vscode.Position(0, 0), document.positionAt(document.getText().length)), before);
  await vscode.workspace.applyEdit(back);
  throw new Error(`${name} is open read-only, so it was left as it is`);
}
