/**
 * The CLI's parse worker (see parallel-lint.ts): parses chunks of a large journal from the back
 * while the main thread parses them from the front, until they meet (chunk-claims.ts), and sends
 * the trees as it goes. Bundled to dist/parse-worker.js, next to dist/cli.js.
 */
import type { Root } from 'mdast';
import { parentPort } from 'node:worker_threads';
import { parseChunk } from '../core/parse.js';
import { ChunkClaims, YIELD_MS } from './chunk-claims.js';
import type { ParseReply, ParseRequest } from './parallel-lint.js';

const port = parentPort;
if (!port) throw new Error('parse-worker.js runs as a worker thread');

port.on('message', (request: ParseRequest) => {
  const { id, text, starts } = request;
  const send = (reply: ParseReply): void => port.postMessage(reply);
  try {
    const claims = new ChunkClaims(request.claims);
    // The trees parsed since the last message, last chunk first.
    let batch: Root[] = [];
    let from = starts.length;
    let sent = performance.now();
    for (let i = claims.takeBack(); i >= 0; i = claims.takeBack()) {
      batch.push(parseChunk(text.slice(starts[i], starts[i + 1])));
      from = i;
      if (performance.now() - sent >= YIELD_MS) {
        send({ id, ok: true, from, roots: batch.reverse(), done: false });
        batch = [];
        sent = performance.now();
      }
    }
    send({ id, ok: true, from, roots: batch.reverse(), done: true });
  } catch (error) {
    // A chunk that cannot be parsed, or trees that cannot be cloned: the main thread parses
    // what was not sent.
    send({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
