// The reader's HTML pages. Each route reads through the Reader and renders; bad addresses and parameters
// get a page that says what was wrong, with the right status.
import type { Context, Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { sanitizeArticleHtml } from '../extract/safe-html.js';
import type { EntityType, FollowKind } from '../model.js';
import { ENTITY_TYPES, FOLLOW_KINDS, FollowError, type Reader, type StoryOrder, topicValue } from '../reader/reader.js';
import { SEARCH_DEPTH, type Store } from '../store/store.js';
import { entitiesPage, entityPage } from './entity-html.js';
import { followingPage } from './follow-html.js';
import { sameSecret, TOKEN_COOKIE, type AccessOptions } from './guard.js';
import { html, meta, page, type PageOptions, plural, raw, type Raw, time } from './html.js';
import { entityHref, withQuery } from './links.js';
import { followControls } from './follow-html.js';
import { outletPage, outletsPage } from './outlet-html.js';
import { storyPage } from './story-html.js';
import { storyList } from './story-list-html.js';

const PAGE_SIZE = 30;
const SEARCH_SIZE = 30;

export function positiveInt(value: string | undefined): number | null {
  if (!value || !/^\d{1,9}$/u.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}

function problem(c: Context, status: 400 | 404, title: string, message: string): Response {
  return c.html(page(title, html`<h1>${title}</h1><p>${message}</p><p><a href="/">Top stories</a></p>`), status);
}

/** Where a form sends the reader back to: a path of this site only, never another site. */
function backTo(value: unknown): string {
  // Browsers drop tabs and newlines from an address and read a backslash as "/": "/<tab>/evil.example" would
  // become "//evil.example", another site. A path here has neither, nor spaces (ours are encoded).
  return typeof value === 'string' && /^\/(?![/\\])[^\s\\\p{Cc}]*$/u.test(value) ? value : '/following';
}

const LIST_PAGES: ReadonlyArray<{ path: string; order: StoryOrder; title: string; empty: Raw | string; feed: string }> = [
  { path: '/', order: 'top', title: 'Top stories', empty: html`No stories yet. Run <code>crosswire ingest PATH</code> or subscribe to feeds.`, feed: 'top' },
  { path: '/latest', order: 'latest', title: 'Latest stories', empty: 'No stories yet.', feed: 'latest' },
  { path: '/for-you', order: 'for-you', title: 'For you', empty: html`Nothing here yet: follow people, places, topics or outlets (from their pages, or on <a href="/following">Following</a>) and their stories gather here.`, feed: 'for-you' },
];

export function registerPages(app: Hono, store: Store, reader: Reader, access: AccessOptions): void {
  for (const list of LIST_PAGES) {
    app.get(list.path, async (c) => {
      const cursor = c.req.query('cursor');
      const { items, next } = await reader.stories(list.order, PAGE_SIZE, cursor);
      const feeds: PageOptions['feeds'] = [
        { type: 'application/atom+xml', href: `/feeds/${list.feed}.atom`, title: `Crosswire: ${list.title.toLowerCase()} (Atom)` },
        { type: 'application/feed+json', href: `/feeds/${list.feed}.json`, title: `Crosswire: ${list.title.toLowerCase()} (JSON Feed)` },
      ];
      // An empty For you offers the people and places most in the news, to follow from here.
      const suggestions = list.order === 'for-you' && !items.length && !cursor ? (await reader.entities(null, 8, 0)).entities : [];
      const body = html`<h1>${list.title}</h1>${storyList(items, next, (n) => withQuery(list.path, { cursor: n }), list.empty)}
${suggestions.length ? html`<h2>In the news</h2><ul class="coverage">${suggestions.map((e) => html`<li><a href="${entityHref(e.type, e.key)}">${e.name}</a> <span class="muted">${plural(e.stories, 'story', 'stories')}</span>${followControls('entity', `${e.type}:${e.key}`, e.name, null, list.path)}</li>`)}</ul>` : ''}`;
      return c.html(page(list.title, body, { section: list.order, feeds }));
    });
  }

  app.get('/story/:id', async (c) => {
    const id = positiveInt(c.req.param('id'));
    const found = id ? await reader.story(id) : null;
    if (found && 'movedTo' in found) return c.redirect(`/story/${found.movedTo}`, 301);
    if (!found) return problem(c, 404, 'No such story', id ? `There is no story ${id}.` : 'A story is named by its number.');
    return c.html(page(found.story.headline, storyPage(found), { section: null }));
  });

  app.get('/article/:id', async (c) => {
    const id = positiveInt(c.req.param('id'));
    const a = id ? await store.getArticle(id) : null;
    if (!a) return problem(c, 404, 'No such article', id ? `There is no article ${id}.` : 'An article is named by its number.');
    // Stored HTML was sanitised when it was made; it is sanitised again here, in case the store was written
    // by something else (or an older, laxer version).
    const content = a.html ? html`${raw(sanitizeArticleHtml(a.html))}` : html`${a.text.split(/\n{2,}/u).map((p) => html`<p>${p}</p>`)}`;
    const body = html`<p class="muted"><a href="/story/${a.storyId}">← The story</a></p><article class="body"><h1>${a.title}</h1>
${meta([a.source ? html`<a href="/outlet/${a.source.id}">${a.source.name}</a>` : a.origin, a.byline, a.published && time(a.published), a.copyOf !== null && html`republished: <a href="/article/${a.copyOf}">the original</a>`])}
${content}</article>
${a.url && /^https?:\/\//iu.test(a.url) ? html`<p><a href="${a.url}" rel="noopener noreferrer nofollow">Read it at ${a.source?.name ?? 'the outlet'}</a></p>` : ''}`;
    return c.html(page(a.title, body, { section: null }));
  });

  app.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 200);
    const offset = Number(c.req.query('from') ?? 0);
    const from = Number.isInteger(offset) && offset >= 0 && offset < SEARCH_DEPTH ? offset : 0;
    const hits = q ? await store.search(q, SEARCH_SIZE + 1, from) : [];
    const feeds: PageOptions['feeds'] = q
      ? [
          { type: 'application/atom+xml', href: withQuery('/feeds/search.atom', { q }), title: `Crosswire: stories on “${q}” (Atom)` },
          { type: 'application/feed+json', href: withQuery('/feeds/search.json', { q }), title: `Crosswire: stories on “${q}” (JSON Feed)` },
        ]
      : [];
    const following = q ? (await reader.follows()).find((f) => f.kind === 'topic' && f.value === topicValue(q)) ?? null : null;
    const body = html`<h1>Search</h1>
${q ? '' : html`<p class="muted">Type words in the search box above.</p>`}
${q ? html`<p class="muted">${hits.length > SEARCH_SIZE ? `More than ${SEARCH_SIZE}` : hits.length} result${hits.length === 1 ? '' : 's'} for “${q}” · <a href="${withQuery('/feeds/search.atom', { q })}">Atom feed</a></p>
${topicControls(q, following)}
<ol class="stories">${hits.slice(0, SEARCH_SIZE).map((h) => html`<li><h2><a href="/article/${h.articleId}">${h.title}</a></h2>${meta([h.source, h.published && time(h.published), h.storyId !== null && html`<a href="/story/${h.storyId}">the story</a>`])}<div>${marked(h.snippet, h.highlights)}</div></li>`)}</ol>
${hits.length > SEARCH_SIZE ? html`<p class="pager"><a rel="next" href="${withQuery('/search', { q, from: String(from + SEARCH_SIZE) })}">More results</a></p>` : ''}` : ''}`;
    return c.html(page(q ? `Search: ${q}` : 'Search', body, { section: 'search', query: q, feeds }));
  });

  app.get('/entities', async (c) => {
    const type = c.req.query('type') ?? null;
    if (type !== null && !ENTITY_TYPES.includes(type as EntityType)) return problem(c, 400, 'Unknown kind', 'Kinds are person, organisation and place.');
    const from = Number(c.req.query('cursor') ?? 0);
    const offset = Number.isInteger(from) && from >= 0 ? from : 0;
    const { entities, unread } = await reader.entities(type as EntityType | null, 101, offset);
    return c.html(page('People, organisations and places', entitiesPage(entities.slice(0, 100), type, entities.length > 100 ? String(offset + 100) : null, unread), { section: 'entities' }));
  });

  app.get('/entity/:type/:key', async (c) => {
    const type = c.req.param('type') as EntityType;
    const key = c.req.param('key');
    if (!ENTITY_TYPES.includes(type)) return problem(c, 404, 'Not found', 'Kinds are person, organisation and place.');
    const found = await reader.entity(type, key, PAGE_SIZE, c.req.query('cursor'));
    if (!found) return problem(c, 404, 'Not found', `No story names the ${type} “${key}”.`);
    return c.html(page(found.entity.name, entityPage(found, new URL(c.req.url).pathname), { section: 'entities', feeds: [
      { type: 'application/atom+xml', href: `/feeds/entity/${type}/${encodeURIComponent(key)}.atom`, title: `Crosswire: ${found.entity.name} (Atom)` },
      { type: 'application/feed+json', href: `/feeds/entity/${type}/${encodeURIComponent(key)}.json`, title: `Crosswire: ${found.entity.name} (JSON Feed)` },
    ] }));
  });

  app.get('/outlets', async (c) => c.html(page('Outlets', outletsPage(await store.listSources()), { section: 'outlets' })));

  app.get('/outlet/:id', async (c) => {
    const id = positiveInt(c.req.param('id'));
    const found = id ? await reader.outlet(id, PAGE_SIZE, c.req.query('cursor')) : null;
    if (!found) return problem(c, 404, 'No such outlet', 'That outlet is not in this store.');
    return c.html(page(found.source.name, outletPage(found, `/outlet/${found.source.id}`), { section: 'outlets' }));
  });

  app.get('/following', async (c) => {
    const follows = await reader.follows();
    const note = c.req.query('done') ?? null;
    return c.html(page('Following', followingPage(follows, note ? note.slice(0, 200) : null), { section: 'following' }));
  });

  app.post('/following', async (c) => {
    const form = await c.req.parseBody();
    const kind = String(form.kind ?? '') as FollowKind;
    const mode = form.mode === 'mute' ? 'mute' : form.mode === 'follow' ? 'follow' : null;
    if (!FOLLOW_KINDS.includes(kind) || !mode) return problem(c, 400, 'Cannot follow that', 'A follow names a kind (entity, topic or outlet) and a mode (follow or mute).');
    try {
      const f = await reader.follow(kind, String(form.value ?? ''), mode);
      return c.redirect(backTo(form.back) === '/following' ? withQuery('/following', { done: `${mode === 'follow' ? 'Following' : 'Muted'}: ${f.label}` }) : backTo(form.back), 303);
    } catch (e) {
      if (e instanceof FollowError) return problem(c, 400, 'Cannot follow that', e.message);
      throw e;
    }
  });

  app.post('/following/:id/delete', async (c) => {
    const id = positiveInt(c.req.param('id'));
    const form = await c.req.parseBody();
    if (id) await reader.unfollow(id);
    return c.redirect(backTo(form.back), 303);
  });

  // Signing in is needed only when the server listens beyond this machine: the token becomes a cookie.
  app.get('/sign-in', (c) =>
    c.html(page('Sign in', html`<h1>Sign in</h1><p>${access.token ? 'This reader is shared: changing what it follows needs the token printed when it started.' : 'This reader runs on this machine only: there is nothing to sign in to.'}</p>
${access.token ? html`<form method="post" action="/sign-in" class="actions"><label>Token <input name="token" type="password" autocomplete="current-password" required></label><button>Sign in</button></form>` : ''}`)),
  );

  app.post('/sign-in', async (c) => {
    const form = await c.req.parseBody();
    const given = String(form.token ?? '');
    if (!access.token || !sameSecret(given, access.token)) return c.html(page('Sign in', html`<h1>Sign in</h1><p class="notice" role="alert">That is not this server's token.</p><p><a href="/sign-in">Try again</a></p>`), 401);
    setCookie(c, TOKEN_COOKIE, given, { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 30 * 86_400 });
    return c.redirect('/following', 303);
  });
}

/** A snippet with the query's words marked; every piece escaped. */
function marked(text: string, highlights: ReadonlyArray<[number, number]>): Raw {
  const parts: Raw[] = [];
  let from = 0;
  for (const [a, b] of highlights) {
    parts.push(html`${text.slice(from, a)}<mark>${text.slice(a, b)}</mark>`);
    from = b;
  }
  parts.push(html`${text.slice(from)}`);
  return html`${parts}`;
}

function topicControls(q: string, current: { id: number; mode: 'follow' | 'mute' } | null): Raw {
  const label = `“${q}”`;
  if (current) {
    return html`<form class="actions" method="post" action="/following/${current.id}/delete"><input type="hidden" name="back" value="${withQuery('/search', { q })}"><button class="on" aria-pressed="true">${current.mode === 'follow' ? 'Following' : 'Muted'} ${label}</button></form>`;
  }
  return html`<form class="actions" method="post" action="/following"><input type="hidden" name="kind" value="topic"><input type="hidden" name="value" value="${q}"><input type="hidden" name="back" value="${withQuery('/search', { q })}">
<button name="mode" value="follow">Follow ${label}</button><button name="mode" value="mute">Mute ${label}</button></form>`;
}
