// The vector an article is compared by: content terms, proper-noun runs and numbers, each a feature.
import type { Tie } from '../model.js';
import type { ArticleFeatures } from '../store/store.js';
import type { ActorSets } from './story-index.js';
import type { SparseVector, Vocabulary } from './vocabulary.js';

export const ENTITY_PREFIX = '@';
export const NUMBER_PREFIX = '#';
/** Lead features live in their own part of the vector, normalised on their own: see StoryIndex. */
export const LEAD_PREFIX = '^';

/** What a feature is, from its name's prefix. */
export const enum FeatureKind {
  Term = 0,
  Entity = 1,
  Number = 2,
  Lead = 3,
}

export function kindOf(name: string): FeatureKind {
  switch (name[0]) {
    case ENTITY_PREFIX:
      return FeatureKind.Entity;
    case NUMBER_PREFIX:
      return FeatureKind.Number;
    case LEAD_PREFIX:
      return FeatureKind.Lead;
    default:
      return FeatureKind.Term;
  }
}

export interface MatchParams {
  /** Boost of a proper-noun run over a plain term of the same weight. */
  entityBoost: number;
  numberBoost: number;
  /** Share of the similarity that comes from the lead (title and first sentences) rather than the body. */
  leadWeight: number;
  /** Factor on the similarity when the article and the story name different actors in their leads. */
  actorConflictFactor: number;
  /** An actor is core to a story when (reports naming it in the lead) × this ≥ reports: 1 means all of them. */
  actorCoreShare: number;
  /** A story whose reports fall into two groups less alike than this (average link) is split in two. */
  splitThreshold: number;
  /** Reports a story needs before a split is considered, and the smallest half a split may leave. */
  splitMinReports: number;
  splitMinPart: number;
  /** Average-link similarity at which two active stories are found to be one and merged. */
  mergeThreshold: number;
  /** Cosine similarity an article needs to join a story. */
  joinThreshold: number;
  /** Estimated shingle Jaccard above which an article is a copy of an earlier one. */
  copyThreshold: number;
  /** Features of the article used to find candidate stories. */
  queryFeatures: number;
  maxCandidates: number;
  /** Stories untouched for longer than this (in days of article time) leave the active window. */
  windowDays: number;
  /** Upper bound on active stories, so memory stays flat whatever the stream's rate. */
  maxActiveStories: number;
  /** Days of time distance at which similarity is halved (beyond a day's grace). */
  timeHalfLifeDays: number;
}

export const DEFAULT_PARAMS: MatchParams = {
  entityBoost: 1.5,
  numberBoost: 1.0,
  leadWeight: 0.5,
  actorConflictFactor: 0.5,
  actorCoreShare: 1,
  joinThreshold: 0.13,
  mergeThreshold: 0.2,
  splitThreshold: 0.2,
  splitMinReports: 4,
  splitMinPart: 2,
  copyThreshold: 0.55,
  queryFeatures: 40,
  maxCandidates: 10,
  windowDays: 14,
  maxActiveStories: 20000,
  timeHalfLifeDays: 10,
};

/**
 * An article's features before the match stage weighs them: prefixed names (see the prefixes above) and
 * strengths (sublinear term frequency; a name's bonus for the lead). It depends on the article alone, so a
 * worker thread builds it, and the main thread never rebuilds the article's term objects.
 */
export interface RawVector {
  names: string[];
  /** featureHash of each name, worked out where the vector is built. */
  hashes: Int32Array;
  strengths: Float64Array;
}

/**
 * 30-bit FNV-1a of a feature's name: what the vocabulary finds a feature by. 30 bits keep it a small
 * integer for V8, which makes it the cheapest kind of map key.
 */
export function featureHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h & 0x3fffffff;
}

export function rawVector(f: ArticleFeatures): RawVector {
  const names: string[] = [];
  const strengths: number[] = [];
  for (const term in f.terms) {
    names.push(term);
    strengths.push(1 + Math.log(f.terms[term] as number));
  }
  for (const m of f.mentions) {
    if (m.key.includes(' ') || m.count > 1 || m.inLead) {
      names.push(ENTITY_PREFIX + m.key);
      strengths.push(1 + Math.log(m.count) + (m.inLead ? 0.5 : 0));
    }
  }
  for (const n of f.numbers) {
    names.push(NUMBER_PREFIX + n);
    strengths.push(1);
  }
  const lead = f.lead ?? {};
  for (const term in lead) {
    names.push(LEAD_PREFIX + term);
    strengths.push(1 + Math.log(lead[term] as number));
  }
  return { names, hashes: Int32Array.from(names, featureHash), strengths: Float64Array.from(strengths) };
}

/**
 * The article's vector: its raw features interned in the match stage's vocabulary, each strength times
 * its kind's boost, ordered by feature id.
 */
export function featureVector(raw: RawVector, params: MatchParams, vocab: Vocabulary): SparseVector {
  const n = raw.names.length;
  const ids = new Int32Array(n);
  const vals = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const id = vocab.intern(raw.names[i] as string, raw.hashes[i] as number);
    ids[i] = id;
    const kind = vocab.kind(id);
    vals[i] = (raw.strengths[i] as number) * (kind === FeatureKind.Entity ? params.entityBoost : kind === FeatureKind.Number ? params.numberBoost : 1);
  }
  return sortedVector(ids, vals);
}

/**
 * Orders a vector by feature id. A feature listed twice keeps its last value. Id and position are
 * packed into one number so that a plain numeric sort does the work.
 */
function sortedVector(ids: Int32Array, vals: Float64Array): SparseVector {
  const n = ids.length;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (ids[i] as number) * n + i;
  packed.sort();
  let kept = 0;
  const outIds = new Int32Array(n);
  const outVals = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = packed[i] as number;
    const id = Math.floor(p / n);
    const at = p - id * n;
    if (kept && outIds[kept - 1] === id) kept--;
    outIds[kept] = id;
    outVals[kept++] = vals[at] as number;
  }
  return { ids: outIds.subarray(0, kept), vals: outVals.subarray(0, kept) };
}

/** Months and days are capitalised but name no one. */
const CALENDAR = /^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

/**
 * The actors of an article: the last word of each multi-word name ("hasim rahman" → "rahman"), and
 * single names seen at least twice, split by whether the title or lead names them.
 */
export function actorSets(mentions: ArticleFeatures['mentions']): ActorSets {
  const lead = new Set<string>();
  const all = new Set<string>();
  const names = new Set<string>();
  for (const m of mentions) {
    const last = m.key.split(' ').pop() ?? m.key;
    if (m.inLead && !CALENDAR.test(last)) names.add(last);
    const words = m.key.split(' ');
    if (words.length < 2) continue;
    const key = words[words.length - 1] ?? m.key;
    all.add(key);
    if (m.inLead) lead.add(key);
  }
  return { lead, all, names };
}

export function tieOf(feature: string, weight: number): Tie {
  if (feature.startsWith(ENTITY_PREFIX)) return { feature: feature.slice(1), kind: 'entity', weight };
  if (feature.startsWith(NUMBER_PREFIX)) return { feature: feature.slice(1), kind: 'number', weight };
  if (feature.startsWith(LEAD_PREFIX)) return { feature: `${feature.slice(1)} (lead)`, kind: 'term', weight };
  return { feature, kind: 'term', weight };
}
