// Worker thread entry: prepares documents sent by the PreparePool.
import { parentPort } from 'node:worker_threads';
import type { RawDocument } from './model.js';
import { prepare } from './prepare.js';

parentPort?.on('message', (message: { id: number; doc: RawDocument }) => {
  let result;
  try {
    result = prepare(message.doc);
  } catch (e) {
    result = { ok: false as const, origin: message.doc.origin, reason: `internal error: ${(e as Error).message}` };
  }
  parentPort?.postMessage({ id: message.id, result });
});
