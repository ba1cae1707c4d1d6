/**
 * Loaded by VS Code as `extensionTestsPath`: runs the bundled *.test.js beside it with mocha
 * inside the extension host and prints a one-line summary with the host's VS Code version.
 */
import { runMocha } from './run-mocha.js';

export function run(): Promise<void> {
  return runMocha(__dirname, 'integration');
}
