// A story's facts as the reader sees them. Fact finding (entities, quotes, figures: about 1.5 ms of CPU per
// article) runs when a story is first read, not on the ingest path, where it would cost a third of the
// import rate for stories nobody opens; what it finds is kept in the store, and found again when the
// finders' version changes.
import { mergeEntities } from './analyze/entities.js';
import { articleFacts, FACTS_VERSION } from './analyze/facts.js';
import type { ArticleFacts, Entity, EntityType, StoryFacts, StorySummary } from './model.js';
import { storyCard } from './stories/story-card.js';
import { type FactArticle, storyFacts } from './stories/story-facts.js';
import { storyTies } from './stories/story-view.js';
import type { Store, StoredStoryArticle, StoredStoryFacts } from './store/store.js';

const NO_FACTS: ArticleFacts = { entities: [], attributions: [], claims: [] };

/** The outlet an article is cited as: its outlet's name, else its address's host, else the file it came from. */
export function citedAs(a: Pick<StoredStoryArticle, 'source' | 'origin' | 'url'>): string {
  return outletCalled(a.source?.name, a.origin, a.url);
}

/** The same from an article's outlet name, origin and address, as pages list articles. */
export function outletCalled(name: string | null | undefined, origin: string, url: string | null): string {
  if (name?.trim()) return name.trim();
  try {
    if (url) return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    // not an address: the origin below
  }
  return origin.replace(/[/\\]+$/u, '').replace(/^.*[/\\]/u, '') || origin || 'unknown source';
}

/**
 * Whether stored facts can be read as facts: the store is a file a user may carry between versions, and a
 * value JSON could not keep (a figure too large for a number) comes back as null.
 */
function readable(f: ArticleFacts): boolean {
  return (
    Array.isArray(f.entities) &&
    Array.isArray(f.attributions) &&
    Array.isArray(f.claims) &&
    f.claims.every((c) => Number.isFinite(c.value) && Array.isArray(c.measureKey) && Array.isArray(c.span) && Array.isArray(c.sentence))
  );
}

export async function factsOfStory(store: Store, articles: readonly StoredStoryArticle[]): Promise<StoryFacts> {
  const stored = await store.articleFacts(articles.map((a) => a.id));
  const fresh: Array<{ articleId: number; version: number; facts: ArticleFacts }> = [];
  const withFacts: FactArticle[] = articles.map((a) => {
    let facts = stored.get(a.id);
    // Facts written by newer finders (a newer build on the same store) are kept, not rewritten back and forth.
    if (!facts || facts.version < FACTS_VERSION || !readable(facts.facts)) {
      let found: ArticleFacts;
      try {
        found = articleFacts(a.title, a.text, a.removed);
      } catch {
        // Kept as found: an article the finders fail on is not tried again on every reading.
        found = NO_FACTS;
      }
      facts = { version: FACTS_VERSION, facts: found };
      fresh.push({ articleId: a.id, ...facts });
    }
    return { id: a.id, outlet: citedAs(a), copyOf: a.copyOf, text: a.text, facts: facts.facts, published: a.published };
  });
  // The stored facts are a cache: a store busy with an import's write lock costs the next reader the work
  // again, never this reader the page.
  if (fresh.length) await store.saveArticleFacts(fresh).catch(() => undefined);
  return storyFacts(withFacts);
}

/**
 * A story's facts, kept per story: comparing a large story's reports takes tens of milliseconds, too long
 * for every page view. What is kept is valid for the finders' version and the story's article count (an
 * article joining or leaving drops it in the store itself); a story that changed meanwhile is not kept.
 */
export async function keptStory(store: Store, story: Pick<StorySummary, 'id' | 'articleCount'>, articles?: readonly StoredStoryArticle[]): Promise<StoredStoryFacts> {
  const kept = await store.storyFacts(story.id);
  if (kept && kept.version >= FACTS_VERSION && kept.articleCount === story.articleCount) return kept;
  const all = articles ?? (await store.storyArticles(story.id));
  const facts = await factsOfStory(store, all);
  const found: StoredStoryFacts = { version: FACTS_VERSION, articleCount: all.length, facts, card: storyCard(facts, all), ties: storyTies(all) };
  // A store busy with an import's write lock: the next reader finds them again.
  await store.saveStoryFacts(story.id, found).catch(() => false);
  return found;
}

export async function keptStoryFacts(store: Store, story: Pick<StorySummary, 'id' | 'articleCount'>, articles?: readonly StoredStoryArticle[]): Promise<StoryFacts> {
  return (await keptStory(store, story, articles)).facts;
}

/**
 * Finds and keeps the facts of stories that lack them, latest first, so that pages, entity pages and
 * feeds read kept facts: at most `limit` stories, yielding between stories so a server stays responsive.
 * Returns how many it found.
 */
export async function fillStoryFacts(store: Store, limit: number, stop: () => boolean = () => false): Promise<number> {
  const ids = await store.storiesLackingFacts(FACTS_VERSION, limit);
  let done = 0;
  for (const id of ids) {
    if (stop()) break;
    const [summary] = await store.storySummaries([id]);
    if (!summary) continue;
    await keptStoryFacts(store, summary);
    done++;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return done;
}

/** A person, organisation or place across the store: one name, every form the stories write, the stories naming it. */
export interface StoreEntity extends Pick<Entity, 'name' | 'type' | 'key' | 'aliases' | 'roles'> {
  /** The stories that name it, most recent first. */
  storyIds: number[];
  /** Independent reports naming it, over all those stories. */
  reports: number;
}

/**
 * The entities of every story in the store, merged as a story's articles are: the same key is one entity,
 * a surname joins the one full name it ends, an acronym its expansion. Stories whose articles have no facts
 * yet have them found now (and kept), so the first call on a large store takes a while: `onStory` reports it.
 */
export async function entitiesOfStore(store: Store, onStory?: (done: number, total: number) => void): Promise<StoreEntity[]> {
  const stories = await store.listStories({ limit: Number.MAX_SAFE_INTEGER, offset: 0 });
  const lists: Entity[][] = [];
  for (const [i, s] of stories.entries()) {
    const facts = await factsOfStory(store, await store.storyArticles(s.id));
    lists.push(facts.entities.map((e) => ({ ...e, count: e.reports, spans: [] })));
    onStory?.(i + 1, stories.length);
  }
  const merged = mergeEntities(lists);
  const storiesOf = new Map<number, Set<number>>();
  const reports = new Map<number, number>();
  merged.index.forEach((positions, i) => {
    positions.forEach((at, j) => {
      const ids = storiesOf.get(at) ?? new Set<number>();
      ids.add((stories[i] as { id: number }).id);
      storiesOf.set(at, ids);
      reports.set(at, (reports.get(at) ?? 0) + ((lists[i] as Entity[])[j] as Entity).count);
    });
  });
  return merged.entities
    .map((e, at) => ({ name: e.name, type: e.type, key: e.key, aliases: e.aliases, roles: e.roles, storyIds: [...(storiesOf.get(at) ?? [])], reports: reports.get(at) ?? 0 }))
    .sort((a, b) => b.storyIds.length - a.storyIds.length || b.reports - a.reports || a.name.localeCompare(b.name));
}

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organisation', 'place'];
