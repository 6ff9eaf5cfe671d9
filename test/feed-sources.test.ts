// Subscriptions kept in the store: added once however often they are added or imported, polling state that
// survives a restart, failures kept on their feed, and items recognised across polls by guid or address;
// then the `crosswire sources` commands end to end.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { minhash } from '../src/analyze/minhash.js';
import { canonicalItemUrl, feedItemKeys } from '../src/ingest/feed-items.js';
import { readOpml, writeOpml } from '../src/ingest/opml.js';
import type { Feed } from '../src/model.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { NewArticle } from '../src/store/store.js';
import { ROOT, cli, tempDir } from './support/helpers.js';

const HARBOUR = 'https://harbourtimes.example/feed';
const ISLAND = 'https://islandpost.example/rss.xml';

function openStore(t: { after(fn: () => void): void }): { store: SqliteStore; path: string } {
  const path = join(tempDir(t), 'feeds.db');
  const store = new SqliteStore(path);
  t.after(() => store.close());
  return { store, path };
}

function article(): NewArticle {
  const text = 'Harbour pilots in Port Alvera walked out on Monday over night-shift pay, and three ferries stayed in port.';
  return {
    dedupeKey: 'feed-test-1', contentHash: 'hash-feed-test-1', origin: `${HARBOUR}#ht-1`, url: 'https://harbourtimes.example/pilots',
    title: 'Harbour pilots walk out', text, byline: null, published: '2026-06-02T07:15:00Z', outlet: { name: 'Harbour Times', domain: 'harbourtimes.example' },
    lang: 'en', wordCount: 18, incomplete: null, removed: [],
    features: { terms: { pilot: 2 }, lead: { pilot: 1 }, mentions: [], numbers: [] }, minhash: minhash(text),
    assignment: { storyId: null, reason: 'new', score: 1, copyOf: null, ties: [] }, headline: 'Harbour pilots walk out',
  };
}

