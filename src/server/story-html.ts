// A story's page: what happened (the cited summary), the facts against the outlets, who said what, the
// coverage (each outlet's headline, copies folded under their original), how the coverage grew over
// time, and the thread it belongs to.
import { parseTime } from '../util/time.js';
import { outletCalled } from '../facts.js';
import type { StoryArticle } from '../model.js';
import type { FullStory } from '../reader/reader.js';
import { factsSection, summarySection } from './facts-html.js';
import { html, meta, plural, type Raw, time } from './html.js';

const CHART_W = 360;
const CHART_H = 90;
const MAX_BARS = 24;

/** Articles per time bucket (an hour, a day or a week, whichever gives at most MAX_BARS bars) as bars. */
export function coverageChart(articles: readonly StoryArticle[]): Raw {
  // An undated article is shown at the time it was taken in, which may be long after the story: it would
  // stretch the chart over months, so it is left out when any article states its time.
  const dated = articles.some((a) => a.published) ? articles.filter((a) => a.published) : articles;
  const times = dated.map((a) => parseTime(a.time)).filter(Number.isFinite).sort((a, b) => a - b);
  if (times.length < 2) return html``;
  const first = times[0] as number;
  const span = (times[times.length - 1] as number) - first;
  const step = [3_600_000, 6 * 3_600_000, 86_400_000, 7 * 86_400_000, 30 * 86_400_000].find((s) => span / s < MAX_BARS) ?? 30 * 86_400_000;
  const unit = step < 86_400_000 ? (step === 3_600_000 ? 'hour' : '6 hours') : step === 86_400_000 ? 'day' : step === 7 * 86_400_000 ? 'week' : '30 days';
  const counts = new Array<number>(Math.floor(span / step) + 1).fill(0);
  for (const t of times) counts[Math.floor((t - first) / step)]! += 1;
  const peak = Math.max(...counts);
  const w = CHART_W / counts.length;
  const bars = counts.map((n, i) => {
    const h = n ? Math.max(2, (n / peak) * (CHART_H - 16)) : 0;
    return html`<rect x="${(i * w + 1).toFixed(1)}" y="${(CHART_H - 14 - h).toFixed(1)}" width="${Math.max(1, w - 2).toFixed(1)}" height="${h.toFixed(1)}"><title>${plural(n, 'article')}</title></rect>`;
  });
  return html`<figure><svg class="chart" viewBox="0 0 ${CHART_W} ${CHART_H}" role="img" aria-label="Articles per ${unit}, from ${new Date(first).toISOString().slice(0, 10)}">${bars}
<text x="0" y="${CHART_H - 2}">${new Date(first).toISOString().slice(0, 16).replace('T', ' ')}</text><text x="${CHART_W}" y="${CHART_H - 2}" text-anchor="end">${plural(peak, 'article')} per ${unit} at most</text></svg>
<figcaption class="muted">Coverage over time: articles per ${unit}</figcaption></figure>`;
}

/** The outlet an article came from, as its facts cite it. */
function outletName(a: StoryArticle): string {
  return outletCalled(a.source, a.origin, a.url);
}

function outletLabel(a: StoryArticle): Raw {
  return a.sourceId !== null ? html`<a class="outlet" href="/outlet/${a.sourceId}">${a.source}</a>` : html`<span class="outlet">${outletName(a)}</span>`;
}

function coverage(articles: readonly StoryArticle[]): Raw {
  const copiesOf = new Map<number, StoryArticle[]>();
  for (const a of articles) if (a.copyOf !== null) copiesOf.set(a.copyOf, [...(copiesOf.get(a.copyOf) ?? []), a]);
  const originals = articles.filter((a) => a.copyOf === null || !articles.some((o) => o.id === a.copyOf));
  return html`<ul class="coverage">${originals.map((a) => {
    const copies = copiesOf.get(a.id) ?? [];
    return html`<li>${outletLabel(a)} <span class="muted">${time(a.time)}</span><div><a href="/article/${a.id}">${a.title}</a></div>
${copies.length ? html`<details class="copies"><summary>Republished ${copies.length === 1 ? 'once' : `${copies.length} times`}: ${[...new Set(copies.map(outletName))].join(', ')}</summary><ul>${copies.map((c) => html`<li>${outletLabel(c)}: <a href="/article/${c.id}">${c.title}</a></li>`)}</ul></details>` : ''}</li>`;
  })}</ul>`;
}

/** When each outlet came to the story: its first report, in time order; undated ones last. */
function timeline(articles: readonly StoryArticle[]): Raw {
  const seen = new Set<string>();
  const entries = [...articles]
    .sort((a, b) => Number(!a.published) - Number(!b.published) || a.time.localeCompare(b.time) || a.id - b.id)
    .filter((a) => {
      const outlet = outletName(a);
      if (seen.has(outlet)) return false;
      seen.add(outlet);
      return true;
    });
  return html`<ol class="timeline">${entries.map((a, i) => html`<li>${a.published ? time(a.published) : 'Undated'} · ${outletName(a)} ${i === 0 ? 'first reports it' : a.copyOf !== null ? 'republishes it' : 'reports it'}</li>`)}</ol>`;
}

export function storyPage({ story, facts, thread }: FullStory): Raw {
  return html`<h1>${story.headline}</h1>
${meta([plural(story.articleCount, 'article'), plural(story.reportCount, 'independent report'), plural(story.outlets.length, 'outlet'), html`${time(story.firstSeen)} – ${time(story.lastSeen)}`])}
${summarySection(facts)}
${factsSection(facts)}
<section id="coverage" aria-labelledby="h-coverage"><h2 id="h-coverage">Coverage</h2>
<p class="muted">${story.reportCount === story.articleCount ? `${plural(story.reportCount, 'independent report')}.` : `${plural(story.reportCount, 'original report')}, republished ${plural(story.articleCount - story.reportCount, 'time')}.`}</p>
${coverage(story.articles)}</section>
<section id="timeline" aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline</h2>${coverageChart(story.articles)}${timeline(story.articles)}</section>
${thread && thread.stories.length > 1 ? html`<section id="thread" aria-labelledby="h-thread"><h2 id="h-thread">The thread: this matter over time</h2><ol class="timeline">${thread.stories.map((s) => html`<li>${time(s.firstSeen)} — ${s.id === story.id ? html`<strong>${s.headline}</strong> (this story)` : html`<a href="/story/${s.id}">${s.headline}</a>`} <span class="muted">${plural(s.reportCount, 'report')}</span></li>`)}</ol></section>` : ''}
<section id="ties" aria-labelledby="h-ties"><h2 id="h-ties">What ties its reports together</h2><ul class="chips">${story.ties.map((t) => html`<li><span title="${t.kind}, in ${plural(t.articles, 'article')}">${t.feature}</span></li>`)}</ul></section>`;
}
