/**
 * The journal engine, loaded on first use. Activation and the typing path never call this (the
 * engine worker parses for them); commands that read a journal once (mark done, add a
 * deadline, follow-up, new conversation) do. esbuild.mjs keeps src/engine/core.ts out of the
 * extension bundle: this `require` loads dist/core.js.
 */
import type * as Core from '../engine/core.js';

let loaded: typeof Core | undefined;

/** The engine's functions (the first call loads them: about 100 ms). */
export function core(): typeof Core {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('../engine/core.js') as typeof Core;
  return loaded;
}
