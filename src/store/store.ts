// The Store contract: the only door to persistence. Every method is one atomic, idempotent step,
// so a crash between two calls never leaves half an article behind.
import type {
  Article, ArticleCore, ArticleFacts, Assignment, EntityType, Feed, Follow, FollowKind, Mention, Source, Story, StoryCard, StoryFacts, StorySummary, Thread,
} from '../model.js';

export interface StoredThreadSignature {
  vector: Array<[string, number]>;
  actors: string[];
  time: number;
}

/** Features kept per article so that the in-memory story index can be rebuilt after a restart. */
export interface ArticleFeatures {
  terms: Record<string, number>;
  lead: Record<string, number>;
  mentions: Mention[];
  numbers: string[];
}

export interface NewArticle extends ArticleCore {
  /** Idempotency key: the same key is never stored twice. */
  dedupeKey: string;
  contentHash: string;
  outlet: { name: string; domain: string | null } | null;
  lang: string;
  wordCount: number;
  incomplete: string | null;
  removed: string[];
  /** The article's sanitized HTML (see ExtractedArticle.html); absent or null for text and records. */
  html?: string | null;
  /** The lead picture's absolute address; absent or null when there is none. */
  image?: string | null;
  /** Or already serialised as JSON (a worker thread does it, off the main thread). */
  features: ArticleFeatures | string;
  minhash: Uint32Array;
  /** Existing story to join, or null to open a new one with `headline`. */
  assignment: Omit<Assignment, 'storyId'> & { storyId: number | null };
  /** An original this article replaces as the root of its copy group (it was published earlier). */
  supersedes?: number;
  headline: string;
  /** Ids chosen ahead of the write (see NextIds); without them the store gives the next ones itself. */
  ids?: SavedArticle;
}

/**
 * The ids a store gives next to an article, a story and a thread. Ids are never given twice, not even
 * a retired (merged) story's: its address keeps leading to the story it became. While a batch holds the
 * store's write lock, nobody else creates anything, so whoever holds it may choose the ids ahead of the
 * writes and count up from these (see store/write-behind.ts).
 */
export interface NextIds {
  article: number;
  story: number;
  thread: number;
}

/** An article's facts as the finders of `version` found them. */
export interface StoredFacts {
  version: number;
  facts: ArticleFacts;
}

/** Search ranks a query's newest this-many matches (by relevance); results past them are not given. */
export const SEARCH_DEPTH = 5000;

/** An article as lists show it: what it is and where it stands, not its text. */
export type ArticleListing = Pick<Article, 'id' | 'title' | 'url' | 'published' | 'ingestedAt' | 'source' | 'lang' | 'wordCount' | 'storyId' | 'copyOf'>;

/** A story's facts compared across its reports, as kept: valid while the story still has `articleCount` articles. */
export interface StoredStoryFacts {
  version: number;
  articleCount: number;
  facts: StoryFacts;
  card: StoryCard;
  ties: Story['ties'];
}

/** A story's article as its page lists it: no text, no features. */
export type StoryArticleListing = Omit<StoredStoryArticle, 'text' | 'html' | 'features' | 'removed'>;

/** Where a listing of stories resumes: after the story last shown (newest first by latest activity). */
export interface StoryCursor {
  lastSeen: string;
  id: number;
}

/** A person, organisation or place as the stories of the store name it. */
export interface EntitySummary {
  type: EntityType;
  key: string;
  /** The name most of its stories give it. */
  name: string;
  stories: number;
  reports: number;
  lastSeen: string;
}

export interface SavedArticle {
  articleId: number;
  storyId: number;
}

/** An article as the match stage needs it to rebuild its index. */
export interface MatchRecord {
  articleId: number;
  storyId: number;
  title: string;
  time: string;
  /** True when the article stated no publication time: `time` is when it was ingested. */
  undated: boolean;
  copyOf: number | null;
  features: ArticleFeatures;
  minhash: Uint32Array;
}

export interface StoredStoryArticle extends Article {
  score: number;
  reason: Assignment['reason'];
  ties: Assignment['ties'];
  /** For an article that opened a story: the most similar story it fell short of (see Assignment.nearest). */
  nearest: number | null;
  features: ArticleFeatures;
  /** What extraction removed as furniture (captions and their credits among it). */
  removed: string[];
}

export interface SearchHit {
  articleId: number;
  storyId: number | null;
  title: string;
  source: string | null;
  published: string | null;
  /** Where the query's words are densest in the article's text. */
  snippet: string;
  /** Where the query's words stand in `snippet`: [start, end) offsets. */
  highlights: Array<[number, number]>;
}

export interface StoreStats {
  articles: number;
  stories: number;
  sources: number;
}

