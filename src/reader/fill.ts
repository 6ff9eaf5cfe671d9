// While the reader is served, stories' facts are found in the background, latest stories first, so that a
// story page, a person's page or a feed reads kept facts instead of finding them while the reader waits.
// One story at a time, yielding between stories: a page request waits at most one story's work.
import { fillStoryFacts } from '../facts.js';
import type { Store } from '../store/store.js';
import { type Rounds, repeatRounds } from '../util/rounds.js';

const BATCH = 20;
/** Pause once every story has its facts: new articles (an import, a poll) drop a story's facts again. */
const IDLE_MS = 15_000;

export function startFactsFill(store: Store, options: { idleMs?: number; onError?: (e: unknown) => void } = {}): Rounds {
  const idle = options.idleMs ?? IDLE_MS;
  return repeatRounds(async (stopped) => ((await fillStoryFacts(store, BATCH, stopped)) ? 0 : idle), {
    errorDelayMs: idle,
    ...(options.onError ? { onError: options.onError } : {}),
  });
}