describe('feed subscriptions in the store', () => {
  it('adds a feed once, however often it is added; a later add only fills in what was missing', async (t) => {
    const { store } = openStore(t);
    const first = await store.addFeed({ url: HARBOUR });
    assert.equal(first.added, true);
    assert.deepEqual(
      { title: first.feed.title, errorCount: first.feed.errorCount, itemsSeen: first.feed.itemsSeen, nextPollAt: first.feed.nextPollAt },
      { title: null, errorCount: 0, itemsSeen: 0, nextPollAt: null },
    );
    const again = await store.addFeed({ url: HARBOUR, title: 'Harbour Times', category: 'Ports' });
    assert.equal(again.added, false);
    assert.equal(again.feed.id, first.feed.id);
    assert.equal(again.feed.title, 'Harbour Times');
    const renamed = await store.addFeed({ url: HARBOUR, title: 'Something else', category: 'Other' });
    assert.deepEqual([renamed.feed.title, renamed.feed.category], ['Harbour Times', 'Ports'], 'what is named stays named');
    await store.addFeed({ url: ISLAND, title: 'Island Post' });
    assert.deepEqual((await store.listFeeds()).map((f) => f.url), [HARBOUR, ISLAND]);
    assert.equal((await store.getFeed(ISLAND))?.title, 'Island Post');
    assert.equal((await store.getFeed(first.feed.id))?.url, HARBOUR);
    assert.equal(await store.getFeed(999), null);
  });

  it('imports the same OPML list twice without a duplicate', async (t) => {
    const { store } = openStore(t);
    const list = readOpml(writeOpml([
      { feedUrl: HARBOUR, title: 'Harbour Times', siteUrl: 'https://harbourtimes.example/', category: null },
      { feedUrl: ISLAND, title: 'Island Post', siteUrl: null, category: 'Islands' },
    ]));
    for (let round = 0; round < 2; round++) {
      const added = [];
      for (const s of list) added.push((await store.addFeed({ url: s.feedUrl, title: s.title, siteUrl: s.siteUrl, category: s.category })).added);
      assert.deepEqual(added, round === 0 ? [true, true] : [false, false]);
    }
    const feeds = await store.listFeeds();
    assert.equal(feeds.length, 2);
    assert.deepEqual(feeds.map((f) => [f.siteUrl, f.category]), [['https://harbourtimes.example/', null], [null, 'Islands']]);
  });

  it('removes a feed by id or address with the items seen in it, and leaves its articles', async (t) => {
    const { store, path } = openStore(t);
    const { feed } = await store.addFeed({ url: HARBOUR });
    const { articleId } = await store.saveArticle(article());
    await store.rememberFeedItem(feed.id, ['guid:ht-1', 'url:https://harbourtimes.example/pilots'], 'https://harbourtimes.example/pilots', articleId);
    assert.equal(await store.removeFeed(feed.id), true);
    assert.equal(await store.removeFeed(feed.id), false);
    assert.equal(await store.getFeed(HARBOUR), null);
    const raw = new Database(path, { readonly: true });
    t.after(() => raw.close());
    assert.equal((raw.prepare('SELECT COUNT(*) AS n FROM feed_items').get() as { n: number }).n, 0);
    assert.ok(await store.getArticle(articleId), 'the article stays');

    const back = await store.addFeed({ url: HARBOUR });
    assert.equal(await store.seenFeedItem(back.feed.id, ['guid:ht-1']), false, 'a new subscription starts with nothing seen');
    // The removed feed's number is never given again: removing it a second time removes nothing new.
    assert.notEqual(back.feed.id, feed.id);
    assert.equal(await store.removeFeed(feed.id), false);
    assert.ok(await store.getFeed(HARBOUR));
    assert.equal(await store.removeFeed(HARBOUR), true);
    assert.equal(await store.removeFeed('https://nowhere.example/feed'), false);
  });

  it('keeps the feeds and the items seen in them when a store from before ids were kept is upgraded', async (t) => {
    const path = join(tempDir(t), 'v11.db');
    const raw = new Database(path);
    raw.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.version <= 11)) {
      raw.exec(m.sql);
      raw.prepare('INSERT INTO schema_version (version) VALUES (?)').run(m.version);
    }
    raw.prepare("INSERT INTO feeds (id, url, title, added_at, etag, items_seen) VALUES (3, ?, 'Harbour Times', '2026-06-01T00:00:00Z', 'W/\"7\"', 12)").run(HARBOUR);
    raw.prepare("INSERT INTO feed_items (feed_id, item_key, url, seen_at) VALUES (3, 'guid:ht-1', 'https://harbourtimes.example/pilots', '2026-06-01T00:00:00Z')").run();
    // Rows a hand edit with foreign keys off could leave: an item of a removed feed, an item of a removed article.
    raw.pragma('foreign_keys = OFF');
    raw.prepare("INSERT INTO feed_items (feed_id, item_key, url, seen_at) VALUES (9, 'guid:gone', NULL, '2026-06-01T00:00:00Z')").run();
    raw.prepare("INSERT INTO feed_items (feed_id, item_key, url, article_id, seen_at) VALUES (3, 'guid:ht-2', NULL, 777, '2026-06-01T00:00:00Z')").run();
    raw.close();
    const store = new SqliteStore(path);
    t.after(() => store.close());
    const feed = await store.getFeed(HARBOUR);
    assert.deepEqual([feed?.id, feed?.title, feed?.etag, feed?.itemsSeen], [3, 'Harbour Times', 'W/"7"', 12]);
    assert.equal(await store.seenFeedItem(3, ['guid:ht-1']), true, 'the items seen are kept with their feed');
    assert.equal(await store.seenFeedItem(3, ['guid:ht-2']), true, 'an item whose article is gone is kept, without it');
    const check = new Database(path, { readonly: true });
    t.after(() => check.close());
    assert.deepEqual(check.pragma('foreign_key_check'), [], 'the upgraded store is consistent');
    assert.equal(await store.removeFeed(3), true);
    assert.notEqual((await store.addFeed({ url: HARBOUR })).feed.id, 3, 'and its number is not given again');
  });

  it('adds a feed while another process holds the write lock, waiting for it instead of failing', async (t) => {
    const { store, path } = openStore(t);
    await store.addFeed({ url: ISLAND });
    // Another process (an import beside the server) takes the write lock and keeps it for a moment.
    const writer = spawn(process.execPath, ['-e', `
      const Database = require('better-sqlite3');
      const db = new Database(${JSON.stringify(path)});
      db.exec('BEGIN IMMEDIATE');
      db.prepare("INSERT INTO feeds (url, added_at) VALUES ('https://c.example/feed', '2026-06-01T00:00:00Z')").run();
      process.stdout.write('locked\\n');
      setTimeout(() => { db.exec('COMMIT'); db.close(); }, 700);
    `], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = once(writer, 'exit');
    await once(writer.stdout, 'data');
    const { added, feed } = await store.addFeed({ url: HARBOUR });
    assert.equal(added, true);
    assert.equal(feed.url, HARBOUR);
    await exited;
    assert.deepEqual((await store.listFeeds()).map((f) => f.url).sort(), ['https://c.example/feed', HARBOUR, ISLAND].sort());
  });

  it('finds the feeds due: never polled, or their next poll has come, the most overdue first', async (t) => {
    const { store } = openStore(t);
    const now = new Date('2026-06-02T12:00:00Z');
    const a = (await store.addFeed({ url: 'https://a.example/feed' })).feed;
    const b = (await store.addFeed({ url: 'https://b.example/feed' })).feed;
    const c = (await store.addFeed({ url: 'https://c.example/feed' })).feed;
    const d = (await store.addFeed({ url: 'https://d.example/feed' })).feed;
    const polled = new Date('2026-06-02T11:00:00Z');
    const ok = { etag: null, lastModified: null, polledAt: polled, intervalS: 1800, newItems: 0 };
    await store.recordPollSuccess(a.id, { ...ok, nextPollAt: new Date('2026-06-02T11:30:00Z') });
    await store.recordPollSuccess(b.id, { ...ok, nextPollAt: new Date('2026-06-02T12:30:00Z') });
    await store.recordPollFailure(c.id, { error: 'timed out', polledAt: polled, nextPollAt: new Date('2026-06-02T11:10:00Z') });
    assert.deepEqual((await store.feedsDue(now)).map((f) => f.id), [d.id, c.id, a.id]);
    assert.deepEqual((await store.feedsDue(new Date('2026-06-02T13:00:00Z'))).map((f) => f.id), [d.id, c.id, a.id, b.id]);
  });

  it('keeps each poll on its feed: failures counted and shown, a success resets the count', async (t) => {
    const { store } = openStore(t);
    const { feed } = await store.addFeed({ url: HARBOUR });
    const at = (minutes: number): Date => new Date(Date.UTC(2026, 5, 2, 8, minutes));
    await store.recordPollSuccess(feed.id, { etag: '"v1"', lastModified: 'Tue, 02 Jun 2026 08:00:00 GMT', polledAt: at(0), nextPollAt: at(30), intervalS: 1800, newItems: 5 });
    await store.recordPollFailure(feed.id, { error: 'HTTP 503 Service Unavailable', polledAt: at(30), nextPollAt: at(40) });
    await store.recordPollFailure(feed.id, { error: 'connection refused', polledAt: at(40), nextPollAt: at(50) });
    let f = (await store.getFeed(feed.id)) as Feed;
    assert.deepEqual(
      [f.errorCount, f.lastError, f.lastErrorAt, f.lastSuccessAt, f.lastPolledAt, f.nextPollAt, f.etag, f.itemsSeen],
      [2, 'connection refused', at(40).toISOString(), at(0).toISOString(), at(40).toISOString(), at(50).toISOString(), '"v1"', 5],
      'a failure keeps the validators of the last good response',
    );
    await store.recordPollSuccess(feed.id, { etag: '"v2"', lastModified: null, polledAt: at(50), nextPollAt: at(80), intervalS: 1800, newItems: 2 });
    f = (await store.getFeed(feed.id)) as Feed;
    assert.deepEqual(
      [f.errorCount, f.lastSuccessAt, f.etag, f.lastModified, f.itemsSeen, f.pollIntervalS, f.lastError],
      [0, at(50).toISOString(), '"v2"', null, 7, 1800, 'connection refused'],
      'the last error stays on record, dated, after the feed recovers',
    );
  });

  it('recognises an item by its guid when its address changed, and by its address when it has no guid', async (t) => {
    const { store } = openStore(t);
    const { feed } = await store.addFeed({ url: HARBOUR });
    const other = (await store.addFeed({ url: ISLAND })).feed;
    const pilots = { guid: 'ht-1001', url: 'https://harbourtimes.example/2026/06/pilots' };
    const keys = feedItemKeys(pilots);
    assert.equal(await store.seenFeedItem(feed.id, keys), false);
    await store.rememberFeedItem(feed.id, keys, pilots.url, null);

    const moved = feedItemKeys({ guid: 'ht-1001', url: 'https://harbourtimes.example/news/pilots-walk-out' });
    assert.equal(await store.seenFeedItem(feed.id, moved), true, 'same guid at a new address');
    const tracked = feedItemKeys({ guid: null, url: 'https://harbourtimes.example/2026/06/pilots?utm_source=rss#comments' });
    assert.equal(await store.seenFeedItem(feed.id, tracked), true, 'no guid, same page with tracking added');
    assert.equal(await store.seenFeedItem(feed.id, feedItemKeys({ guid: 'ht-1002', url: 'https://harbourtimes.example/2026/06/ferries' })), false);
    assert.equal(await store.seenFeedItem(other.id, keys), false, 'items are seen per feed');
    assert.equal(await store.seenFeedItem(feed.id, []), false);

    const guidless = feedItemKeys({ guid: null, url: 'https://harbourtimes.example/2026/06/ferries' });
    await store.rememberFeedItem(feed.id, guidless, 'https://harbourtimes.example/2026/06/ferries', null);
    await store.rememberFeedItem(feed.id, guidless, 'https://harbourtimes.example/2026/06/ferries', null);
    assert.equal(await store.seenFeedItem(feed.id, guidless), true);
  });

  it('keeps subscriptions, polling state and seen items across closing and reopening the store', async (t) => {
    const path = join(tempDir(t), 'feeds.db');
    let store = new SqliteStore(path);
    const { feed } = await store.addFeed({ url: HARBOUR, title: 'Harbour Times' });
    const polled = new Date('2026-06-02T08:00:00Z');
    await store.recordPollSuccess(feed.id, { etag: '"abc"', lastModified: null, polledAt: polled, nextPollAt: new Date('2026-06-02T08:30:00Z'), intervalS: 1800, newItems: 1 });
    await store.recordPollFailure(feed.id, { error: 'HTTP 500', polledAt: new Date('2026-06-02T08:30:00Z'), nextPollAt: new Date('2026-06-02T09:00:00Z') });
    await store.rememberFeedItem(feed.id, feedItemKeys({ guid: 'ht-1', url: null }), null, null);
    const before = await store.getFeed(feed.id);
    await store.close();

    store = new SqliteStore(path);
    t.after(() => store.close());
    assert.deepEqual(await store.getFeed(feed.id), before);
    assert.equal(await store.seenFeedItem(feed.id, ['guid:ht-1']), true);
    assert.deepEqual((await store.feedsDue(new Date('2026-06-02T08:45:00Z'))).length, 0, 'not polled again before its time after a restart');
    assert.equal((await store.addFeed({ url: HARBOUR })).added, false);
  });
});

