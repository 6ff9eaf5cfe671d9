// The one place that knows the order of the stages: extract → analyze → match → store.
import { type MatchParams, rawVector } from './match/features.js';
import { Matcher } from './match/matcher.js';
import type { Member } from './match/story-index.js';
import { DEFAULT_THREAD_PARAMS, ThreadIndex, type ThreadSignature } from './match/threads.js';
import type { IngestOutcome, RawDocument } from './model.js';
import { type Prepared, features, prepare } from './prepare.js';
import { PreparePool } from './prepare-pool.js';
import { chooseHeadline } from './stories/headline.js';
import type { Store } from './store/store.js';
import { type ImportWrites, StoreWriteError, WriteBehind } from './store/write-behind.js';

/** Documents prepared in this thread before worker threads are started for the rest of an import. */
const WORKERS_AFTER = 200;
/**
 * An import commits to the store every so many articles or milliseconds, whichever comes first: a commit
 * per article cost more than matching it, and readers still see new articles within a fraction of a second.
 */
const BATCH_ARTICLES = 500;
const BATCH_MS = 250;

export class Pipeline {
  /**
   * Thread signatures not yet written: inside a batch they are written once at its commit, where a young
   * story would otherwise rewrite its row at 1, 2 and 4 reports within the same batch.
   */
  private readonly unsavedSignatures = new Map<number, ThreadSignature>();
  private batching = false;
  /** Where the import's writes go: the store, or during a large import a WriteBehind in front of it. */
  private writes: ImportWrites;

  private constructor(
    readonly store: Store,
    private indexes: { matcher: Matcher; threads: ThreadIndex },
    private readonly options: { params?: Partial<MatchParams>; clock?: () => number },
  ) {
    this.writes = store;
  }

  get matcher(): Matcher {
    return this.indexes.matcher;
  }

  get threads(): ThreadIndex {
    return this.indexes.threads;
  }

  private get clock(): () => number {
    return this.options.clock ?? Date.now;
  }

  /** Opens a pipeline over a store, rebuilding the match indexes from what the store already holds. */
  static async open(store: Store, options: { params?: Partial<MatchParams>; clock?: () => number } = {}): Promise<Pipeline> {
    return new Pipeline(store, await Pipeline.loadIndexes(store, options.params), options);
  }

  private static async loadIndexes(store: Store, params: Partial<MatchParams> | undefined): Promise<{ matcher: Matcher; threads: ThreadIndex }> {
    const matcher = new Matcher(params);
    // Only stories still inside the active window come back into memory.
    const latest = await store.latestActivity();
    const since = latest ? new Date(Date.parse(latest) - matcher.params.windowDays * 86_400_000).toISOString() : null;
    matcher.load(await store.loadMatchRecords(since));
    matcher.sweep();
    const threads = new ThreadIndex(DEFAULT_THREAD_PARAMS);
    const threadSince = latest ? new Date(Date.parse(latest) - threads.params.retentionDays * 86_400_000).toISOString() : null;
    for (const s of await store.loadThreadSignatures(threadSince)) {
      threads.update(s.storyId, { vector: new Map(s.signature.vector), actors: s.signature.actors, time: s.signature.time }, s.threadId);
    }
    return { matcher, threads };
  }

  async ingest(doc: RawDocument): Promise<IngestOutcome> {
    return this.place(prepare(doc));
  }

