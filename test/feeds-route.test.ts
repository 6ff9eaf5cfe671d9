// The reader's outgoing feeds as a feed client gets them over HTTP (src/server/feeds.ts), on the demo
// corpus (written for the project): top, latest and for-you stories, a person's or a place's stories and
// a search's, each as Atom 1.0 (checked against RFC 4287 and for well-formedness) and JSON Feed 1.1
// (checked against its JSON Schema); one item per story, linking to the story on the origin the request
// came to; bad names and parameters answered with a message; and a story that grows keeps its item.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { Ajv } from 'ajv';
import { XMLValidator } from 'fast-xml-parser';
import type { Hono } from 'hono';
import { minhash } from '../src/analyze/minhash.js';
import { createApp } from '../src/server/app.js';
import { type DemoStore, demoStore } from './support/api-demo.js';
import { attr, checkAtom, children, isIriReference, isRfc3339, parseXml, textOf } from './support/atom-check.js';

const ORIGIN = 'http://127.0.0.1:8080';
const FEED_SIZE = 30;

const ajv = new Ajv({ allErrors: true });
ajv.addFormat('date-time', isRfc3339);
ajv.addFormat('iri-reference', isIriReference);
const validateJsonFeed = ajv.compile(JSON.parse(readFileSync(new URL('./support/jsonfeed-1.1.schema.json', import.meta.url), 'utf8')) as object);

let demo: DemoStore;
let app: Hono;

before(async () => {
  demo = await demoStore();
  assert.deepEqual(demo.imported.failed, []);
  app = createApp(demo.store);
});
after(async () => {
  await demo?.close();
});

/** One feed item as both formats have it. */
interface Item {
  id: string;
  url: string;
  title: string;
  updated: string;
  published: string;
  summary: string | null;
}
interface Feed {
  id: string | null;
  title: string;
  self: string;
  home: string;
  items: Item[];
  etag: string | null;
  body: string;
}

type XmlNode = ReturnType<typeof parseXml>;
const one = (node: XmlNode, name: string): XmlNode => {
  const [found] = children(node, name);
  assert.ok(found, `<${name}> expected`);
  return found;
};
const text = (node: XmlNode, name: string): string => textOf(one(node, name));

function readAtom(xml: string): Omit<Feed, 'etag' | 'body'> {
  assert.equal(XMLValidator.validate(xml), true, 'well-formed XML');
  assert.deepEqual(checkAtom(xml), [], 'a valid Atom feed');
  const feed = one(parseXml(xml), 'feed');
  const link = (node: XmlNode, rel: string): string => {
    const found = children(node, 'link').filter((l) => attr(l, 'rel') === rel);
    assert.equal(found.length, 1, `one link rel=${rel}`);
    return attr(found[0] as XmlNode, 'href') ?? '';
  };
  return {
    id: text(feed, 'id'),
    title: text(feed, 'title'),
    self: link(feed, 'self'),
    home: link(feed, 'alternate'),
    items: children(feed, 'entry').map((e) => ({
      id: text(e, 'id'),
      url: link(e, 'alternate'),
      title: text(e, 'title'),
      updated: text(e, 'updated'),
      published: text(e, 'published'),
      summary: children(e, 'summary').length ? text(e, 'summary') : null,
    })),
  };
}

interface JsonFeedDoc {
  title: string;
  feed_url: string;
  home_page_url: string;
  items: Array<{ id: string; url: string; title: string; date_modified: string; date_published: string; summary?: string }>;
}

function readJsonFeed(json: string): Omit<Feed, 'etag' | 'body'> {
  const doc: unknown = JSON.parse(json);
  assert.ok(validateJsonFeed(doc), `a valid JSON Feed 1.1: ${ajv.errorsText(validateJsonFeed.errors)}`);
  const d = doc as JsonFeedDoc;
  return {
    id: null,
    title: d.title,
    self: d.feed_url,
    home: d.home_page_url,
    items: d.items.map((i) => ({ id: i.id, url: i.url, title: i.title, updated: i.date_modified, published: i.date_published, summary: i.summary ?? null })),
  };
}

/** GETs a feed, checks its content type and validity for its format, and reads it. */
async function feed(path: string, origin = ORIGIN, target: Hono = app): Promise<Feed> {
  const res = await target.request(`${origin}${path}`);
  const body = await res.text();
  assert.equal(res.status, 200, `${path}: ${body.slice(0, 300)}`);
  const atom = new URL(path, origin).pathname.endsWith('.atom');
  assert.equal(res.headers.get('content-type'), atom ? 'application/atom+xml; charset=utf-8' : 'application/feed+json; charset=utf-8', path);
  const read = atom ? readAtom(body) : readJsonFeed(body);
  return { ...read, etag: res.headers.get('etag'), body };
}

