// Two outlets rarely word a fact alike: "is allowing its companies to help" against "allows its companies
// to act and effectively help". Facts are compared by the stems of their content words, folded further
// than the matching terms are (verb and adverb endings too), since here recall across rewordings matters
// more than telling "provide" from "provider".
import { contentTerm } from '../analyze/tokens.js';
import { words } from '../analyze/tokens.js';

const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

function fold(term: string): string {
  let w = term;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  // "stopped" → "stopp" → "stop"; "provide"/"provided" → "provid".
  if (w.length > 3 && w.at(-1) === w.at(-2) && !/[aeiouls]/u.test(w.at(-1) as string)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The comparison stem of a written word, or '' for a stop word. */
export function stemOf(word: string): string {
  let s = STEM_CACHE.get(word);
  if (s === undefined) {
    if (STEM_CACHE.size >= STEM_CACHE_LIMIT) STEM_CACHE.clear();
    const term = contentTerm(word);
    s = term ? fold(term) : '';
    STEM_CACHE.set(word, s);
  }
  return s;
}

/** The distinct comparison stems of a text. */
export function stemSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    const s = stemOf(w);
    if (s) out.add(s);
  }
  return out;
}

export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const s of small) if (large.has(s)) n++;
  return n;
}

/** Dice coefficient of two stem sets: 1 for the same words, 0 for none in common. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return a.size + b.size ? (2 * sharedCount(a, b)) / (a.size + b.size) : 0;
}

/** Share of the smaller set found in the larger: a short wording inside a longer one scores high. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const least = Math.min(a.size, b.size);
  return least ? sharedCount(a, b) / least : 0;
}

/**
 * Weights for the stems of a set of texts: a stem in few of them weighs more than one in most (the
 * story's own actors, "said"), so that two sentences agree by what is particular to them.
 */
export function rarityWeights(texts: ReadonlyArray<ReadonlySet<string>>): (stem: string) => number {
  const df = new Map<string, number>();
  for (const t of texts) for (const s of t) df.set(s, (df.get(s) ?? 0) + 1);
  const n = texts.length;
  // One logarithm per stem, not per lookup: the summary compares every pair of a story's sentences.
  const weights = new Map<string, number>();
  for (const [stem, count] of df) weights.set(stem, Math.log(1 + n / count));
  const unseen = Math.log(1 + n);
  return (stem) => weights.get(stem) ?? unseen;
}

/** Dice and containment of two stem sets, each stem counted by its weight. */
export function weightedOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: (stem: string) => number): { dice: number; containment: number } {
  let wa = 0;
  let wb = 0;
  let shared = 0;
  for (const s of a) {
    const w = weight(s);
    wa += w;
    if (b.has(s)) shared += w;
  }
  for (const s of b) wb += weight(s);
  return { dice: wa + wb ? (2 * shared) / (wa + wb) : 0, containment: Math.min(wa, wb) ? shared / Math.min(wa, wb) : 0 };
}

/** The words of a text, counted as a reader would: runs between spaces. */
export function wordCount(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}
