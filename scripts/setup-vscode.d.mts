// Types of setup-vscode.mjs for TypeScript callers.
export const CODE_SERVER_VERSION: string;
export const VSCODE_VERSION: string;
export function codeServerDir(): string;
export function codeServerBin(): string;
export function chromiumPath(): string;
export function setup(options?: { checkOnly?: boolean }): {
  ok: boolean;
  needChromium?: boolean;
  needCodeServer?: boolean;
  codeServer?: string;
  chromium?: string;
};
