// While the reader is served, stories' facts are found in the background, latest stories first, so that a
// story page, a person's page or a feed reads kept facts instead of finding them while the reader waits.
// A store in a file is read by a worker thread on a connection of its own (a story of 200 reports takes
// a few hundred milliseconds to compare, which would hold up every page meanwhile); an in-memory store,
// which no other connection can see, is read in this thread, one story at a time between requests.
import { fillStoryFacts } from '../facts.js';
import type { Store } from '../store/store.js';
import { type Rounds, repeatRounds } from '../util/rounds.js';
import { startWorker } from '../util/worker.js';

const BATCH = 20;
/** Pause once every story has its facts: new articles (an import, a poll) drop a story's facts again. */
const IDLE_MS = 15_000;
/** How long a stop waits for the worker to finish its story before ending it. */
const STOP_WAIT_MS = 10_000;

export interface FillOptions {
  idleMs?: number;
  onError?: (e: unknown) => void;
  /** Called with the number of stories read in a round, for progress. */
  onFound?: (stories: number) => void;
}

export function startFactsFill(store: Store, options: FillOptions = {}): Rounds {
  const idle = options.idleMs ?? IDLE_MS;
  const path = store.location();
  if (path) return inWorker(path, idle, options);
  return repeatRounds(
    async (stopped) => {
      const found = await fillStoryFacts(store, BATCH, stopped);
      if (found) options.onFound?.(found);
      return found ? 0 : idle;
    },
    { errorDelayMs: idle, ...(options.onError ? { onError: options.onError } : {}) },
  );
}

function inWorker(path: string, idleMs: number, options: FillOptions): Rounds {
  const worker = startWorker('fill-worker', import.meta.url, { path, batch: BATCH, idleMs });
  let done: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (done = resolve));
  worker.on('message', (m: { found?: number; error?: string; stopped?: boolean }) => {
    if (m.found) options.onFound?.(m.found);
    if (m.error) options.onError?.(new Error(m.error));
    if (m.stopped) done();
  });
  worker.on('error', (e) => {
    options.onError?.(e);
    done();
  });
  worker.on('exit', () => done());
  // The server must not wait on it to exit: the worker ends with the process.
  worker.unref();
  return {
    async stop() {
      worker.postMessage('stop');
      const timer = setTimeout(() => void worker.terminate(), STOP_WAIT_MS);
      await ended;
      clearTimeout(timer);
      await worker.terminate();
    },
  };
}