describe('feed item keys', () => {
  it('makes a guid key and a url key, the address without fragment or tracking parameters', () => {
    assert.deepEqual(feedItemKeys({ guid: 'ht-1', url: 'https://Harbourtimes.example/a?id=7&utm_source=rss&utm_medium=feed#top' }), [
      'guid:ht-1',
      'url:https://harbourtimes.example/a?id=7',
    ]);
    assert.deepEqual(feedItemKeys({ guid: null, url: null }), []);
    assert.equal(canonicalItemUrl('https://a.example/x?q=a%20b&fbclid=1'), 'https://a.example/x?q=a%20b', 'the rest of the query is kept as written');
    assert.equal(canonicalItemUrl('not an address'), null);
  });
});

describe('crosswire sources', () => {
  it('adds, lists, exports, imports back, and removes', (t) => {
    const dir = tempDir(t);
    const db = join(dir, 'c.db');
    const added = cli(db, 'sources', 'add', '--no-check', HARBOUR, '--title', 'Harbour Times', '--category', 'Ports');
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /^added feed 1: https:\/\/harbourtimes\.example\/feed$/mu);
    assert.match(cli(db, 'sources', 'add', '--no-check', HARBOUR).stdout, /already subscribed: feed 1/u);
    assert.equal(cli(db, 'sources', 'add', '--no-check', ISLAND).code, 0);

    const table = cli(db, 'sources', 'list').stdout.split('\n');
    assert.match(table[0] ?? '', /^id\s+title\s+url\s+last success\s+last error\s+errors\s+next poll$/u);
    assert.match(table[1] ?? '', /^1\s+Harbour Times\s+https:\/\/harbourtimes\.example\/feed\s+never\s+-\s+0\s+due$/u);
    assert.match(table[2] ?? '', /^2\s+-\s+https:\/\/islandpost\.example\/rss\.xml\s+never/u);
    const listed = JSON.parse(cli(db, 'sources', 'list', '--json').stdout) as Feed[];
    assert.deepEqual(listed.map((f) => [f.id, f.url, f.title, f.category, f.errorCount, f.lastError]), [
      [1, HARBOUR, 'Harbour Times', 'Ports', 0, null],
      [2, ISLAND, null, null, 0, null],
    ]);

    const opml = join(dir, 'out.opml');
    const exported = cli(db, 'sources', 'export', '--output', opml);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /2 feeds written/u);
    assert.equal(cli(db, 'sources', 'export').stdout.trim(), readFileSync(opml, 'utf8').trim(), 'standard output holds the same list');

    const fresh = join(dir, 'fresh.db');
    const imported = cli(fresh, 'sources', 'import', opml);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /^2 added, 0 already present$/mu);
    // OPML keeps feeds in folders, so the order may change on the way; nothing else does.
    const strip = (feeds: Feed[]): unknown => feeds.map((f) => [f.url, f.title, f.category, f.siteUrl]).sort();
    assert.deepEqual(strip(JSON.parse(cli(fresh, 'sources', 'list', '--json').stdout) as Feed[]), strip(listed), 'the list round-trips');
    assert.match(cli(fresh, 'sources', 'import', opml).stdout, /^0 added, 2 already present$/mu);

    const removed = cli(db, 'sources', 'remove', '1');
    assert.equal(removed.code, 0, removed.stderr);
    assert.match(removed.stdout, /removed feed 1: https:\/\/harbourtimes\.example\/feed/u);
    assert.equal(cli(db, 'sources', 'remove', ISLAND).code, 0);
    assert.match(cli(db, 'sources', 'list').stdout, /No feeds yet/u);
    const empty = join(dir, 'empty.opml');
    assert.equal(cli(db, 'sources', 'export', '--output', empty).code, 0);
    assert.match(cli(fresh, 'sources', 'import', empty).stdout, /^0 added, 0 already present$/mu, 'an empty list exports and imports too');
  });

  it('refuses a bad address, a file that is not OPML, and an unknown feed with exit code 2, adding nothing', (t) => {
    const dir = tempDir(t);
    const db = join(dir, 'c.db');
    for (const bad of ['harbourtimes.example/feed', 'ftp://harbourtimes.example/feed']) {
      const r = cli(db, 'sources', 'add', '--no-check', bad);
      assert.equal(r.code, 2, `${bad}: ${r.stderr}`);
      assert.match(r.stderr, /not an (absolute|http or https) address/u);
    }
    const feedFile = join(dir, 'feed.opml');
    writeFileSync(feedFile, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Times</title><item><link>${HARBOUR}</link></item></channel></rss>`);
    const notOpml = cli(db, 'sources', 'import', feedFile);
    assert.equal(notOpml.code, 2);
    assert.match(notOpml.stderr, /feed\.opml: not an OPML subscription list/u);
    assert.equal(cli(db, 'sources', 'import', join(dir, 'missing.opml')).code, 2);

    const mixed = join(dir, 'mixed.opml');
    writeFileSync(mixed, `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
      <outline text="Harbour Times" xmlUrl="${HARBOUR}"/><outline text="Local" xmlUrl="file:///etc/passwd"/></body></opml>`);
    assert.match(cli(db, 'sources', 'import', mixed).stdout, /^1 added, 0 already present, 1 skipped \(not an http or https address\)$/mu);
    assert.equal((JSON.parse(cli(db, 'sources', 'list', '--json').stdout) as Feed[]).length, 1);

    for (const missing of ['42', 'https://nowhere.example/feed']) {
      const r = cli(db, 'sources', 'remove', missing);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no feed .* \(see crosswire sources list\)/u);
    }
  });
});
