/** Writes a new labelled line (`- **Measurable:** `) in the style of the lines around it. */

/** The style of the block a line is added to. */
export interface LineStyle {
  readonly indent: string;
  readonly bullet: string;
  readonly bold?: boolean;
}

/** A new line (with its leading line break) holding a label and a cursor stop. */
export function labelledLine(style: LineStyle, label: string, placeholder = '$1'): string {
  const name = style.bold === false ? `${label}:` : `**${label}:**`;
  return `\n${style.indent}${style.bullet}${name} ${placeholder}`;
}