/** The story ids a feed's items link to, checking one item per story and links on `origin`. */
function storyIds(f: Feed, origin = ORIGIN): number[] {
  const ids = f.items.map((item) => {
    const m = new RegExp(`^${origin.replace(/[.]/gu, '\\.')}/story/(\\d+)$`, 'u').exec(item.url);
    assert.ok(m, `${item.url} links to a story on ${origin}`);
    const id = Number(m[1]);
    assert.ok(item.updated >= item.published, `story ${id}: updated ${item.updated} is not before published ${item.published}`);
    assert.match(item.id, new RegExp(`^urn:crosswire:[^:]+:story:${id}$`, 'u'), 'the item id names its story');
    return id;
  });
  assert.equal(new Set(f.items.map((i) => i.id)).size, f.items.length, 'no two items share an id');
  assert.equal(new Set(ids).size, ids.length, 'one item per story');
  assert.ok(ids.length <= FEED_SIZE);
  return ids;
}

async function apiJson<T>(path: string): Promise<T> {
  const res = await app.request(path);
  assert.equal(res.status, 200, path);
  return (await res.json()) as T;
}

async function listIds(order: string, limit = FEED_SIZE): Promise<number[]> {
  return (await apiJson<{ stories: Array<{ id: number }> }>(`/api/stories?order=${order}&limit=${limit}`)).stories.map((s) => s.id);
}

