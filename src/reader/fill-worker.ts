// Worker thread entry: finds stories' facts beside the server, on its own connection to the store, so
// that a large story's comparison (hundreds of milliseconds) never holds up a page.
import { parentPort, workerData } from 'node:worker_threads';
import { fillStoryFacts } from '../facts.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';

const { path, batch, idleMs } = workerData as { path: string; batch: number; idleMs: number };
let stopped = false;
let wake: (() => void) | null = null;

parentPort?.on('message', (m: 'stop') => {
  if (m !== 'stop') return;
  stopped = true;
  wake?.();
});

const store = new SqliteStore(path);
try {
  while (!stopped) {
    let found = 0;
    try {
      found = await fillStoryFacts(store, batch, () => stopped);
    } catch (e) {
      parentPort?.postMessage({ error: (e as Error).message });
    }
    if (found) parentPort?.postMessage({ found });
    else await new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, idleMs);
    });
  }
} finally {
  await store.close();
  parentPort?.postMessage({ stopped: true });
}
