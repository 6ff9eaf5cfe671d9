// MinHash over word shingles: a fixed-size signature whose agreement estimates Jaccard similarity,
// so that near-copies are found without comparing texts pairwise.
import { words } from './tokens.js';

export const MINHASH_SIZE = 128;
const SHINGLE = 5;

// Fixed seeds keep signatures stable across runs and machines (they are stored).
const SEEDS_A = new Uint32Array(MINHASH_SIZE);
const SEEDS_B = new Uint32Array(MINHASH_SIZE);
{
  let x = 0x9e3779b9;
  const next = (): number => {
    // xorshift32
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x;
  };
  for (let i = 0; i < MINHASH_SIZE; i++) {
    SEEDS_A[i] = next() | 1;
    SEEDS_B[i] = next();
  }
}

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
  const n = Math.max(1, w.length - SHINGLE + 1);
  const set = new Set<number>();
  for (let i = 0; i < n; i++) set.add(fnv1a(w.slice(i, i + SHINGLE).join(' ')));
  return Uint32Array.from(set);
}

export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  const hashes = shingleHashes(text);
  for (let i = 0; i < MINHASH_SIZE; i++) {
    const a = SEEDS_A[i] ?? 1;
    const b = SEEDS_B[i] ?? 0;
    let min = 0xffffffff;
    for (let j = 0; j < hashes.length; j++) {
      const v = mix((Math.imul(a, hashes[j] ?? 0) + b) >>> 0);
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function minhashSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}
