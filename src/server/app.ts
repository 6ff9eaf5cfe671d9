// The first reader: a list of stories, a page per story and per article, search; and their JSON.
import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import { factsOfStory } from '../facts.js';
import { storyView } from '../stories/story-view.js';
import { factsSection } from './facts-html.js';
import { html, page } from './html.js';

const PAGE_SIZE = 50;

function positiveInt(value: string | undefined): number | null {
  if (!value || !/^\d{1,9}$/u.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}

function when(iso: string | null | undefined): string {
  return iso ? iso.replace('T', ' ').replace(/:\d\d(?:\.\d+)?Z?$/u, '') : '';
}

export function createApp(store: Store): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });

  app.get('/', async (c) => {
    const offset = positiveInt(c.req.query('offset')) ?? 0;
    const stories = await store.listStories({ limit: PAGE_SIZE, offset });
    const body = html`<h1>Stories</h1>
<ol class="stories">${stories.map(
      (s) => html`<li><h2><a href="/story/${s.id}">${s.headline}</a></h2>
<div class="muted">${s.articleCount} article${s.articleCount === 1 ? '' : 's'} · ${s.reportCount} independent report${s.reportCount === 1 ? '' : 's'}${s.outlets.length ? ` · ${s.outlets.join(', ')}` : ''} · ${when(s.lastSeen)}</div></li>`,
    )}</ol>
${stories.length === PAGE_SIZE ? html`<a href="/?offset=${offset + PAGE_SIZE}">Older stories</a>` : ''}
${!stories.length && !offset ? html`<p>No stories yet. Run <code>crosswire ingest PATH</code>.</p>` : ''}`;
    return c.html(page('Stories', body));
  });

  app.get('/story/:id', async (c) => {
    const id = positiveInt(c.req.param('id'));
    const summary = id ? await store.getStorySummary(id) : null;
    if (id && !summary) {
      const merged = await store.resolveStory(id);
      if (merged !== null && merged !== id) return c.redirect(`/story/${merged}`, 301);
    }
    if (!id || !summary) return c.html(page('Not found', html`<h1>No such story</h1><p><a href="/">All stories</a></p>`), 404);
    const articles = await store.storyArticles(id);
    const story = storyView(summary, articles);
    const facts = await factsOfStory(store, articles);
    const thread = summary.threadId === null ? null : await store.getThread(summary.threadId);
    const originals = story.articles.filter((a) => a.copyOf === null);
    const copiesOf = (articleId: number) => story.articles.filter((a) => a.copyOf === articleId);
    const body = html`<h1>${story.headline}</h1>
<p class="muted">${story.articleCount} articles · ${story.reportCount} independent reports · ${when(story.firstSeen)} – ${when(story.lastSeen)}</p>
${thread && thread.stories.length > 1 ? html`<h2>Thread: the story over time</h2><ol>${thread.stories.map((s) => html`<li>${when(s.firstSeen).slice(0, 10)} — ${s.id === story.id ? html`<strong>${s.headline}</strong>` : html`<a href="/story/${s.id}">${s.headline}</a>`}</li>`)}</ol>` : ''}
${factsSection(facts)}
<h2>What ties it together</h2><ul class="tags">${story.ties.map((t) => html`<li title="${t.kind}, in ${t.articles} reports">${t.feature}</li>`)}</ul>
<h2>Coverage</h2><ul>${originals.map(
      (a) => html`<li><a href="/article/${a.id}">${a.title}</a> <span class="muted">${a.source ?? a.origin} ${when(a.published)}</span>
${copiesOf(a.id).length ? html`<ul>${copiesOf(a.id).map((cp) => html`<li class="copy">republished: <a href="/article/${cp.id}">${cp.title}</a> <span class="muted">${cp.source ?? cp.origin}</span></li>`)}</ul>` : ''}</li>`,
    )}</ul>`;
    return c.html(page(story.headline, body));
  });

  app.get('/article/:id', async (c) => {
    const id = positiveInt(c.req.param('id'));
    const a = id ? await store.getArticle(id) : null;
    if (!a) return c.html(page('Not found', html`<h1>No such article</h1>`), 404);
    const body = html`<p class="muted"><a href="/story/${a.storyId}">← story</a></p><article><h1>${a.title}</h1>
<p class="muted">${a.source?.name ?? a.origin}${a.byline ? ` · ${a.byline}` : ''}${a.published ? ` · ${when(a.published)}` : ''}</p>
${a.text.split('\n\n').map((p) => html`<p>${p}</p>`)}</article>
${a.url && /^https?:\/\//iu.test(a.url) ? html`<p><a href="${a.url}" rel="noopener noreferrer">Original</a></p>` : ''}`;
    return c.html(page(a.title, body));
  });

  app.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const hits = q ? await store.search(q, 50) : [];
    const body = html`<h1>Search</h1><p class="muted">${hits.length} result${hits.length === 1 ? '' : 's'} for “${q}”</p>
<ol class="stories">${hits.map((h) => html`<li><h2><a href="/article/${h.articleId}">${h.title}</a></h2><div class="muted">${h.source ?? ''} ${when(h.published)}</div><div>${h.snippet}</div></li>`)}</ol>`;
    return c.html(page(`Search: ${q}`, body));
  });

  app.get('/api/stories', async (c) => {
    const limit = Math.min(positiveInt(c.req.query('limit')) ?? PAGE_SIZE, 500);
    const offset = c.req.query('offset') === undefined ? 0 : positiveInt(c.req.query('offset'));
    if (offset === null && c.req.query('offset') !== '0') return c.json({ error: 'offset must be a non-negative integer' }, 400);
    return c.json({ stories: await store.listStories({ limit, offset: offset ?? 0 }) });
  });

  app.get('/api/stories/:id', async (c) => {
    const id = positiveInt(c.req.param('id'));
    if (!id) return c.json({ error: 'story id must be a positive integer' }, 400);
    const summary = await store.getStorySummary(id);
    if (!summary) return c.json({ error: `no story ${id}` }, 404);
    const articles = await store.storyArticles(id);
    return c.json({ ...storyView(summary, articles), facts: await factsOfStory(store, articles) });
  });

  app.notFound((c) => c.html(page('Not found', html`<h1>Not found</h1><p><a href="/">All stories</a></p>`), 404));
  return app;
}
