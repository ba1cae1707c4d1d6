/**
 * Putting user text (titles, names, paths) into a journal so it stays text: it must not become
 * Markdown structure, HTML, a link, broken YAML or the end of an HTML comment.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const BREAKS = /[\p{Cc}\p{Zl}\p{Zp}\uFEFF]+/gu;

/** One line of text: control characters and line breaks become spaces, runs of space collapse. */
export function oneLine(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(BREAKS, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Text for inline Markdown (a heading, a list item's text): escapes what could start emphasis,
 * code, a link, HTML, an entity, strikethrough or a heading's closing `#`s, and nothing more, so
 * the source stays readable (`R&D`, `snake_case` and `C#` are left alone).
 */
export function inlineMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*[\]<~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/(^|\s)#/g, '$1\\#')
    .replace(/_/g, (underscore, at: number, all: string) =>
      /[\p{L}\p{N}]/u.test(all[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(all[at + 1] ?? '') ? underscore : '\\_');
}

/** Text that may start a line: also escapes what would make it a list item, quote or underline there. */
export function blockMarkdown(text: string): string {
  return inlineMarkdown(text).replace(/^(\d{1,9})([.)])/, '$1\\$2').replace(/^([-+=>|])/, '\\$1');
}

const PLAIN_YAML = /^\p{L}[\p{L}\p{M}\p{N} .,'’()&+\-–—!?/@]*$/u;
const YAML_KEYWORD = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/**
 * A YAML scalar for a front matter value: plain when it is unmistakably a string, else
 * double-quoted (a JSON string is a valid YAML double-quoted scalar). Empty stays empty.
 */
export function yamlValue(text: string): string {
  const value = oneLine(text);
  if (value === '' || (PLAIN_YAML.test(value) && !YAML_KEYWORD.test(value))) return value;
  return JSON.stringify(value);
}

/** The inside of a YAML double-quoted string (the quotes are already there). */
export function yamlQuoted(text: string): string {
  return JSON.stringify(oneLine(text)).slice(1, -1);
}

/** Text that cannot end the HTML comment it is put in. */
export function commentText(text: string): string {
  return oneLine(text).replace(/-{2,}/g, '-').replace(/^-?>/, '');
}

/** The text with every lone surrogate (half a character: no text, and a URIError to encodeURIComponent) as U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A relative path as a link destination: `/`-separated, each segment percent-encoded. */
export function linkTarget(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(wellFormed(segment)).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** The `@handle` an action item's owner is written with: the manager's first name, or `manager`. */
export function ownerHandle(manager: string): string {
  const first = oneLine(manager).normalize('NFC').split(' ')[0] ?? '';
  const handle = first.replace(/[^\p{L}\p{M}\p{N}._-]/gu, '').replace(/-{2,}/g, '-').replace(/^[._-]+|[._-]+$/g, '');
  return handle === '' ? 'manager' : handle;
}
