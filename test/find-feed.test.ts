// A site's feed found from where the site actually is, after its redirects. A fake fetcher stands in for
// the network.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FetchResult } from '../src/ingest/fetcher.js';
import { findFeed } from '../src/ingest/find-feed.js';

const ok = (url: string, body: string, contentType: string): FetchResult => ({
  kind: 'ok', url, status: 200, contentType, charset: 'utf-8', etag: null, lastModified: null, body: new TextEncoder().encode(body), truncated: false, redirects: [],
});
const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Times</title><link>https://www.harbourtimes.example/</link><item><title>A</title><link>https://www.harbourtimes.example/a</link></item></channel></rss>';

test("a site that redirects (bare domain → www, http → https) has its announced feed read relative to where it landed", async () => {
  const asked: string[] = [];
  const get = async (url: string): Promise<FetchResult> => {
    asked.push(url);
    if (url === 'http://harbourtimes.example/') return ok('https://www.harbourtimes.example/blog/', '<head><link rel="alternate" type="application/rss+xml" href="feed.xml"></head>', 'text/html');
    if (url === 'https://www.harbourtimes.example/blog/feed.xml') return ok(url, RSS, 'application/rss+xml');
    return { kind: 'error', url, code: 'http-status', message: '404 Not Found', status: 404 };
  };
  const found = await findFeed('http://harbourtimes.example/', {}, get);
  assert.deepEqual(found, { kind: 'feed', url: 'https://www.harbourtimes.example/blog/feed.xml', title: 'Harbour Times', siteUrl: 'https://www.harbourtimes.example/' });
  assert.deepEqual(asked, ['http://harbourtimes.example/', 'https://www.harbourtimes.example/blog/feed.xml']);
});

test('an address that cannot be read is reported as unreachable, a site without a feed as none', async () => {
  const down = async (url: string): Promise<FetchResult> => ({ kind: 'error', url, code: 'dns', message: 'no such host' });
  assert.equal((await findFeed('https://gone.example/', {}, down)).kind, 'unreachable');
  const page = async (url: string): Promise<FetchResult> => (url === 'https://plain.example/' ? ok(url, '<p>Nothing</p>', 'text/html') : { kind: 'error', url, code: 'http-status', message: '404', status: 404 });
  const none = await findFeed('https://plain.example/', {}, page);
  assert.equal(none.kind, 'none');
});
