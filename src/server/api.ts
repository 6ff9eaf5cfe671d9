// The JSON API: what the pages show, as data. Lists page by cursor (`next` is the cursor of the following
// page, null on the last); responses carry ETags (see app.ts); every bad parameter is a 400 with a message.
// /api/openapi.json describes all of it.
import type { Context, Hono } from 'hono';
import type { EntityType, FollowKind } from '../model.js';
import { type FetchOptions } from '../ingest/fetcher.js';
import { subscribe } from '../ingest/subscribe.js';
import { ENTITY_TYPES, FOLLOW_KINDS, type Reader, type StoryOrder } from '../reader/reader.js';
import type { Store } from '../store/store.js';
import { openApiDocument } from './openapi.js';
import { BadParameter, choiceParam, idParam, limitParam, offsetCursor } from './params.js';

const ORDERS: readonly StoryOrder[] = ['top', 'latest', 'for-you'];

async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  if (!(c.req.header('content-type') ?? '').toLowerCase().includes('application/json')) throw new BadParameter('send a JSON body (Content-Type: application/json)');
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BadParameter('the body is not valid JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new BadParameter('the body must be a JSON object');
  return body as Record<string, unknown>;
}

function stringField(body: Record<string, unknown>, name: string, required: boolean): string | null {
  const v = body[name];
  if (v === undefined || v === null) {
    if (required) throw new BadParameter(`${name} is required`);
    return null;
  }
  if (typeof v !== 'string') throw new BadParameter(`${name} must be a string`);
  return v;
}

export function registerApi(app: Hono, store: Store, reader: Reader, fetch: FetchOptions): void {
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));

  app.get('/api/stories', async (c) => {
    const order = choiceParam(c, 'order', ORDERS, 'top') as StoryOrder;
    const { items, next } = await reader.stories(order, limitParam(c, 30, 100), c.req.query('cursor') || undefined);
    return c.json({ stories: items, next });
  });

  app.get('/api/stories/:id', async (c) => {
    const id = idParam(c);
    const found = await reader.story(id);
    if (found && 'movedTo' in found) {
      c.header('Location', `/api/stories/${found.movedTo}`);
      return c.json({ error: `story ${id} was merged into story ${found.movedTo}`, movedTo: found.movedTo }, 301);
    }
    if (!found) return c.json({ error: `no story ${id}` }, 404);
    return c.json({ ...found.story, facts: found.facts, thread: found.thread });
  });

  app.get('/api/articles', async (c) => {
    const limit = limitParam(c, 50, 200);
    const before = c.req.query('cursor');
    if (before !== undefined && !/^\d{1,12}$/u.test(before)) throw new BadParameter('cursor is not one this server gave out: start again without it');
    const rows = await store.listArticles({ limit: limit + 1, ...(before ? { beforeId: Number(before) } : {}) });
    const page = rows.slice(0, limit);
    return c.json({ articles: page, next: rows.length > limit ? String(page[page.length - 1]?.id) : null });
  });

  app.get('/api/articles/:id', async (c) => {
    const id = idParam(c);
    const a = await store.getArticle(id);
    return a ? c.json(a) : c.json({ error: `no article ${id}` }, 404);
  });

  app.get('/api/entities', async (c) => {
    const type = choiceParam(c, 'type', ENTITY_TYPES, null);
    const limit = limitParam(c, 50, 200);
    const offset = offsetCursor(c);
    const { entities: rows, unread } = await reader.entities(type, limit + 1, offset);
    return c.json({ entities: rows.slice(0, limit), next: rows.length > limit ? String(offset + limit) : null, unread });
  });

  app.get('/api/entities/:type/:key', async (c) => {
    const type = c.req.param('type') as EntityType;
    if (!ENTITY_TYPES.includes(type)) throw new BadParameter(`type must be one of ${ENTITY_TYPES.join(', ')}`);
    const found = await reader.entity(type, c.req.param('key'), limitParam(c, 30, 100), c.req.query('cursor') || undefined);
    return found ? c.json(found) : c.json({ error: `no story names the ${type} "${c.req.param('key')}"` }, 404);
  });

  app.get('/api/sources', async (c) => c.json({ sources: await store.listSources() }));

  app.get('/api/sources/:id', async (c) => {
    const id = idParam(c);
    const found = await reader.outlet(id, limitParam(c, 30, 100), c.req.query('cursor') || undefined);
    return found ? c.json(found) : c.json({ error: `no outlet ${id}` }, 404);
  });

  app.get('/api/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    if (!q) throw new BadParameter('q is required: the words to search for');
    if (q.length > 200) throw new BadParameter('q must be at most 200 characters');
    const limit = limitParam(c, 30, 100);
    const offset = offsetCursor(c);
    const hits = await store.search(q, limit + 1, offset);
    return c.json({ query: q, results: hits.slice(0, limit), next: hits.length > limit ? String(offset + limit) : null });
  });

  app.get('/api/follows', async (c) => c.json({ follows: await reader.follows() }));

  app.post('/api/follows', async (c) => {
    const body = await jsonBody(c);
    const kind = stringField(body, 'kind', true) as FollowKind;
    if (!FOLLOW_KINDS.includes(kind)) throw new BadParameter(`kind must be one of ${FOLLOW_KINDS.join(', ')}`);
    const mode = stringField(body, 'mode', false) ?? 'follow';
    if (mode !== 'follow' && mode !== 'mute') throw new BadParameter('mode must be follow or mute');
    return c.json({ follow: await reader.follow(kind, stringField(body, 'value', true) as string, mode) }, 201);
  });

  app.delete('/api/follows/:id', async (c) => {
    const id = idParam(c);
    return (await reader.unfollow(id)) ? c.body(null, 204) : c.json({ error: `no follow ${id}` }, 404);
  });

  app.get('/api/subscriptions', async (c) => c.json({ subscriptions: await store.listFeeds() }));

  app.post('/api/subscriptions', async (c) => {
    const body = await jsonBody(c);
    const check = body.check === undefined ? true : body.check;
    if (typeof check !== 'boolean') throw new BadParameter('check must be true or false');
    const done = await subscribe(store, stringField(body, 'url', true) as string, {
      title: stringField(body, 'title', false), category: stringField(body, 'category', false), check, fetch,
    });
    return c.json({ subscription: done.feed, added: done.added, note: done.note }, done.added ? 201 : 200);
  });

  app.delete('/api/subscriptions/:id', async (c) => {
    const id = idParam(c);
    return (await store.removeFeed(id)) ? c.body(null, 204) : c.json({ error: `no subscription ${id}` }, 404);
  });

  app.all('/api/*', (c) => c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path} (see /api/openapi.json)` }, 404));
}
