// The match stage: is an arriving article a copy of one we have, a new report on an active story,
// or a new story? Holds the in-memory indexes; the store holds the truth they are rebuilt from.
import type { Assignment, Tie } from '../model.js';
import type { ArticleFeatures, MatchRecord } from '../store/store.js';
import { CopyIndex } from './copies.js';
import { DEFAULT_PARAMS, type MatchParams, type RawVector, actorSets, featureVector, rawVector } from './features.js';
import { contentTerms } from '../analyze/tokens.js';
import { type ActorSets, type Member, StoryIndex, type TermWeights } from './story-index.js';
import { EMPTY_VECTOR, type SparseVector, Vocabulary } from './vocabulary.js';

/** Commits between two sweeps of the active window: often enough to bound memory, rare enough to be cheap. */
const SWEEP_EVERY = 1000;
const DAY_MS = 86_400_000;

export type Decision = Omit<Assignment, 'storyId'> & {
  storyId: number | null;
  /** Other stories this article also matched: after it joins, they may prove to be the same story. */
  bridges?: number[];
  /** The stored original this earlier-published version replaces as the root of its copy group. */
  supersedes?: number;
};

export interface Candidate {
  /** The article's features before weighting (see rawVector). */
  raw: RawVector;
  /** Its named mentions: who the article is about. */
  mentions: ArticleFeatures['mentions'];
  minhash: Uint32Array;
  /** Article time in ms: publication time where known, else arrival. */
  time: number;
  /** True when only the day is known (a date without a time): it is then no earlier than anything that day. */
  dayOnly?: boolean;
  /** True when the article states no publication time: `time` is when it arrived. */
  undated?: boolean;
  title: string;
  /** The title's content terms, if known already (a worker thread finds them). */
  titleTerms?: readonly string[];
}

export class Matcher {
  readonly params: MatchParams;
  private readonly copies: CopyIndex;
  private readonly index: StoryIndex;
  private readonly vocab = new Vocabulary();
  private commitsSinceSweep = 0;
  /** Actors are read in `decide` and again in `commit`: once per article is enough. */
  private readonly actorsOf = new WeakMap<ArticleFeatures['mentions'], ActorSets>();

  constructor(params: Partial<MatchParams> = {}) {
    this.params = { ...DEFAULT_PARAMS, ...params };
    this.copies = new CopyIndex(this.params.copyThreshold);
    this.index = new StoryIndex(this.params, this.vocab);
  }

  /** Rebuilds the indexes from stored articles (oldest first). */
  load(records: readonly MatchRecord[]): void {
    for (const r of records) {
      const time = Date.parse(r.time);
      const c = { raw: rawVector(r.features), mentions: r.features.mentions, minhash: r.minhash, time, dayOnly: !r.time.includes('T'), undated: r.undated, title: r.title };
      this.commit(r.articleId, r.storyId, r.copyOf, c);
    }
  }

  decide(c: Candidate): Decision & { vector: SparseVector } {
    const vector = featureVector(c.raw, this.params, this.vocab);
    const copy = this.copies.find(c.minhash);
    if (copy && this.index.story(copy.storyId) && c.time + (c.dayOnly || copy.originalDayOnly ? DAY_MS : 0) <= copy.originalTime - 1) {
      // The copy we hold arrived first, but this version was published earlier: it is the original.
      return {
        vector,
        storyId: copy.storyId,
        reason: 'original',
        score: copy.similarity,
        copyOf: null,
        supersedes: copy.originalId,
        ties: [{ feature: `shingle overlap with article ${copy.originalId}, published later`, kind: 'term', weight: copy.similarity }],
      };
    }
    if (copy && this.index.story(copy.storyId)) {
      return {
        vector,
        storyId: copy.storyId,
        reason: 'copy',
        score: copy.similarity,
        copyOf: copy.originalId,
        ties: [{ feature: `shingle overlap with article ${copy.originalId}`, kind: 'term', weight: copy.similarity }],
      };
    }
    const { best, nearest } = this.index.match(vector, c.time, this.actors(c.mentions), c.undated ?? false);
    if (best) {
      return { vector, storyId: best.storyId, reason: 'similar', score: best.score, copyOf: null, ties: best.ties, bridges: best.alsoAbove ?? [] };
    }
    // A new story: the score and ties are those of the most similar story it fell short of, if any.
    return { vector, storyId: null, reason: 'new', score: nearest?.score ?? 0, copyOf: null, ties: nearest?.ties ?? ([] as Tie[]), nearest: nearest?.storyId ?? null };
  }

