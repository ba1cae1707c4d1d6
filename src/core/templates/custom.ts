/**
 * A user's own template: `{{date}}`, `{{manager}}`, `{{title}}`, `{{next}}`, `{{carryOver}}`
 * (or `${date}`, …) are filled in, each written the way its place needs — a YAML value in the
 * front matter, escaped Markdown in the body, comment-safe text inside `<!-- -->`, raw in code.
 */
import { agendaLine } from './carry-over.js';
import { assemble, CURSOR, fill, type Filled, type Piece } from './document.js';
import { blockMarkdown, commentText, inlineMarkdown, oneLine, yamlQuoted, yamlValue } from './inert.js';
import type { Rendered, TemplateVars } from './types.js';

const TOKEN = /\$CURSOR\b|\{\{\s*([\w-]+)\s*\}\}|\$\{\s*([\w-]+)\s*\}/g;
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

type Place = 'yaml-value' | 'yaml-double' | 'yaml-single' | 'yaml-plain' | 'comment' | 'code' | 'block' | 'inline';

/**
 * Renders a user's template. The cursor goes to the first `$CURSOR` (or `{{cursor}}`), which is
 * removed, else to the end. Variable names ignore case, `-` and `_`; unknown ones stay as written.
 * An empty title becomes "Career conversation". Throws a RangeError when `vars.date` is not a
 * real `YYYY-MM-DD` date.
 */
export function renderCustomTemplate(source: string, vars: TemplateVars): Rendered {
  const filled = fill(vars, (manager) => (manager ? `Career conversation with ${manager}` : 'Career conversation'));
  const frontEnd = FRONT_MATTER.exec(source)?.[0].length ?? 0;
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    const at = match.index ?? 0;
    const name = (match[1] ?? match[2] ?? 'cursor').toLowerCase().replace(/[-_]/g, '');
    const value = name === 'cursor' ? CURSOR : valueOf(name, filled, vars, placeAt(source, at, match[0].length, frontEnd));
    if (value === null) continue;
    pieces.push(source.slice(last, at), value);
    last = at + match[0].length;
  }
  pieces.push(source.slice(last));
  return assemble(pieces);
}

function valueOf(name: string, filled: Filled, vars: TemplateVars, place: Place): string | null {
  switch (name) {
    case 'date': return filled.date;
    case 'next': return filled.next;
    case 'title': return written(filled.title, place);
    case 'manager': return written(filled.manager, place);
    case 'carryover': {
      const lines = (vars.carryOver ?? []).map(agendaLine);
      return place === 'comment' ? lines.map(commentText).join('\n') : lines.join('\n');
    }
    default: return null;
  }
}

function written(text: string, place: Place): string {
  switch (place) {
    case 'yaml-value': return yamlValue(text);
    case 'yaml-double': return yamlQuoted(text);
    case 'yaml-single': return oneLine(text).replace(/'/g, "''");
    case 'yaml-plain': return oneLine(text).replace(/:(?=\s|$)/g, ' -').replace(/\s#/g, ' ');
    case 'comment': return commentText(text);
    case 'code': return oneLine(text);
    case 'block': return blockMarkdown(text);
    case 'inline': return inlineMarkdown(text);
  }
}

/** What kind of place a variable at `at` (of `length` characters) sits in. */
function placeAt(source: string, at: number, length: number, frontEnd: number): Place {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = source.indexOf('\n', at);
  const before = source.slice(lineStart, at);
  const after = source.slice(at + length, lineEnd < 0 ? source.length : lineEnd);
  if (at < frontEnd) return yamlPlace(before, after);
  if (source.lastIndexOf('<!--', at) > source.lastIndexOf('-->', at)) return 'comment';
  if (insideFence(source.slice(frontEnd, lineStart))) return 'code';
  return /^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?|>\s*)*$/.test(before) ? 'block' : 'inline';
}

function yamlPlace(before: string, after: string): Place {
  if (/^\s*[\w-]+\s*:\s*$/.test(before) && /^\s*(?:#.*)?\r?$/.test(after)) return 'yaml-value';
  const quote = /^[^"']*(?:"(?:[^"\\]|\\.)*"[^"']*|'(?:[^']|'')*'[^"']*)*(["'])/.exec(before)?.[1];
  if (quote === '"') return 'yaml-double';
  if (quote === "'") return 'yaml-single';
  return 'yaml-plain';
}

/** Whether text ends inside an open fenced code block. */
function insideFence(text: string): boolean {
  let open: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (!fence) continue;
    if (open === null) open = fence;
    else if (fence[0] === open[0] && fence.length >= open.length) open = null;
  }
  return open !== null;
}
