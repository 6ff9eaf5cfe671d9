// A person's, organisation's or place's page (their stories, what they said) and the index of them all.
import type { EntitySummary } from '../store/store.js';
import type { EntityPage } from '../reader/reader.js';
import { wordingsOf } from '../stories/wordings.js';
import { followControls } from './follow-html.js';
import { html, meta, plural, type Raw, time } from './html.js';
import { entityHref, withQuery } from './links.js';
import { storyList } from './story-list-html.js';

const TYPE_LABEL = { person: 'Person', organisation: 'Organisation', place: 'Place' } as const;

export function entityPage(p: EntityPage, back: string): Raw {
  const e = p.entity;
  const value = `${e.type}:${e.key}`;
  return html`<p class="muted">${TYPE_LABEL[e.type]}</p><h1>${e.name}</h1>
${p.roles.length ? html`<p>${p.roles.join(' · ')}</p>` : ''}
${meta([plural(e.stories, 'story', 'stories'), plural(e.reports, 'report'), html`latest ${time(e.lastSeen)}`, p.aliases.length > 0 && `also “${p.aliases.join('”, “')}”`])}
${followControls('entity', value, e.name, p.following, back)}
<p class="muted"><a href="/feeds/entity/${e.type}/${encodeURIComponent(e.key)}.atom">Atom feed</a> · <a href="/feeds/entity/${e.type}/${encodeURIComponent(e.key)}.json">JSON Feed</a></p>
${p.quotes.length ? html`<section id="quotes"><h2>What ${e.name} said</h2>${saidByStory(p.quotes)}</section>` : ''}
<section id="stories"><h2>Stories</h2>
${storyList(p.stories, p.next, (c) => withQuery(entityHref(e.type, e.key), { cursor: c }), 'No stories yet.')}</section>`;
}

/** Quotations under the story they come from, each wording with its outlets. */
function saidByStory(quotes: EntityPage['quotes']): Raw {
  const stories = new Map<number, { headline: string; quotes: Array<EntityPage['quotes'][number]['quote']> }>();
  for (const q of quotes.slice(0, 30)) {
    const s = stories.get(q.storyId) ?? { headline: q.headline, quotes: [] };
    s.quotes.push(q.quote);
    stories.set(q.storyId, s);
  }
  return html`${[...stories].map(([id, s]) => html`<h3><a href="/story/${id}">${s.headline}</a></h3><ul class="statements">${s.quotes.map(
    (quote) => html`<li>${wordingsOf(quote.versions).slice(0, 2).map((w) => html`<blockquote>${w.direct ? `“${w.text}”` : w.text} <span class="cite">— ${w.outlets.join(', ')}</span></blockquote>`)}</li>`,
  )}</ul>`)}`;
}

export function entitiesPage(entities: readonly EntitySummary[], type: string | null, next: string | null, unread: number): Raw {
  const tab = (t: string | null, label: string): Raw =>
    html`<a href="${withQuery('/entities', { type: t })}"${t === type ? html` aria-current="page"` : ''}>${label}</a>`;
  return html`<h1>People, organisations and places</h1>
<nav class="main" aria-label="Kinds">${tab(null, 'All')}${tab('person', 'People')}${tab('organisation', 'Organisations')}${tab('place', 'Places')}</nav>
${unread ? html`<p class="notice" role="status">${plural(unread, 'story', 'stories')} not yet read for who is in them: the server is reading them, latest first.</p>` : ''}
${entities.length ? html`<ol class="stories">${entities.map((e) => html`<li><h2><a href="${entityHref(e.type, e.key)}">${e.name}</a></h2>${meta([TYPE_LABEL[e.type], plural(e.stories, 'story', 'stories'), plural(e.reports, 'report'), html`latest ${time(e.lastSeen)}`])}</li>`)}</ol>` : html`<p class="notice">None yet: people and places are listed once their stories have been read (the server reads new stories in the background).</p>`}
${next ? html`<p class="pager"><a rel="next" href="${withQuery('/entities', { type, cursor: next })}">More</a></p>` : ''}`;
}
