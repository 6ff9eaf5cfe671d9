// While the reader is served, stories' facts are found in the background, latest stories first, so that a
// story page, a person's page or a feed reads kept facts instead of finding them while the reader waits.
// One story at a time, yielding between stories: a page request waits at most one story's work.
import { fillStoryFacts } from '../facts.js';
import type { Store } from '../store/store.js';

const BATCH = 20;
/** Pause once every story has its facts: new articles (an import, a poll) drop a story's facts again. */
const IDLE_MS = 15_000;

export interface FillLoop {
  stop(): Promise<void>;
}

export function startFactsFill(store: Store, options: { idleMs?: number; onError?: (e: unknown) => void } = {}): FillLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const round = async (): Promise<void> => {
    let found = 0;
    try {
      found = await fillStoryFacts(store, BATCH, () => stopped);
    } catch (e) {
      options.onError?.(e);
    }
    if (!stopped) timer = setTimeout(tick, found ? 0 : (options.idleMs ?? IDLE_MS));
  };
  const tick = (): void => {
    running = round();
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
