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
    if (offset === 0 && /^\uFEFF?---[ \t]*$/.test(line)) scan.openFrontMatter();
    else if (offset === from && from > 0) {
      // The heading a resumed scan starts at: a chunk start's line is never scanned.
    } else if (scan.quiet() && previousBlank && offset - (starts[starts.length - 1] as number) >= minSize && /^#{1,6}(?:[ \t]|$)/.test(line)) {
      starts.push(offset);
      if (stop?.(offset)) return starts;
    } else scan.line(line);
    previousBlank = line.trim() === '';
    offset = end;
  }
  return starts;
}

const FENCE_OPEN = /^([ \t>*+\-\d.)]*?)(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^([ \t>]*)(`{3,}|~{3,})[ \t]*$/;

/** Tracks whether a line is inside something a heading cannot interrupt. */
class Scanner {
  /** An open fence; `nested` when it opened inside a list item or quote. */
  private fence: { readonly char: string; readonly length: number; readonly indent: number; readonly nested: boolean } | null = null;
  private htmlEnd: string | null = null;
  private inFrontMatter = false;

  /** True when a heading line here would start a new block at the top level. */
  quiet(): boolean {
    return this.fence === null && this.htmlEnd === null && !this.inFrontMatter;
  }

  openFrontMatter(): void {
    this.inFrontMatter = true;
  }

  line(line: string): void {
    if (this.inFrontMatter) this.inFrontMatter = !/^(?:---|\.\.\.)[ \t]*$/.test(line);
    else if (this.fence) this.closeFence(line);
    else if (this.htmlEnd !== null) this.closeHtml(line);
    else if (!this.openFence(line)) this.openHtml(line);
  }

  private openFence(line: string): boolean {
    const fence = FENCE_OPEN.exec(line);
    if (!fence || (fence[2]?.startsWith('`') && (fence[3] ?? '').includes('`'))) return false;
    const prefix = fence[1] ?? '';
    this.fence = { char: fence[2]?.[0] ?? '`', length: fence[2]?.length ?? 3, indent: prefix.length, nested: /[^ ]/.test(prefix) };
    return true;
  }

  private closeFence(line: string): void {
    const fence = this.fence;
    const close = FENCE_CLOSE.exec(line);
    if (!fence || !close || close[2]?.[0] !== fence.char || (close[2]?.length ?? 0) < fence.length) return;
    const prefix = close[1] ?? '';
    if (fence.nested || (!/[^ ]/.test(prefix) && prefix.length <= fence.indent + 3)) this.fence = null;
  }

  private openHtml(line: string): void {
    const comment = line.lastIndexOf('<!--');
    if (comment >= 0 && line.indexOf('-->', comment + 4) < 0) { this.htmlEnd = '-->'; return; }
    const raw = /<(script|pre|style|textarea)\b/i.exec(line);
    if (raw && !line.slice(raw.index).toLowerCase().includes(`</${(raw[1] ?? '').toLowerCase()}>`)) this.htmlEnd = `</${(raw[1] ?? '').toLowerCase()}>`;
    else if (line.includes('<?') && !line.slice(line.indexOf('<?')).includes('?>')) this.htmlEnd = '?>';
    else if (line.includes('<![CDATA[') && !line.includes(']]>')) this.htmlEnd = ']]>';
  }

  private closeHtml(line: string): void {
    const end = this.htmlEnd ?? '';
    const at = line.toLowerCase().indexOf(end);
    if (at < 0) return;
    this.htmlEnd = null;
    this.openHtml(line.slice(at + end.length));
  }
}
