// One polling round over the feeds that are due: each fetched politely (conditional GET, the schedule in
// schedule.ts), its new items ingested one at a time, and the outcome written on the feed. An item is
// remembered only after it is stored, and storing is idempotent (a copy already stored is a duplicate), so
// a round killed half-way and run again stores every item exactly once.
import type { Feed, IngestOutcome } from './model.js';
import type { Pipeline } from './pipeline.js';
import { repeatRounds } from './util/rounds.js';
import type { Store } from './store/store.js';
import { wordCount } from './extract/furniture.js';
import { decodeServed } from './ingest/decode.js';
import { type FetchOptions, type FetchResult, fetchUrl } from './ingest/fetcher.js';
import { feedItemKeys } from './ingest/feed-items.js';
import { type FeedItem, FeedError, itemRecord, parseFeedText } from './ingest/feeds.js';
import { Politeness } from './ingest/politeness.js';
import { nextPollAfterFailure, nextPollAfterSuccess, pollInterval } from './ingest/schedule.js';

export interface PollOptions {
  /** Passed to every fetch: address policy, resolver, limits. */
  fetch?: FetchOptions;
  now?: () => Date;
  /** For tests and for a fetcher other than the network's. */
  fetcher?: (url: string, options: FetchOptions) => Promise<FetchResult>;
  /** Ends the round early: no new feed or item is started, and fetches under way are aborted. */
  signal?: AbortSignal;
}

export interface FeedPollReport {
  feed: string;
  status: 'ok' | 'not-modified' | 'failed';
  newItems: number;
  duplicates: number;
  failedItems: number;
  error?: string;
}

export async function pollFeed(feed: Feed, store: Store, pipeline: Pipeline, options: PollOptions = {}, polite?: Politeness): Promise<FeedPollReport> {
  const now = (options.now ?? (() => new Date()))();
  const get = options.fetcher ?? fetchUrl;
  const host = polite ?? new Politeness(get, options.fetch ?? {});
  const report: FeedPollReport = { feed: feed.url, status: 'ok', newItems: 0, duplicates: 0, failedItems: 0 };
  const fail = async (error: string, retryAfterS: number | null = null): Promise<FeedPollReport> => {
    await store.recordPollFailure(feed.id, { error, polledAt: now, nextPollAt: nextPollAfterFailure(now, feed.errorCount + 1, retryAfterS) });
    return { ...report, status: 'failed', error };
  };
  await host.clear(feed.url, { robots: false });
  const result = await get(feed.url, { ...options.fetch, ...(options.signal ? { signal: options.signal } : {}), etag: feed.etag, lastModified: feed.lastModified });
  if (result.kind === 'error') return fail(`${result.code}: ${result.message}`, result.retryAfterSeconds ?? null);
  if (result.kind === 'not-modified') {
    const intervalS = pollInterval([], 0, feed.pollIntervalS, now);
    await store.recordPollSuccess(feed.id, { etag: result.etag ?? feed.etag, lastModified: result.lastModified ?? feed.lastModified, polledAt: now, nextPollAt: nextPollAfterSuccess(now, intervalS), intervalS, newItems: 0 });
    return { ...report, status: 'not-modified' };
  }
  if (result.truncated) return fail(`the feed is larger than the size limit; it was cut off and not read`);
  let items: FeedItem[];
  let outlet: string | null;
  try {
    const parsed = parseFeedText(decodeServed(result.body, result.charset), result.url);
    items = parsed.items;
    outlet = parsed.title;
  } catch (e) {
    return fail(e instanceof FeedError ? e.message : `unreadable feed: ${(e as Error).message}`);
  }
  for (const item of items) {
    if (options.signal?.aborted) break;
    const keys = feedItemKeys(item);
    // An item with a guid is known by it alone: live blogs and podcasts give many guids one address. An
    // item without one is known by its address. Both keys are remembered.
    const identity = item.guid ? keys.filter((k) => k.startsWith('guid:')) : keys;
    if (!identity.length || (await store.seenFeedItem(feed.id, identity))) continue;
    const record = itemRecord(item, outlet ?? feed.title);
    if (!record) continue;
    const origin = `${feed.url}#${record.id}`;
    // Stored by a round that was killed before it remembered the item: its text may differ now (its page
    // unreachable this time), so it is found by where it came from, not by its text.
    const stored = await store.findArticleByOrigin(origin);
    if (stored !== null) {
      report.duplicates++;
      await store.rememberFeedItem(feed.id, keys, item.url, stored);
      continue;
    }
    // A feed that carries only a summary: the article is on its page, fetched and extracted like any page,
    // and held up against the summary (extract.ts). A page that cannot be fetched leaves the summary.
    if (item.url && wordCount(item.text) < SUMMARY_MAX_WORDS && (await host.clear(item.url, { robots: true })) === null) {
      record.html = await pageOf(item.url, get, { ...options.fetch, ...(options.signal ? { signal: options.signal } : {}) });
    }
    const outcome: IngestOutcome = await pipeline.ingest({ kind: 'record', origin, record });
    if (outcome.status === 'failed') {
      report.failedItems++;
      continue;
    }
    if (outcome.status === 'new') report.newItems++;
    else report.duplicates++;
    await store.rememberFeedItem(feed.id, keys, item.url, outcome.articleId);
  }
  const intervalS = pollInterval(
    items.map((i) => i.published),
    report.newItems,
    feed.pollIntervalS,
    now,
  );
  await store.recordPollSuccess(feed.id, { etag: result.etag, lastModified: result.lastModified, polledAt: now, nextPollAt: nextPollAfterSuccess(now, intervalS), intervalS, newItems: report.newItems });
  return report;
}

