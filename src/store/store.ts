// The Store contract: the only door to persistence. Every method is one atomic, idempotent step,
// so a crash between two calls never leaves half an article behind.
import type { Article, ArticleCore, ArticleFacts, Assignment, Feed, Mention, Source, StorySummary, Thread } from '../model.js';

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
}

/** An article's facts as the finders of `version` found them. */
export interface StoredFacts {
  version: number;
  facts: ArticleFacts;
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
  snippet: string;
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

/**
 * Store work that another thread may do, named by files only (a connection cannot cross threads): run by
 * `runStoreTask` (store/tasks.ts).
 */
export type StoreTask = { kind: 'sqlite-search-index'; store: string; search: string; storeId: string };

export interface Store {
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
  getArticle(id: number): Promise<Article | null>;
  /** Moves every article of story `from` into story `into` and retires `from`, in one transaction. */
  mergeStories(from: number, into: number, headline: string, score: number): Promise<void>;
  /** Moves the given articles of story `from` into a new story, recounting both; returns the new id. */
  splitStory(from: number, articleIds: readonly number[], headlines: { kept: string; moved: string }): Promise<number>;
  /** The id a story now lives under: itself, or the story it was merged into. */
  resolveStory(id: number): Promise<number | null>;
  listStories(options: { limit: number; offset: number }): Promise<StorySummary[]>;
  getStorySummary(id: number): Promise<StorySummary | null>;
  storyArticles(storyId: number): Promise<StoredStoryArticle[]>;
  /** The stored facts of these articles, by article id; an article without any is left out. */
  articleFacts(articleIds: readonly number[]): Promise<Map<number, StoredFacts>>;
  /** Stores (or replaces) articles' facts. */
  saveArticleFacts(entries: ReadonlyArray<{ articleId: number } & StoredFacts>): Promise<void>;
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** Brings the search index up to date with the committed articles, in this thread. */
  indexSearch(): Promise<void>;
  /** The same as a task for another thread (see StoreTask), or null when only this connection can do it. */
  searchIndexTask(): StoreTask | null;
  /** Articles of stories seen since `since` (ISO time), oldest first, for rebuilding the match index. */
  loadMatchRecords(since: string | null): Promise<MatchRecord[]>;
  /** Stores a story's thread signature (JSON-serialisable), replacing the previous one. */
  saveThreadSignature(storyId: number, signature: StoredThreadSignature): Promise<void>;
  /** Puts `storyId` into `link`'s thread, creating the thread (for both) when the linked story has none. */
  linkThread(storyId: number, linkedStoryId: number, threadId: number | null): Promise<number>;
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
