// MinHash over word shingles: a fixed-size signature whose agreement estimates Jaccard similarity,
// so that near-copies are found without comparing texts pairwise.
import { words } from './tokens.js';

export const MINHASH_SIZE = 128;
const EMPTY = 0xffffffff;
/** Fixed: signatures are stored, so they must not change between runs or machines. */
const SALT = 0x9e3779b9;
const SHINGLE = 5;

/** FNV-1a over a string: fast and good enough to spread shingles before the per-slot mixing. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function shingleHashes(text: string): Uint32Array {
  const w = words(text.toLowerCase());
  const wordHashes = w.map(fnv1a);
  const n = Math.max(1, w.length - SHINGLE + 1);
  const set = new Set<number>();
  // Combine the words' hashes instead of hashing joined strings: same shingles, no string building.
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE && k < wordHashes.length; k++) h = mix((h ^ (wordHashes[k] ?? 0)) >>> 0) + k - i;
    set.add(h >>> 0);
  }
  return Uint32Array.from(set);
}

/**
 * One-permutation MinHash (Li, Owen and Zhang, 2012) with rotation densification (Shrivastava, 2017):
 * each shingle is hashed once and kept as the minimum of one of the bins, instead of being hashed once
 * per signature slot. Same estimator, a hundredth of the work on a long article.
 */
export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(EMPTY);
  const hashes = shingleHashes(text);
  for (let j = 0; j < hashes.length; j++) {
    const h = mix(hashes[j] ?? 0);
    const bin = h % MINHASH_SIZE;
    const value = mix(h ^ SALT) >>> 1; // the bin's rank, kept below the top bit that marks borrowed values
    if (value < (sig[bin] ?? EMPTY)) sig[bin] = value;
  }
  // An empty bin borrows from the next non-empty one to its right, offset so borrowed values stay distinct.
  for (let i = 0; i < MINHASH_SIZE; i++) {
    if (sig[i] !== EMPTY) continue;
    for (let step = 1; step < MINHASH_SIZE; step++) {
      const v = sig[(i + step) % MINHASH_SIZE] ?? EMPTY;
      if (v !== EMPTY && v < 0x80000000) {
        sig[i] = (v + step * 0x9e3779b1) >>> 0 | 0x80000000;
        break;
      }
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function minhashSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}
