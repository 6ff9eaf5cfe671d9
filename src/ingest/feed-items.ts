// The keys a feed item is known by across polls: its guid and its canonical address. Feeds renumber guids,
// or move items to new addresses (a CMS migration, tracking parameters added): an item is the same when
// either key was seen before, so neither change alone brings it back as new.
import type { FeedItem } from './feeds.js';

/** Query parameters that only say how a reader arrived: they never name a different page. */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/iu;

/** The address an item is deduplicated on: parsed, without its fragment or tracking parameters. */
export function canonicalItemUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  u.hash = '';
  // Filtered as written, not through searchParams, which would re-encode the rest ("a%20b" → "a+b").
  const kept = u.search.slice(1).split('&').filter((pair) => pair && !TRACKING.test(pair.split('=')[0] ?? ''));
  u.search = kept.length ? `?${kept.join('&')}` : '';
  return u.href;
}

/** The item's keys for Store.seenFeedItem and rememberFeedItem: "guid:…" and "url:…", whichever it has. */
export function feedItemKeys(item: Pick<FeedItem, 'guid' | 'url'>): string[] {
  const url = item.url === null ? null : canonicalItemUrl(item.url);
  return [...(item.guid ? [`guid:${item.guid}`] : []), ...(url ? [`url:${url}`] : [])];
}
