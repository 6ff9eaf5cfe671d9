// Write-behind for an import: the store's writes run in a thread of their own (writer-thread.ts), so the
// thread that matches never waits on SQLite. Matching needs the new ids at once (the next article may be a
// copy of this one, or join the story it opened), so they are chosen here: a batch begins by taking the
// store's write lock in the writer, which answers with the next free ids; nobody else can create anything
// until the batch commits, so counting up from them gives exactly the ids the writes will have.
//
// A batch that follows the last at once (the import is in full flow) does not wait for that answer: its
// ids go on from the last batch's, and the writer checks, once it holds the lock again, that nobody wrote
// in the instant between. Should someone have, the import stops there with a clear error; a re-run of it
// takes in the rest. After a pause the next batch waits for fresh ids, as the lock was free meanwhile.
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../util/worker.js';
import type { NewArticle, NextIds, SavedArticle, Store, StoredThreadSignature } from './store.js';

/** The writes (and the one read) an import makes: the store itself, or a WriteBehind in front of it. */
export type ImportWrites = Pick<
  Store,
  'findArticleByKey' | 'saveArticle' | 'splitStory' | 'mergeStories' | 'linkThread' | 'saveThreadSignature' | 'beginBatch' | 'commitBatch'
>;

export type WriterRequest =
  /** `expect`: the ids the batch goes on with, unless the writer is to answer with them. */
  | { op: 'begin'; expect?: NextIds }
  | { op: 'article'; article: NewArticle }
  | { op: 'split'; from: number; articleIds: readonly number[]; headlines: { kept: string; moved: string }; to: number }
  | { op: 'merge'; from: number; into: number; headline: string; score: number }
  | { op: 'link'; storyId: number; linkedStoryId: number; threadId: number | null; newThreadId: number }
  | { op: 'signature'; storyId: number; signature: StoredThreadSignature }
  | { op: 'commit' }
  | { op: 'close' };

/** Answers to begin and close; and, unasked, `committed` after each commit and `fault` when a write fails. */
export type WriterReply =
  | { op: 'begun'; next: NextIds }
  | { op: 'failed'; error: string }
  | { op: 'closed'; error: string | null }
  | { op: 'committed'; articlesBelow: number }
  | { op: 'fault'; error: string };

/** A batch begun this soon after the last was committed goes on with its ids, unchecked until the writer begins it. */
const FOLLOWS_AT_ONCE_MS = 100;
/** Writes sent to the writer thread in one message. */
const SEND_EVERY = 64;
/** Articles sent to the writer and not yet committed, past which the next batch waits for it to catch up. */
const MAX_UNCOMMITTED = 2000;

/** A write the writer thread could not make: the batch it was in is undone, and nothing after it is written. */
export class StoreWriteError extends Error {}

export class WriteBehind implements ImportWrites {
  /** The ids to give next, while a batch is open. */
  private next: NextIds | null = null;
  /** The ids a batch that follows at once goes on with, and when they were handed over (see handOver). */
  private carried: { next: NextIds; at: number } | null = null;
  /** Articles written and not yet known committed (by key, oldest first): the store's own connection does not see them. */
  private readonly unseen = new Map<string, number>();
  private readonly replies: Array<{ resolve: (r: WriterReply) => void }> = [];
  private outbox: WriterRequest[] = [];
  /** Why no more can be written: a write failed, or the writer thread is gone. */
  private gone: string | null = null;
  /** Whether the writer thread is gone (after a failed write it is still there, to be closed). */
  private dead = false;
  /** Articles below this id are committed; and who waits for the writer to commit more. */
  private committedBelow = 0;
  private caughtUp: (() => void) | null = null;

  private constructor(
    private readonly store: Store,
    private readonly worker: Worker,
    private readonly followsAtOnceMs: number,
  ) {
    worker.on('message', (r: WriterReply) => {
      if (r.op === 'fault') this.gone ??= r.error;
      else if (r.op === 'committed') this.committed(r.articlesBelow);
      else this.replies.shift()?.resolve(r);
    });
    worker.on('error', (e) => this.lost(`the store writer failed: ${e.message}`));
    worker.on('exit', () => this.lost('the store writer stopped'));
  }

  /**
   * A write-behind for this store, or null when no other thread can open it (an in-memory store).
   * `followsAtOnceMs`: how soon after a commit a batch must begin to go on with its ids (see the top).
   */
  static start(store: Store, options: { followsAtOnceMs?: number } = {}): WriteBehind | null {
    const path = store.location();
    if (path === null) return null;
    return new WriteBehind(store, startWorker('writer-thread', import.meta.url, { path }), options.followsAtOnceMs ?? FOLLOWS_AT_ONCE_MS);
  }

  private lost(reason: string): void {
    this.gone ??= reason;
    this.dead = true;
    for (const r of this.replies.splice(0)) r.resolve({ op: 'failed', error: reason });
    this.caughtUp?.();
  }

