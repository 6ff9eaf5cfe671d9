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
export function pollInterval(itemDates: ReadonlyArray<string | null>, newItems: number, previousS: number | null, now: Date = new Date()): number {
  const times = itemDates
    .map((d) => (d ? Date.parse(d) : NaN))
    .filter((t) => Number.isFinite(t))
    .sort((a, b) => b - a)
    .slice(0, 20);
  // Gaps of zero are items dated by the day only: they say nothing of the rhythm.
  const gaps = times.slice(1).map((t, i) => ((times[i] as number) - t) / 1000).filter((g) => g > 0).sort((a, b) => a - b);
  if (gaps.length >= 2) {
    const median = gaps[Math.floor(gaps.length / 2)] as number;
    // A feed silent for longer than its rhythm says has slowed down (or stopped): a quarter of its silence.
    const silence = (now.getTime() - (times[0] as number)) / 1000;
    return clamp(Math.max(median / 2, silence / 4));
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
