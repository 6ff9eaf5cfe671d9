// A list of stories as cards: headline, one line of what happened, how widely it is reported, when, and
// the people and places in it.
import type { StoryListItem } from '../reader/reader.js';
import { entityHref } from './links.js';
import { html, meta, plural, type Raw, time } from './html.js';

function card(s: StoryListItem): Raw {
  const people = s.card?.people ?? [];
  const places = s.card?.places ?? [];
  return html`<li><h2><a href="/story/${s.id}">${s.headline}</a></h2>
${s.card?.lede ? html`<p class="lede">${s.card.lede}</p>` : ''}
${meta([plural(s.outlets.length, 'outlet'), plural(s.reportCount, 'independent report'), s.articleCount > s.reportCount && plural(s.articleCount - s.reportCount, 'copy', 'copies'), time(s.lastSeen), s.followed && html`<span class="badge">Following</span>`])}
${people.length || places.length ? html`<ul class="chips" aria-label="People and places">${people.map((p) => html`<li class="person"><a href="${entityHref('person', p.key)}">${p.name}</a></li>`)}${places.map((p) => html`<li class="place"><a href="${entityHref('place', p.key)}">${p.name}</a></li>`)}</ul>` : ''}</li>`;
}

export function storyList(items: readonly StoryListItem[], next: string | null, nextHref: (cursor: string) => string, empty: Raw | string): Raw {
  if (!items.length) return html`<p class="notice">${empty}</p>`;
  return html`<ol class="stories">${items.map(card)}</ol>
${next ? html`<p class="pager"><a href="${nextHref(next)}" rel="next">More stories</a></p>` : ''}`;
}
