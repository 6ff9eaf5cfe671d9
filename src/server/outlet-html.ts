// An outlet's page (its stories, how much of what it runs is its own) and the index of outlets.
import type { Follow, Source } from '../model.js';
import type { StoryListItem } from '../reader/reader.js';
import { followControls } from './follow-html.js';
import { html, meta, plural, type Raw, time } from './html.js';
import { withQuery } from './links.js';
import { storyList } from './story-list-html.js';

type OutletStats = Source & { articles: number; copies: number; stories: number; lastSeen: string | null };

export function outletPage(p: { source: OutletStats; stories: StoryListItem[]; next: string | null; following: Follow | null }, back: string): Raw {
  const s = p.source;
  return html`<p class="muted">Outlet</p><h1>${s.name}</h1>
${meta([s.domain, plural(s.articles, 'article'), plural(s.copies, 'republished copy', 'republished copies'), plural(s.stories, 'story', 'stories'), s.lastSeen && html`latest ${time(s.lastSeen)}`])}
${followControls('outlet', s.name, s.name, p.following, back)}
<section id="stories"><h2>Stories</h2>${storyList(p.stories, p.next, (c) => withQuery(`/outlet/${s.id}`, { cursor: c }), 'No stories yet.')}</section>`;
}

export function outletsPage(sources: ReadonlyArray<Source & { articles: number }>): Raw {
  return html`<h1>Outlets</h1>
${sources.length ? html`<ol class="stories">${sources.map((s) => html`<li><h2><a href="/outlet/${s.id}">${s.name}</a></h2>${meta([s.domain, plural(s.articles, 'article')])}</li>`)}</ol>` : html`<p class="notice">No outlets yet.</p>`}`;
}
