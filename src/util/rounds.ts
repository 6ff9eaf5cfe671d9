// Work repeated in rounds in the background (polling feeds, finding stories' facts): a round starts only
// when the one before has finished, a round that throws is reported and the loop goes on, and stopping
// waits for the round under way.
export interface Rounds {
  stop(): Promise<void>;
}

/** Runs `round` at once and again after the delay it returns (ms), until stopped; `onStop` runs at stop. */
export function repeatRounds(round: (stopped: () => boolean) => Promise<number>, options: { onError?: (e: unknown) => void; onStop?: () => void; errorDelayMs: number }): Rounds {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const run = async (): Promise<void> => {
    let delay = options.errorDelayMs;
    try {
      delay = await round(() => stopped);
    } catch (e) {
      options.onError?.(e);
    }
    if (!stopped) timer = setTimeout(tick, delay);
  };
  const tick = (): void => {
    running = run();
  };
  tick();
  return {
    async stop() {
      stopped = true;
      options.onStop?.();
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
