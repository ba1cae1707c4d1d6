// Types of fast-from-markdown.mjs for the TypeScript tests.
import type { Plugin } from 'esbuild';
export const MARKER: string;
export function patchFromMarkdown(source: string): string;
export const fastFromMarkdown: Plugin;
