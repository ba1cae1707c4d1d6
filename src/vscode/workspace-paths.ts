/** Where a document sits in the workspace, and what day it is, as the core wants them. */
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
