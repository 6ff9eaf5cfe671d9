// Online story clustering. Each active story keeps a profile of its reports; an arriving article is
// scored against the stories that share its strongest features and joins the best one above the
// threshold, or opens a new story.
//
// The score is average-link cosine (the mean similarity to the story's reports), computed in one
// pass from the sum of the reports' unit vectors. Body and lead are separate parts of each vector,
// each normalised on its own, so that the lead (where a report states its event) keeps its share
// of the score however long the body is.
import type { Tie } from '../model.js';
import { FeatureSums } from './feature-sums.js';
import { type MatchParams, tieOf } from './features.js';
import { SPLIT_MAX_REPORTS, bipartition, isSplitCheckpoint } from './split.js';
import { topKeys, topPositions } from './top.js';
import type { SparseVector, Vocabulary } from './vocabulary.js';

const DAY_MS = 86_400_000;
/** A story with more slots than this many times the query's features is probed, not scanned (see score). */
const PROBE_FACTOR = 4;

export interface Member {
  articleId: number;
  title: string;
  /** Raw feature strengths; empty for a copy, whose words its original already holds. */
  vector: SparseVector;
  isCopy: boolean;
  /** For a copy, the original report it repeats: a split moves it with its original. */
  originalId?: number;
  time: number;
  /** True when `time` is when the article arrived: it stated no publication time. */
  undated?: boolean;
  /** The member's per-part unit weights (aligned with `vector.ids`) and the corpus size they were weighted at. */
  unit?: Float64Array;
  unitDocs?: number;
  /** Actor keys (a name's last word) named in the title or lead, and anywhere in the article. */
  actors: ActorSets;
  /** The title's content terms, kept: a story's headline is chosen again each time it grows. */
  titleTerms?: readonly string[];
}

export interface ActorSets {
  lead: ReadonlySet<string>;
  all: ReadonlySet<string>;
  /** Every proper name in the title or lead, one word or more (its last word): what threads follow. */
  names: ReadonlySet<string>;
}

export interface StoryProfile {
  id: number;
  /** A small number of its own while the story is active (see StoryIndex.bySlot). */
  slot: number;
  members: Member[];
  /**
   * Sums of the original reports' raw vectors (copies would only repeat their original's weight), and of
   * their per-part unit vectors weighted by idf as it was when last refreshed.
   */
  sums: FeatureSums;
  /** Corpus size at that refresh: when the corpus has grown well past it, the weights are refreshed. */
  unitDocs: number;
  reports: number;
  /** For each actor, in how many reports' leads it is named; and every actor any report names. */
  leadActors: Map<string, number>;
  allActors: Set<string>;
  /** Every name (one word or more) any report's title or lead gives: who a thread follows. */
  leadNames: Set<string>;
  firstTime: number;
  lastTime: number;
  /**
   * The same span by kind of time: publication times, and arrival times of reports that stated none. An
   * article is compared in time only with times of its own kind: an archive article dated 2008 is not
   * years away from an undated one that arrived today.
   */
  dated: Span | null;
  undated: Span | null;
}

interface Span {
  first: number;
  last: number;
}

function widen(span: Span | null, time: number): Span {
  return span ? { first: Math.min(span.first, time), last: Math.max(span.last, time) } : { first: time, last: time };
}

function joined(a: Span | null, b: Span | null): Span | null {
  if (!a || !b) return a ?? b;
  return { first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) };
}

/** Time between two spans (0 when they overlap), or null when either is missing. */
function spanGap(a: Span | null, b: Span | null): number | null {
  if (!a || !b) return null;
  return Math.max(0, Math.max(a.first, b.first) - Math.min(a.last, b.last));
}

export interface StoryMatch {
  storyId: number;
  score: number;
  ties: Tie[];
  /** Other stories the article also scored above the join threshold against: merge candidates. */
  alsoAbove?: number[];
}

/** Term weights by feature name, for choosing a headline. */
export interface TermWeights {
  get(term: string): number | undefined;
}

/** An article's features that some active story has, weighted, strongest first. */
interface Query {
  ids: Int32Array;
  weights: Float64Array;
}

