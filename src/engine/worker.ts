/**
 * The engine worker: parses and lints journals off the extension host's thread, so that
 * typing in a large journal never waits for remark. Bundled to dist/engine-worker.js.
 */
import { parentPort } from 'node:worker_threads';
import { EngineState } from './core.js';
import type { Envelope, Reply } from './protocol.js';

const state = new EngineState();
const port = parentPort;
if (!port) throw new Error('engine-worker.js runs as a worker thread');

port.on('message', (message: Envelope) => {
  let reply: Reply;
  try {
    reply = { id: message.id, ok: true, value: state.answer(message) };
  } catch (error) {
    reply = { id: message.id, ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  port.postMessage(reply);
});
