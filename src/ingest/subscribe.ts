// Subscribing to a feed, from the CLI or the HTTP API alike: the address named may be the feed itself or
// its site's home page (the feed the page announces, else the usual feed addresses).
import type { Feed } from '../model.js';
import type { Store } from '../store/store.js';
import type { FetchOptions } from './fetcher.js';
import { findFeed, type FoundFeed } from './find-feed.js';

/** The address is not one a feed can have; the message says why. */
export class BadFeedAddress extends Error {}

function isHttp(url: string): boolean {
  return /^https?:$/u.test(new URL(url).protocol);
}

/** The normalised address of a feed the user named, which must be absolute http or https. */
export function feedAddress(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new BadFeedAddress(`not an absolute address: ${text} (expected http://… or https://…)`);
  }
  if (!isHttp(url.href)) throw new BadFeedAddress(`not an http or https address: ${text}`);
  return url.href;
}

export interface Subscribed {
  feed: Feed;
  added: boolean;
  /** What the reader should know: the site's feed was taken, or the address could not be checked now. */
  note: string | null;
}

/**
 * Subscribes to `text` (checked by reading it unless `check` is false). An address that cannot be read now
 * is kept as given: offline is not wrong later, and the poll will say. A site with no feed is refused.
 */
export async function subscribe(
  store: Store,
  text: string,
  options: { title?: string | null; category?: string | null; check: boolean; fetch: FetchOptions },
): Promise<Subscribed> {
  const address = feedAddress(text);
  const found: FoundFeed = options.check ? await findFeed(address, options.fetch) : { kind: 'unreachable', url: address, reason: 'not checked' };
  if (found.kind === 'none') {
    throw new BadFeedAddress(`no feed found at ${address} (tried ${found.tried.length} addresses: the page's announced feeds and the usual feed paths)`);
  }
  const feedUrl = found.kind === 'feed' ? found.url : address;
  const { feed, added } = await store.addFeed({
    url: feedUrl,
    title: options.title ?? (found.kind === 'feed' ? found.title : null),
    siteUrl: found.kind === 'feed' ? found.siteUrl : null,
    category: options.category ?? null,
  });
  const note =
    found.kind === 'unreachable' && options.check
      ? `could not check ${address} now (${found.reason}); kept as given`
      : feedUrl !== address
        ? `${address} is a site; its feed is ${feedUrl}`
        : null;
  return { feed, added, note };
}
