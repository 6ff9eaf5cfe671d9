// Threads: stories about one ongoing matter (the same key actors and subject, weeks or months apart),
// linked so that a reader can follow the matter over time. Unlike the story index, the thread index
// keeps a compact signature of every story for months, long after the story left the active window.
import { featureHash } from './features.js';

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

/**
 * A signature as the index keeps it: feature hashes ascending, with their weights. The index holds one
 * per story for months (tens of thousands), where maps of names were most of the heap.
 */
interface Compact {
  hashes: Int32Array;
  weights: Float64Array;
  actors: string[];
  time: number;
}

function compact(sig: ThreadSignature): Compact {
  const entries = [...sig.vector].map(([f, w]): [number, number] => [featureHash(f), w]);
  entries.sort((a, b) => a[0] - b[0]);
  return { hashes: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]), actors: sig.actors, time: sig.time };
}

/**
 * One signature's weights in an open-addressing table, to be compared with hundreds of others: a probe per
 * feature of the other signature costs less than a merge pass with a branch it cannot predict.
 */
class ProbeTable {
  private readonly mask: number;
  private readonly keys: Int32Array;
  private readonly weights: Float64Array;

  constructor(sig: Compact) {
    let size = 16;
    while (size < sig.hashes.length * 4) size *= 2;
    this.mask = size - 1;
    // Hashes are 30-bit and non-negative, so -1 marks an empty cell.
    this.keys = new Int32Array(size).fill(-1);
    this.weights = new Float64Array(size);
    for (let i = 0; i < sig.hashes.length; i++) {
      const h = sig.hashes[i] as number;
      let at = h & this.mask;
      while (this.keys[at] !== -1) at = (at + 1) & this.mask;
      this.keys[at] = h;
      this.weights[at] = sig.weights[i] as number;
    }
  }

  /** The dot product with another signature, summed in the other's (ascending hash) order. */
  dot(other: Compact): number {
    let sum = 0;
    for (let i = 0; i < other.hashes.length; i++) {
      const h = other.hashes[i] as number;
      for (let at = h & this.mask; this.keys[at] !== -1; at = (at + 1) & this.mask) {
        if (this.keys[at] === h) {
          sum += (this.weights[at] as number) * (other.weights[i] as number);
          break;
        }
      }
    }
    return sum;
  }
}

interface Entry {
  threadId: number | null;
  sig: Compact;
}

/** Stories kept per actor for comparison: the most recently updated; a continuation is rarely older. */
const PER_ACTOR = 200;
/** Stories compared per look-up, at most (give or take the last actor's list). */
const MAX_CANDIDATES = 400;
const SWEEP_EVERY = 1000;

export class ThreadIndex {
  private readonly entries = new Map<number, Entry>();
  /** Stories by the actors their leads name: a thread needs a shared actor, so candidates come from here. */
  private readonly byActor = new Map<string, Set<number>>();
  private newest = 0;
  private updates = 0;

  constructor(readonly params: ThreadParams = DEFAULT_THREAD_PARAMS) {}

  /** Records (or replaces) a story's signature. */
  update(storyId: number, sig: ThreadSignature, threadId: number | null = null): void {
    const old = this.entries.get(storyId);
    if (old) this.unindex(storyId, old.sig);
    this.entries.set(storyId, { threadId: threadId ?? old?.threadId ?? null, sig: compact(sig) });
    for (const a of sig.actors) {
      let ids = this.byActor.get(a);
      if (!ids) this.byActor.set(a, (ids = new Set()));
      ids.delete(storyId);
      ids.add(storyId);
      // Sets keep insertion order: past the cap, the story least recently updated leaves this actor's list.
      if (ids.size > PER_ACTOR) ids.delete(ids.values().next().value as number);
    }
    this.newest = Math.max(this.newest, sig.time);
    if (++this.updates % SWEEP_EVERY === 0) this.sweep();
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
    this.unindex(storyId, e.sig);
    this.entries.delete(storyId);
  }

  private unindex(storyId: number, sig: Compact): void {
    for (const a of sig.actors) {
      const ids = this.byActor.get(a);
      ids?.delete(storyId);
      if (ids && !ids.size) this.byActor.delete(a);
    }
  }

  /**
   * The earlier story this one continues, if any: the most similar other story that also names one
   * of its lead actors. Shared subject without shared actors is a theme (two floods), not a thread.
   */
  findLink(storyId: number): ThreadLink | null {
    const e = this.entries.get(storyId);
    if (!e || !e.sig.actors.length) return null;
    // Candidates come first from the story's rarest actors: a story sharing a rarely named actor is the
    // likeliest continuation, and a name in every other story ("China") would otherwise make each
    // look-up compare against thousands.
    const lists = e.sig.actors.map((a) => this.byActor.get(a)).filter((ids) => ids !== undefined);
    lists.sort((x, y) => x.size - y.size);
    const candidates = new Set<number>();
    for (const ids of lists) {
      for (const id of ids) if (id !== storyId) candidates.add(id);
      if (candidates.size >= MAX_CANDIDATES) break;
    }
    // Every candidate shares an actor (it came from an actor's list), so only its similarity is computed
    // here; equal scores go to the smaller story id, whatever the order the lists gave.
    let best: { id: number; score: number } | null = null;
    const table = new ProbeTable(e.sig);
    for (const id of candidates) {
      const other = this.entries.get(id);
      if (!other) continue;
      const score = Math.round(table.dot(other.sig) * 10000) / 10000;
      if (score >= this.params.threshold && (!best || score > best.score || (score === best.score && id < best.id))) best = { id, score };
    }
    if (!best) return null;
    const other = this.entries.get(best.id) as Entry;
    return { storyId: best.id, threadId: other.threadId, score: best.score, sharedActors: e.sig.actors.filter((a) => other.sig.actors.includes(a)) };
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