  /** Records a stored article in the indexes. */
  commit(articleId: number, storyId: number, copyOf: number | null, c: Candidate, vector?: SparseVector, supersedes?: number): void {
    // An earlier version replacing an original repeats its words: the profile already holds them.
    const isCopy = copyOf !== null || supersedes !== undefined;
    const member: Member = {
      articleId,
      title: c.title,
      // A copy adds nothing to its story's profile, so it keeps no vector.
      vector: isCopy ? EMPTY_VECTOR : (vector ?? featureVector(c.raw, this.params, this.vocab)),
      isCopy,
      ...(copyOf !== null ? { originalId: copyOf } : supersedes !== undefined ? { originalId: supersedes } : {}),
      time: c.time,
      ...(c.undated ? { undated: true } : {}),
      actors: this.actors(c.mentions),
      titleTerms: c.titleTerms ?? contentTerms(c.title),
    };
    this.vocab.hold(member.vector.ids);
    this.index.add(storyId, member);
    this.copies.add(articleId, copyOf ?? articleId, storyId, c.minhash, c.time, c.dayOnly ?? false);
    if (supersedes !== undefined) this.copies.reroot(supersedes, articleId, this.index.story(storyId)?.members ?? []);
    if (++this.commitsSinceSweep >= SWEEP_EVERY) this.sweep();
  }

  private actors(mentions: ArticleFeatures['mentions']): ActorSets {
    let a = this.actorsOf.get(mentions);
    if (!a) this.actorsOf.set(mentions, (a = actorSets(mentions)));
    return a;
  }

  /** Forgets stories outside the active window, and their articles' signatures. */
  sweep(): void {
    this.commitsSinceSweep = 0;
    for (const articleId of this.index.sweep()) this.copies.remove(articleId);
  }

  /** Another active story this one should be merged with, now that it has grown, if any. */
  mergeCandidate(storyId: number, candidates: readonly number[]): { storyId: number; score: number } | null {
    return this.index.mergeCandidate(storyId, this.params.mergeThreshold, candidates);
  }

  /** Articles of this story that would be better a story of their own (see split.ts), if any. */
  splitCandidate(storyId: number): { moved: number[]; between: number } | null {
    return this.index.splitCandidate(storyId);
  }

  /** Moves `moved` from story `from` into the new story `to` in the indexes (after the store has). */
  split(from: number, to: number, moved: readonly number[]): void {
    this.index.split(from, to, new Set(moved));
    for (const a of moved) this.copies.moveArticle(a, to);
  }

  /** Folds `from` into `into` in the indexes (after the store has done the same). */
  merge(from: number, into: number): void {
    // The articles of `from`, before they join `into`'s.
    for (const m of this.members(from)) this.copies.moveArticle(m.articleId, into);
    this.index.merge(from, into);
  }

  /** A story's compact signature for the thread index, or null if it is not active. */
  signature(storyId: number, size: number): ReturnType<StoryIndex['signature']> {
    return this.index.signature(storyId, size);
  }

  /** Independent reports of an active story. */
  reports(storyId: number): number {
    return this.index.story(storyId)?.reports ?? 0;
  }

  members(storyId: number): readonly Member[] {
    return this.index.story(storyId)?.members ?? [];
  }

  /** A story's summed term weights, for choosing its headline. */
  termWeights(storyId: number): TermWeights {
    return this.index.termWeights(storyId);
  }

  /** The same over some of a story's members. */
  memberWeights(members: readonly Member[]): TermWeights {
    return this.index.memberWeights(members);
  }

  /** Distinct features held in memory: follows the active window. */
  get vocabularySize(): number {
    return this.vocab.size;
  }

  get activeStories(): number {
    return this.index.activeStories;
  }
}