export class StoryIndex {
  private readonly stories = new Map<number, StoryProfile>();
  /**
   * Active stories by slot: small numbers, reused once a story leaves, so that the postings hold them and
   * a query sums its candidates' rough scores in an array instead of a map keyed by story id.
   */
  private readonly bySlot: Array<StoryProfile | undefined> = [];
  private readonly freeSlots: number[] = [];
  private roughBySlot = new Float64Array(0);
  private touchedSlot = new Uint8Array(0);
  /** Slots of the active stories holding each feature id. */
  private readonly postings: Array<Set<number> | undefined> = [];
  /** The current query's weights by feature id, zero elsewhere (see score). */
  private queryByFeature = new Float64Array(0);
  private docs = 0;
  private newestTime = 0;

  constructor(
    private readonly params: MatchParams,
    private readonly vocab: Vocabulary,
  ) {}

  /**
   * Inverse document frequency without the usual +1 floor: in a young store (the seeds, a first import)
   * the floor left the words every report shares (the actors) weighing almost as much as the words
   * that tell one event from another.
   */
  private idf(id: number): number {
    return Math.max(0.01, Math.log((this.docs + 1) / ((this.vocab.df[id] as number) + 0.5)));
  }

  /** idf-weighted vector with body and lead each scaled to unit length (times their share, if given). */
  private unitParts(v: SparseVector, bodyShare = 1, leadShare = 1): Float64Array {
    const out = new Float64Array(v.ids.length);
    let body2 = 0;
    let lead2 = 0;
    for (let i = 0; i < out.length; i++) {
      const id = v.ids[i] as number;
      const w = (v.vals[i] as number) * this.idf(id);
      out[i] = w;
      if (this.vocab.isLead(id)) lead2 += w * w;
      else body2 += w * w;
    }
    const bodyScale = body2 ? bodyShare / Math.sqrt(body2) : 0;
    const leadScale = lead2 ? leadShare / Math.sqrt(lead2) : 0;
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) * (this.vocab.isLead(v.ids[i] as number) ? leadScale : bodyScale);
    return out;
  }

  /**
   * The article's weighted features that some active story has: the strongest `queryFeatures` first, by
   * weight (ties by name, so that the order does not depend on when a feature was first seen), then the rest.
   */
  private query(v: SparseVector): Query {
    const lead = this.params.leadWeight;
    const unit = this.unitParts(v, 1 - lead, lead);
    const posted: number[] = [];
    for (let i = 0; i < unit.length; i++) if (this.postings[v.ids[i] as number]) posted.push(i);
    // Only the strongest find candidates, so only they need ordering; the rest follow in id order.
    const strength = Float64Array.from(posted, (i) => unit[i] as number);
    const head = topPositions(strength, this.params.queryFeatures, (a, b) => this.byName(v.ids[posted[a] as number] as number, v.ids[posted[b] as number] as number));
    const inHead = new Uint8Array(posted.length);
    for (const j of head) inHead[j] = 1;
    const order = head.map((j) => posted[j] as number);
    for (let j = 0; j < posted.length; j++) if (!inHead[j]) order.push(posted[j] as number);
    const ids = new Int32Array(order.length);
    const weights = new Float64Array(order.length);
    order.forEach((i, k) => {
      ids[k] = v.ids[i] as number;
      weights[k] = unit[i] as number;
    });
    return { ids, weights };
  }

  private byName(a: number, b: number): number {
    return this.vocab.name(a) < this.vocab.name(b) ? -1 : 1;
  }

  /**
   * The best story for this article (null when none is similar enough), and when there is none, the most
   * similar story it was compared with: what `--why` shows for an article that opened a story.
   */
  match(vector: SparseVector, time: number, actors: ActorSets, undated = false): { best: StoryMatch | null; nearest: StoryMatch | null } {
    const q = this.query(vector);
    // Candidates come from the article's strongest features that some active story has.
    const sums = this.roughBySlot;
    const marks = this.touchedSlot;
    const touched: number[] = [];
    const n = Math.min(q.ids.length, this.params.queryFeatures);
    for (let i = 0; i < n; i++) {
      const w = q.weights[i] as number;
      for (const slot of this.postings[q.ids[i] as number] as Set<number>) {
        if (!marks[slot]) {
          marks[slot] = 1;
          touched.push(slot);
        }
        sums[slot] = (sums[slot] as number) + w;
      }
    }
    const rough = new Map<number, number>();
    for (const slot of touched) {
      rough.set((this.bySlot[slot] as StoryProfile).id, sums[slot] as number);
      sums[slot] = 0;
      marks[slot] = 0;
    }
    let best: StoryMatch | null = null;
    let nearest: StoryMatch | null = null;
    const above: number[] = [];
    this.spreadQuery(q, true);
    try {
      for (const id of topKeys(rough, this.params.maxCandidates)) {
        const story = this.stories.get(id);
        if (!story) continue;
        const score = this.score(q, story, time, undated, actors);
        if (score < this.params.joinThreshold) {
          if (score > 0 && (!nearest || score > nearest.score || (score === nearest.score && id < nearest.storyId))) nearest = { storyId: id, score, ties: [] };
          continue;
        }
        above.push(id);
        if (!best || score > best.score) best = { storyId: id, score, ties: [] };
      }
    } finally {
      // Left behind, the weights would add to every later query's scores.
      this.spreadQuery(q, false);
    }
    if (!best) return { best: null, nearest: nearest && { ...nearest, ties: this.ties(q, this.stories.get(nearest.storyId) as StoryProfile, actors) } };
    const chosen = this.stories.get(best.storyId) as StoryProfile;
    return { best: { ...best, ties: this.ties(q, chosen, actors), alsoAbove: above.filter((id) => id !== best?.storyId) }, nearest: null };
  }

  /**
   * Re-weights a story's reports with today's idf once the corpus has grown by a fifth since the last
   * time: the first reports of a young store were weighted when every word still looked rare.
   */
  private refresh(story: StoryProfile): void {
    if (this.docs <= story.unitDocs * 1.2 + 5) return;
    story.sums.clearUnit();
    for (const m of story.members) {
      if (m.isCopy) continue;
      const unit = this.unitParts(m.vector);
      for (let i = 0; i < unit.length; i++) story.sums.addUnit(m.vector.ids[i] as number, unit[i] as number);
    }
    story.unitDocs = this.docs;
  }

  /**
   * The article's score against one story; allocation-free, as it runs for every candidate. The query's
   * weights are spread by feature id beforehand (see match), so that a story of ordinary size is scored by
   * one scan of its slots; a story many times the query's size is probed by the query's features instead.
   */
  private score(q: Query, story: StoryProfile, time: number, undated: boolean, actors: ActorSets): number {
    this.refresh(story);
    const sums = story.sums;
    let dot = 0;
    if (sums.size <= q.ids.length * PROBE_FACTOR) {
      const dense = this.queryByFeature;
      const { ids, unit, size } = sums;
      for (let s = 0; s < size; s++) dot += (dense[ids[s] as number] as number) * (unit[s] as number);
    } else {
      for (let i = 0; i < q.ids.length; i++) {
        const u = sums.unitOf(q.ids[i] as number);
        if (u !== undefined) dot += (q.weights[i] as number) * u;
      }
    }
    dot /= Math.max(1, story.reports);
    const conflict = this.actorConflict(story, actors) !== null;
    return round(dot * this.timeFactor(undated ? story.undated : story.dated, time) * (conflict ? this.params.actorConflictFactor : 1));
  }

  /** The shared features behind a score, strongest first, and any actor conflict: the "why" of a match. */
  private ties(q: Query, story: StoryProfile, actors: ActorSets): Tie[] {
    const contributions: Array<[string, number]> = [];
    let dot = 0;
    for (let i = 0; i < q.ids.length; i++) {
      const u = story.sums.unitOf(q.ids[i] as number);
      if (u === undefined) continue;
      const c = (q.weights[i] as number) * u;
      contributions.push([this.vocab.name(q.ids[i] as number), c]);
      dot += c;
    }
    contributions.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const ties = contributions.slice(0, 8).map(([f, c]) => tieOf(f, round(c / (dot || 1))));
    const conflict = this.actorConflict(story, actors);
    if (conflict) ties.push({ feature: `different actors: ${conflict}`, kind: 'entity', weight: this.params.actorConflictFactor });
    return ties;
  }

  /**
   * Same kind of event, different actors: the story's leads keep naming someone this article never
   * mentions, while this article's lead names someone the story never did (a second boxer, another
   * ship). Shared vocabulary then says "same kind of news", not "same story".
   */
  private actorConflict(story: StoryProfile, actors: ActorSets): string | null {
    const reports = Math.max(1, story.reports);
    let missing: string | undefined;
    for (const [a, n] of story.leadActors) {
      if (n * this.params.actorCoreShare >= reports && !actors.all.has(a)) {
        missing = a;
        break;
      }
    }
    if (missing === undefined) return null;
    for (const a of actors.lead) if (!story.allActors.has(a)) return `${missing} / ${a}`;
    return null;
  }

  /**
   * Reports far apart in time are less likely one story, but a day's difference means nothing. `span` is
   * the story's span of times of the article's own kind: with none, time says nothing.
   */
  private timeFactor(span: Span | null, time: number): number {
    if (!span) return 1;
    // Worked out here rather than by spanGap: scoring runs for every candidate and allocates nothing.
    return this.gapFactor(time < span.first ? span.first - time : time > span.last ? time - span.last : 0);
  }

  private gapFactor(gap: number): number {
    return Math.pow(0.5, Math.max(0, gap / DAY_MS - 1) / this.params.timeHalfLifeDays);
  }

  /** Writes the query's weights into `queryByFeature` (or clears them again: it is zero between queries). */
  private spreadQuery(q: Query, on: boolean): void {
    let dense = this.queryByFeature;
    if (dense.length < this.vocab.capacity) {
      dense = this.queryByFeature = new Float64Array(this.vocab.capacity);
    }
    for (let i = 0; i < q.ids.length; i++) dense[q.ids[i] as number] = on ? (q.weights[i] as number) : 0;
  }

  private takeSlot(): number {
    const slot = this.freeSlots.pop() ?? this.bySlot.length;
    if (slot >= this.roughBySlot.length) {
      const n = Math.max(64, this.roughBySlot.length * 2);
      this.roughBySlot = new Float64Array(n);
      this.touchedSlot = new Uint8Array(n);
    }
    return slot;
  }

  private freeSlot(slot: number): void {
    this.bySlot[slot] = undefined;
    this.freeSlots.push(slot);
  }

  /** Records an article in a story (creating the profile when the story is new). */
  add(storyId: number, member: Member): void {
    let story = this.stories.get(storyId);
    if (!story) {
      story = {
        id: storyId, slot: this.takeSlot(), members: [], sums: new FeatureSums(), unitDocs: this.docs, reports: 0, leadActors: new Map(), allActors: new Set(), leadNames: new Set(),
        firstTime: member.time, lastTime: member.time, dated: null, undated: null,
      };
      this.stories.set(storyId, story);
      this.bySlot[story.slot] = story;
    }
    story.members.push(member);
    story.firstTime = Math.min(story.firstTime, member.time);
    story.lastTime = Math.max(story.lastTime, member.time);
    if (member.undated) story.undated = widen(story.undated, member.time);
    else story.dated = widen(story.dated, member.time);
    if (!member.isCopy) {
      story.reports++;
      for (const a of member.actors.lead) story.leadActors.set(a, (story.leadActors.get(a) ?? 0) + 1);
      for (const a of member.actors.all) story.allActors.add(a);
      for (const a of member.actors.names) story.leadNames.add(a);
      const unit = this.unitParts(member.vector);
      this.docs++;
      const { ids, vals } = member.vector;
      const df = this.vocab.df;
      for (let i = 0; i < ids.length; i++) {
        const f = ids[i] as number;
        df[f] = (df[f] as number) + 1;
        if (!story.sums.add(f, vals[i] as number, unit[i] as number)) continue;
        let holders = this.postings[f];
        if (!holders) this.postings[f] = holders = new Set();
        holders.add(story.slot);
      }
    }
    this.newestTime = Math.max(this.newestTime, member.time);
  }

  /**
   * Dot product of two members' per-part unit vectors (ids ascending, so one merge pass), body and lead
   * each weighted by their share, as when an article is scored against a story.
   */
  private memberDot(a: Member, b: Member): number {
    const ua = this.memberUnit(a);
    const ub = this.memberUnit(b);
    const ia = a.vector.ids;
    const ib = b.vector.ids;
    const lead = this.params.leadWeight;
    let dot = 0;
    for (let i = 0, j = 0; i < ia.length && j < ib.length; ) {
      const x = ia[i] as number;
      const y = ib[j] as number;
      if (x < y) i++;
      else if (x > y) j++;
      else {
        dot += (ua[i] as number) * (ub[j] as number) * (this.vocab.isLead(x) ? lead : 1 - lead);
        i++;
        j++;
      }
    }
    return dot;
  }

  private memberUnit(m: Member): Float64Array {
    if (!m.unit || m.unitDocs === undefined || this.docs > m.unitDocs * 1.2 + 5) {
      m.unit = this.unitParts(m.vector);
      m.unitDocs = this.docs;
    }
    return m.unit;
  }

  /**
   * Whether this story is better told as two (see split.ts): the articles of the half without its
   * oldest report, and how alike the halves are, or null when it holds together. Checked at growing
   * intervals of its size, so that a story pays O(log n) checks.
   */
  splitCandidate(storyId: number): { moved: number[]; between: number } | null {
    const story = this.stories.get(storyId);
    const p = this.params;
    if (!story || story.reports < p.splitMinReports || story.reports > SPLIT_MAX_REPORTS) return null;
    if (!isSplitCheckpoint(story.reports, p.splitMinReports)) return null;
    const reports = story.members.filter((m) => !m.isCopy);
    const sim = reports.map(() => new Float64Array(reports.length));
    for (let i = 0; i < reports.length; i++) {
      for (let j = i; j < reports.length; j++) {
        const d = this.memberDot(reports[i] as Member, reports[j] as Member);
        (sim[i] as Float64Array)[j] = d;
        (sim[j] as Float64Array)[i] = d;
      }
    }
    const cut = bipartition(sim);
    if (!cut || cut.between >= p.splitThreshold) return null;
    if (cut.other.length < p.splitMinPart || reports.length - cut.other.length < p.splitMinPart) return null;
    const movedReports = new Set(cut.other.map((i) => (reports[i] as Member).articleId));
    const moved = story.members.filter((m) => movedReports.has(m.isCopy ? (m.originalId ?? -1) : m.articleId)).map((m) => m.articleId);
    return { moved, between: round(cut.between) };
  }

  /** Moves the given articles of a story into a new story `newId`, re-indexing both halves. */
  split(storyId: number, newId: number, moved: ReadonlySet<number>): void {
    const story = this.stories.get(storyId);
    if (!story) return;
    const members = story.members;
    this.unindex(storyId);
    for (const m of members) this.add(moved.has(m.articleId) ? newId : storyId, m);
  }

  /**
   * The active story most similar to this one, if it scores at least `threshold`: average-link between
   * the two stories (the mean cosine over pairs of their reports), so one stray report cannot chain them.
   */
  mergeCandidate(storyId: number, threshold: number, candidates: readonly number[]): StoryMatch | null {
    const story = this.stories.get(storyId);
    if (!story || !story.reports) return null;
    this.refresh(story);
    const lead = this.params.leadWeight;
    let best: StoryMatch | null = null;
    for (const id of [...candidates].sort((a, b) => a - b)) {
      if (id === storyId) continue;
      const other = this.stories.get(id);
      if (!other || !other.reports) continue;
      this.refresh(other);
      const [small, large] = story.sums.size <= other.sums.size ? [story.sums, other.sums] : [other.sums, story.sums];
      const contributions: Array<[number, number]> = [];
      let dot = 0;
      for (let s = 0; s < small.size; s++) {
        const f = small.ids[s] as number;
        const v = large.unitOf(f);
        if (v === undefined) continue;
        const c = (small.unit[s] as number) * v * (this.vocab.isLead(f) ? lead : 1 - lead);
        dot += c;
        contributions.push([f, c]);
      }
      dot /= story.reports * other.reports;
      const gap = spanGap(story.dated, other.dated) ?? spanGap(story.undated, other.undated) ?? 0;
      const score = round(dot * this.gapFactor(gap));
      if (score >= threshold && (!best || score > best.score || (score === best.score && id < best.storyId))) {
        contributions.sort((a, b) => b[1] - a[1]);
        const total = dot * story.reports * other.reports || 1;
        best = { storyId: id, score, ties: contributions.slice(0, 8).map(([f, c]) => tieOf(this.vocab.name(f), round(c / total))) };
      }
    }
    return best;
  }

  /** Folds story `from` into story `into`: one profile, one set of postings. */
  merge(from: number, into: number): void {
    const a = this.stories.get(from);
    const b = this.stories.get(into);
    if (!a || !b || from === into) return;
    b.members.push(...a.members);
    b.members.sort((x, y) => x.time - y.time || x.articleId - y.articleId);
    b.unitDocs = Math.min(a.unitDocs, b.unitDocs);
    b.reports += a.reports;
    for (const [k, n] of a.leadActors) b.leadActors.set(k, (b.leadActors.get(k) ?? 0) + n);
    for (const k of a.allActors) b.allActors.add(k);
    for (const k of a.leadNames) b.leadNames.add(k);
    b.firstTime = Math.min(a.firstTime, b.firstTime);
    b.lastTime = Math.max(a.lastTime, b.lastTime);
    b.dated = joined(a.dated, b.dated);
    b.undated = joined(a.undated, b.undated);
    for (let s = 0; s < a.sums.size; s++) {
      const f = a.sums.ids[s] as number;
      b.sums.add(f, a.sums.raw[s] as number, a.sums.unit[s] as number);
      const holders = this.postings[f];
      if (!holders) continue;
      holders.delete(a.slot);
      holders.add(b.slot);
    }
    this.stories.delete(from);
    this.freeSlot(a.slot);
  }

  /** A compact summary of a story for the thread index: its strongest features and its lead actors. */
  signature(storyId: number, size: number): { vector: Map<string, number>; actors: string[]; time: number } | null {
    const story = this.stories.get(storyId);
    if (!story || !story.reports) return null;
    // A thread is about who and what recur, so its weights keep the +1 idf floor that matching drops:
    // the actors every report names are exactly what a continuation shares.
    const { ids, raw } = story.sums;
    const weights = new Float64Array(story.sums.size);
    for (let s = 0; s < weights.length; s++) weights[s] = ((raw[s] as number) / story.reports) * (this.idf(ids[s] as number) + 1);
    const top = topPositions(weights, size, (a, b) => this.byName(ids[a] as number, ids[b] as number)).map((s): [number, number] => [
      ids[s] as number,
      weights[s] as number,
    ]);
    const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return {
      vector: new Map(top.map(([f, w]) => [this.vocab.name(f), w / norm])),
      actors: [...story.leadNames].sort(),
      time: story.lastTime,
    };
  }

  /** The story's summed term weights, by name: what its reports share, for choosing its headline. */
  termWeights(storyId: number): TermWeights {
    const sums = this.stories.get(storyId)?.sums;
    return {
      get: (term) => {
        const id = this.vocab.lookup(term);
        return id === undefined ? undefined : sums?.rawOf(id);
      },
    };
  }

  /** The same for some of a story's members (the halves of a split). */
  memberWeights(members: readonly Member[]): TermWeights {
    const sum = new Map<number, number>();
    for (const m of members) {
      if (m.isCopy) continue;
      for (let i = 0; i < m.vector.ids.length; i++) {
        const f = m.vector.ids[i] as number;
        sum.set(f, (sum.get(f) ?? 0) + (m.vector.vals[i] as number));
      }
    }
    return { get: (term) => this.lookup(sum, term) };
  }

  private lookup(sum: ReadonlyMap<number, number>, term: string): number | undefined {
    const id = this.vocab.lookup(term);
    return id === undefined ? undefined : sum.get(id);
  }

  story(id: number): StoryProfile | undefined {
    return this.stories.get(id);
  }

  /**
   * Drops stories that left the time window, and the least recent beyond the size bound; their
   * members' features are released. Returns the articles of the dropped stories.
   */
  sweep(): number[] {
    const horizon = this.newestTime - this.params.windowDays * DAY_MS;
    const evicted: number[] = [];
    for (const s of this.stories.values()) if (s.lastTime < horizon) evicted.push(s.id);
    const excess = this.stories.size - evicted.length - this.params.maxActiveStories;
    if (excess > 0) {
      const kept = [...this.stories.values()].filter((s) => s.lastTime >= horizon);
      kept.sort((a, b) => a.lastTime - b.lastTime || a.id - b.id);
      for (const s of kept.slice(0, excess)) evicted.push(s.id);
    }
    const articles: number[] = [];
    for (const id of evicted) {
      const story = this.stories.get(id);
      if (!story) continue;
      this.unindex(id);
      for (const m of story.members) {
        this.vocab.release(m.vector.ids);
        articles.push(m.articleId);
      }
    }
    this.vocab.collect();
    return articles;
  }

  /** Takes a story out of the index (its members' vectors stay held: a split re-adds them). */
  private unindex(id: number): void {
    const story = this.stories.get(id);
    if (!story) return;
    const df = this.vocab.df;
    for (const m of story.members) {
      if (m.isCopy) continue;
      this.docs--;
      const ids = m.vector.ids;
      for (let i = 0; i < ids.length; i++) df[ids[i] as number] = Math.max(0, (df[ids[i] as number] as number) - 1);
    }
    for (let s = 0; s < story.sums.size; s++) {
      const f = story.sums.ids[s] as number;
      const holders = this.postings[f];
      holders?.delete(story.slot);
      if (holders && !holders.size) this.postings[f] = undefined;
    }
    this.stories.delete(id);
    this.freeSlot(story.slot);
  }

  get activeStories(): number {
    return this.stories.size;
  }
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
