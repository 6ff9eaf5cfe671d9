// Outgoing feeds, Atom and JSON Feed: top stories, latest, the reader's own (For you), a person's or a
// place's stories, a search's stories. One item per story, updated as it grows (feed-out.ts).
import type { Context, Hono } from 'hono';
import { keptStoryFacts } from '../facts.js';
import type { EntityType } from '../model.js';
import { ENTITY_TYPES, type Reader, type StoryListItem, type StoryOrder } from '../reader/reader.js';
import type { Store } from '../store/store.js';
import { atomFeed, type FeedMeta, type FeedStory, jsonFeed } from './feed-out.js';
import { entityHref, withQuery } from './links.js';
import { BadParameter } from './params.js';

const FEED_SIZE = 30;
const LISTS: Record<string, { order: StoryOrder; title: string; page: string }> = {
  top: { order: 'top', title: 'top stories', page: '/' },
  latest: { order: 'latest', title: 'latest stories', page: '/latest' },
  'for-you': { order: 'for-you', title: 'for you', page: '/for-you' },
};

async function feedStories(store: Store, items: readonly StoryListItem[], origin: string): Promise<FeedStory[]> {
  const out: FeedStory[] = [];
  for (const s of items) {
    const facts = await keptStoryFacts(store, s);
    out.push({
      id: s.id,
      title: s.headline,
      url: `${origin}/story/${s.id}`,
      summary: s.card?.lede ?? '',
      sentences: facts.summary.map((x) => ({ text: x.text, outlets: [...new Set(x.sources.map((y) => y.outlet))] })),
      published: s.firstSeen,
      updated: s.lastSeen,
      articles: s.articleCount,
      reports: s.reportCount,
      outlets: s.outlets,
      people: (s.card?.people ?? []).map((p) => p.name),
      places: (s.card?.places ?? []).map((p) => p.name),
    });
  }
  return out;
}

function send(c: Context, format: string, meta: FeedMeta, stories: FeedStory[]): Response {
  if (format === 'atom') return c.body(atomFeed(meta, stories), 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  return c.body(jsonFeed(meta, stories), 200, { 'Content-Type': 'application/feed+json; charset=utf-8' });
}

function format(c: Context, file: string): { name: string; format: 'atom' | 'json' } {
  const m = /^(.+)\.(atom|json)$/u.exec(file);
  if (!m) throw new BadParameter(`${c.req.path}: feeds end in .atom or .json`);
  return { name: m[1] as string, format: m[2] as 'atom' | 'json' };
}

export function registerFeeds(app: Hono, store: Store, reader: Reader): void {
  const idPrefix = `urn:crosswire:${store.identity()}`;

  app.get('/feeds/:file', async (c) => {
    const f = format(c, c.req.param('file'));
    const origin = new URL(c.req.url).origin;
    if (f.name === 'search') {
      const q = (c.req.query('q') ?? '').trim();
      if (!q || q.length > 200) throw new BadParameter('q is required (at most 200 characters): the words the stories must contain');
      const ids = (await store.searchStories(q, FEED_SIZE * 4)).slice(0, FEED_SIZE);
      const cards = await store.storyCards(ids);
      const items = (await store.storySummaries(ids)).map((s) => ({ ...s, card: cards.get(s.id)?.card ?? null, followed: false }));
      const meta: FeedMeta = {
        title: `Crosswire: stories on “${q}”`, selfUrl: `${origin}${withQuery(c.req.path, { q })}`, homeUrl: `${origin}${withQuery('/search', { q })}`,
        idPrefix, key: `search:${q.toLowerCase()}`,
      };
      return send(c, f.format, meta, await feedStories(store, items, origin));
    }
    const list = LISTS[f.name];
    if (!list) return c.json({ error: `no feed ${c.req.path}: the feeds are top, latest, for-you, search?q=…, and entity/TYPE/KEY` }, 404);
    const { items } = await reader.stories(list.order, FEED_SIZE);
    const meta: FeedMeta = { title: `Crosswire: ${list.title}`, selfUrl: `${origin}${c.req.path}`, homeUrl: `${origin}${list.page}`, idPrefix, key: f.name };
    return send(c, f.format, meta, await feedStories(store, items, origin));
  });

  app.get('/feeds/entity/:type/:file', async (c) => {
    const type = c.req.param('type') as EntityType;
    const f = format(c, c.req.param('file'));
    if (!ENTITY_TYPES.includes(type)) throw new BadParameter(`type must be one of ${ENTITY_TYPES.join(', ')}`);
    const found = await reader.entity(type, f.name, FEED_SIZE);
    if (!found) return c.json({ error: `no story names the ${type} "${f.name}"` }, 404);
    const origin = new URL(c.req.url).origin;
    const meta: FeedMeta = {
      title: `Crosswire: ${found.entity.name}`, selfUrl: `${origin}${c.req.path}`, homeUrl: `${origin}${entityHref(type, f.name)}`,
      idPrefix, key: `entity:${type}:${f.name}`,
    };
    return send(c, f.format, meta, await feedStories(store, found.stories, origin));
  });
}
