// Types of code-server.mjs for the TypeScript UI tests.
import type { Browser, ConsoleMessage } from 'playwright-core';

export const QUIET_SETTINGS: Record<string, unknown>;
export const TRUST_SETTINGS: Record<string, unknown>;
export const CHROMIUM_ARGS: string[];

export interface CodeServerOptions {
  userDataDir?: string;
  extensionsDir?: string;
  port?: number;
  /** Launch with workspace trust on (no --disable-workspace-trust): the folder opens untrusted. */
  workspaceTrust?: boolean;
  /** Extra user settings, or false to write none. */
  settings?: Record<string, unknown> | false;
  args?: string[];
  env?: Record<string, string>;
  logFile?: string;
  startTimeoutMs?: number;
  onOutput?: (text: string) => void;
}

export interface CodeServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly pid: number;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly exited: Promise<number | string | null>;
  stop(): Promise<void>;
  output(): string;
}

export interface WorkbenchTarget {
  folder?: string;
  extensionDevelopmentPath?: string;
  extensionTestsPath?: string;
  openFile?: string;
}

export function installExtension(vsix: string, extensionsDir: string): string;
export function writeUserSettings(userDataDir: string, settings?: Record<string, unknown>): void;
export function startCodeServer(options?: CodeServerOptions): Promise<CodeServer>;
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T>;
export function remoteUri(absolutePath: string): string;
export function workbenchUrl(base: string, target?: WorkbenchTarget): string;
export function launchChromium(options?: { headless?: boolean; handleSignals?: boolean }): Promise<Browser>;
export function consoleText(message: ConsoleMessage): string;
