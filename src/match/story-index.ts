// Online story clustering. Each active story keeps a profile of its reports; an arriving article is
// scored against the stories that share its strongest features and joins the best one above the
// threshold, or opens a new story.
//
// The score is average-link cosine (the mean similarity to the story's reports), computed in one
// pass from the sum of the reports' unit vectors. Body and lead are separate parts of each vector,
// each normalised on its own, so that the lead (where a report states its event) keeps its share
// of the score however long the body is.
import type { Tie } from '../model.js';
import { type FeatureVector, type MatchParams, isLeadFeature, tieOf } from './features.js';
import { SPLIT_MAX_REPORTS, bipartition, isSplitCheckpoint } from './split.js';

const DAY_MS = 86_400_000;

export interface Member {
  articleId: number;
  title: string;
  vector: FeatureVector;
  isCopy: boolean;
  /** For a copy, the original report it repeats: a split moves it with its original. */
  originalId?: number;
  time: number;
  /** The member's per-part unit vector and the corpus size it was weighted at (cached for splits). */
  unit?: Map<string, number>;
  unitDocs?: number;
  /** Actor keys (a name's last word) named in the title or lead, and anywhere in the article. */
  actors: ActorSets;
}

export interface ActorSets {
  lead: ReadonlySet<string>;
  all: ReadonlySet<string>;
  /** Every proper name in the title or lead, one word or more (its last word): what threads follow. */
  names: ReadonlySet<string>;
}

export interface StoryProfile {
  id: number;
  members: Member[];
  /** Sum of the original reports' raw vectors: copies would only repeat their original's weight. */
  sum: FeatureVector;
  /** Sum of the reports' per-part unit vectors, weighted by idf as it was when last refreshed. */
  unitSum: FeatureVector;
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
}

export interface StoryMatch {
  storyId: number;
  score: number;
  ties: Tie[];
  /** Other stories the article also scored above the join threshold against: merge candidates. */
  alsoAbove?: number[];
}

export class StoryIndex {
  private readonly stories = new Map<number, StoryProfile>();
  private readonly postings = new Map<string, Set<number>>();
  /** Document frequency of each feature over the original reports in the window. */
  private readonly df = new Map<string, number>();
  private docs = 0;
  private newestTime = 0;

  constructor(private readonly params: MatchParams) {}

  /**
   * Inverse document frequency without the usual +1 floor: in a young store (the seeds, a first import)
   * the floor left the words every report shares (the actors) weighing almost as much as the words
   * that tell one event from another.
   */
  private idf(feature: string): number {
    // Computed afresh each time: a cache keyed by feature had to be dropped whenever the window's size
    // moved, which in a full, sliding window is every few articles, so it only added Map traffic.
    return Math.max(0.01, Math.log((this.docs + 1) / ((this.df.get(feature) ?? 0) + 0.5)));
  }

  /** idf-weighted vector with body and lead each scaled to unit length (times their share, if given). */
  private unitParts(vector: FeatureVector, bodyShare = 1, leadShare = 1): Array<[string, number]> {
    const weighted: Array<[string, number]> = [];
    let body2 = 0;
    let lead2 = 0;
    for (const [f, v] of vector) {
      const w = v * this.idf(f);
      weighted.push([f, w]);
      if (isLeadFeature(f)) lead2 += w * w;
      else body2 += w * w;
    }
    const bodyScale = body2 ? bodyShare / Math.sqrt(body2) : 0;
    const leadScale = lead2 ? leadShare / Math.sqrt(lead2) : 0;
    for (const e of weighted) e[1] *= isLeadFeature(e[0]) ? leadScale : bodyScale;
    return weighted;
  }