/** A feed item's text shorter than this is a summary, not the article. */
const SUMMARY_MAX_WORDS = 150;

/** The page of an item, decoded, or null when it cannot be fetched or is not HTML. */
async function pageOf(url: string, get: NonNullable<PollOptions['fetcher']>, options: FetchOptions): Promise<string | null> {
  const page = await get(url, options);
  if (page.kind !== 'ok' || page.truncated || (page.contentType && !/html/iu.test(page.contentType))) return null;
  return decodeServed(page.body, page.charset);
}

/** One round: every due feed, one after another, each host's robots.txt read once and its Crawl-delay kept. */
export async function pollDue(store: Store, pipeline: Pipeline, options: PollOptions = {}): Promise<FeedPollReport[]> {
  const now = (options.now ?? (() => new Date()))();
  const reports: FeedPollReport[] = [];
  const polite = new Politeness(options.fetcher ?? fetchUrl, options.fetch ?? {});
  for (const feed of await store.feedsDue(now)) {
    if (options.signal?.aborted) break;
    try {
      reports.push(await pollFeed(feed, store, pipeline, options, polite));
    } catch (e) {
      // A feed whose round failed inside Crosswire (a busy store, a bug) is backed off like any failing
      // feed, with the reason on it, and the feeds after it are still polled.
      const error = `internal error: ${(e as Error).message}`;
      await store.recordPollFailure(feed.id, { error, polledAt: now, nextPollAt: nextPollAfterFailure(now, feed.errorCount + 1) }).catch(() => undefined);
      reports.push({ feed: feed.url, status: 'failed', newItems: 0, duplicates: 0, failedItems: 0, error });
    }
  }
  return reports;
}

/** Polling in the background, as `crosswire serve` does it: a round whenever feeds are due, one at a time. */
export interface PollingLoop {
  /** Resolves when the round under way, if any, has finished. */
  stop(): Promise<void>;
}

/**
 * Checks for due feeds every `everyMs`, starting at once. A round that runs longer than the period is not
 * doubled: the next check waits for it. A round that throws is reported and the loop goes on.
 */
export function startPolling(store: Store, pipeline: Pipeline, options: PollOptions & { everyMs?: number; onRound?: (reports: FeedPollReport[]) => void; onError?: (e: unknown) => void } = {}): PollingLoop {
  const abort = new AbortController();
  const every = options.everyMs ?? 60_000;
  return repeatRounds(
    async () => {
      const reports = await pollDue(store, pipeline, { ...options, signal: abort.signal });
      if (reports.length) options.onRound?.(reports);
      return every;
    },
    { errorDelayMs: every, onStop: () => abort.abort(), ...(options.onError ? { onError: options.onError } : {}) },
  );
}