/** A feed error: the status, as JSON with a message. */
async function feedError(path: string, status: number, message: RegExp): Promise<void> {
  const res = await app.request(path);
  const body = await res.text();
  assert.equal(res.status, status, `${path}: ${body.slice(0, 200)}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/u, path);
  assert.match((JSON.parse(body) as { error: string }).error, message, path);
}

describe('feeds over HTTP', () => {
  it('/feeds/top.atom: one entry per top story, in the order of /api/stories, linking to /story/ID; self and home links on the request’s origin', async () => {
    const f = await feed('/feeds/top.atom');
    const top = await listIds('top');
    assert.deepEqual(storyIds(f), top);
    assert.ok(f.items.length >= 10);
    assert.equal(f.self, `${ORIGIN}/feeds/top.atom`);
    assert.equal(f.home, `${ORIGIN}/`);
    assert.match(f.id ?? '', /^urn:crosswire:[^:]+:feed:top$/u);
    assert.equal(f.title, 'Crosswire: top stories');
    const stories = (await apiJson<{ stories: Array<{ id: number; headline: string }> }>('/api/stories?order=top&limit=30')).stories;
    assert.deepEqual(f.items.map((i) => i.title), stories.map((s) => s.headline));
  });

  it('/feeds/latest.json: a JSON Feed with one item per story, latest first', async () => {
    const f = await feed('/feeds/latest.json');
    assert.deepEqual(storyIds(f), await listIds('latest'));
    assert.equal(f.self, `${ORIGIN}/feeds/latest.json`);
    assert.equal(f.home, `${ORIGIN}/latest`);
    for (let i = 1; i < f.items.length; i++) {
      assert.ok((f.items[i - 1] as Item).updated >= (f.items[i] as Item).updated, 'latest first');
    }
  });

  it('each list in each format: valid, the same items with the same ids and times in Atom and JSON', async () => {
    for (const name of ['top', 'latest', 'for-you']) {
      const atom = await feed(`/feeds/${name}.atom`);
      const json = await feed(`/feeds/${name}.json`);
      assert.deepEqual(json.items.map((i) => [i.id, i.url, i.updated, i.published]), atom.items.map((i) => [i.id, i.url, i.updated, i.published]), name);
      assert.equal(json.self, `${ORIGIN}/feeds/${name}.json`);
    }
  });

  it('/feeds/for-you.atom: empty until something is followed, then the stories for you', async () => {
    const empty = await feed('/feeds/for-you.atom');
    assert.deepEqual(empty.items, []);
    const res = await app.request('/api/follows', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'topic', value: 'mackerel' }) });
    assert.equal(res.status, 201);
    const { follow } = (await res.json()) as { follow: { id: number } };
    try {
      const forYou = await listIds('for-you');
      assert.ok(forYou.length >= 2, 'the mackerel talks and the deal');
      for (const ext of ['atom', 'json']) {
        const f = await feed(`/feeds/for-you.${ext}`);
        assert.deepEqual(storyIds(f), forYou, ext);
        assert.equal(f.home, `${ORIGIN}/for-you`);
      }
    } finally {
      assert.equal((await app.request(`/api/follows/${follow.id}`, { method: 'DELETE' })).status, 204);
    }
  });

  it('/feeds/entity/TYPE/KEY.atom and .json: the stories naming a person or a place, keys with spaces and accents included', async () => {
    const entities = (await apiJson<{ entities: Array<{ type: string; key: string; name: string; stories: number }> }>('/api/entities?limit=200')).entities;
    const picks = [
      entities.find((e) => e.type === 'person' && /[^\x20-\x7e]/u.test(e.name)),
      entities.find((e) => e.type === 'person' && e.key.includes(' ')),
      entities.filter((e) => e.type === 'place').sort((a, b) => b.stories - a.stories)[0],
      entities.find((e) => e.type === 'organisation'),
    ];
    for (const e of picks) {
      assert.ok(e, 'the demo corpus names such an entity');
      const path = `/feeds/entity/${e.type}/${encodeURIComponent(e.key)}`;
      const page = await apiJson<{ stories: Array<{ id: number }> }>(`/api/entities/${e.type}/${encodeURIComponent(e.key)}?limit=30`);
      for (const ext of ['atom', 'json']) {
        const f = await feed(`${path}.${ext}`);
        assert.deepEqual(storyIds(f), page.stories.map((s) => s.id), `${e.type} ${e.key} (${ext})`);
        assert.ok(f.items.length >= 1);
        assert.equal(f.title, `Crosswire: ${e.name}`);
        assert.equal(decodeURIComponent(f.self), `${ORIGIN}/feeds/entity/${e.type}/${e.key}.${ext}`);
        assert.equal(decodeURIComponent(f.home), `${ORIGIN}/entity/${e.type}/${e.key}`);
      }
    }
  });

  it('/feeds/search.atom?q=… and .json: the stories whose articles hold the words', async () => {
    for (const q of ['mackerel', 'flood', 'port']) {
      const hits = (await apiJson<{ results: Array<{ storyId: number | null }> }>(`/api/search?q=${encodeURIComponent(q)}&limit=100`)).results;
      const expected = [...new Set(hits.map((h) => h.storyId).filter((id): id is number => id !== null))].sort((a, b) => a - b);
      assert.ok(expected.length >= 2, q);
      for (const ext of ['atom', 'json']) {
        const f = await feed(`/feeds/search.${ext}?q=${encodeURIComponent(q)}`);
        assert.deepEqual([...storyIds(f)].sort((a, b) => a - b), expected, `${q} (${ext})`);
        assert.equal(f.title, `Crosswire: stories on “${q}”`);
        assert.equal(new URL(f.self).searchParams.get('q'), q);
      }
    }
    const none = await feed('/feeds/search.json?q=zzyzx');
    assert.deepEqual(none.items, [], 'no story, an empty feed');
  });

  it('items link to the story on the origin the request came to, over a real socket too', async () => {
    const f = await feed('/feeds/top.json', 'http://localhost:4321');
    assert.equal(storyIds(f, 'http://localhost:4321').length, f.items.length);
    assert.equal(f.self, 'http://localhost:4321/feeds/top.json');

    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const res = await fetch(`${origin}/feeds/latest.atom`);
      assert.equal(res.status, 200);
      const read = readAtom(await res.text());
      assert.equal(read.self, `${origin}/feeds/latest.atom`);
      assert.ok(read.items.every((i) => i.url.startsWith(`${origin}/story/`)));
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('a feed revalidates by ETag: 304 with no body', async () => {
    const f = await feed('/feeds/latest.atom');
    assert.ok(f.etag);
    assert.equal((await feed('/feeds/latest.atom')).etag, f.etag, 'the same feed, the same tag');
    const res = await app.request(`${ORIGIN}/feeds/latest.atom`, { headers: { 'If-None-Match': f.etag } });
    assert.equal(res.status, 304);
    assert.equal(await res.text(), '');
  });

  it('an unknown feed is 404, a bad extension or a missing q 400, each with a message', async () => {
    await feedError('/feeds/nope.atom', 404, /no feed \/feeds\/nope\.atom/u);
    await feedError('/feeds/top.atom.json', 404, /no feed/u);
    await feedError('/feeds/entity/person/nobody%20at%20all.atom', 404, /no story names the person "nobody at all"/u);
    for (const path of ['/feeds/top.rss', '/feeds/top', '/feeds/latest.xml', '/feeds/.atom', '/feeds/entity/person/nobody.rss']) {
      await feedError(path, 400, /feeds end in \.atom or \.json/u);
    }
    await feedError('/feeds/entity/animal/cat.atom', 400, /type must be one of person, organisation, place/u);
    for (const q of ['', '?q=', '?q=%20%20', `?q=${'a'.repeat(201)}`]) {
      await feedError(`/feeds/search.atom${q}`, 400, /q is required/u);
      await feedError(`/feeds/search.json${q}`, 400, /q is required/u);
    }
  });

  // Last: it adds an article to the store.
  it('a story that gains an article keeps its item id; its updated time moves, its published time does not, and no item is added', async () => {
    const latest = await listIds('latest');
    const oldest = latest[latest.length - 1] as number;
    const story = await apiJson<{ headline: string; lastSeen: string; articleCount: number; articles: Array<{ id: number; copyOf: number | null; source: string | null }> }>(`/api/stories/${oldest}`);
    const original = story.articles.find((a) => a.copyOf === null && a.source !== null);
    assert.ok(original);
    const article = await apiJson<{ title: string; text: string }>(`/api/articles/${original.id}`);
    const before = { atom: await feed('/feeds/latest.atom'), json: await feed('/feeds/latest.json') };
    const itemOf = (f: Feed): Item => {
      const found = f.items.find((i) => i.url === `${ORIGIN}/story/${oldest}`);
      assert.ok(found, `story ${oldest} is in the feed`);
      return found;
    };

    // A wire republication an hour after the next oldest story's latest report, stored as a copy of one of
    // the oldest story's reports: that story then comes before the other in the latest.
    const next = await apiJson<{ lastSeen: string }>(`/api/stories/${latest[latest.length - 2]}`);
    const published = new Date(Date.parse(next.lastSeen) + 3_600_000).toISOString().replace(/\.\d{3}Z$/u, 'Z');
    const saved = await demo.store.saveArticle({
      dedupeKey: 'feeds-route-growth-1',
      contentHash: 'feeds-route-growth-1',
      origin: 'test/feeds-route-growth.html',
      url: 'https://quayside.example/wire/growth-1',
      title: article.title,
      text: article.text,
      byline: null,
      published,
      outlet: { name: 'Quayside Wire', domain: 'quayside.example' },
      lang: 'en',
      wordCount: article.text.split(/\s+/u).length,
      incomplete: null,
      removed: [],
      features: { terms: {}, lead: {}, mentions: [], numbers: [] },
      minhash: minhash(article.text),
      assignment: { storyId: oldest, reason: 'copy', score: 0.97, copyOf: original.id, ties: [] },
      headline: story.headline,
    });
    assert.equal(saved.storyId, oldest);
    const grown = await apiJson<{ articleCount: number; lastSeen: string }>(`/api/stories/${oldest}`);
    assert.equal(grown.articleCount, story.articleCount + 1);

    for (const ext of ['atom', 'json'] as const) {
      const after = await feed(`/feeds/latest.${ext}`);
      const [was, now] = [itemOf(before[ext]), itemOf(after)];
      assert.equal(now.id, was.id, `${ext}: the same item id`);
      assert.equal(now.published, was.published, `${ext}: published stays`);
      assert.notEqual(now.updated, was.updated, `${ext}: updated moves`);
      assert.equal(now.updated, published, `${ext}: to the new article's time`);
      assert.equal(after.items.length, before[ext].items.length, `${ext}: no item added`);
      assert.deepEqual([...after.items.map((i) => i.id)].sort(), [...before[ext].items.map((i) => i.id)].sort(), `${ext}: the same items`);
      assert.ok(storyIds(after).indexOf(oldest) < storyIds(before[ext]).indexOf(oldest), `${ext}: the story moves up the latest`);
      assert.notEqual(after.etag, before[ext].etag, `${ext}: a new ETag`);
    }
  });
});

describe('feeds on a store just imported, before any story has been read', () => {
  let cold: DemoStore;
  before(async () => {
    cold = await demoStore({ facts: false });
  });
  after(async () => {
    await cold?.close();
  });

  // What a feed client polling a reader right after an import gets: the second answer must not differ from
  // the first when nothing changed (feed-out.ts: "the same stories give the same bytes, so the feeds can be
  // cached"); an item whose content changes while its updated time stays is never shown again by most clients.
  it('asked twice with nothing changed, a feed is the same bytes: summaries are not missing from the first answer', async () => {
    const coldApp = createApp(cold.store);
    const first = await feed('/feeds/top.atom', ORIGIN, coldApp);
    const second = await feed('/feeds/top.atom', ORIGIN, coldApp);
    const summarised = (f: Feed): number => f.items.filter((i) => i.summary !== null).length;
    assert.equal(summarised(first), summarised(second), `items with a summary: ${summarised(first)} of ${first.items.length} in the first answer, ${summarised(second)} in the second`);
    assert.equal(first.body, second.body);
    assert.equal(first.etag, second.etag);
  });
});