  /** The best story for this article, or null when none is similar enough. */
  match(vector: FeatureVector, time: number, actors: ActorSets): StoryMatch | null {
    const lead = this.params.leadWeight;
    const weighted = this.unitParts(vector, 1 - lead, lead).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    // Candidates come from the article's strongest features that some active story has.
    const present = weighted.filter(([f]) => this.postings.has(f));
    const query = present.slice(0, this.params.queryFeatures);
    const rough = new Map<number, number>();
    for (const [f, w] of query) {
      for (const id of this.postings.get(f) ?? []) rough.set(id, (rough.get(id) ?? 0) + w);
    }
    const candidates = [...rough].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, this.params.maxCandidates);
    let best: StoryMatch | null = null;
    const above: number[] = [];
    for (const [id] of candidates) {
      const story = this.stories.get(id);
      if (!story) continue;
      // Features no active story has cannot add to any score: `present` gives the same result, faster.
      const score = this.score(present, story, time, actors);
      if (score < this.params.joinThreshold) continue;
      above.push(id);
      if (!best || score > best.score) best = { storyId: id, score, ties: [] };
    }
    if (!best) return null;
    const chosen = this.stories.get(best.storyId) as StoryProfile;
    return { ...best, ties: this.ties(present, chosen, actors), alsoAbove: above.filter((id) => id !== best?.storyId) };
  }

  /**
   * Re-weights a story's reports with today's idf once the corpus has grown by a fifth since the last
   * time: the first reports of a young store were weighted when every word still looked rare.
   */
  private refresh(story: StoryProfile): void {
    if (this.docs <= story.unitDocs * 1.2 + 5) return;
    story.unitSum = new Map();
    for (const m of story.members) {
      if (m.isCopy) continue;
      for (const [f, u] of this.unitParts(m.vector)) story.unitSum.set(f, (story.unitSum.get(f) ?? 0) + u);
    }
    story.unitDocs = this.docs;
  }

  /** The article's score against one story; allocation-free, as it runs for every candidate. */
  private score(weighted: ReadonlyArray<readonly [string, number]>, story: StoryProfile, time: number, actors: ActorSets): number {
    this.refresh(story);
    const unit = story.unitSum;
    let dot = 0;
    for (let i = 0; i < weighted.length; i++) {
      const e = weighted[i] as readonly [string, number];
      const u = unit.get(e[0]);
      if (u !== undefined) dot += e[1] * u;
    }
    dot /= Math.max(1, story.reports);
    const conflict = this.actorConflict(story, actors) !== null;
    return round(dot * this.timeFactor(story, time) * (conflict ? this.params.actorConflictFactor : 1));
  }

  /** The shared features behind a score, strongest first, and any actor conflict: the "why" of a match. */
  private ties(weighted: ReadonlyArray<readonly [string, number]>, story: StoryProfile, actors: ActorSets): Tie[] {
    const contributions: Array<[string, number]> = [];
    let dot = 0;
    for (const [f, w] of weighted) {
      const u = story.unitSum.get(f);
      if (u === undefined) continue;
      contributions.push([f, w * u]);
      dot += w * u;
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
    const missing = [...story.leadActors].find(([a, n]) => n * this.params.actorCoreShare >= reports && !actors.all.has(a))?.[0];
    if (missing === undefined) return null;
    const novel = [...actors.lead].find((a) => !story.allActors.has(a));
    return novel === undefined ? null : `${missing} / ${novel}`;
  }

  /** Reports far apart in time are less likely one story, but a day's difference means nothing. */
  private timeFactor(story: StoryProfile, time: number): number {
    const gap = time < story.firstTime ? story.firstTime - time : time > story.lastTime ? time - story.lastTime : 0;
    const days = Math.max(0, gap / DAY_MS - 1);
    return Math.pow(0.5, days / this.params.timeHalfLifeDays);
  }

  /** Records an article in a story (creating the profile when the story is new). */
  add(storyId: number, member: Member): void {
    let story = this.stories.get(storyId);
    if (!story) {
      story = {
        id: storyId, members: [], sum: new Map(), unitSum: new Map(), unitDocs: this.docs, reports: 0, leadActors: new Map(), allActors: new Set(), leadNames: new Set(),
        firstTime: member.time, lastTime: member.time,
      };
      this.stories.set(storyId, story);
    }
    story.members.push(member);
    story.firstTime = Math.min(story.firstTime, member.time);
    story.lastTime = Math.max(story.lastTime, member.time);
    if (!member.isCopy) {
      story.reports++;
      for (const a of member.actors.lead) story.leadActors.set(a, (story.leadActors.get(a) ?? 0) + 1);
      for (const a of member.actors.all) story.allActors.add(a);
      for (const a of member.actors.names) story.leadNames.add(a);
      for (const [f, u] of this.unitParts(member.vector)) story.unitSum.set(f, (story.unitSum.get(f) ?? 0) + u);
      this.docs++;
      for (const [f, v] of member.vector) {
        story.sum.set(f, (story.sum.get(f) ?? 0) + v);
        this.df.set(f, (this.df.get(f) ?? 0) + 1);
        let ids = this.postings.get(f);
        if (!ids) this.postings.set(f, (ids = new Set()));
        ids.add(storyId);
      }
    }
    this.newestTime = Math.max(this.newestTime, member.time);
  }

  /**
   * Dot product of two per-part unit vectors (or sums of them), body and lead each weighted by their
   * share, as when an article is scored against a story; fills `contributions` per feature if given.
   */
  private partDot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, contributions?: Array<[string, number]>): number {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    const lead = this.params.leadWeight;
    let dot = 0;
    for (const [f, u] of small) {
      const v = large.get(f);
      if (v === undefined) continue;
      const c = u * v * (isLeadFeature(f) ? lead : 1 - lead);
      dot += c;
      contributions?.push([f, c]);
    }
    return dot;
  }

  private memberUnit(m: Member): Map<string, number> {
    if (!m.unit || m.unitDocs === undefined || this.docs > m.unitDocs * 1.2 + 5) {
      m.unit = new Map(this.unitParts(m.vector));
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
    const units = reports.map((m) => this.memberUnit(m));
    const sim = units.map((a) => units.map((b) => this.partDot(a, b)));
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
    this.evict(storyId);
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
    let best: StoryMatch | null = null;
    for (const id of [...candidates].sort((a, b) => a - b)) {
      if (id === storyId) continue;
      const other = this.stories.get(id);
      if (!other || !other.reports) continue;
      this.refresh(other);
      const contributions: Array<[string, number]> = [];
      const dot = this.partDot(story.unitSum, other.unitSum, contributions) / (story.reports * other.reports);
      const gap = Math.max(0, Math.max(story.firstTime, other.firstTime) - Math.min(story.lastTime, other.lastTime));
      const score = round(dot * Math.pow(0.5, Math.max(0, gap / DAY_MS - 1) / this.params.timeHalfLifeDays));
      if (score >= threshold && (!best || score > best.score || (score === best.score && id < best.storyId))) {
        contributions.sort((a, b) => b[1] - a[1]);
        const total = dot * story.reports * other.reports || 1;
        best = { storyId: id, score, ties: contributions.slice(0, 8).map(([f, c]) => tieOf(f, round(c / total))) };
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
    for (const [f, v] of a.sum) b.sum.set(f, (b.sum.get(f) ?? 0) + v);
    for (const [f, u] of a.unitSum) b.unitSum.set(f, (b.unitSum.get(f) ?? 0) + u);
    b.unitDocs = Math.min(a.unitDocs, b.unitDocs);
    b.reports += a.reports;
    for (const [k, n] of a.leadActors) b.leadActors.set(k, (b.leadActors.get(k) ?? 0) + n);
    for (const k of a.allActors) b.allActors.add(k);
    for (const k of a.leadNames) b.leadNames.add(k);
    b.firstTime = Math.min(a.firstTime, b.firstTime);
    b.lastTime = Math.max(a.lastTime, b.lastTime);
    for (const f of a.sum.keys()) {
      const ids = this.postings.get(f);
      if (!ids) continue;
      ids.delete(from);
      ids.add(into);
    }
    this.stories.delete(from);
  }

  /** A compact summary of a story for the thread index: its strongest features and its lead actors. */
  signature(storyId: number, size: number): { vector: Map<string, number>; actors: string[]; time: number } | null {
    const story = this.stories.get(storyId);
    if (!story || !story.reports) return null;
    // A thread is about who and what recur, so its weights keep the +1 idf floor that matching drops:
    // the actors every report names are exactly what a continuation shares.
    const weighted: Array<[string, number]> = [];
    for (const [f, s] of story.sum) weighted.push([f, (s / story.reports) * (this.idf(f) + 1)]);
    const top = weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, size);
    const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return {
      vector: new Map(top.map(([f, w]) => [f, w / norm])),
      actors: [...story.leadNames].sort(),
      time: story.lastTime,
    };
  }

  story(id: number): StoryProfile | undefined {
    return this.stories.get(id);
  }

  /** Drops stories that left the time window, and the least recent beyond the size bound. */
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
    for (const id of evicted) this.evict(id);
    return evicted;
  }

  private evict(id: number): void {
    const story = this.stories.get(id);
    if (!story) return;
    for (const m of story.members) {
      if (m.isCopy) continue;
      this.docs--;
      for (const f of m.vector.keys()) {
        const n = (this.df.get(f) ?? 1) - 1;
        if (n <= 0) this.df.delete(f);
        else this.df.set(f, n);
      }
    }
    for (const f of story.sum.keys()) {
      const ids = this.postings.get(f);
      ids?.delete(id);
      if (ids && !ids.size) this.postings.delete(f);
    }
    this.stories.delete(id);
  }

  get activeStories(): number {
    return this.stories.size;
  }
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
