// Worker thread entry: prepares documents sent by the PreparePool, and runs the store tasks it is given.
import { parentPort } from 'node:worker_threads';
import type { RawDocument } from './model.js';
import { type Prepared, prepare } from './prepare.js';
import { toWire } from './prepare-wire.js';
import type { StoreTask } from './store/store.js';
import { runStoreTask } from './store/tasks.js';

parentPort?.on('message', (message: { id: number; doc: RawDocument } | { taskId: number; task: StoreTask }) => {
  if ('taskId' in message) {
    let error: string | null = null;
    try {
      runStoreTask(message.task);
    } catch (e) {
      error = (e as Error).message;
    }
    parentPort?.postMessage({ taskId: message.taskId, error });
    return;
  }
  let result: Prepared;
  try {
    result = prepare(message.doc);
  } catch (e) {
    result = { ok: false as const, origin: message.doc.origin, reason: `internal error: ${(e as Error).message}` };
  }
  parentPort?.postMessage({ id: message.id, ...toWire(result) });
});
