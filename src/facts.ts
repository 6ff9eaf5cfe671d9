// A story's facts as the reader sees them. Fact finding (entities, quotes, figures: about 1.5 ms of CPU per
// article) runs when a story is first read, not on the ingest path, where it would cost a third of the
// import rate for stories nobody opens; what it finds is kept in the store, and found again when the
// finders' version changes.
import { articleFacts, FACTS_VERSION } from './analyze/facts.js';
import type { ArticleFacts, StoryFacts } from './model.js';
import { type FactArticle, storyFacts } from './stories/story-facts.js';
import type { Store, StoredStoryArticle } from './store/store.js';

const NO_FACTS: ArticleFacts = { entities: [], attributions: [], claims: [] };

/** The outlet an article is cited as: its outlet's name, else the file or address it came from. */
export function citedAs(a: Pick<StoredStoryArticle, 'source' | 'origin'>): string {
  return a.source?.name ?? a.origin.replace(/^.*[/\\]/u, '');
}

export async function factsOfStory(store: Store, articles: readonly StoredStoryArticle[]): Promise<StoryFacts> {
  const stored = await store.articleFacts(articles.map((a) => a.id));
  const fresh: Array<{ articleId: number; version: number; facts: ArticleFacts }> = [];
  const withFacts: FactArticle[] = articles.map((a) => {
    let facts = stored.get(a.id);
    if (!facts || facts.version !== FACTS_VERSION) {
      try {
        facts = { version: FACTS_VERSION, facts: articleFacts(a.title, a.text, a.removed) };
        fresh.push({ articleId: a.id, ...facts });
      } catch {
        facts = { version: FACTS_VERSION, facts: NO_FACTS };
      }
    }
    return { id: a.id, outlet: citedAs(a), copyOf: a.copyOf, text: a.text, facts: facts.facts };
  });
  // The stored facts are a cache: a store busy with an import's write lock costs the next reader the work
  // again, never this reader the page.
  if (fresh.length) await store.saveArticleFacts(fresh).catch(() => undefined);
  return storyFacts(withFacts);
}
