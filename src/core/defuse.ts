/**
 * Caps how deep lists and block quotes nest before parsing.
 *
 * Why: micromark re-checks every open container on every line, so a list nested a thousand
 * levels deep takes minutes. No journal nests that deep; beyond the cap a list marker or `>`
 * is replaced by a space of the same width, so offsets, lines and columns stay exact. The same
 * goes for list items opened on one line (`- - - … x`, which also overflows the stack of the
 * tree walkers), and for runs of `*` or `_` longer than {@link MAX_RUN}, which micromark pairs
 * into emphasis in quadratic time (10,000 of them took a minute).
 */

const MAX_INDENT = 64;
const MAX_QUOTES = 16;
const MAX_MARKERS = 16;
const MAX_RUN = 64;
const DEEP_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
/** The quote and list markers a line starts with. */
const MARKERS = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))+/;

/** The text with over-deep list markers and quote markers blanked out; same length. */
export function defuseNesting(text: string): string {
  if (!/^(?:[ \t]{64}|(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))){16})|[*_]{65}/m.test(text)) return text;
  return text.replace(/^[^\n]*/gm, defuseLine);
}

function defuseLine(line: string): string {
  let out = line;
  const quotes = /^(?:[ \t]*>)+/.exec(out);
  if (quotes && (quotes[0].match(/>/g)?.length ?? 0) > MAX_QUOTES) {
    let seen = 0;
    out = quotes[0].replace(/>/g, (q) => (++seen > MAX_QUOTES ? ' ' : q)) + out.slice(quotes[0].length);
  }
  const item = DEEP_ITEM.exec(out);
  if (item && width(item[1] ?? '') > MAX_INDENT) {
    out = (item[1] ?? '') + ' '.repeat(item[2]?.length ?? 0) + out.slice(item[0].length);
  }
  const markers = MARKERS.exec(out);
  if (markers) {
    let seen = 0;
    const capped = markers[0].replace(/>|[-*+]|\d{1,9}[.)]/g, (marker) => (++seen > MAX_MARKERS ? ' '.repeat(marker.length) : marker));
    out = capped + out.slice(markers[0].length);
  }
  return out.replace(/[*_]{65,}/g, (run) => run.slice(0, MAX_RUN) + ' '.repeat(run.length - MAX_RUN));
}

function width(indent: string): number {
  let columns = 0;
  for (const c of indent) columns = c === '\t' ? columns + 4 - (columns % 4) : columns + 1;
  return columns;
}
