// The vector an article is compared by: content terms, proper-noun runs and numbers, each a feature.
import type { Tie } from '../model.js';
import type { ArticleFeatures } from '../store/store.js';
import type { ActorSets } from './story-index.js';
import type { SparseVector, Vocabulary } from './vocabulary.js';

export const ENTITY_PREFIX = '@';
export const NUMBER_PREFIX = '#';
/** Lead features live in their own part of the vector, normalised on their own: see StoryIndex. */
export const LEAD_PREFIX = '^';

export function isLeadFeature(feature: string): boolean {
  return feature.startsWith(LEAD_PREFIX);
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
 * The article's vector of raw feature strengths (sublinear term frequency times the feature kind's
 * boost), its features interned in the match stage's vocabulary.
 */
export function featureVector(f: ArticleFeatures, params: MatchParams, vocab: Vocabulary): SparseVector {
  const ids: number[] = [];
  const vals: number[] = [];
  for (const term in f.terms) {
    ids.push(vocab.intern(term));
    vals.push(1 + Math.log(f.terms[term] as number));
  }
  for (const m of f.mentions) {
    if (m.key.includes(' ') || m.count > 1 || m.inLead) {
      ids.push(vocab.intern(m.key, ENTITY_PREFIX));
      vals.push(params.entityBoost * (1 + Math.log(m.count) + (m.inLead ? 0.5 : 0)));
    }
  }
  for (const n of f.numbers) {
    ids.push(vocab.intern(n, NUMBER_PREFIX));
    vals.push(params.numberBoost);
  }
  const lead = f.lead ?? {};
  for (const term in lead) {
    ids.push(vocab.intern(term, LEAD_PREFIX));
    vals.push(1 + Math.log(lead[term] as number));
  }
  return sortedVector(ids, vals);
}

/**
 * Orders a vector by feature id. A feature listed twice keeps its last value. Id and position are
 * packed into one number so that a plain numeric sort does the work.
 */
function sortedVector(ids: readonly number[], vals: readonly number[]): SparseVector {
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
export function actorSets(f: ArticleFeatures): ActorSets {
  const lead = new Set<string>();
  const all = new Set<string>();
  const names = new Set<string>();
  for (const m of f.mentions) {
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