/** A subscription as it is added: only its address is required. */
export interface NewFeed {
  /** Absolute http(s) address, already normalised (`new URL(url).href`): it is the subscription's identity. */
  url: string;
  title?: string | null;
  siteUrl?: string | null;
  category?: string | null;
}

export interface PollSuccess {
  etag: string | null;
  lastModified: string | null;
  polledAt: Date;
  nextPollAt: Date;
  intervalS: number;
  /** Items this poll took that no earlier poll had. */
  newItems: number;
}

export interface PollFailure {
  /** What went wrong, as the user should read it. */
  error: string;
  polledAt: Date;
  nextPollAt: Date;
}

export interface Store {
  /** The file another connection (another thread) can open to share this store, or null (in memory). */
  location(): string | null;
  /** This store's own random name, made when it was created: stable ids for what it publishes (feed items). */
  identity(): string;
  /** Id of the article stored under this key, if any. */
  findArticleByKey(dedupeKey: string): Promise<number | null>;
  /** The article read from this origin ("file.jsonl#id", "<feed url>#<guid>"), if one was stored. */
  findArticleByOrigin(origin: string): Promise<number | null>;
  /** Stores the article and its place in a story, creating the story if needed, in one transaction. */
  saveArticle(article: NewArticle): Promise<SavedArticle>;
  /**
   * Opens a batch: the writes that follow are committed together by `commitBatch` (one commit per many
   * articles instead of one each). Each write inside stays atomic on its own; this store sees them at once,
   * other readers at the commit. A crash loses the open batch whole, which a re-run of the import restores.
   */
  beginBatch(): Promise<void>;
  commitBatch(): Promise<void>;
  /** Undoes the open batch's writes, if one is open. */
  abandonBatch(): Promise<void>;
  /** The ids the next article, story and thread will have. */
  nextIds(): Promise<NextIds>;
  getArticle(id: number): Promise<Article | null>;
  /** Articles newest first (by id: the order they were taken in), without their text, after `beforeId`. */
  listArticles(options: { limit: number; beforeId?: number }): Promise<ArticleListing[]>;
  /** Moves every article of story `from` into story `into` and retires `from`, in one transaction. */
  mergeStories(from: number, into: number, headline: string, score: number): Promise<void>;
  /** Moves the given articles of story `from` into a new story (`to`, or the next id), recounting both; returns its id. */
  splitStory(from: number, articleIds: readonly number[], headlines: { kept: string; moved: string }, to?: number): Promise<number>;
  /** The id a story now lives under: itself, or the story it was merged into. */
  resolveStory(id: number): Promise<number | null>;
  /** Stories, latest activity first: from `offset`, or after `before` (keyset: stable while stories arrive). */
  listStories(options: { limit: number; offset?: number; before?: StoryCursor }): Promise<StorySummary[]>;
  /** These stories (those that exist), in the order asked. */
  storySummaries(ids: readonly number[]): Promise<StorySummary[]>;
  /** Stories active since `since` (ISO), latest first, at most `limit`, without their outlets: ranking's candidates. */
  activeStories(since: string, limit: number): Promise<Array<Omit<StorySummary, 'outlets'>>>;
  getStorySummary(id: number): Promise<StorySummary | null>;
  storyArticles(storyId: number): Promise<StoredStoryArticle[]>;
  /** The same articles without their text and features: what a story's page lists. */
  storyArticleList(storyId: number): Promise<StoryArticleListing[]>;
  /** The stored facts of these articles, by article id; an article without any is left out. */
  articleFacts(articleIds: readonly number[]): Promise<Map<number, StoredFacts>>;
  /** Stores (or replaces) articles' facts. */
  saveArticleFacts(entries: ReadonlyArray<{ articleId: number } & StoredFacts>): Promise<void>;
  /** A story's kept facts, if any (of whatever version: the caller checks it and `articleCount`). */
  storyFacts(storyId: number): Promise<StoredStoryFacts | null>;
  /**
   * Keeps a story's facts and its entities; false (nothing kept) when the story has meanwhile changed (its
   * article count is no longer `articleCount`) or is gone.
   */
  saveStoryFacts(storyId: number, facts: StoredStoryFacts): Promise<boolean>;
  /** The kept cards of these stories, by id, with the finders' version that made each. */
  storyCards(ids: readonly number[]): Promise<Map<number, { version: number; card: StoryCard }>>;
  /** Stories whose facts are not kept, or kept by finders older than `version`: latest activity first. */
  storiesLackingFacts(version: number, limit: number): Promise<number[]>;
  /** How many stories lack kept facts (as storiesLackingFacts). */
  countStoriesLackingFacts(version: number): Promise<number>;
  /** Stories naming any of these entities (by type and key), latest activity first. */
  storiesNaming(entities: ReadonlyArray<{ type: EntityType; key: string }>, options: { limit: number; before?: StoryCursor }): Promise<StorySummary[]>;
  /** Of these stories, those that name any of the entities. */
  whichStoriesName(storyIds: readonly number[], entities: ReadonlyArray<{ type: EntityType; key: string }>): Promise<Set<number>>;
  /** People, organisations and places by the number of stories naming them (of those whose facts are kept). */
  listEntities(options: { type?: EntityType; limit: number; offset: number }): Promise<EntitySummary[]>;
  /** One entity's summary, or null when no kept story names it. */
  getEntity(type: EntityType, key: string): Promise<EntitySummary | null>;
  /** Entities of a type whose key is one of `keys` (to resolve a surname to the full names that end in it). */
  entityKeysEndingWith(type: EntityType, lastWord: string): Promise<string[]>;
  getSource(id: number): Promise<(Source & { articles: number; copies: number; stories: number; lastSeen: string | null }) | null>;
  /** Stories with an article from this outlet, latest first. */
  storiesFromSource(sourceId: number, options: { limit: number; before?: StoryCursor }): Promise<StorySummary[]>;
  /** For each of these stories, its independent reports and those of them from the named outlets. */
  reportsByOutlets(storyIds: readonly number[], outlets: readonly string[]): Promise<Map<number, { reports: number; fromOutlets: number }>>;
  /** Ids of the stories of articles matching a search, most relevant first. */
  searchStories(query: string, limit: number): Promise<number[]>;
  listFollows(): Promise<Follow[]>;
  /** Follows or mutes; the same thing followed again keeps one row, its mode and label as now given. */
  saveFollow(follow: { kind: FollowKind; value: string; label: string; mode: Follow['mode'] }): Promise<Follow>;
  removeFollow(id: number): Promise<boolean>;
  /** Articles matching a query, most relevant first, from `offset`. */
  search(query: string, limit: number, offset?: number): Promise<SearchHit[]>;
  /** Brings the search index up to date with the committed articles, in this thread. */
  indexSearch(): Promise<void>;
  /** Articles of stories seen since `since` (ISO time), oldest first, for rebuilding the match index. */
  loadMatchRecords(since: string | null): Promise<MatchRecord[]>;
  /** Stores a story's thread signature (JSON-serialisable), replacing the previous one. */
  saveThreadSignature(storyId: number, signature: StoredThreadSignature): Promise<void>;
  /**
   * Puts `storyId` into `link`'s thread, creating the thread (for both; as `newThreadId`, or the next id)
   * when the linked story has none.
   */
  linkThread(storyId: number, linkedStoryId: number, threadId: number | null, newThreadId?: number): Promise<number>;
  /** Signatures of stories seen since `since`, oldest first, for rebuilding the thread index. */
  loadThreadSignatures(since: string | null): Promise<Array<{ storyId: number; threadId: number | null; signature: StoredThreadSignature }>>;
  getThread(id: number): Promise<Thread | null>;
  /** The latest story activity (ISO time), or null for an empty store. */
  latestActivity(): Promise<string | null>;
  listSources(): Promise<Array<Source & { articles: number }>>;
  /**
   * Subscribes to a feed; an address already subscribed is left as it is (only what it lacked, a title or a
   * folder, is filled in), so adding or importing twice never makes two.
   */
  addFeed(feed: NewFeed): Promise<{ feed: Feed; added: boolean }>;
  /** Every subscription, in the order they were added. */
  listFeeds(): Promise<Feed[]>;
  /** A subscription by id or by its exact (normalised) address. */
  getFeed(idOrUrl: number | string): Promise<Feed | null>;
  /** Unsubscribes, forgetting the items seen in the feed; the articles taken from it stay. False if none. */
  removeFeed(idOrUrl: number | string): Promise<boolean>;
  /** The feeds to poll at `now`: never polled, or their next poll has come; the most overdue first. */
  feedsDue(now: Date): Promise<Feed[]>;
  /** A poll that worked: keeps its validators and schedule, and clears the run of failures. */
  recordPollSuccess(feedId: number, poll: PollSuccess): Promise<void>;
  /** A poll that failed: kept on the feed, with the run of failures counted. */
  recordPollFailure(feedId: number, poll: PollFailure): Promise<void>;
  /** Whether the feed showed this item before under any of its keys (see ingest/feed-items.ts). */
  seenFeedItem(feedId: number, keys: readonly string[]): Promise<boolean>;
  /** Remembers a feed's item under each of its keys, with the article made of it (null if none was). */
  rememberFeedItem(feedId: number, keys: readonly string[], url: string | null, articleId: number | null): Promise<void>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
