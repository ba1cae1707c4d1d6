/** Turns string offsets into line/column positions, the way editors count them. */
import type { Position, Range } from './types.js';

/** Offsets of line starts in a text; `\r\n`, `\n` and `\r` all end a line. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** The number of lines. */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The position of a string offset (clamped into the text). */
  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low, column: at - (this.starts[low] as number) };
  }

  /** The offset where a line starts. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] as number;
  }

  /** The offset where a line ends, before its line break. */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next - 1;
    if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The range from an offset to the end of its line: how findings point at a heading or item. */
  lineRangeFrom(offset: number): Range {
    const start = this.positionAt(offset);
    const end = this.positionAt(this.lineEnd(start.line));
    return { start, end };
  }

  /** An empty range at an offset, where a fix inserts text. */
  pointAt(offset: number): Range {
    const p = this.positionAt(offset);
    return { start: p, end: p };
  }
}