  /**
   * Ingests a stream of documents: extraction and analysis run ahead in `workers` worker threads (none:
   * in this thread), matching and storing run here, strictly in input order, so results do not depend
   * on the number of workers.
   */
  async ingestAll(
    docs: AsyncIterable<RawDocument> | Iterable<RawDocument>,
    onOutcome: (outcome: IngestOutcome) => void,
    workers = 0,
  ): Promise<void> {
    // Workers cost a second or so to start (each loads the extractors): small imports run in this thread.
    let pool: PreparePool | null = null;
    let writer: WriteBehind | null = null;
    let seen = 0;
    const ahead: Array<Promise<Prepared>> = [];
    // Enough documents in flight that matching never waits for the next one.
    const lookahead = workers * 64;
    // A batch is also committed after BATCH_MS by a timer, so that a stream that pauses (a slow source)
    // never holds the store's write lock while it waits.
    let batch: { articles: number; timer: NodeJS.Timeout } | null = null;
    const commit = async (): Promise<void> => {
      if (!batch) return;
      clearTimeout(batch.timer);
      batch = null;
      await this.saveSignatures();
      // The search index is derived data: a writer thread brings it up to date after each commit; without
      // one, this thread does, once per batch.
      if (writer) writer.handOver();
      else {
        await this.writes.commitBatch();
        await this.store.indexSearch();
      }
    };
    const placeBatched = async (prepared: Prepared): Promise<void> => {
      if (!batch) {
        await this.writes.beginBatch();
        batch = { articles: 0, timer: setTimeout(() => void commit().catch(() => undefined), BATCH_MS).unref() };
      }
      onOutcome(await this.placeSafely(prepared));
      if (batch && ++batch.articles >= BATCH_ARTICLES) await commit();
    };
    this.batching = true;
    try {
      for await (const doc of docs) {
        if (!pool && workers > 0 && ++seen > WORKERS_AFTER) {
          pool = new PreparePool(workers);
          // From here on the writes run in a thread of their own (see write-behind.ts), once what this
          // thread wrote so far is committed.
          await commit();
          writer = WriteBehind.start(this.store);
          if (writer) this.writes = writer;
        }
        if (!pool) {
          await placeBatched(prepare(doc));
          continue;
        }
        ahead.push(pool.prepare(doc));
        if (ahead.length >= lookahead) await placeBatched(await (ahead.shift() as Promise<Prepared>));
      }
      while (ahead.length) await placeBatched(await (ahead.shift() as Promise<Prepared>));
    } finally {
      this.batching = false;
      await this.finishImport(commit, writer, pool);
    }
  }

  /** Commits what was placed (even when the document stream itself failed) and stops the import's threads. */
  private async finishImport(commit: () => Promise<void>, writer: WriteBehind | null, pool: PreparePool | null): Promise<void> {
    try {
      await commit();
      await this.store.commitBatch();
      await writer?.close();
    } catch (e) {
      if (e instanceof StoreWriteError) {
        // The indexes hold articles whose batch was undone: they are rebuilt from what the store holds.
        this.unsavedSignatures.clear();
        this.indexes = await Pipeline.loadIndexes(this.store, this.options.params);
      }
      throw e;
    } finally {
      this.writes = this.store;
      await pool?.close();
    }
  }

  /** One bad document must not end an import: what was stored so far stays, the rest goes on. */
  private async placeSafely(prepared: Prepared): Promise<IngestOutcome> {
    try {
      return await this.place(prepared);
    } catch (e) {
      return { status: 'failed', origin: prepared.origin, reason: `internal error: ${(e as Error).message}` };
    }
  }

  /** Matches and stores one prepared document. */
  async place(prepared: Prepared): Promise<IngestOutcome> {
    if (!prepared.ok) return { status: 'failed', origin: prepared.origin, reason: prepared.reason };
    const { article, analysis, dedupeKey } = prepared;
    const existing = await this.writes.findArticleByKey(dedupeKey);
    if (existing !== null) return { status: 'duplicate', origin: prepared.origin, articleId: existing };

    const published = article.published ? Date.parse(article.published) : Number.NaN;
    const candidate = {
      raw: prepared.raw ?? rawVector(features(analysis)),
      mentions: analysis.mentions,
      minhash: analysis.minhash,
      time: Number.isNaN(published) ? this.clock() : published,
      dayOnly: !Number.isNaN(published) && !article.published?.includes('T'),
      undated: Number.isNaN(published),
      title: article.title,
      titleTerms: prepared.titleTerms,
    };
    const { vector, ...decision } = this.matcher.decide(candidate);
    const headline =
      decision.storyId === null
        ? article.title
        : chooseHeadline(
            [...this.matcher.members(decision.storyId), { title: article.title, titleTerms: prepared.titleTerms, isCopy: decision.copyOf !== null }],
            this.matcher.termWeights(decision.storyId),
          );
    const saved = await this.writes.saveArticle({
      dedupeKey,
      contentHash: analysis.contentHash,
      origin: article.origin,
      url: article.url,
      title: article.title,
      text: article.text,
      byline: article.byline,
      published: article.published,
      outlet: prepared.outlet,
      lang: analysis.lang,
      wordCount: analysis.wordCount,
      incomplete: article.incomplete,
      removed: article.removed,
      html: article.html ?? null,
      image: article.image ?? null,
      features: prepared.featuresJson ?? features(analysis),
      minhash: analysis.minhash,
      assignment: decision,
      supersedes: decision.supersedes,
      headline,
    });
    this.matcher.commit(saved.articleId, saved.storyId, decision.copyOf, candidate, vector, decision.supersedes);
    // Only a story that grew by a new report can have come closer to another one; a new story scored
    // below the join threshold against all others, which is below the merge threshold.
    let storyId = saved.storyId;
    if (decision.reason === 'similar') storyId = await this.splitWhereTwo(storyId, saved.articleId);
    if (decision.bridges?.length) storyId = await this.mergeWhereOne(storyId, decision.bridges);
    if (decision.copyOf === null) await this.followThread(storyId);
    if (!this.batching) await this.saveSignatures();
    return { status: 'new', origin: prepared.origin, articleId: saved.articleId, storyId, copyOf: decision.copyOf };
  }

