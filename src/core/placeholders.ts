/** Whether an answer is really there (contract: "Placeholders and answers"). */

const PLACEHOLDER = /^(?:tbd|tbc|todo|n\/?a|\.{2,}|…+|\?+|[-–—]+|<[^<>]*>)[.!:]?$/i;
const PLACEHOLDER_PREFIX = /^(?:TBD|TBC|TODO)\b/;

/**
 * True when a field, part or answer is missing: empty, or only placeholders such as
 * `TBD`, `TODO: ask Alex`, `N/A`, `...`, `?`, `-`, `<your answer>`. Takes plain text,
 * from which comments are already gone.
 */
export function isMissing(text: string): boolean {
  return text.split(/\r\n|\r|\n/).every((line) => {
    const answer = line.replace(/[*_`]/g, '').trim();
    return answer === '' || PLACEHOLDER.test(answer) || PLACEHOLDER_PREFIX.test(answer);
  });
}
