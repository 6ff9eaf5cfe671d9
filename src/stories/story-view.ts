// A story as a reader sees it: its articles (copies under their originals) and what ties them together.
import type { Story, StorySummary } from '../model.js';
import type { StoredStoryArticle, StoryArticleListing } from '../store/store.js';

const MAX_TIES = 15;

/**
 * The features that tie a story: entities and numbers mentioned by several of its reports, then the terms
 * most of them share. A single-article story shows its own strongest features.
 */
export function storyTies(articles: readonly StoredStoryArticle[]): Story['ties'] {
  const originals = articles.filter((a) => a.copyOf === null);
  const pool = originals.length ? originals : articles;
  const minShare = pool.length > 1 ? 2 : 1;
  const entityCount = new Map<string, { text: string; n: number }>();
  const numberCount = new Map<string, number>();
  const termCount = new Map<string, { n: number; weight: number }>();
  for (const a of pool) {
    for (const m of a.features.mentions) {
      const e = entityCount.get(m.key);
      if (e) e.n++;
      else entityCount.set(m.key, { text: m.text, n: 1 });
    }
    for (const n of a.features.numbers) numberCount.set(n, (numberCount.get(n) ?? 0) + 1);
    for (const [t, w] of Object.entries(a.features.terms)) {
      const e = termCount.get(t);
      if (e) {
        e.n++;
        e.weight += w;
      } else termCount.set(t, { n: 1, weight: w });
    }
  }
  const entities = [...entityCount.values()]
    .filter((e) => e.n >= minShare)
    .sort((a, b) => b.n - a.n || a.text.localeCompare(b.text))
    .map((e) => ({ feature: e.text, kind: 'entity' as const, articles: e.n }));
  const numbers = [...numberCount]
    .filter(([, n]) => n >= minShare)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([f, n]) => ({ feature: f, kind: 'number' as const, articles: n }));
  const entityWords = new Set(entities.flatMap((e) => e.feature.toLowerCase().split(/\s+/u)));
  const terms = [...termCount]
    .filter(([t, e]) => e.n >= minShare && !entityWords.has(t))
    .sort((a, b) => b[1].n - a[1].n || b[1].weight - a[1].weight || a[0].localeCompare(b[0]))
    .map(([f, e]) => ({ feature: f, kind: 'term' as const, articles: e.n }));
  return [...entities.slice(0, 8), ...numbers.slice(0, 3), ...terms].slice(0, MAX_TIES);
}

/** A story with its articles listed; `ties` from storyTies, kept with the story's facts. */
export function storyView(summary: StorySummary, articles: readonly StoryArticleListing[], ties: Story['ties']): Story {
  return {
    ...summary,
    articles: articles.map((a) => ({
      id: a.id,
      origin: a.origin,
      source: a.source?.name ?? null,
      sourceId: a.source?.id ?? null,
      url: a.url,
      title: a.title,
      image: a.image,
      published: a.published,
      time: a.published ?? a.ingestedAt,
      copyOf: a.copyOf,
      score: a.score,
      reason: a.reason,
    })),
    ties,
  };
}
