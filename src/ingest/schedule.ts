// When to poll a feed next. A feed that publishes every few minutes is read often; one that publishes
// weekly is read a few times a day; one that fails is left alone for longer each time, and a server that
// says when to come back (Retry-After) is taken at its word. Publishers see a polite reader; readers still
// see news soon after it appears.

export const MIN_INTERVAL_S = 10 * 60;
export const MAX_INTERVAL_S = 24 * 60 * 60;
export const DEFAULT_INTERVAL_S = 60 * 60;
/** The first wait after a failure; doubled with each failure in a row, up to a day. */
const FIRST_BACKOFF_S = 5 * 60;

const clamp = (s: number): number => Math.round(Math.min(MAX_INTERVAL_S, Math.max(MIN_INTERVAL_S, s)));

/**
 * The interval from the feed's own rhythm: half the median gap between its recent items (so a new item
 * waits on average a quarter of its gap), else, with fewer than three dated items, a step from the last
 * interval: shorter when this poll found new items, longer when it found none.
 */
export function pollInterval(itemDates: ReadonlyArray<string | null>, newItems: number, previousS: number | null): number {
  const times = itemDates
    .map((d) => (d ? Date.parse(d) : NaN))
    .filter((t) => Number.isFinite(t))
    .sort((a, b) => b - a)
    .slice(0, 20);
  if (times.length >= 3) {
    const gaps = times.slice(1).map((t, i) => ((times[i] as number) - t) / 1000).sort((a, b) => a - b);
    const median = gaps[Math.floor(gaps.length / 2)] as number;
    return clamp(median / 2);
  }
  const last = previousS ?? DEFAULT_INTERVAL_S;
  return clamp(newItems > 0 ? last / 2 : last * 1.5);
}

/** After a successful poll. */
export function nextPollAfterSuccess(now: Date, intervalS: number): Date {
  return new Date(now.getTime() + intervalS * 1000);
}

/** After the failure that makes `errorCount` in a row: exponential backoff, or later if the server asks. */
export function nextPollAfterFailure(now: Date, errorCount: number, retryAfterS: number | null = null): Date {
  const backoff = Math.min(MAX_INTERVAL_S, FIRST_BACKOFF_S * 2 ** Math.max(0, errorCount - 1));
  const wait = Math.max(backoff, Math.min(MAX_INTERVAL_S * 7, retryAfterS ?? 0));
  return new Date(now.getTime() + wait * 1000);
}