  /** Writes go in groups: a message costs more to send than an article's fields cost to copy. */
  private send(request: WriterRequest): void {
    if (this.gone !== null) return;
    this.outbox.push(request);
    if (this.outbox.length >= SEND_EVERY) this.flush();
  }

  private flush(): void {
    if (!this.outbox.length) return;
    this.worker.postMessage(this.outbox);
    this.outbox = [];
  }

  private ask(request: WriterRequest): Promise<WriterReply> {
    if (this.dead) return Promise.resolve({ op: 'failed', error: this.gone ?? 'the store writer is gone' });
    return new Promise((resolve) => {
      this.replies.push({ resolve });
      this.outbox.push(request);
      this.flush();
    });
  }

  /**
   * Opens a batch. After handOver it goes on at once; otherwise it waits until the writer holds the write
   * lock, when every earlier batch is committed.
   */
  async beginBatch(): Promise<void> {
    if (this.gone !== null) throw new StoreWriteError(this.gone);
    if (this.next) return;
    const carried = this.carried;
    this.carried = null;
    if (carried && performance.now() - carried.at < this.followsAtOnceMs) {
      // A writer that falls behind holds what it was sent in memory: past a few batches, it is waited for.
      while (this.gone === null && carried.next.article - this.committedBelow > MAX_UNCOMMITTED) {
        await new Promise<void>((resolve) => (this.caughtUp = resolve));
      }
      if (this.gone !== null) throw new StoreWriteError(this.gone);
      this.next = carried.next;
      this.send({ op: 'begin', expect: { ...carried.next } });
      return;
    }
    const reply = await this.ask({ op: 'begin' });
    if (reply.op !== 'begun') throw new StoreWriteError(reply.op === 'failed' ? reply.error : 'the store writer closed');
    this.next = { ...reply.next };
    this.committedBelow = reply.next.article;
  }

  private committed(articlesBelow: number): void {
    this.committedBelow = articlesBelow;
    for (const [key, id] of this.unseen) {
      if (id >= articlesBelow) break;
      this.unseen.delete(key);
    }
    this.caughtUp?.();
    this.caughtUp = null;
  }

  /** Hands the commit to the writer; the next beginBatch waits until the writer holds the lock again. */
  async commitBatch(): Promise<void> {
    if (!this.next) return;
    this.next = null;
    this.carried = null;
    this.send({ op: 'commit' });
    this.flush();
  }

  /** Commits; a batch that follows at once will go on with these ids (see the top of this file). */
  handOver(): void {
    if (!this.next) return;
    this.carried = { next: this.next, at: performance.now() };
    this.next = null;
    this.send({ op: 'commit' });
    this.flush();
  }

  private open(): NextIds {
    if (!this.next) throw new StoreWriteError('a write outside a batch: the writer holds no lock to choose ids under');
    return this.next;
  }

  async findArticleByKey(dedupeKey: string): Promise<number | null> {
    return this.unseen.get(dedupeKey) ?? this.store.findArticleByKey(dedupeKey);
  }

  async saveArticle(article: NewArticle): Promise<SavedArticle> {
    const next = this.open();
    const ids = { articleId: next.article++, storyId: article.assignment.storyId ?? next.story++ };
    this.send({ op: 'article', article: { ...article, ids } });
    this.unseen.set(article.dedupeKey, ids.articleId);
    return ids;
  }

  async splitStory(from: number, articleIds: readonly number[], headlines: { kept: string; moved: string }): Promise<number> {
    const to = this.open().story++;
    this.send({ op: 'split', from, articleIds, headlines, to });
    return to;
  }

  async mergeStories(from: number, into: number, headline: string, score: number): Promise<void> {
    this.open();
    this.send({ op: 'merge', from, into, headline, score });
  }

  async linkThread(storyId: number, linkedStoryId: number, threadId: number | null): Promise<number> {
    const next = this.open();
    const newThreadId = threadId ?? next.thread++;
    this.send({ op: 'link', storyId, linkedStoryId, threadId, newThreadId });
    return newThreadId;
  }

  async saveThreadSignature(storyId: number, signature: StoredThreadSignature): Promise<void> {
    this.open();
    this.send({ op: 'signature', storyId, signature });
  }

  /**
   * Commits what is open, waits for every write to be made, and stops the writer. Throws StoreWriteError
   * when a write failed: the batches before the failing one stay stored, the rest is not.
   */
  async close(): Promise<void> {
    await this.commitBatch();
    this.carried = null;
    const reply = await this.ask({ op: 'close' });
    this.gone ??= 'closed';
    await this.worker.terminate();
    if (reply.op === 'failed') throw new StoreWriteError(reply.error);
    if (reply.op === 'closed' && reply.error !== null) throw new StoreWriteError(reply.error);
  }
}
