/**
 * Cuts a Markdown text into independent chunks before top-level ATX headings.
 *
 * Why: micromark's cost grows faster than linearly with the size of one parse, so a journal
 * parsed chunk by chunk is parsed much faster, with the same tree. A cut is only made where
 * no construct can span it: before a `#` heading line at column 0 that follows a blank line,
 * outside front matter, fenced code and multi-line HTML blocks. Missing a possible cut only
 * costs speed; a wrong cut would change the tree, so every doubt means "do not cut".
 */

/**
 * Offsets where chunks start; always begins with 0. Chunks are at least `minSize` long
 * (when the text allows), since each parse has a fixed cost too.
 */
export function chunkStarts(text: string, minSize = 1024): number[] {
  return chunkStartsFrom(text, 0, minSize);
}

/**
 * Chunk starts from `from` on, where `from` is 0 or a chunk start that `chunkStarts(text, 1)`
 * gives: every chunk start is scanned from in the same state, so the scan can resume there
 * (incremental.ts re-scans only around an edit). Ends after the first start that `stop`
 * accepts, or at the end of the text.
 */
export function chunkStartsFrom(text: string, from: number, minSize = 1024, stop?: (start: number) => boolean): number[] {
  const starts = [from];
  const scan = new Scanner();
  let offset = from;
  let previousBlank = true;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline < 0 ? text.length : newline + 1;
    const line = text.slice(offset, end).replace(/\r?\n$/, '');
    // A lone `\r` ends a line for the parser too: each part is scanned, and no cut is made before them.
    // The parser skips a byte order mark that starts the text.
    const parts = (offset === 0 ? line.replace(/^\uFEFF/, '') : line).split('\r');
    if (offset === 0 && /^---[ \t]*$/.test(parts[0] as string)) {
      scan.openFrontMatter();
      for (const part of parts.slice(1)) scan.line(part);
    } else if (offset === from && from > 0) {
      // The heading a resumed scan starts at: a chunk start's line is never scanned.
    } else if (scan.quiet() && previousBlank && offset - (starts[starts.length - 1] as number) >= minSize && parts.length === 1 && /^#{1,6}(?:[ \t]|$)/.test(line)) {
      starts.push(offset);
      if (stop?.(offset)) return starts;
    } else for (const part of parts) scan.line(part);
    previousBlank = (parts[parts.length - 1] as string).trim() === '';
    offset = end;
  }
  return starts;
}

/**
 * A fence, after the markers of the quotes and list items it is in (a list marker is followed by a
 * space); its info string may hold any character (`.` would stop at U+2028, which ends no line).
 */
const FENCE_OPEN = /^((?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])[ \t]))*[ \t]*)(`{3,}|~{3,})([\s\S]*)$/;
const FENCE_CLOSE = /^([ \t>]*)(`{3,}|~{3,})[ \t]*$/;
const HTML_OPENER = String.raw`(<!--|<\?|<!\[CDATA\[|<![A-Za-z]|<(?:script|pre|style|textarea)(?=[ \t>]|$))`;
const HTML_START = new RegExp(String.raw`^ {0,3}${HTML_OPENER}`, 'i');
const CONTAINER_HTML_START = new RegExp(String.raw`^([ \t>*+\-\d.)]*?)${HTML_OPENER}`, 'i');
/** The start of an HTML block that ends at a blank line: a tag (of a block element, or alone on its line). */
const HTML_TO_BLANK = /^ {0,3}<\/?[A-Za-z]/;

/** An open fence: its character and length, and where its content lines start. */
interface Fence {
  readonly char: string;
  readonly length: number;
  /** Columns before the fence: its list item's content indent when `inList`. */
  readonly indent: number;
  /** Opened after a list marker (it ends with the list item). */
  readonly inList: boolean;
  /** Opened after a `>` (it ends with the quote). */
  readonly quoted: boolean;
}

/**
 * Tracks whether a line is inside something a heading cannot interrupt. It does not follow list
 * items: where the meaning of a line depends on whether one is open, it gives up (`lost`).
 */
class Scanner {
  private fence: Fence | null = null;
  private htmlEnd: string | null = null;
  /** HTML that ends at a blank line (`<div>`, or any tag alone on its line, unless it continues a paragraph). */
  private htmlToBlank = false;
  /** HTML ended by its marker, opened in a list item or quote: it lasts until the container ends. */
  private containerHtml = false;
  /** What follows cannot be told without knowing the list items: no more cuts. */
  private lost = false;
  private inFrontMatter = false;

  /** True when a heading line here would start a new block at the top level. */
  quiet(): boolean {
    return this.fence === null && this.htmlEnd === null && !this.htmlToBlank && !this.containerHtml && !this.inFrontMatter && !this.lost;
  }

  openFrontMatter(): void {
    this.inFrontMatter = true;
  }

