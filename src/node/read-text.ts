/** Reading a journal from disk as text, refusing binary files and text that is not UTF-8. */
import * as fs from 'node:fs';
import { explain } from './errors.js';

/** A file's text, or why there is none. */
export type FileText =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'not-text'; readonly reason: string };

/** How far into a file a NUL byte marks it as binary (as Git does). */
const SNIFF_BYTES = 8192;

/**
 * Reads a file as text. UTF-8 with or without a BOM is read; so is UTF-16 with a BOM
 * (what Windows PowerShell writes). A NUL byte near the start means binary.
 */
export function readText(file: string): FileText {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { kind: 'unreadable', reason: explain(error) };
  }
  return decode(bytes);
}

function decode(bytes: Buffer): FileText {
  const utf16 = utf16Order(bytes);
  if (utf16 !== undefined) return decodeWith('utf-16le', utf16 === 'le' ? bytes : swapped(bytes), 'not UTF-16 text');
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { kind: 'not-text', reason: 'not a text file (binary)' };
  return decodeWith('utf-8', bytes, 'not UTF-8 text');
}

function decodeWith(encoding: string, bytes: Uint8Array, failure: string): FileText {
  try {
    // The decoder drops a leading byte order mark.
    return { kind: 'text', text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'not-text', reason: failure };
  }
}

function utf16Order(bytes: Buffer): 'le' | 'be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  return undefined;
}

/** A big-endian UTF-16 buffer as little-endian (an odd length stays odd and fails decoding). */
function swapped(bytes: Buffer): Uint8Array {
  const copy = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  copy.swap16();
  return bytes.length % 2 === 0 ? copy : Buffer.concat([copy, bytes.subarray(bytes.length - 1)]);
}
