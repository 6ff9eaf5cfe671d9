// Worker thread entry: prepares the documents sent by the PreparePool.
import { parentPort } from 'node:worker_threads';
import type { RawDocument } from './model.js';
import { type Prepared, prepare } from './prepare.js';
import { toWire } from './prepare-wire.js';

parentPort?.on('message', (message: { id: number; doc: RawDocument }) => {
  let result: Prepared;
  try {
    result = prepare(message.doc);
  } catch (e) {
    result = { ok: false as const, origin: message.doc.origin, reason: `internal error: ${(e as Error).message}` };
  }
  parentPort?.postMessage({ id: message.id, ...toWire(result) });
});
