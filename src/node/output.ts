/** Writing results and messages, and ending quietly when the reader of stdout goes away. */
import { explain } from './errors.js';
import { PROGRAM } from './help.js';

/** Prints `career-journal: <message>` on stderr. */
export function warn(message: string): void {
  process.stderr.write(`${PROGRAM}: ${message}\n`);
}

/** True when stdout is a terminal and the user did not ask for no colour (NO_COLOR). */
export function wantsColour(): boolean {
  return process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
}

/**
 * Writes the output with the exit status already decided. When stdout is closed early
 * (`career-journal lint . | head`), the process ends with that status and no message.
 */
export function finish(status: number, stdout: string, stderr = ''): void {
  process.exitCode = status;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') warn(`cannot write the output: ${explain(error)}`);
    process.exit(error.code === 'EPIPE' ? status : 2);
  });
  if (stderr !== '') process.stderr.write(stderr);
  if (stdout !== '') process.stdout.write(stdout);
}
