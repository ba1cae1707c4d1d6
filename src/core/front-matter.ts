/** Reads the optional YAML front matter of a journal. */
import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { toIsoDate } from './dates.js';
import type { FrontMatter } from './journal.js';

/** The front matter fields the product uses; broken YAML yields an `error`, never a throw. */
export function readFrontMatter(root: Root): FrontMatter {
  const node = root.children[0];
  if (!node || node.type !== 'yaml') return {};
  let data: unknown;
  try {
    // `logLevel`: a warning (an ambiguous alias, an unknown tag) is no error, and is not printed on stderr.
    data = parseYaml(node.value, { schema: 'core', uniqueKeys: false, maxAliasCount: 50, logLevel: 'error' });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? 'invalid YAML' : 'invalid YAML';
    return { error: { message, offset: node.position?.start.offset ?? 0 } };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const record = data as Record<string, unknown>;
  const result: { -readonly [K in keyof FrontMatter]: FrontMatter[K] } = {};
  const type = text(record['type']);
  const title = text(record['title']);
  const manager = text(record['manager']);
  const date = toIsoDate(record['date']);
  const next = toIsoDate(record['next']);
  if (type !== undefined) result.type = type;
  if (title !== undefined) result.title = title;
  if (manager !== undefined) result.manager = manager;
  if (date !== null) result.date = date;
  if (next !== null) result.next = next;
  return result;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}
