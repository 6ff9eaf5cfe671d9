// A polling round against feed servers started here on 127.0.0.1 (allowed explicitly): new items stored
// once, conditional GETs, items that move to new addresses, failures recorded on the feed and backed off.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { Pipeline } from '../src/pipeline.js';
import { pollDue, pollFeed, startPolling } from '../src/poller.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { tempDir } from './support/helpers.js';

const STORIES = [
  ['Pilots end strike at Port Alvera', 'The harbour authority in Port Alvera agreed on Friday to hire six more pilots before winter, ending a strike that had kept ships waiting offshore for two weeks.'],
  ['Council approves dredging of the old channel', 'Councillors in Tindvik voted on Tuesday to dredge the old harbour channel next spring, after fishermen complained that boats were running aground at low tide.'],
  ['Storm warning issued for the whole coast', 'Forecasters issued a storm warning for the whole coast on Saturday, and the ferry company said its boats would stay in port until the wind dropped below gale force.'],
];

function rss(items: ReadonlyArray<{ guid: string; link: string; title: string; text: string; date: string }>): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Times</title><link>https://harbourtimes.example/</link>${items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid isPermaLink="false">${i.guid}</guid><pubDate>${i.date}</pubDate><description>${i.text}</description></item>`)
    .join('')}</channel></rss>`;
}

const items = (prefix: string): Array<{ guid: string; link: string; title: string; text: string; date: string }> =>
  STORIES.map(([title, text], i) => ({ guid: `ht-${i}`, link: `https://harbourtimes.example/${prefix}/${i}`, title: title as string, text: text as string, date: `Tue, 0${i + 2} Jun 2026 09:00:00 GMT` }));