  line(line: string): void {
    const blank = /^[ \t]*$/.test(line);
    // A line at column 0 outside a quote ends every list item and quote, and the HTML in them. (The
    // heading that ends it is not cut before: at the end of a chunk, the HTML would keep the blank lines.)
    if (this.containerHtml && /^[^ \t>]/.test(line)) this.containerHtml = false;
    if (!this.inFrontMatter && containerHtmlOpens(line)) this.containerHtml = true;
    // Only `---` closes it, as for the parser (remark-frontmatter); `...` does not.
    if (this.inFrontMatter) this.inFrontMatter = !/^---[ \t]*$/.test(line);
    else if (this.fence) this.inFence(this.fence, line, blank);
    else if (this.htmlEnd !== null) this.closeHtml(line);
    else if (this.htmlToBlank) {
      // A tag alone on a line after a paragraph is text, and a fence or HTML block may follow it.
      if (blank) this.htmlToBlank = false;
      else if (FENCE_OPEN.test(line) || HTML_START.test(line)) this.lost = true;
    } else this.open(line);
  }

  /** A line outside any fence or HTML: it may open one. */
  private open(line: string): void {
    if (this.openFence(line)) return;
    this.openHtml(line);
    if (this.htmlEnd === null && HTML_TO_BLANK.test(line)) this.htmlToBlank = true;
  }

  private openFence(line: string): boolean {
    const fence = FENCE_OPEN.exec(line);
    if (!fence || (fence[2]?.startsWith('`') && (fence[3] ?? '').includes('`'))) return false;
    const prefix = fence[1] ?? '';
    const inList = /[-*+\d]/.test(prefix);
    const quoted = prefix.includes('>');
    // Indented four columns (outside a container, or after a list marker), it is indented code or text.
    if (!inList && !quoted && columns(prefix) >= 4) return false;
    if (inList && columns(/[ \t]*$/.exec(prefix)?.[0] ?? '') > 4) return false;
    this.fence = { char: fence[2]?.[0] ?? '`', length: fence[2]?.length ?? 3, indent: columns(prefix), inList, quoted };
    return true;
  }

  /**
   * A line inside a fence. A fence in a quote ends with the quote (a line without `>`, or a blank
   * one); a fence in a list item ends with the item (a line indented less than its content). A
   * fence line closes the fence when indented less than four columns more than the fence's
   * content. Below a fence indented one to three spaces, a line indented less may be content (at
   * the top level) or end the list item the fence is in: the scanner is lost.
   */
  private inFence(fence: Fence, line: string, blank: boolean): void {
    const close = FENCE_CLOSE.exec(line);
    const closes = close !== null && close[2]?.[0] === fence.char && (close[2]?.length ?? 0) >= fence.length;
    if (fence.quoted) {
      if (blank || !/^[ \t]*>/.test(line)) {
        this.fence = null;
        if (!blank) this.open(line);
      } else if (closes && (close?.[1] ?? '').includes('>')) this.fence = null;
      return;
    }
    if (blank) return;
    const indent = columns(/^[ \t]*/.exec(line)?.[0] ?? '');
    if (indent < fence.indent) {
      if (fence.inList) {
        this.fence = null;
        this.open(line);
      } else this.lost = true;
      return;
    }
    if (!closes || (close?.[1] ?? '').includes('>')) return;
    if (fence.inList ? indent - fence.indent < 4 : indent < 4) this.fence = null;
    // Indented four columns or more: content at the top level, a closing fence in a list item.
    else if (!fence.inList && fence.indent > 0 && indent - fence.indent < 4) this.lost = true;
  }

  /**
   * An HTML block that only its end marker ends (a comment, `<script>`…, `<?`, `<!X`, CDATA) starts
   * a line, indented less than four columns. Elsewhere such HTML is inline, and ends with its
   * paragraph at a blank line, or it is in a list item or quote (see `containerHtml`).
   */
  private openHtml(line: string): void {
    const start = HTML_START.exec(line);
    const end = start ? htmlEnd(start[1] ?? '') : '';
    if (start && !line.slice(start[0].length).toLowerCase().includes(end)) this.htmlEnd = end;
  }

  private closeHtml(line: string): void {
    if (line.toLowerCase().includes(this.htmlEnd ?? '')) this.htmlEnd = null;
  }
}

/** The end marker of an HTML block that starts with `opener`. */
function htmlEnd(opener: string): string {
  const open = opener.toLowerCase();
  return open === '<!--' ? '-->' : open === '<?' ? '?>' : open === '<![cdata[' ? ']]>' : open.startsWith('<!') ? '>' : `</${open.slice(1)}>`;
}

/** True when the line opens such an HTML block after a list marker or `>` (or indented), and does not end it. */
function containerHtmlOpens(line: string): boolean {
  const start = CONTAINER_HTML_START.exec(line);
  return start !== null && !/^ {0,3}$/.test(start[1] ?? '') && !line.slice(start[0].length).toLowerCase().includes(htmlEnd(start[2] ?? ''));
}

/** The width of a line's indentation, tabs to the next multiple of four. */
function columns(indent: string): number {
  let width = 0;
  for (const c of indent) width = c === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}
