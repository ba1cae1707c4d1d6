/** Turning errors from Node and the file system into short messages a person understands. */

const FILE_SYSTEM_WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
};

/** A short description of `error` without a stack trace, e.g. "permission denied". */
export function explain(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && code in FILE_SYSTEM_WORDS) return FILE_SYSTEM_WORDS[code] as string;
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'the text is nested too deeply';
  if (error instanceof Error) return error.message;
  return String(error);
}

/** True when the error says a path does not exist. */
export function isMissingPath(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
