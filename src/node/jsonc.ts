/** JSON with comments and trailing commas, as VS Code writes `settings.json`. */

/**
 * Parses JSONC: `//` and `/* *\/` comments and trailing commas are removed (outside
 * strings), then the rest must be JSON.
 * @throws SyntaxError when the text is not valid JSONC.
 */
export function parseJsonc(text: string): unknown {
  return JSON.parse(withoutTrailingCommas(withoutComments(text.replace(/^\uFEFF/, ''))));
}

/** Replaces comments with spaces, leaving strings alone. */
function withoutComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = endOfString(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new SyntaxError('unterminated /* comment');
      out += ' ';
      i = end + 1;
    } else out += c;
  }
  return out;
}

/** Drops a comma that is followed only by white space and then `}` or `]`. */
function withoutTrailingCommas(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = endOfString(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (c !== ',' || !closesNext(text, i + 1)) out += c;
  }
  return out;
}

/** True when the next character after white space from `from` on is `}` or `]`. */
function closesNext(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return text[i] === '}' || text[i] === ']';
}

/** The index just after the string literal that starts at `start`. */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}
