// Threads: stories about one ongoing matter (the same key actors and subject, weeks or months apart),
// linked so that a reader can follow the matter over time. Unlike the story index, the thread index
// keeps a compact signature of every story for months, long after the story left the active window.
export interface ThreadSignature {
  /** The story's strongest features, unit length: a small, stable summary of what it is about. */
  vector: Map<string, number>;
  /** Actors the story's leads name (last word of multi-word names). */
  actors: string[];
  /** Latest article time of the story, in ms. */
  time: number;
}

export interface ThreadLink {
  /** The story this one continues. */
  storyId: number;
  /** Its thread, or null when it has none yet (the two then start one). */
  threadId: number | null;
  score: number;
  /** Actors both stories name in their leads: the evidence that it is the same matter. */
  sharedActors: string[];
}

export interface ThreadParams {
  /** Cosine between two stories' signatures from which they may belong to one thread. */
  threshold: number;
  /** Stories older than this leave the thread index. */
  retentionDays: number;
  /** Features kept per signature. */
  signatureSize: number;
}

export const DEFAULT_THREAD_PARAMS: ThreadParams = { threshold: 0.2, retentionDays: 270, signatureSize: 60 };

const DAY_MS = 86_400_000;

interface Entry {
  threadId: number | null;
  sig: ThreadSignature;
}

export class ThreadIndex {
  private readonly entries = new Map<number, Entry>();
  private readonly postings = new Map<string, Set<number>>();
  private newest = 0;

  constructor(readonly params: ThreadParams = DEFAULT_THREAD_PARAMS) {}

  /** Records (or replaces) a story's signature. */
  update(storyId: number, sig: ThreadSignature, threadId: number | null = null): void {
    const old = this.entries.get(storyId);
    if (old) for (const f of old.sig.vector.keys()) this.postings.get(f)?.delete(storyId);
    this.entries.set(storyId, { threadId: threadId ?? old?.threadId ?? null, sig });
    for (const f of sig.vector.keys()) {
      let ids = this.postings.get(f);
      if (!ids) this.postings.set(f, (ids = new Set()));
      ids.add(storyId);
    }
    this.newest = Math.max(this.newest, sig.time);
  }

  threadOf(storyId: number): number | null {
    return this.entries.get(storyId)?.threadId ?? null;
  }

  assign(storyId: number, threadId: number): void {
    const e = this.entries.get(storyId);
    if (e) e.threadId = threadId;
  }

  remove(storyId: number): void {
    const e = this.entries.get(storyId);
    if (!e) return;
    for (const f of e.sig.vector.keys()) {
      const ids = this.postings.get(f);
      ids?.delete(storyId);
      if (ids && !ids.size) this.postings.delete(f);
    }
    this.entries.delete(storyId);
  }

  /**
   * The earlier story this one continues, if any: the most similar other story that also names one
   * of its lead actors. Shared subject without shared actors is a theme (two floods), not a thread.
   */
  findLink(storyId: number): ThreadLink | null {
    const e = this.entries.get(storyId);
    if (!e || !e.sig.actors.length) return null;
    const candidates = new Set<number>();
    for (const f of e.sig.vector.keys()) for (const id of this.postings.get(f) ?? []) if (id !== storyId) candidates.add(id);
    let best: ThreadLink | null = null;
    for (const id of [...candidates].sort((a, b) => a - b)) {
      const other = this.entries.get(id);
      if (!other) continue;
      const shared = e.sig.actors.filter((a) => other.sig.actors.includes(a));
      if (!shared.length) continue;
      let dot = 0;
      for (const [f, w] of e.sig.vector) dot += w * (other.sig.vector.get(f) ?? 0);
      const score = Math.round(dot * 10000) / 10000;
      if (score >= this.params.threshold && (!best || score > best.score)) {
        best = { storyId: id, threadId: other.threadId, score, sharedActors: shared };
      }
    }
    return best;
  }

  /** Forgets stories older than the retention period. */
  sweep(): void {
    const horizon = this.newest - this.params.retentionDays * DAY_MS;
    for (const [id, e] of this.entries) if (e.sig.time < horizon) this.remove(id);
  }

  get size(): number {
    return this.entries.size;
  }
}
