/** Which Markdown files are career journals (contract: "Which files are journals"). */

/** The settings that decide which files are journals. */
export interface JournalSelection {
  /** Workspace-relative folder whose Markdown files are journals (default `career/`). */
  readonly folder: string;
  /** Workspace-relative globs of further journals. */
  readonly include: readonly string[];
}

/** The defaults of `careerJournal.folder` and `careerJournal.include`. */
export const DEFAULT_SELECTION: JournalSelection = { folder: 'career/', include: [] };

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const TYPE_LINE = /^type[ \t]*:[ \t]*["']?career-journal["']?[ \t]*(?:#.*)?$/m;

/** True when the text's YAML front matter says `type: career-journal`. */
export function declaresJournal(text: string): boolean {
  const match = FRONT_MATTER.exec(text.slice(0, 64 * 1024));
  return match !== null && TYPE_LINE.test(match[1] ?? '');
}

/** True for a Markdown path by its extension. */
export function isMarkdownPath(relativePath: string): boolean {
  return /\.(md|markdown|mdown|mkd)$/i.test(relativePath);
}

/**
 * True when a Markdown file is a journal: its front matter says so, it lies under the
 * journal folder, or it matches an include glob. Paths are workspace-relative with `/`.
 */
export function isJournal(relativePath: string, text: string, selection: JournalSelection): boolean {
  const path = normalise(relativePath);
  if (declaresJournal(text)) return true;
  if (!isMarkdownPath(path)) return false;
  if (isUnderFolder(path, selection.folder)) return true;
  return selection.include.some((glob) => globToRegExp(glob).test(path));
}

/** True when a workspace-relative path lies under a workspace-relative folder. */
export function isUnderFolder(relativePath: string, folder: string): boolean {
  const dir = normalise(folder).replace(/\/+$/, '');
  if (dir === '' || dir === '.') return true;
  return normalise(relativePath).startsWith(dir + '/');
}

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** Compiles a glob (`**`, `*`, `?`, `{a,b}`, `[abc]`) to an anchored RegExp over `/` paths. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  const g = normalise(glob);
  for (let i = 0; i < g.length; i++) {
    const c = g[i] as string;
    if (c === '*') {
      if (g[i + 1] === '*') {
        const slash = g[i + 2] === '/';
        source += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else source += '[^/]*';
    } else if (c === '?') source += '[^/]';
    else if (c === '{') {
      const close = g.indexOf('}', i);
      if (close < 0) { source += '\\{'; continue; }
      source += '(?:' + g.slice(i + 1, close).split(',').map(escape).join('|') + ')';
      i = close;
    } else if (c === '[') {
      const close = g.indexOf(']', i);
      if (close < 0) { source += '\\['; continue; }
      source += '[' + g.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
      i = close;
    } else source += escape(c);
  }
  return new RegExp('^' + source + '$', 'i');
}

function escape(text: string): string {
  return text.replace(/[.+^$()|\\/]/g, '\\$&');
}
