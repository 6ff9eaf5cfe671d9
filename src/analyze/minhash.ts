// MinHash over word shingles: a fixed-size signature whose agreement estimates Jaccard similarity,
// so that near-copies are found without comparing texts pairwise.
import { words } from './tokens.js';

export const MINHASH_SIZE = 128;
const EMPTY = 0xffffffff;
/** Fixed: signatures are stored, so they must not change between runs or machines. */
const SALT = 0x9e3779b9;
const SHINGLE = 5;

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * FNV-1a over text[start, end): fast and good enough to spread shingles before the per-slot mixing, and
 * taken in place so that a word need not be cut out of its text.
 */
function fnv1aSpan(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * One-permutation MinHash (Li, Owen and Zhang, 2012) with rotation densification (Shrivastava, 2017):
 * each shingle is hashed once and kept as the minimum of one of the bins, instead of being hashed once
 * per signature slot. Same estimator, a hundredth of the work on a long article.
 */
export function minhash(text: string): Uint32Array {
  return signature(words(text.toLowerCase()).map((w) => fnv1aSpan(w, 0, w.length)));
}

/**
 * The signature of `lowered` (a text already in lower case) whose words start at `starts` and are as long
 * as `words`: what minhash gives for the text, without scanning it for words again.
 */
export function minhashOfWords(lowered: string, words: readonly string[], starts: readonly number[]): Uint32Array {
  const hashes = new Array<number>(words.length);
  for (let i = 0; i < words.length; i++) {
    const start = starts[i] ?? 0;
    hashes[i] = fnv1aSpan(lowered, start, start + (words[i]?.length ?? 0));
  }
  return signature(hashes);
}

/** The signature of a text whose words' FNV-1a hashes, in lower case, are known already. */
export function minhashOfHashes(wordHashes: readonly number[]): Uint32Array {
  return signature(wordHashes);
}

function signature(wordHashes: readonly number[]): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(EMPTY);
  const n = Math.max(1, wordHashes.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    // Combine the words' hashes instead of hashing joined strings: same shingles, no string building.
    let s = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE && k < wordHashes.length; k++) s = mix((s ^ (wordHashes[k] ?? 0)) >>> 0) + k - i;
    // A bin keeps its minimum, so a shingle seen twice changes nothing: no need to collect a set first.
    const h = mix(s >>> 0);
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
