// The two published ways of scoring an article extractor, written out so that Crosswire's figures are
// comparable with the published ones.
//
// Body shingles (the article-extraction benchmark): a text's tokens are runs of word characters; its
// shingles are the 4-grams of tokens (a text of fewer than four tokens is one shingle). Per page, true
// and false positives and negatives are counted over the two shingle multisets and divided by their sum,
// so that every page weighs the same. Precision and recall are means over pages (a page without predicted
// shingles has no precision, one without true shingles no recall); F1 is the harmonic mean of the two.
//
// Segments (trafilatura's evaluation): each page lists passages that must appear in the extracted text
// and passages that must not; counts are summed over all pages.

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + SHINGLE);
    if (!gram.length) continue;
    // A separator no token contains.
    const key = gram.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** One page's counts, normalised to sum to 1 (all zero when both texts are empty). */
export function shingleCounts(gold: string, predicted: string): PageCounts {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of g) {
    const m = p.get(key) ?? 0;
    tp += Math.min(n, m);
    fn += Math.max(0, n - m);
  }
  for (const [key, m] of p) fp += Math.max(0, m - (g.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function shingleScores(pages: readonly PageCounts[]): Scores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export interface SegmentCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

/** A page's segments against the extracted text: a wanted passage found is a TP, an unwanted one an FP. */
export function segmentCounts(text: string, wanted: readonly string[], unwanted: readonly string[]): SegmentCounts {
  const found = wanted.filter((s) => text.includes(s)).length;
  const leaked = unwanted.filter((s) => text.includes(s)).length;
  return { tp: found, fn: wanted.length - found, fp: leaked, tn: unwanted.length - leaked };
}

export function segmentScores(pages: readonly SegmentCounts[]): Scores & { accuracy: number } {
  const t = pages.reduce((a, c) => ({ tp: a.tp + c.tp, fn: a.fn + c.fn, fp: a.fp + c.fp, tn: a.tn + c.tn }), { tp: 0, fn: 0, fp: 0, tn: 0 });
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  const all = t.tp + t.fn + t.fp + t.tn;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, accuracy: all ? (t.tp + t.tn) / all : 0 };
}
