/** Turning the command line's files and folders into the list of files to consider. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMarkdownPath } from '../core/journal-files.js';
import { explain } from './errors.js';

/** One file the CLI may lint. */
export interface Candidate {
  /** The path as the user sees it: as typed, or the folder as typed joined with the rest. */
  readonly shown: string;
  /** The path to open. */
  readonly absolute: string;
  /** Path from the workspace root with `/`, for the journal rule. */
  readonly relative: string;
  /** Named on the command line: linted whether or not it is a journal. */
  readonly named: boolean;
}

/** The files found, in a stable order, and the paths that could not be read. */
export interface Discovery {
  readonly candidates: readonly Candidate[];
  /** One message per path that does not exist or cannot be listed. */
  readonly problems: readonly string[];
}

/**
 * Expands files and folders, in command-line order; inside a folder, Markdown files in
 * name order, depth first, skipping `node_modules` and dot-folders. Symbolic links to
 * files are followed, links to folders are not (no loops). A file is listed once.
 */
export function discover(paths: readonly string[], root: string): Discovery {
  const candidates: Candidate[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (shown: string, named: boolean): void => {
    const absolute = path.resolve(root, shown);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    candidates.push({ shown, absolute, relative: path.relative(root, absolute).split(path.sep).join('/'), named });
  };
  for (const given of paths) {
    let stats: fs.Stats;
    try {
      stats = fs.statSync(path.resolve(root, given));
    } catch (error) {
      problems.push(`cannot read ${given}: ${explain(error)}`);
      continue;
    }
    if (!stats.isDirectory()) add(given, true);
    else walk(given, root, (file) => add(file, false), (dir, error) => problems.push(`cannot read ${dir}: ${explain(error)}`));
  }
  return { candidates, problems };
}

/** Visits the Markdown files under `folder` depth first in name order, without recursion. */
function walk(folder: string, root: string, onFile: (file: string) => void, onError: (dir: string, error: unknown) => void): void {
  const pending: { readonly shown: string; readonly isFolder: boolean }[] = [{ shown: folder, isFolder: true }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    if (!item.isFolder) {
      onFile(item.shown);
      continue;
    }
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.resolve(root, item.shown), { withFileTypes: true });
    } catch (error) {
      onError(item.shown, error);
      continue;
    }
    const children = entries
      .filter((entry) => isWanted(entry, path.resolve(root, item.shown, entry.name)))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((entry) => ({ shown: path.join(item.shown, entry.name), isFolder: entry.isDirectory() }));
    pending.push(...children.reverse());
  }
}

function isWanted(entry: fs.Dirent, absolute: string): boolean {
  if (entry.isDirectory()) return entry.name !== 'node_modules' && !entry.name.startsWith('.');
  if (!isMarkdownPath(entry.name)) return false;
  if (entry.isFile()) return true;
  try {
    return entry.isSymbolicLink() && fs.statSync(absolute).isFile();
  } catch {
    return false; // a dangling link is not a journal
  }
}
