/** `front-matter-invalid`: the YAML front matter cannot be read, so its date and title are ignored. */
import type { Rule } from './rule.js';

export const frontMatterInvalid: Rule = {
  code: 'front-matter-invalid',
  severity: 'information',
  description: 'The YAML front matter cannot be read; its date, title and manager are ignored.',
  check: (journal) => {
    const error = journal.frontMatter.error;
    return error ? [{ offset: error.offset, message: `Front matter is not valid YAML (${error.message}) — its date and title are ignored` }] : [];
  },
};
