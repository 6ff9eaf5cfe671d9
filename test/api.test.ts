// The JSON API on the demo corpus (written for the project), imported the way `crosswire ingest` imports
// it: every endpoint's answers are validated against the OpenAPI document the server itself serves, every
// documented parameter rule is tried and answered 400 with a message, lists page by cursor without losing or
// repeating anything, ETags revalidate, and follows, mutes and subscriptions made through the API change
// what the reader shows the way the web pages do. No request leaves this machine.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { fillStoryFacts } from '../src/facts.js';
import { Pipeline } from '../src/pipeline.js';
import { createApp } from '../src/server/app.js';
import { type DemoStore, demoStore, emptyStore } from './support/api-demo.js';
import { type ApiResponse, OpenApiChecker, documentProblems, honoToOpenApi } from './support/api-openapi.js';

interface Listed {
  next: string | null;
}
interface StoryItem {
  id: number;
  headline: string;
  outlets: string[];
  lastSeen: string;
  articleCount: number;
  reportCount: number;
  followed: boolean;
}
interface StoryDetail extends StoryItem {
  articles: Array<{ id: number; source: string | null; copyOf: number | null }>;
  facts: {
    entities: Array<{ type: string; key: string; name: string }>;
    quotes: Array<{ speaker: string | null }>;
    claims: unknown[];
    summary: Array<{ text: string }>;
  };
  thread: { id: number; stories: Array<{ id: number }> } | null;
}
interface Entity {
  type: string;
  key: string;
  name: string;
  stories: number;
}
interface EntityPage extends Listed {
  entity: Entity;
  keys: string[];
  stories: StoryItem[];
  quotes: Array<{ storyId: number; quote: { speaker: string | null } }>;
  following: Follow | null;
}
interface Follow {
  id: number;
  kind: string;
  value: string;
  label: string;
  mode: string;
}
interface Source {
  id: number;
  name: string;
  articles: number;
}
interface Subscription {
  id: number;
  url: string;
  title: string | null;
  category: string | null;
}
interface ErrorBody {
  error: string;
  movedTo?: number;
}

let demo: DemoStore;
let app: Hono;
let api: OpenApiChecker;

before(async () => {
  demo = await demoStore();
  assert.deepEqual(demo.imported.failed, []);
  app = createApp(demo.store);
  api = await OpenApiChecker.load(app);
});
after(async () => {
  await demo?.close();
});

interface CallOptions {
  /** Sent as JSON (Content-Type: application/json unless `contentType` says otherwise). */
  json?: unknown;
  /** Sent as is. */
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** A request to the app, its answer checked against the OpenAPI document. */
async function call(method: string, url: string, o: CallOptions = {}, target: Hono = app): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...o.headers };
  let body: string | undefined;
  if (o.json !== undefined) {
    body = JSON.stringify(o.json);
    headers['content-type'] = 'application/json';
  }
  if (o.body !== undefined) body = o.body;
  if (o.contentType !== undefined) headers['content-type'] = o.contentType;
  const res = await target.request(url, { method, headers, ...(body === undefined ? {} : { body }) });
  return api.check(method, url, res);
}

/** A GET that must answer 200; its (validated) body. */
async function ok<T>(url: string): Promise<T> {
  const r = await call('GET', url);
  assert.equal(r.status, 200, `GET ${url}: ${r.text.slice(0, 300)}`);
  return r.body as T;
}

/** A request that must answer 400 with an error message matching `message`. */
async function bad(method: string, url: string, message: RegExp, o: CallOptions = {}): Promise<void> {
  const where = `${method} ${url} ${o.json !== undefined ? JSON.stringify(o.json).slice(0, 120) : (o.body ?? '')}`;
  const r = await call(method, url, o);
  assert.equal(r.status, 400, `${where}: ${r.text.slice(0, 300)}`);
  assert.match((r.body as ErrorBody).error, message, where);
}

const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
const withCursor = (url: string, cursor: string): string => `${url}${url.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`;

/** Walks a list page by page through `next`; the ids it shows, in order. */
async function walk<T>(url: string, key: string, idOf: (item: T) => string | number, limit: number, fullPages = true): Promise<Array<string | number>> {
  const ids: Array<string | number> = [];
  let cursor: string | null = null;
  for (let pages = 1; ; pages++) {
    assert.ok(pages <= 1000, `${url}: paging never ends`);
    const page: Listed & Record<string, unknown> = await ok<Listed & Record<string, unknown>>(cursor === null ? url : withCursor(url, cursor));
    const items = page[key] as T[];
    ids.push(...items.map(idOf));
    if (page.next === null) return ids;
    if (fullPages) assert.equal(items.length, limit, `${url}: a page before the last is full`);
    else assert.ok(items.length <= limit, `${url}: at most ${limit} items`);
    cursor = page.next;
  }
}

const dupes = <T>(values: readonly T[]): T[] => values.filter((v, i) => values.indexOf(v) !== i);

async function allStories(order = 'latest'): Promise<StoryItem[]> {
  const page = await ok<Listed & { stories: StoryItem[] }>(`/api/stories?order=${order}&limit=100`);
  assert.equal(page.next, null, 'the demo corpus fits one page of 100');
  return page.stories;
}

async function storyDetail(id: number): Promise<StoryDetail> {
  return ok<StoryDetail>(`/api/stories/${id}`);
}

async function follows(): Promise<Follow[]> {
  return (await ok<{ follows: Follow[] }>('/api/follows')).follows;
}

async function clearFollows(): Promise<void> {
  for (const f of await follows()) assert.equal((await call('DELETE', `/api/follows/${f.id}`)).status, 204);
  assert.deepEqual(await follows(), []);
}

async function follow(kind: string, value: string, mode = 'follow'): Promise<Follow> {
  const body = { kind, value, mode };
  assert.equal(api.requestBodyProblems('POST', '/api/follows', body), null, 'a body the server accepts is one the document allows');
  const r = await call('POST', '/api/follows', { json: body });
  assert.equal(r.status, 201, `follow ${kind} ${value}: ${r.text}`);
  return (r.body as { follow: Follow }).follow;
}

