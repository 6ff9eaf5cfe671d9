// An address a reader gives → the feed to subscribe to. People paste a site's home page as often as a
// feed: a page is searched for the feeds it announces, then the usual feed addresses are tried.
import { decodeServed } from './decode.js';
import { announcedFeeds, commonFeedUrls } from './discover.js';
import { type FetchOptions, type FetchResult, fetchUrl } from './fetcher.js';
import { parseFeedText } from './feeds.js';

export type FoundFeed =
  | { kind: 'feed'; url: string; title: string | null; siteUrl: string | null }
  /** The address could not be read at all (offline, refused, failing): the caller decides what to do. */
  | { kind: 'unreachable'; url: string; reason: string }
  | { kind: 'none'; url: string; tried: string[] };

type Fetcher = (url: string, options: FetchOptions) => Promise<FetchResult>;

/** The feed at this address, if it is one. */
async function readFeed(url: string, options: FetchOptions, get: Fetcher): Promise<{ feed: FoundFeed | null; page: string | null; finalUrl: string; error: string | null }> {
  const result = await get(url, options);
  if (result.kind !== 'ok') return { feed: null, page: null, finalUrl: url, error: result.kind === 'error' ? `${result.code}: ${result.message}` : null };
  const text = decodeServed(result.body, result.charset);
  try {
    const parsed = parseFeedText(text, result.url);
    return { feed: { kind: 'feed', url: result.url, title: parsed.title, siteUrl: parsed.link }, page: null, finalUrl: result.url, error: null };
  } catch {
    return { feed: null, page: text, finalUrl: result.url, error: null };
  }
}

export async function findFeed(url: string, options: FetchOptions = {}, get: Fetcher = fetchUrl): Promise<FoundFeed> {
  const first = await readFeed(url, options, get);
  if (first.feed) return first.feed;
  if (first.error) return { kind: 'unreachable', url, reason: first.error };
  // Relative to where the page was found after redirects (http → https, a bare domain → www).
  const base = first.finalUrl;
  const candidates = [...announcedFeeds(first.page ?? '', base), ...commonFeedUrls(base)].filter((c, i, all) => c !== url && c !== base && all.indexOf(c) === i);
  const tried: string[] = [];
  for (const candidate of candidates) {
    tried.push(candidate);
    const found = await readFeed(candidate, options, get);
    if (found.feed) return found.feed.kind === 'feed' ? { ...found.feed, siteUrl: found.feed.siteUrl ?? base } : found.feed;
  }
  return { kind: 'none', url, tried };
}