async function serve(t: { after(fn: () => unknown): void }, handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; server: Server; hits: () => number }> {
  let hits = 0;
  // Requests for the feed and pages, not for the host's robots.txt.
  const server = createServer((req, res) => {
    if (req.url !== '/robots.txt') hits++;
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`, server, hits: () => hits };
}

// Every name resolves here to this machine, where nothing listens on port 80 or 443: an item's page on
// harbourtimes.example fails at once, and no query leaves the machine.
const allowLoopback = { fetch: { allowAddress: () => true, resolve: async (): Promise<string[]> => ['127.0.0.1'], timeoutMs: 5000 } };

async function open(t: { after(fn: () => unknown): void }): Promise<{ store: SqliteStore; pipeline: Pipeline }> {
  const store = new SqliteStore(join(tempDir(t), 'poll.db'));
  t.after(() => store.close());
  return { store, pipeline: await Pipeline.open(store) };
}

test('a first poll stores every item; a second gets 304 and stores nothing; the feed shows its last success', async (t) => {
  const etag = '"v1"';
  const { url, hits } = await serve(t, (req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(rss(items('a')));
  });
  const { store, pipeline } = await open(t);
  const { feed } = await store.addFeed({ url });
  const first = await pollFeed(feed, store, pipeline, allowLoopback);
  assert.deepEqual([first.status, first.newItems], ['ok', 3]);
  const again = await pollFeed((await store.getFeed(feed.id))!, store, pipeline, allowLoopback);
  assert.deepEqual([again.status, again.newItems], ['not-modified', 0]);
  assert.equal(hits(), 2);
  const after = await store.getFeed(feed.id);
  assert.ok(after?.lastSuccessAt);
  assert.equal(after?.errorCount, 0);
  assert.equal((await store.stats()).articles, 3);
});

test('items that move to new addresses under the same guids are not stored again', async (t) => {
  let prefix = 'old';
  const { url } = await serve(t, (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items(prefix))));
  const { store, pipeline } = await open(t);
  const { feed } = await store.addFeed({ url });
  assert.equal((await pollFeed(feed, store, pipeline, allowLoopback)).newItems, 3);
  prefix = 'moved';
  const moved = await pollFeed((await store.getFeed(feed.id))!, store, pipeline, allowLoopback);
  assert.equal(moved.newItems, 0);
  assert.equal((await store.stats()).articles, 3);
});

test('a 500 is recorded on the feed and backed off; the next success clears it', async (t) => {
  let fail = true;
  const { url } = await serve(t, (_req, res) => (fail ? res.writeHead(500).end('oops') : res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items('a')))));
  const { store, pipeline } = await open(t);
  const { feed } = await store.addFeed({ url });
  const now = new Date('2026-06-02T12:00:00Z');
  const failed = await pollFeed(feed, store, pipeline, { ...allowLoopback, now: () => now });
  assert.equal(failed.status, 'failed');
  const broken = await store.getFeed(feed.id);
  assert.match(broken?.lastError ?? '', /http-status.*500/u);
  assert.equal(broken?.errorCount, 1);
  assert.equal(broken?.nextPollAt, '2026-06-02T12:05:00.000Z');
  assert.equal((await store.feedsDue(now)).length, 0);
  fail = false;
  const later = new Date('2026-06-02T12:06:00Z');
  assert.deepEqual((await pollDue(store, pipeline, { ...allowLoopback, now: () => later })).map((r) => [r.status, r.newItems]), [['ok', 3]]);
  assert.equal((await store.getFeed(feed.id))?.errorCount, 0);
});

test("a 429's Retry-After sets the next poll; a malformed feed says so on the feed", async (t) => {
  const { url: busy } = await serve(t, (_req, res) => res.writeHead(429, { 'retry-after': '7200' }).end());
  const { url: broken } = await serve(t, (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><item><title>Unclosed'));
  const { store, pipeline } = await open(t);
  const now = new Date('2026-06-02T12:00:00Z');
  const a = (await store.addFeed({ url: busy })).feed;
  const b = (await store.addFeed({ url: broken })).feed;
  await pollFeed(a, store, pipeline, { ...allowLoopback, now: () => now });
  await pollFeed(b, store, pipeline, { ...allowLoopback, now: () => now });
  assert.equal((await store.getFeed(a.id))?.nextPollAt, '2026-06-02T14:00:00.000Z');
  assert.match((await store.getFeed(b.id))?.lastError ?? '', /malformed feed/u);
});

test('a feed in windows-1252, as its header says, is read with its accents', async (t) => {
  const text = rss([{ guid: 'c1', link: 'https://harbourtimes.example/cafe', title: 'Café owners count the cost', text: 'Café owners on the quay said the strike had cost them most of their summer trade, and asked the council for help with their rent.', date: 'Tue, 02 Jun 2026 09:00:00 GMT' }]).replace('UTF-8', 'windows-1252');
  const { url } = await serve(t, (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=windows-1252' }).end(iconv.encode(text, 'windows-1252')));
  const { store, pipeline } = await open(t);
  const { feed } = await store.addFeed({ url });
  assert.equal((await pollFeed(feed, store, pipeline, allowLoopback)).newItems, 1);
  const hits = await store.search('café', 5);
  assert.equal(hits.length, 1);
});

test('without --allow-private a feed on this machine is refused before any request, and the refusal is on the feed', async (t) => {
  const { url, hits } = await serve(t, (_req, res) => res.writeHead(200).end(rss(items('a'))));
  const { store, pipeline } = await open(t);
  const { feed } = await store.addFeed({ url });
  const report = await pollFeed(feed, store, pipeline);
  assert.equal(report.status, 'failed');
  assert.match((await store.getFeed(feed.id))?.lastError ?? '', /refused-address/u);
  assert.equal(hits(), 0);
});

test("an item that carries only a summary is stored with its page's article, fetched and extracted", async (t) => {
  const paragraphs = [
    'The harbour authority in Port Alvera agreed on Friday to hire six more pilots before winter, ending a strike that had kept ships waiting offshore for two weeks.',
    'Shipping lines had diverted eleven vessels to Tindvik during the walkout, according to figures released by the port on Thursday evening.',
    '“We asked for safe rosters, and we got them,” said Mara Quist, who chairs the pilots’ association, outside the port offices.',
  ];
  let base = '';
  const { url } = await serve(t, (req, res) => {
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([{ guid: 's1', link: `${base}/pilots`, title: 'Pilots end strike', text: 'The harbour authority agreed to hire six more pilots.', date: 'Tue, 02 Jun 2026 09:00:00 GMT' }]));
    } else if (req.url === '/pilots') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><head><title>Pilots end strike</title></head><body><nav><a href="/">Home</a></nav><article><h1>Pilots end strike</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
    } else res.writeHead(404).end();
  });
  base = url.replace('/feed.xml', '');
  const { store, pipeline } = await open(t);
  const { feed } = await store.addFeed({ url });
  assert.equal((await pollFeed(feed, store, pipeline, allowLoopback)).newItems, 1);
  const [hit] = await store.search('Quist', 5);
  assert.ok(hit, 'the page text, not only the summary, is stored');
  const article = await store.getArticle(hit.articleId);
  assert.deepEqual(article?.text.split('\n\n'), paragraphs);
});

test("an item's page that robots.txt disallows is not fetched: the summary is stored", async (t) => {
  let base = '';
  let pageHits = 0;
  const { url } = await serve(t, (req, res) => {
    if (req.url === '/robots.txt') res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /pilots\n');
    else if (req.url === '/feed.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([{ guid: 'r1', link: `${base}/pilots`, title: 'Pilots end strike', text: 'The harbour authority agreed on Friday to hire six more pilots before winter, ending the strike.', date: 'Tue, 02 Jun 2026 09:00:00 GMT' }]));
    else {
      pageHits++;
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Never read</p>');
    }
  });
  base = url.replace('/feed.xml', '');
  const { store, pipeline } = await open(t);
  const { feed } = await store.addFeed({ url });
  assert.equal((await pollFeed(feed, store, pipeline, allowLoopback)).newItems, 1);
  assert.equal(pageHits, 0);
  const [hit] = await store.search('strike', 5);
  assert.match((await store.getArticle(hit!.articleId))?.text ?? '', /^The harbour authority agreed on Friday/u);
});

test('every way a feed server can fail leaves its own error on the feed, and the round goes on', async (t) => {
  const zlib = await import('node:zlib');
  const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024));
  const servers: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    'never answers': () => undefined,
    drips: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const timer = setInterval(() => res.write('<'), 100);
      res.on('close', () => clearInterval(timer));
    },
    'too large': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(Buffer.alloc(3 * 1024 * 1024, 0x20));
    },
    'gzip bomb': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(bomb),
    'redirect loop': (req, res) => res.writeHead(302, { location: req.url === '/feed.xml' ? '/other.xml' : '/feed.xml' }).end(),
    '503': (_req, res) => res.writeHead(503).end(),
    'not a feed': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Hello</body></html>'),
  };
  const { store, pipeline } = await open(t);
  for (const [name, handler] of Object.entries(servers)) {
    const { url } = await serve(t, (req, res) => (req.url === '/robots.txt' ? res.writeHead(404).end() : handler(req, res)));
    await store.addFeed({ url, title: name });
  }
  const options = { fetch: { allowAddress: () => true, timeoutMs: 600, maxBytes: 1024 * 1024 } };
  const reports = await pollDue(store, pipeline, options);
  assert.equal(reports.length, Object.keys(servers).length);
  const errors = Object.fromEntries((await store.listFeeds()).map((f) => [f.title, f.lastError ?? '']));
  assert.match(errors['never answers'] ?? '', /^timeout/u);
  assert.match(errors['drips'] ?? '', /^timeout/u);
  assert.match(errors['too large'] ?? '', /larger than the size limit/u);
  assert.match(errors['gzip bomb'] ?? '', /larger than the size limit/u);
  assert.match(errors['redirect loop'] ?? '', /^redirect-loop/u);
  assert.match(errors['503'] ?? '', /^http-status.*503/u);
  assert.match(errors['not a feed'] ?? '', /not a feed/u);
});

test('polling in the background (as crosswire serve does) picks up a feed when it is due, and stops cleanly', async (t) => {
  const { url } = await serve(t, (req, res) => (req.url === '/feed.xml' ? res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items('a'))) : res.writeHead(404).end()));
  const { store, pipeline } = await open(t);
  const rounds: number[] = [];
  const loop = startPolling(store, pipeline, { ...allowLoopback, everyMs: 20, onRound: (reports) => rounds.push(reports.length) });
  for (let i = 0; i < 200 && (await store.stats()).articles === 0; i++) {
    if (i === 2) await store.addFeed({ url });
    await new Promise((r) => setTimeout(r, 20));
  }
  await loop.stop();
  assert.equal((await store.stats()).articles, 3);
  // Once polled, the feed is not due again for a while: one round found it.
  assert.deepEqual(rounds, [1]);
});

test("a feed whose server names no charset is read in the one its XML declaration names; one whose server names the wrong one, by its bytes", async (t) => {
  const item = { guid: 'c2', link: 'https://harbourtimes.example/cafe', title: 'Café owners count the cost', text: 'Café owners on the quay said the strike had cost them most of their summer trade.', date: 'Tue, 02 Jun 2026 09:00:00 GMT' };
  const latin = iconv.encode(rss([item]).replace('UTF-8', 'windows-1252'), 'windows-1252');
  const { url: unnamed } = await serve(t, (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(latin));
  const { url: wrong } = await serve(t, (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(latin));
  for (const url of [unnamed, wrong]) {
    const { store, pipeline } = await open(t);
    const { feed } = await store.addFeed({ url });
    assert.equal((await pollFeed(feed, store, pipeline, allowLoopback)).newItems, 1, url);
    assert.equal((await store.search('café', 5)).length, 1, url);
  }
});

test('every feed format is polled over HTTP: RSS 0.91, RSS 2.0, RDF, Atom and JSON Feed', async (t) => {
  const { readFileSync } = await import('node:fs');
  const { store, pipeline } = await open(t);
  const formats: Record<string, string> = { 'rss091.xml': 'application/rss+xml', 'rss2.xml': 'application/rss+xml', 'rdf.xml': 'application/rdf+xml', 'atom.xml': 'application/atom+xml', 'feed.json': 'application/feed+json' };
  const expected: Record<string, number> = { 'rss091.xml': 1, 'rss2.xml': 2, 'rdf.xml': 1, 'atom.xml': 1, 'feed.json': 1 };
  for (const [file, type] of Object.entries(formats)) {
    const body = readFileSync(new URL(`./fixtures/feeds/${file}`, import.meta.url));
    const { url } = await serve(t, (req, res) => (req.url === '/feed.xml' ? res.writeHead(200, { 'content-type': type }).end(body) : res.writeHead(404).end()));
    const { feed } = await store.addFeed({ url, title: file });
    const report = await pollFeed(feed, store, pipeline, allowLoopback);
    assert.deepEqual([report.status, report.newItems], ['ok', expected[file]], file);
  }
});

test('items with their own guids that share one address (a live blog, a podcast) are each stored', async (t) => {
  const shared = STORIES.map(([title, text], i) => ({ guid: `live-${i}`, link: 'https://harbourtimes.example/live', title: title as string, text: text as string, date: `Tue, 0${i + 2} Jun 2026 09:00:00 GMT` }));
  const { url } = await serve(t, (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(shared)));
  const { store, pipeline } = await open(t);
  const { feed } = await store.addFeed({ url });
  assert.equal((await pollFeed(feed, store, pipeline, allowLoopback)).newItems, 3);
});

test('an item stored by a round killed before it was remembered is not stored again, even if its text changed since', async (t) => {
  const { url } = await serve(t, (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items('a'))));
  const { store, pipeline } = await open(t);
  const { feed } = await store.addFeed({ url });
  // What the killed round left: the first item stored (with other text, its page read that time), not remembered.
  await pipeline.ingest({ kind: 'record', origin: `${url}#ht-0`, record: { id: 'ht-0', title: 'Pilots end strike at Port Alvera', text: 'A longer text read from the page in the round that was killed, about the pilots and the harbour authority in Port Alvera.', url: 'https://harbourtimes.example/a/0' } });
  const report = await pollFeed(feed, store, pipeline, allowLoopback);
  assert.deepEqual([report.newItems, report.duplicates], [2, 1]);
  assert.equal((await store.stats()).articles, 3);
});

test('a feed whose round fails inside Crosswire is recorded as failed, and the round goes on to the next feed', async (t) => {
  const { store, pipeline } = await open(t);
  await store.addFeed({ url: 'https://broken.example/feed' });
  await store.addFeed({ url: 'https://fine.example/feed' });
  const fetcher = async (u: string): Promise<import('../src/ingest/fetcher.js').FetchResult> => {
    if (u.startsWith('https://broken.example/')) throw new Error('database is locked');
    return { kind: 'not-modified', url: u, etag: null, lastModified: null };
  };
  const reports = await pollDue(store, pipeline, { fetcher, now: () => new Date('2026-06-02T12:00:00Z') });
  assert.deepEqual(reports.map((r) => r.status), ['failed', 'not-modified']);
  const broken = await store.getFeed('https://broken.example/feed');
  assert.match(broken?.lastError ?? '', /internal error: database is locked/u);
  assert.equal(broken?.nextPollAt, '2026-06-02T12:05:00.000Z');
});
