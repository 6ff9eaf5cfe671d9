// How a prepared document crosses from a worker thread to the main thread. Structured cloning, and
// JSON.parse alike, rebuild an object with hundreds of distinct keys (a term vector) one hidden class
// at a time, which cost the main thread more per article than matching it. The worker sends what the
// main thread needs instead: the raw feature vector as a list of names and an array of strengths, and
// the rest as JSON; the term objects are rebuilt only if something asks for them.
import { type RawVector, rawVector } from './match/features.js';
import { type Prepared, features } from './prepare.js';
import type { ArticleFeatures } from './store/store.js';

export interface WirePrepared {
  json: string;
  /** Long strings travel beside the JSON: cloned as they are, where JSON would scan and escape them twice. */
  text?: string;
  html?: string | null;
  featuresJson?: string;
  minhash?: Uint32Array;
  names?: string[];
  hashes?: Int32Array;
  strengths?: Float64Array;
}

export function toWire(p: Prepared): WirePrepared {
  if (!p.ok) return { json: JSON.stringify(p) };
  const { minhash, terms: _terms, lead: _lead, ...analysis } = p.analysis;
  const { text, html, ...article } = p.article;
  const stored = features(p.analysis);
  const raw = rawVector(stored);
  const json = JSON.stringify({ ...p, article, analysis });
  // The features are also serialised here, once, in the form the store keeps them.
  return { json, text, html, featuresJson: JSON.stringify(stored), minhash, names: raw.names, hashes: raw.hashes, strengths: raw.strengths };
}

export function fromWire(w: WirePrepared): Prepared {
  const p = JSON.parse(w.json) as Prepared;
  if (!p.ok) return p;
  p.article.text = w.text ?? '';
  if (w.html !== undefined) p.article.html = w.html;
  if (w.featuresJson !== undefined) p.featuresJson = w.featuresJson;
  p.analysis.minhash = w.minhash ?? new Uint32Array(0);
  const raw: RawVector = { names: w.names ?? [], hashes: w.hashes ?? new Int32Array(0), strengths: w.strengths ?? new Float64Array(0) };
  p.raw = raw;
  const json = p.featuresJson ?? '{}';
  let parsed: ArticleFeatures | undefined;
  const vector = (key: 'terms' | 'lead'): Record<string, number> => {
    parsed ??= JSON.parse(json) as ArticleFeatures;
    // Without a prototype, a term named "constructor" is just a term (see analyze.ts).
    return Object.assign(Object.create(null) as Record<string, number>, parsed[key] ?? {});
  };
  lazy(p.analysis, 'terms', () => vector('terms'));
  lazy(p.analysis, 'lead', () => vector('lead'));
  return p;
}

/** Defines `key` on `target` as computed by `make` on first read, then kept. */
function lazy<T extends object, K extends keyof T>(target: T, key: K, make: () => T[K]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get: () => {
      const value = make();
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
  });
}
