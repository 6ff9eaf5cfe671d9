// Towards each host: its robots.txt read once and obeyed for pages, its Crawl-delay kept between requests.
// A fake fetcher stands in for the network: nothing here connects anywhere.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FetchOptions, FetchResult } from '../src/ingest/fetcher.js';
import { Politeness } from '../src/ingest/politeness.js';

function fakeFetcher(robots: Record<string, FetchResult>): { get: (url: string, o: FetchOptions) => Promise<FetchResult>; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    get: async (url) => {
      asked.push(url);
      return robots[new URL(url).origin] ?? { kind: 'error', url, code: 'http-status', message: '404 Not Found', status: 404 };
    },
  };
}

const ok = (url: string, text: string): FetchResult => ({
  kind: 'ok', url, status: 200, contentType: 'text/plain', charset: 'utf-8', etag: null, lastModified: null, body: new TextEncoder().encode(text), truncated: false, redirects: [],
});

test("a page the host's robots.txt disallows for Crosswire is left alone; its feed and other pages are not", async () => {
  const robots = 'User-agent: *\nDisallow: /private/\n\nUser-agent: Crosswire\nDisallow: /members/\n';
  const { get, asked } = fakeFetcher({ 'https://harbourtimes.example': ok('https://harbourtimes.example/robots.txt', robots) });
  const polite = new Politeness(get, {});
  assert.match((await polite.clear('https://harbourtimes.example/members/pilots', { robots: true })) ?? '', /disallowed by https:\/\/harbourtimes\.example\/robots\.txt/u);
  assert.equal(await polite.clear('https://harbourtimes.example/news/pilots', { robots: true }), null);
  // The group for Crosswire replaces the one for everyone: /private/ is not Crosswire's to avoid.
  assert.equal(await polite.clear('https://harbourtimes.example/private/x', { robots: true }), null);
  assert.equal(await polite.clear('https://harbourtimes.example/members/feed', { robots: false }), null);
  assert.deepEqual(asked, ['https://harbourtimes.example/robots.txt'], 'robots.txt is read once per host');
});

test('no robots.txt (404) allows everything; a server failing to give one (503) leaves its pages alone for now', async () => {
  const { get } = fakeFetcher({
    'https://down.example': { kind: 'error', url: 'https://down.example/robots.txt', code: 'http-status', message: '503 Service Unavailable', status: 503 },
  });
  const polite = new Politeness(get, {});
  assert.equal(await polite.clear('https://harbourtimes.example/a', { robots: true }), null);
  assert.match((await polite.clear('https://down.example/a', { robots: true })) ?? '', /could not be read.*left alone/u);
});

test("requests to one host are spaced by its Crawl-delay (capped at 30 s); other hosts do not wait", async () => {
  const { get } = fakeFetcher({
    'https://slow.example': ok('https://slow.example/robots.txt', 'User-agent: *\nCrawl-delay: 5\n'),
    'https://glacial.example': ok('https://glacial.example/robots.txt', 'User-agent: *\nCrawl-delay: 600\n'),
  });
  let now = 1_000_000;
  const waits: number[] = [];
  const polite = new Politeness(get, {}, async (ms) => {
    waits.push(ms);
    now += ms;
  }, () => now);
  await polite.clear('https://slow.example/1', { robots: true });
  now += 1000;
  await polite.clear('https://slow.example/2', { robots: true });
  await polite.clear('https://other.example/1', { robots: true });
  await polite.clear('https://glacial.example/1', { robots: true });
  await polite.clear('https://glacial.example/2', { robots: true });
  assert.deepEqual(waits, [4000, 30_000]);
});

test("a feed is fetched without reading the host's robots.txt; once a page has read it, its Crawl-delay spaces http and https alike", async () => {
  const { get, asked } = fakeFetcher({ 'https://slow.example': ok('https://slow.example/robots.txt', 'User-agent: *\nCrawl-delay: 5\n') });
  let now = 0;
  const waits: number[] = [];
  const polite = new Politeness(get, {}, async (ms) => {
    waits.push(ms);
    now += ms;
  }, () => now);
  assert.equal(await polite.clear('https://slow.example/feed', { robots: false }), null);
  assert.deepEqual(asked, []);
  await polite.clear('https://slow.example/page', { robots: true });
  await polite.clear('http://slow.example/feed', { robots: false });
  assert.deepEqual(waits, [5000, 5000]);
});