/** The person named in the most stories. */
async function busiestPerson(): Promise<Entity> {
  const people = (await ok<{ entities: Entity[] }>('/api/entities?type=person&limit=200')).entities;
  const best = [...people].sort((a, b) => b.stories - a.stories)[0];
  assert.ok(best, 'the demo corpus names people');
  return best;
}

async function entityStories(e: Entity): Promise<number[]> {
  const page = await ok<EntityPage>(`/api/entities/${e.type}/${encodeURIComponent(e.key)}?limit=100`);
  return page.stories.map((s) => s.id);
}

const ids = (stories: readonly { id: number }[]): number[] => stories.map((s) => s.id);
const sorted = (values: Iterable<number>): number[] => [...values].sort((a, b) => a - b);

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1: its references resolve, its schemas compile as JSON Schema 2020-12, its path parameters match its paths', () => {
    assert.deepEqual(documentProblems(api), []);
  });

  it('describes exactly the /api routes the app has, no more and no fewer', () => {
    const routes = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.method !== 'ALL')
        .map((r) => `${r.method} ${honoToOpenApi(r.path)}`),
    );
    const documented = new Set(api.operations.map((o) => `${o.method} ${o.template}`));
    assert.deepEqual([...routes].filter((r) => !documented.has(r)), [], 'routes the document does not describe');
    assert.deepEqual([...documented].filter((d) => !routes.has(d)), [], 'documented operations the app does not have');
    // A route registered for every method under /api/ (other than the catch-all) would escape the comparison.
    assert.deepEqual(app.routes.filter((r) => r.method === 'ALL' && r.path.startsWith('/api/') && r.path !== '/api/*'), []);
  });

  it('documents the write guard’s answers (400, 401, 403) on every write', () => {
    for (const o of api.operations.filter((x) => x.method !== 'GET')) {
      const statuses = Object.keys(o.op.responses as object);
      for (const s of ['400', '401', '403']) assert.ok(statuses.includes(s), `${o.method} ${o.template} documents ${s}`);
    }
  });
});