  /**
   * A story that has grown may now show that it tells two events (an early report of the second joined
   * the first): split it, and return the story the new article is now in.
   */
  private async splitWhereTwo(storyId: number, articleId: number): Promise<number> {
    const cut = this.matcher.splitCandidate(storyId);
    if (!cut) return storyId;
    const moved = new Set(cut.moved);
    const members = this.matcher.members(storyId);
    const headlineOf = (part: readonly Member[]): string => chooseHeadline(part, this.matcher.memberWeights(part));
    const headlines = {
      kept: headlineOf(members.filter((m) => !moved.has(m.articleId))),
      moved: headlineOf(members.filter((m) => moved.has(m.articleId))),
    };
    const to = await this.writes.splitStory(storyId, cut.moved, headlines);
    this.matcher.split(storyId, to, cut.moved);
    return moved.has(articleId) ? to : storyId;
  }

  /**
   * Refreshes the story's thread signature while it is young (at 1, 2, 4, 8… reports: its subject is
   * settled by then) and, while it has no thread, looks for the earlier story it continues.
   */
  private async followThread(storyId: number): Promise<void> {
    const reports = this.matcher.reports(storyId);
    if (reports & (reports - 1)) return; // not a power of two
    const sig = this.matcher.signature(storyId, this.threads.params.signatureSize);
    if (!sig) return;
    this.threads.update(storyId, sig);
    this.unsavedSignatures.set(storyId, sig);
    if (this.threads.threadOf(storyId) !== null) return;
    const link = this.threads.findLink(storyId);
    if (!link) return;
    const threadId = await this.writes.linkThread(storyId, link.storyId, link.threadId);
    this.threads.assign(storyId, threadId);
    this.threads.assign(link.storyId, threadId);
  }

  private async saveSignatures(): Promise<void> {
    for (const [storyId, sig] of this.unsavedSignatures) {
      await this.writes.saveThreadSignature(storyId, { vector: [...sig.vector], actors: sig.actors, time: sig.time });
    }
    this.unsavedSignatures.clear();
  }

  /**
   * A report that matched several stories may tie them: once it has joined the best one, that story may
   * now be recognisably the same as another it matched (two reports opened two stories before a third
   * tied them). Then they merge, the younger into the older.
   */
  private async mergeWhereOne(storyId: number, bridges: readonly number[]): Promise<number> {
    let current = storyId;
    const open = new Set(bridges);
    for (let round = 0; round < 3 && open.size; round++) {
      const other = this.matcher.mergeCandidate(current, [...open]);
      if (!other) break;
      open.delete(other.storyId);
      const into = Math.min(current, other.storyId);
      const from = Math.max(current, other.storyId);
      this.matcher.merge(from, into);
      const fromThread = this.threads.threadOf(from);
      if (this.threads.threadOf(into) === null && fromThread !== null) this.threads.assign(into, fromThread);
      this.threads.remove(from);
      this.unsavedSignatures.delete(from);
      const headline = chooseHeadline(this.matcher.members(into), this.matcher.termWeights(into));
      await this.writes.mergeStories(from, into, headline, other.score);
      current = into;
    }
    return current;
  }
}
