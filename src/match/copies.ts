// Near-duplicate detection: MinHash signatures banded into an LSH table, so that a wire copy finds its
// original among thousands of articles by a few hash look-ups, then is confirmed on the full signature.
import { minhashSimilarity } from '../analyze/minhash.js';

const BANDS = 32;
const ROWS = 4;

interface Entry {
  articleId: number;
  /** The original this article is (or is itself): copies always point at the root report. */
  originalId: number;
  storyId: number;
  signature: Uint32Array;
  time: number;
  dayOnly: boolean;
}

export interface CopyMatch {
  originalId: number;
  storyId: number;
  similarity: number;
  /** Publication (or arrival) time of the group's original, and whether only its day is known. */
  originalTime: number;
  originalDayOnly: boolean;
}

export class CopyIndex {
  private readonly buckets = new Map<number, number[]>();
  private readonly entries = new Map<number, Entry>();

  constructor(private readonly threshold: number) {}

  /** One number per band (its rows hashed with the band index): Map look-ups on numbers, not strings. */
  private bandKeys(sig: Uint32Array): number[] {
    const keys: number[] = [];
    for (let b = 0; b < BANDS; b++) {
      let h = Math.imul(b + 1, 0x9e3779b1);
      for (let r = 0; r < ROWS; r++) {
        h = Math.imul(h ^ (sig[b * ROWS + r] ?? 0), 0x85ebca6b);
        h ^= h >>> 13;
      }
      // 53 bits of key: the band in the high part keeps bands apart even when their hashes collide.
      keys.push(b * 2 ** 32 + (h >>> 0));
    }
    return keys;
  }

  /** The most similar earlier article above the threshold, if any. Earliest wins ties: it is the original. */
  find(signature: Uint32Array): CopyMatch | null {
    const seen = new Set<number>();
    let best: CopyMatch | null = null;
    for (const key of this.bandKeys(signature)) {
      for (const id of this.buckets.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const e = this.entries.get(id);
        if (!e) continue;
        const similarity = minhashSimilarity(signature, e.signature);
        if (similarity < this.threshold) continue;
        if (!best || similarity > best.similarity || (similarity === best.similarity && e.originalId < best.originalId)) {
          const root = this.entries.get(e.originalId) ?? e;
          best = { originalId: e.originalId, storyId: e.storyId, similarity, originalTime: root.time, originalDayOnly: root.dayOnly };
        }
      }
    }
    return best;
  }

  add(articleId: number, originalId: number, storyId: number, signature: Uint32Array, time: number, dayOnly: boolean): void {
    this.entries.set(articleId, { articleId, originalId, storyId, signature, time, dayOnly });
    for (const key of this.bandKeys(signature)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(articleId);
      else this.buckets.set(key, [articleId]);
    }
  }

  remove(articleId: number): void {
    const e = this.entries.get(articleId);
    if (!e) return;
    this.entries.delete(articleId);
    for (const key of this.bandKeys(e.signature)) {
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      const i = bucket.indexOf(articleId);
      if (i >= 0) bucket.splice(i, 1);
      if (!bucket.length) this.buckets.delete(key);
    }
  }

  moveArticle(articleId: number, to: number): void {
    const e = this.entries.get(articleId);
    if (e) e.storyId = to;
  }

  /** Makes `original` the root of the group that `previous` headed: its copies are among `story`'s articles. */
  reroot(previous: number, original: number, story: ReadonlyArray<{ articleId: number }>): void {
    for (const { articleId } of story) {
      const e = this.entries.get(articleId);
      if (e && (e.originalId === previous || e.articleId === previous)) e.originalId = original;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