describe('every endpoint answers as the document says', () => {
  it('GET /api/stories, in each order', async () => {
    const latest = await allStories('latest');
    assert.ok(latest.length >= 10, `the demo corpus makes stories (${latest.length})`);
    for (let i = 1; i < latest.length; i++) {
      const [a, b] = [latest[i - 1] as StoryItem, latest[i] as StoryItem];
      // By day: the times come as the articles gave them, some without a zone.
      assert.ok(a.lastSeen.slice(0, 10) >= b.lastSeen.slice(0, 10), `latest first: ${a.id} (${a.lastSeen}) before ${b.id} (${b.lastSeen})`);
    }
    const top = await allStories('top');
    assert.deepEqual(sorted(ids(top)), sorted(ids(latest)), 'top ranks the same stories');
    assert.deepEqual(await allStories('for-you'), [], 'nothing followed: nothing for you');
    const byDefault = await ok<{ stories: StoryItem[] }>('/api/stories');
    assert.deepEqual(ids(byDefault.stories), ids(top).slice(0, 30), 'top is the default order');
  });

  it('GET /api/stories/{id} for every story: its articles, its facts across outlets, its thread', async () => {
    const stories = await allStories();
    let threads = 0;
    let quotes = 0;
    let claims = 0;
    for (const s of stories) {
      const d = await storyDetail(s.id);
      assert.equal(d.id, s.id);
      assert.equal(d.headline, s.headline);
      assert.equal(d.articles.length, s.articleCount);
      assert.equal(d.articles.filter((a) => a.copyOf === null).length, s.reportCount);
      assert.ok(d.facts.summary.length >= 1, `story ${s.id} has a summary`);
      assert.ok(d.facts.entities.length >= 1, `story ${s.id} names people, organisations or places`);
      if (d.thread) {
        threads++;
        assert.ok(ids(d.thread.stories).includes(s.id), `story ${s.id} is in its own thread`);
      }
      quotes += d.facts.quotes.length;
      claims += d.facts.claims.length;
    }
    assert.ok(threads >= 2, 'the mackerel talks and deal are one thread');
    assert.ok(quotes >= 5, `statements are found (${quotes})`);
    assert.ok(claims >= 5, `figures are found (${claims})`);
  });

  it('GET /api/stories/{id}: 404 for an unknown story, 301 to where a merged story went', async () => {
    const missing = await call('GET', '/api/stories/987654');
    assert.equal(missing.status, 404);
    assert.match((missing.body as ErrorBody).error, /987654/u);

    // A store of its own: two stories, one merged into the other.
    const small = emptyStore();
    try {
      const pipeline = await Pipeline.open(small.store);
      const a = await pipeline.ingest({
        kind: 'record',
        origin: 'test/api-merge.jsonl#1',
        record: {
          id: 'merge-1', source: 'Quayside Wire', published: '2026-02-02T09:00:00Z', title: 'Tarnholm council approves new tram line',
          text: 'The Tarnholm city council approved a 14-kilometre tram line on Monday, Mayor Elin Varg said.\n\n"This line will carry 40,000 people a day," Varg told reporters after the vote.',
        },
      });
      const b = await pipeline.ingest({
        kind: 'record',
        origin: 'test/api-merge.jsonl#2',
        record: {
          id: 'merge-2', source: 'Fenmoor Daily', published: '2026-02-03T10:00:00Z', title: 'Drought cuts Fenmoor barley harvest by a third',
          text: 'Farmers in Fenmoor harvested a third less barley this year after the driest summer on record, the regional farmers union said on Tuesday.\n\nUnion chair Tomas Reid said 200 farms had asked for emergency loans.',
        },
      });
      assert.ok(a.status === 'new' && b.status === 'new');
      assert.notEqual(a.storyId, b.storyId, 'two unrelated reports are two stories');
      await small.store.mergeStories(b.storyId, a.storyId, 'Tarnholm council approves new tram line', 0.5);
      const smallApp = createApp(small.store);
      const moved = await call('GET', `/api/stories/${b.storyId}`, {}, smallApp);
      assert.equal(moved.status, 301);
      assert.equal(moved.headers.get('location'), `/api/stories/${a.storyId}`);
      assert.equal((moved.body as ErrorBody).movedTo, a.storyId);
      const there = await call('GET', `/api/stories/${a.storyId}`, {}, smallApp);
      assert.equal(there.status, 200);
      assert.equal((there.body as StoryDetail).articles.length, 2);
    } finally {
      await small.close();
    }
  });

  it('GET /api/articles and /api/articles/{id} for every article', async () => {
    const listing = await ok<Listed & { articles: Array<{ id: number; title: string; storyId: number | null }> }>('/api/articles?limit=200');
    assert.equal(listing.next, null);
    assert.equal(listing.articles.length, demo.imported.new, 'every imported article is listed');
    const storyIds = new Set(ids(await allStories()));
    for (const a of listing.articles) {
      const full = await ok<{ id: number; title: string; text: string; storyId: number | null }>(`/api/articles/${a.id}`);
      assert.equal(full.id, a.id);
      assert.equal(full.title, a.title);
      assert.ok(full.text.length > 100, `article ${a.id} has its text`);
      assert.ok(full.storyId !== null && storyIds.has(full.storyId), `article ${a.id} is in a listed story`);
    }
    const missing = await call('GET', '/api/articles/987654');
    assert.equal(missing.status, 404);
    assert.match((missing.body as ErrorBody).error, /987654/u);
  });

  it('GET /api/entities, all and by type, and /api/entities/{type}/{key} with stories and quotes', async () => {
    const all = (await ok<{ entities: Entity[] }>('/api/entities?limit=200')).entities;
    assert.ok(all.length >= 20, `entities are found (${all.length})`);
    let quotes = 0;
    for (const type of ['person', 'organisation', 'place']) {
      const some = (await ok<{ entities: Entity[] }>(`/api/entities?type=${type}&limit=200`)).entities;
      assert.ok(some.length >= 2, `${type}: some`);
      assert.ok(some.every((e) => e.type === type), `only ${type}`);
      assert.deepEqual(some.map((e) => `${e.type}:${e.key}`), all.filter((e) => e.type === type).map((e) => `${e.type}:${e.key}`), `${type}: the same as in the full list, in its order`);
      for (const e of some.slice(0, 8)) {
        const page = await ok<EntityPage>(`/api/entities/${type}/${encodeURIComponent(e.key)}`);
        assert.equal(page.entity.key, e.key);
        assert.equal(page.entity.name, e.name);
        assert.ok(page.keys.includes(e.key));
        assert.ok(page.stories.length >= 1, `${type} ${e.key} has stories`);
        assert.equal(page.following, null);
        quotes += page.quotes.length;
      }
    }
    assert.ok(quotes >= 1, 'the people most covered are quoted');
    const unknown = await call('GET', '/api/entities/person/nobody%20at%20all');
    assert.equal(unknown.status, 404);
    assert.match((unknown.body as ErrorBody).error, /nobody at all/u);
  });

  it('GET /api/sources and /api/sources/{id}', async () => {
    const sources = (await ok<{ sources: Source[] }>('/api/sources')).sources;
    assert.ok(sources.length >= 10);
    const articles = (await ok<{ articles: Array<{ source: { id: number } | null }> }>('/api/articles?limit=200')).articles;
    for (const s of sources) {
      const page = await ok<{ source: Source & { stories: number }; stories: StoryItem[]; following: Follow | null }>(`/api/sources/${s.id}`);
      assert.equal(page.source.name, s.name);
      assert.equal(page.source.articles, s.articles);
      assert.equal(articles.filter((a) => a.source?.id === s.id).length, s.articles, `${s.name}: its article count`);
      assert.equal(page.stories.length, page.source.stories, `${s.name}: its stories`);
      assert.ok(page.stories.every((x) => x.outlets.includes(s.name)), `${s.name}: its stories name it`);
    }
    const missing = await call('GET', '/api/sources/987654');
    assert.equal(missing.status, 404);
  });

  it('GET /api/search: hits with snippets; search syntax in the words is not an error', async () => {
    const found = await ok<{ query: string; results: Array<{ articleId: number; storyId: number | null; snippet: string }> }>('/api/search?q=%20mackerel%20');
    assert.equal(found.query, 'mackerel');
    assert.ok(found.results.length >= 3);
    assert.ok(found.results.every((r) => /mackerel/iu.test(r.snippet)));
    for (const q of ['"', '*', 'AND (', 'NEAR(', 'title:x', '-', 'mackerel OR', "l'eau"]) {
      const r = await call('GET', `/api/search?q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200, `q=${q}: ${r.text.slice(0, 200)}`);
    }
    const longest = await call('GET', `/api/search?q=${'a'.repeat(200)}`);
    assert.equal(longest.status, 200, 'q of exactly 200 characters');
  });

  it('GET /api/follows and /api/subscriptions: empty on a fresh store', async () => {
    assert.deepEqual(await follows(), []);
    assert.deepEqual((await ok<{ subscriptions: unknown[] }>('/api/subscriptions')).subscriptions, []);
  });

  it('an unknown endpoint is a JSON 404 that names it', async () => {
    for (const [method, path] of [['GET', '/api/nothing'], ['POST', '/api/stories'], ['DELETE', '/api/stories/1'], ['PUT', '/api/follows']]) {
      const res = await app.request(path as string, { method });
      assert.equal(res.status, 404, `${method} ${path}`);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/u);
      assert.match(((await res.json()) as ErrorBody).error, new RegExp(path as string, 'u'));
    }
  });
});

describe('bad parameters: 400 with a message naming the problem', () => {
  it('limit: 0, not a number, negative, fractional, empty, above the maximum', async () => {
    const maxima: Array<[string, number]> = [['/api/stories', 100], ['/api/articles', 200], ['/api/entities', 200], ['/api/search?q=port', 100]];
    for (const [url, max] of maxima) {
      for (const limit of ['0', 'abc', '-1', '1.5', '', '1e2', String(max + 1), '9999999']) {
        await bad('GET', `${url}${url.includes('?') ? '&' : '?'}limit=${limit}`, new RegExp(`limit must be an integer from 1 to ${max}`, 'u'));
      }
      assert.equal((await call('GET', `${url}${url.includes('?') ? '&' : '?'}limit=${max}`)).status, 200, `${url} limit=${max}`);
    }
    const person = await busiestPerson();
    const sources = (await ok<{ sources: Source[] }>('/api/sources')).sources;
    await bad('GET', `/api/entities/person/${encodeURIComponent(person.key)}?limit=0`, /limit/u);
    await bad('GET', `/api/entities/person/${encodeURIComponent(person.key)}?limit=101`, /limit/u);
    await bad('GET', `/api/sources/${sources[0]?.id}?limit=abc`, /limit/u);
    await bad('GET', `/api/sources/${sources[0]?.id}?limit=101`, /limit/u);
  });

  it('cursor: one the server never gave out, or one of another list', async () => {
    const latestCursor = (await ok<Listed>('/api/stories?order=latest&limit=1')).next as string;
    const topCursor = (await ok<Listed>('/api/stories?order=top&limit=1')).next as string;
    const articleCursor = (await ok<Listed>('/api/articles?limit=1')).next as string;
    assert.ok(latestCursor && topCursor && articleCursor);
    const cases: string[] = [
      '/api/stories?cursor=nonsense',
      '/api/stories?order=latest&cursor=%%%',
      `/api/stories?order=latest&cursor=${b64({ t: '2026-05-01T00:00:00Z', i: 'seven' })}`,
      `/api/stories?order=latest&cursor=${b64([1, 2])}`,
      `/api/stories?order=top&cursor=${b64({ r: '2026-05-01T00:00:00Z', s: 'high', i: 3 })}`,
      `/api/stories?order=top&cursor=${latestCursor}`,
      `/api/stories?order=latest&cursor=${topCursor}`,
      `/api/stories?order=for-you&cursor=${articleCursor}`,
      `/api/articles?cursor=${latestCursor}`,
      '/api/articles?cursor=-1',
      '/api/articles?cursor=1.5',
      '/api/entities?cursor=abc',
      '/api/entities?cursor=-5',
      `/api/entities?cursor=${topCursor}`,
      '/api/search?q=port&cursor=abc',
      `/api/search?q=port&cursor=${latestCursor}`,
    ];
    const person = await busiestPerson();
    const sources = (await ok<{ sources: Source[] }>('/api/sources')).sources;
    cases.push(`/api/entities/person/${encodeURIComponent(person.key)}?cursor=nonsense`, `/api/sources/${sources[0]?.id}?cursor=${topCursor}`);
    for (const url of cases) await bad('GET', url, /cursor/u);
  });

  // cursor.ts: "a tampered or stale cursor is a clear 400 rather than a wrong page".
  it('cursor of order=top whose fields have the right types but no time in it', async () => {
    await bad('GET', `/api/stories?order=top&cursor=${b64({ r: 'not a time', s: 1, i: 3 })}`, /cursor/u);
  });

  it('cursor of order=latest whose fields have the right types but no time in it', async () => {
    await bad('GET', `/api/stories?order=latest&cursor=${b64({ t: 'not a time', i: 3 })}`, /cursor/u);
  });

  it('order and type: not one of the documented values', async () => {
    for (const order of ['best', 'TOP', 'oldest', 'for_you']) await bad('GET', `/api/stories?order=${order}`, /order must be one of top, latest, for-you/u);
    for (const type of ['animal', 'people', 'Person']) {
      await bad('GET', `/api/entities?type=${type}`, /type must be one of person, organisation, place/u);
      await bad('GET', `/api/entities/${type}/lumora%20home`, /type must be one of person, organisation, place/u);
    }
  });

  it('ids: not a positive integer', async () => {
    for (const id of ['abc', '0', '-1', '1.5', '1e3', '0x10', '%20', '9999999999999']) {
      for (const path of ['/api/stories/', '/api/articles/', '/api/sources/']) await bad('GET', `${path}${id}`, /id must be a positive integer/u);
      for (const path of ['/api/follows/', '/api/subscriptions/']) await bad('DELETE', `${path}${id}`, /id must be a positive integer/u);
    }
  });

  it('search: q missing, empty, blank or longer than 200 characters', async () => {
    for (const url of ['/api/search', '/api/search?q=', '/api/search?q=%20%20%20', '/api/search?limit=5']) await bad('GET', url, /q is required/u);
    await bad('GET', `/api/search?q=${'a'.repeat(201)}`, /q must be at most 200 characters/u);
  });

  it('POST /api/follows: bodies that are not JSON, not objects, lack a field, or name a wrong kind, mode, entity or outlet — nothing is stored', async () => {
    const cases: Array<[CallOptions, RegExp]> = [
      [{ body: '{"kind":"topic","value":"ferries"}' }, /Content-Type: application\/json/u],
      [{ body: '{"kind":"topic","value":"ferries"}', contentType: 'application/x-www-form-urlencoded' }, /Content-Type: application\/json/u],
      [{ body: 'kind=topic&value=ferries', contentType: 'application/json' }, /not valid JSON/u],
      [{ body: '', contentType: 'application/json' }, /not valid JSON/u],
      [{ body: '{"kind":"topic",', contentType: 'application/json' }, /not valid JSON/u],
      [{ json: [{ kind: 'topic', value: 'ferries' }] }, /must be a JSON object/u],
      [{ json: null }, /must be a JSON object/u],
      [{ json: 'topic' }, /must be a JSON object/u],
      [{ json: 42 }, /must be a JSON object/u],
      [{ json: {} }, /kind is required/u],
      [{ json: { value: 'ferries' } }, /kind is required/u],
      [{ json: { kind: 'topic' } }, /value is required/u],
      [{ json: { kind: 'topic', value: null } }, /value is required/u],
      [{ json: { kind: 3, value: 'ferries' } }, /kind must be a string/u],
      [{ json: { kind: 'topic', value: 42 } }, /value must be a string/u],
      [{ json: { kind: 'person', value: 'ferries' } }, /kind must be one of entity, topic, outlet/u],
      [{ json: { kind: 'Topic', value: 'ferries' } }, /kind must be one of entity, topic, outlet/u],
      [{ json: { kind: 'topic', value: 'ferries', mode: 'ignore' } }, /mode must be follow or mute/u],
      [{ json: { kind: 'topic', value: 'ferries', mode: true } }, /mode must be a string/u],
      [{ json: { kind: 'entity', value: 'person:nobody anyone knows' } }, /no person, organisation or place "person:nobody anyone knows"/u],
      [{ json: { kind: 'entity', value: 'lumora home' } }, /no person, organisation or place "lumora home"/u],
      [{ json: { kind: 'entity', value: 'animal:lumora home' } }, /no person, organisation or place/u],
      [{ json: { kind: 'entity', value: 'place:' } }, /no person, organisation or place/u],
      [{ json: { kind: 'outlet', value: 'The Daily Nothing' } }, /no outlet named "The Daily Nothing"/u],
      [{ json: { kind: 'topic', value: '  !?  ' } }, /a topic is a word or phrase of up to 100 characters/u],
      [{ json: { kind: 'topic', value: 'x'.repeat(101) } }, /a topic is a word or phrase of up to 100 characters/u],
    ];
    for (const [o, message] of cases) await bad('POST', '/api/follows', message, o);
    assert.deepEqual(await follows(), [], 'nothing was stored');
  });

  it('POST /api/subscriptions: bodies without a url, with an address that is not http(s), or fields of the wrong kind — nothing is stored', async () => {
    const cases: Array<[CallOptions, RegExp]> = [
      [{ body: '{"url":"https://feeds.example/news.xml","check":false}' }, /Content-Type: application\/json/u],
      [{ body: 'url=https://feeds.example/news.xml', contentType: 'application/json' }, /not valid JSON/u],
      [{ json: ['https://feeds.example/news.xml'] }, /must be a JSON object/u],
      [{ json: { check: false } }, /url is required/u],
      [{ json: { url: 42, check: false } }, /url must be a string/u],
      [{ json: { url: 'ftp://feeds.example/news.xml', check: false } }, /not an http or https address: ftp:\/\/feeds\.example\/news\.xml/u],
      [{ json: { url: 'javascript:alert(1)', check: false } }, /not an http or https address/u],
      [{ json: { url: 'file:///etc/passwd', check: false } }, /not an http or https address/u],
      [{ json: { url: 'not a url', check: false } }, /not an absolute address: not a url/u],
      [{ json: { url: '/feeds/top.atom', check: false } }, /not an absolute address/u],
      [{ json: { url: 'https://', check: false } }, /not an absolute address/u],
      [{ json: { url: 'https://feeds.example/news.xml', check: 'no' } }, /check must be true or false/u],
      [{ json: { url: 'https://feeds.example/news.xml', check: false, title: 5 } }, /title must be a string/u],
      [{ json: { url: 'https://feeds.example/news.xml', check: false, category: ['News'] } }, /category must be a string/u],
    ];
    for (const [o, message] of cases) await bad('POST', '/api/subscriptions', message, o);
    assert.deepEqual((await ok<{ subscriptions: unknown[] }>('/api/subscriptions')).subscriptions, [], 'nothing was stored');
  });
});

describe('cursor paging visits every item exactly once, in the order of one long page', () => {
  it('/api/stories?order=latest&limit=2', async () => {
    const walked = await walk<StoryItem>('/api/stories?order=latest&limit=2', 'stories', (s) => s.id, 2);
    assert.deepEqual(dupes(walked), []);
    assert.deepEqual(walked, ids(await allStories('latest')));
  });

  it('/api/stories?order=top&limit=2', async () => {
    const walked = await walk<StoryItem>('/api/stories?order=top&limit=2', 'stories', (s) => s.id, 2);
    assert.deepEqual(dupes(walked), []);
    assert.deepEqual(walked, ids(await allStories('top')));
  });

  it('/api/articles?limit=2', async () => {
    const walked = await walk<{ id: number }>('/api/articles?limit=2', 'articles', (a) => a.id, 2);
    assert.deepEqual(dupes(walked), []);
    assert.deepEqual(walked, (await ok<{ articles: Array<{ id: number }> }>('/api/articles?limit=200')).articles.map((a) => a.id));
    assert.equal(walked.length, demo.imported.new);
  });

  it('/api/entities?limit=3, and by type', async () => {
    const key = (e: Entity): string => `${e.type}:${e.key}`;
    const walked = await walk<Entity>('/api/entities?limit=3', 'entities', key, 3);
    assert.deepEqual(dupes(walked), []);
    assert.deepEqual(walked, (await ok<{ entities: Entity[] }>('/api/entities?limit=200')).entities.map(key));
    const places = await walk<Entity>('/api/entities?type=place&limit=2', 'entities', key, 2);
    assert.deepEqual(dupes(places), []);
    assert.deepEqual(places, (await ok<{ entities: Entity[] }>('/api/entities?type=place&limit=200')).entities.map(key));
  });

  it('/api/search?q=…&limit=2', async () => {
    for (const q of ['port', 'said']) {
      const walked = await walk<{ articleId: number }>(`/api/search?q=${q}&limit=2`, 'results', (r) => r.articleId, 2);
      const whole = (await ok<{ results: Array<{ articleId: number }> }>(`/api/search?q=${q}&limit=100`)).results.map((r) => r.articleId);
      assert.ok(whole.length >= 5, `q=${q}: several hits (${whole.length})`);
      assert.deepEqual(dupes(walked), [], `q=${q}`);
      assert.deepEqual(walked, whole, `q=${q}`);
    }
  });

  it('an entity’s and an outlet’s stories, a story at a time', async () => {
    const person = await busiestPerson();
    const entityUrl = `/api/entities/person/${encodeURIComponent(person.key)}`;
    const walked = await walk<StoryItem>(`${entityUrl}?limit=1`, 'stories', (s) => s.id, 1);
    assert.deepEqual(dupes(walked), []);
    assert.deepEqual(walked, await entityStories(person));
    const sources = (await ok<{ sources: Source[] }>('/api/sources')).sources;
    for (const s of sources.slice(0, 3)) {
      const url = `/api/sources/${s.id}`;
      const one = await walk<StoryItem>(`${url}?limit=1`, 'stories', (x) => x.id, 1);
      assert.deepEqual(dupes(one), [], s.name);
      assert.deepEqual(one, ids((await ok<{ stories: StoryItem[] }>(`${url}?limit=100`)).stories), s.name);
    }
  });
});

describe('ETags', () => {
  it('a GET carries an ETag; sent back in If-None-Match it gives 304 with no body; a change gives another ETag', async () => {
    for (const url of ['/api/follows', '/api/articles?limit=5', `/api/articles/${(await ok<{ articles: Array<{ id: number }> }>('/api/articles?limit=1')).articles[0]?.id}`, '/api/openapi.json']) {
      const first = await call('GET', url);
      const tag = first.headers.get('etag');
      assert.ok(tag, `${url}: an ETag`);
      const again = await call('GET', url, { headers: { 'If-None-Match': tag } });
      assert.equal(again.status, 304, `${url}: not modified`);
      assert.equal(again.text, '');
      assert.equal(again.headers.get('etag'), tag);
      const other = await call('GET', url, { headers: { 'If-None-Match': 'W/"something-else"' } });
      assert.equal(other.status, 200, `${url}: another tag gets the body`);
    }
    const before = (await call('GET', '/api/follows')).headers.get('etag') as string;
    const f = await follow('topic', 'ferry timetable');
    try {
      const changed = await call('GET', '/api/follows', { headers: { 'If-None-Match': before } });
      assert.equal(changed.status, 200, 'the old tag no longer matches');
      assert.notEqual(changed.headers.get('etag'), before);
      assert.deepEqual((changed.body as { follows: Follow[] }).follows.map((x) => x.id), [f.id]);
    } finally {
      await clearFollows();
    }
    assert.equal((await call('GET', '/api/follows', { headers: { 'If-None-Match': before } })).status, 304, 'back as it was: the old tag matches again');
  });
});

describe('follows and mutes through the API', () => {
  it('follows an entity, a topic and an outlet; the same again changes its mode without a second follow; DELETE removes it once', async () => {
    await clearFollows();
    const person = await busiestPerson();
    const sources = (await ok<{ sources: Source[] }>('/api/sources')).sources;
    const outlet = sources[0] as Source;
    const e = await follow('entity', `${person.type}:${person.key}`);
    assert.deepEqual([e.kind, e.value, e.label, e.mode], ['entity', `person:${person.key}`, person.name, 'follow']);
    const t = await follow('topic', '  Mackerel   Quota ');
    assert.deepEqual([t.kind, t.value, t.label, t.mode], ['topic', 'mackerel quota', 'Mackerel Quota', 'follow']);
    const o = await follow('outlet', outlet.name.toUpperCase());
    assert.deepEqual([o.kind, o.value, o.label, o.mode], ['outlet', outlet.name, outlet.name, 'follow']);
    assert.deepEqual((await follows()).map((f) => [f.id, f.kind, f.value, f.mode]), [
      [e.id, 'entity', `person:${person.key}`, 'follow'],
      [t.id, 'topic', 'mackerel quota', 'follow'],
      [o.id, 'outlet', outlet.name, 'follow'],
    ]);
    // The entity's and the outlet's pages say they are followed.
    assert.equal((await ok<EntityPage>(`/api/entities/person/${encodeURIComponent(person.key)}`)).following?.id, e.id);
    assert.equal((await ok<{ following: Follow | null }>(`/api/sources/${outlet.id}`)).following?.id, o.id);

    const muted = await follow('entity', `person:${person.key}`, 'mute');
    assert.equal(muted.id, e.id, 'the same follow');
    assert.equal(muted.mode, 'mute');
    const outletAgain = await follow('outlet', outlet.name, 'mute');
    assert.equal(outletAgain.id, o.id);
    const list = await follows();
    assert.equal(list.length, 3, 'no duplicate');
    assert.deepEqual(list.map((f) => f.mode), ['mute', 'follow', 'mute']);

    const removed = await call('DELETE', `/api/follows/${t.id}`);
    assert.equal(removed.status, 204);
    assert.equal(removed.text, '');
    const again = await call('DELETE', `/api/follows/${t.id}`);
    assert.equal(again.status, 404);
    assert.match((again.body as ErrorBody).error, new RegExp(`no follow ${t.id}`, 'u'));
    assert.deepEqual((await follows()).map((f) => f.id), [e.id, o.id]);
    await clearFollows();
  });

  it('muting a person hides the stories naming them from top and latest; following them gathers those stories in for-you', async () => {
    await clearFollows();
    const person = await busiestPerson();
    const theirs = new Set(await entityStories(person));
    assert.ok(theirs.size >= 1);
    const all = ids(await allStories('latest'));
    const m = await follow('entity', `person:${person.key}`, 'mute');
    assert.deepEqual(sorted(ids(await allStories('top'))), sorted(all.filter((id) => !theirs.has(id))), 'top without their stories');
    assert.deepEqual(sorted(ids(await allStories('latest'))), sorted(all.filter((id) => !theirs.has(id))), 'latest without their stories');
    assert.deepEqual(await allStories('for-you'), [], 'a mute is not a follow');
    for (const order of ['top', 'latest']) {
      // Muted stories are left out of a page, so a page may be short; none is lost or repeated.
      const walked = await walk<StoryItem>(`/api/stories?order=${order}&limit=2`, 'stories', (s) => s.id, 2, false);
      assert.deepEqual(walked, ids(await allStories(order)), `${order}, a page at a time`);
    }
    assert.equal((await ok<EntityPage>(`/api/entities/person/${encodeURIComponent(person.key)}`)).following?.mode, 'mute');

    await follow('entity', `person:${person.key}`, 'follow');
    const top = await allStories('top');
    assert.deepEqual(sorted(ids(top)), sorted(all), 'followed: all stories are back');
    assert.deepEqual(sorted(ids(top.filter((s) => s.followed))), sorted(theirs), 'their stories are marked followed');
    const forYou = await allStories('for-you');
    assert.deepEqual(sorted(ids(forYou)), sorted(theirs), 'for you: their stories');
    assert.ok(forYou.every((s) => s.followed));
    await call('DELETE', `/api/follows/${m.id}`);
    await clearFollows();
  });

  it('muting outlets hides a story only when every report of it comes from them: a report without an outlet still counts', async () => {
    await clearFollows();
    const stories = await allStories('latest');
    const reporters = new Map<number, Array<string | null>>();
    for (const s of stories) {
      const d = await storyDetail(s.id);
      reporters.set(s.id, d.articles.filter((a) => a.copyOf === null).map((a) => a.source));
    }
    // The story with the fewest reporting outlets: mute them one by one.
    const [target] = [...reporters].sort((a, b) => new Set(a[1]).size - new Set(b[1]).size || a[0] - b[0]);
    assert.ok(target);
    const outlets = [...new Set(target[1].filter((x): x is string => x !== null))].sort();
    assert.ok(outlets.length >= 1);
    const muted: string[] = [];
    for (const name of outlets) {
      await follow('outlet', name, 'mute');
      muted.push(name);
      const hidden = [...reporters].filter(([, r]) => r.every((x) => x !== null && muted.includes(x))).map(([id]) => id);
      const expected = ids(stories).filter((id) => !hidden.includes(id));
      const top = ids(await allStories('top'));
      assert.deepEqual(sorted(top), sorted(expected), `muted ${muted.join(', ')}`);
      assert.equal(top.includes(target[0]), !target[1].every((x) => x !== null && muted.includes(x)), `story ${target[0]}`);
    }
    await clearFollows();

    const sources = (await ok<{ sources: Source[] }>('/api/sources')).sources;
    const outlet = [...sources].sort((a, b) => b.articles - a.articles || a.id - b.id)[0] as Source;
    await follow('outlet', outlet.name);
    const expected = [...reporters].filter(([, r]) => r.includes(outlet.name)).map(([id]) => id);
    assert.ok(expected.length >= 1);
    const forYou = await allStories('for-you');
    assert.deepEqual(sorted(ids(forYou)), sorted(expected), `for you: the stories ${outlet.name} reported`);
    await clearFollows();
  });

  it('muting the only outlet of a story hides it; a story another outlet also reported stays until that one is muted too', async () => {
    const small = emptyStore();
    try {
      const pipeline = await Pipeline.open(small.store);
      const record = (id: string, source: string, published: string, title: string, text: string) =>
        pipeline.ingest({ kind: 'record', origin: `test/api-outlets.jsonl#${id}`, record: { id, source, published, title, text } });
      const tram = [
        await record('t1', 'Quayside Wire', '2026-02-02T09:00:00Z', 'Tarnholm council approves 14-kilometre tram line',
          'The Tarnholm city council approved a 14-kilometre tram line on Monday by 31 votes to 12, Mayor Elin Varg said.\n\n"This tram line will carry 40,000 people a day across Tarnholm," Varg told reporters after the council vote. Construction of the Tarnholm tram is due to start in 2027.'),
        await record('t2', 'Quayside Wire', '2026-02-02T15:00:00Z', 'Tarnholm tram line wins council vote',
          'Tarnholm councillors voted 31 to 12 on Monday to build a 14-kilometre tram line, a plan Mayor Elin Varg has championed.\n\nVarg said the Tarnholm tram would carry 40,000 passengers a day once it opens. Work on the line is due to begin in 2027, the council said.'),
      ];
      const barley = [
        await record('b1', 'Quayside Wire', '2026-02-03T10:00:00Z', 'Drought cuts Fenmoor barley harvest by a third',
          'Farmers in Fenmoor harvested a third less barley this year after the driest summer on record, the Fenmoor Farmers Union said on Tuesday.\n\nUnion chair Tomas Reid said 200 farms had asked for emergency loans after the barley harvest failed.'),
        await record('b2', 'Fenmoor Daily', '2026-02-03T12:00:00Z', 'Fenmoor barley farmers seek emergency loans after drought',
          'The driest summer on record cut the Fenmoor barley harvest by a third, the Fenmoor Farmers Union said on Tuesday.\n\nTomas Reid, the union chair, said 200 barley farms had applied for emergency loans.'),
      ];
      const storyOf = (outcomes: Awaited<ReturnType<typeof record>>[]): number => {
        const storyIds = new Set(outcomes.map((o) => (o.status === 'new' ? o.storyId : -1)));
        assert.equal(storyIds.size, 1, 'the two reports make one story');
        return [...storyIds][0] as number;
      };
      const tramStory = storyOf(tram);
      const barleyStory = storyOf(barley);
      assert.notEqual(tramStory, barleyStory);
      const smallApp = createApp(small.store);
      const listed = async (order: string): Promise<number[]> => {
        const r = await call('GET', `/api/stories?order=${order}&limit=100`, {}, smallApp);
        assert.equal(r.status, 200, r.text);
        return sorted(ids((r.body as { stories: StoryItem[] }).stories));
      };
      const muteOrFollow = async (value: string, mode: string): Promise<void> => {
        const r = await call('POST', '/api/follows', { json: { kind: 'outlet', value, mode } }, smallApp);
        assert.equal(r.status, 201, r.text);
      };
      assert.deepEqual(await listed('top'), sorted([tramStory, barleyStory]));
      await muteOrFollow('Quayside Wire', 'mute');
      assert.deepEqual(await listed('top'), [barleyStory], 'only Quayside Wire reported the tram line');
      assert.deepEqual(await listed('latest'), [barleyStory]);
      await muteOrFollow('Fenmoor Daily', 'mute');
      assert.deepEqual(await listed('top'), [], 'every report of both is muted');
      await muteOrFollow('Fenmoor Daily', 'follow');
      assert.deepEqual(await listed('top'), [barleyStory]);
      assert.deepEqual(await listed('for-you'), [barleyStory]);
    } finally {
      await small.close();
    }
  });

  it('following a topic gathers the stories that speak of it in for-you, a page at a time', async () => {
    await clearFollows();
    const results = (await ok<{ results: Array<{ storyId: number | null }> }>('/api/search?q=mackerel&limit=100')).results;
    const expected = new Set(results.map((r) => r.storyId).filter((id): id is number => id !== null));
    assert.ok(expected.size >= 2);
    await follow('topic', 'mackerel');
    const forYou = await allStories('for-you');
    assert.deepEqual(sorted(ids(forYou)), sorted(expected));
    const walked = await walk<StoryItem>('/api/stories?order=for-you&limit=1', 'stories', (s) => s.id, 1);
    assert.deepEqual(walked, ids(forYou));

    const muted = await follow('topic', 'MACKEREL', 'mute');
    assert.equal((await follows()).length, 1, 'the same topic, whatever its case');
    assert.equal(muted.mode, 'mute');
    assert.deepEqual(await allStories('for-you'), []);
    const all = ids(await allStories('latest'));
    assert.ok(all.length > 0);
    assert.deepEqual(sorted(ids(await allStories('top'))), sorted(all), 'latest already leaves the muted topic out');
    assert.ok(all.every((id) => !expected.has(id)), 'no story speaking of a muted topic is listed');
    await clearFollows();
  });
});

describe('subscriptions through the API', () => {
  it('without a check: 201 when added, 200 added:false when already there (the same address normalised), DELETE 204, then 404', async () => {
    const body = { url: 'https://feeds.example/world/rss.xml', title: 'World', category: 'News', check: false };
    assert.equal(api.requestBodyProblems('POST', '/api/subscriptions', body), null);
    const added = await call('POST', '/api/subscriptions', { json: body });
    assert.equal(added.status, 201, added.text);
    const sub = (added.body as { subscription: Subscription; added: boolean; note: string | null });
    assert.equal(sub.added, true);
    assert.deepEqual([sub.subscription.url, sub.subscription.title, sub.subscription.category], [body.url, 'World', 'News']);
    const listed = (await ok<{ subscriptions: Subscription[] }>('/api/subscriptions')).subscriptions;
    assert.deepEqual(listed.map((s) => s.id), [sub.subscription.id]);

    const again = await call('POST', '/api/subscriptions', { json: { url: 'HTTPS://FEEDS.example/world/rss.xml', check: false } });
    assert.equal(again.status, 200, again.text);
    assert.equal((again.body as { added: boolean }).added, false);
    assert.equal((again.body as { subscription: Subscription }).subscription.id, sub.subscription.id);
    assert.equal((await ok<{ subscriptions: Subscription[] }>('/api/subscriptions')).subscriptions.length, 1, 'no duplicate');

    const removed = await call('DELETE', `/api/subscriptions/${sub.subscription.id}`);
    assert.equal(removed.status, 204);
    assert.equal(removed.text, '');
    const gone = await call('DELETE', `/api/subscriptions/${sub.subscription.id}`);
    assert.equal(gone.status, 404);
    assert.match((gone.body as ErrorBody).error, new RegExp(`no subscription ${sub.subscription.id}`, 'u'));
    assert.deepEqual((await ok<{ subscriptions: unknown[] }>('/api/subscriptions')).subscriptions, []);
  });

  it('with a check, against a site served on 127.0.0.1: its announced feed is taken (private addresses allowed for the test only)', async () => {
    const rss = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Quayside Wire</title><link>http://quayside.example/</link><description>Harbour news</description>
<item><title>Ferry crossings resume</title><link>http://quayside.example/ferry</link><guid>quayside-1</guid><description>Crossings resumed on Friday.</description></item>
</channel></rss>`;
    const server: Server = createServer((req, res) => {
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        res.end(rss);
      } else if (req.url === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html><head><title>Quayside Wire</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body><p>News from the quays.</p></body></html>');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const checking = createApp(demo.store, { fetch: { allowAddress: () => true, timeoutMs: 5000 } });
      const r = await call('POST', '/api/subscriptions', { json: { url: site } }, checking);
      assert.equal(r.status, 201, r.text);
      const done = r.body as { subscription: Subscription; added: boolean; note: string | null };
      assert.equal(done.subscription.url, `${site}feed.xml`);
      assert.equal(done.subscription.title, 'Quayside Wire');
      assert.match(done.note ?? '', /is a site; its feed is/u);
      assert.equal((await call('DELETE', `/api/subscriptions/${done.subscription.id}`, {}, checking)).status, 204);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('right after an import, before any story has been read', () => {
  // `crosswire entities` finds the facts a story lacks before it lists (README); a reader served by the CLI
  // fills them in the background, but until it has, the API must not answer as if the stories named nobody.
  it('GET /api/entities lists the people, organisations and places of the stories, and one of them can be followed', async () => {
    const cold = await demoStore({ facts: false });
    try {
      const coldApp = createApp(cold.store);
      const first = await call('GET', '/api/entities?limit=200', {}, coldApp);
      assert.equal(first.status, 200);
      const listed = (first.body as { entities: Entity[] }).entities.map((e) => `${e.type}:${e.key}`);
      const follow = await call('POST', '/api/follows', { json: { kind: 'entity', value: 'person:nadia okonkwo-reyes' } }, coldApp);
      assert.equal(follow.status, 201, `a person the demo's Port Alden stories name: ${follow.text}`);
      await fillStoryFacts(cold.store, 10_000);
      const all = ((await call('GET', '/api/entities?limit=200', {}, coldApp)).body as { entities: Entity[] }).entities.map((e) => `${e.type}:${e.key}`);
      assert.ok(all.includes('person:nadia okonkwo-reyes'));
      assert.equal(listed.length, all.length, `listed ${listed.length} entities on the first call, ${all.length} once every story was read`);
    } finally {
      await cold.close();
    }
  });
});

it('every operation of the OpenAPI document was exercised with a valid 2xx answer', () => {
  const missing = api.operations.map((o) => `${o.method} ${o.template}`).filter((k) => !api.exercised.has(k));
  assert.deepEqual(missing, []);
});
