// Top stories: the newest and biggest first. A story's weight is 1 + its size (independent reports, and
// a quarter for each copy, which adds reach), halved every HALF_LIFE_HOURS of age: a story of 3 reports
// ranks level with a story of 1 report twelve hours newer.
import { parseTime } from '../util/time.js';
import type { StorySummary } from '../model.js';

export const HALF_LIFE_HOURS = 12;
/** Following something in a story counts as doubling it; a muted one is not shown at all. */
export const FOLLOW_BOOST = 1;

export type RankedStory = Omit<StorySummary, 'outlets'>;

export interface Ranking {
  /** Stories the reader follows something in. */
  followed: ReadonlySet<number>;
  /** Stories the reader muted something in. */
  muted: ReadonlySet<number>;
}

/** The log2 weight of a story at time `now` (ms): size counted in reports, minus its age in half-lives. */
export function topScore(story: RankedStory, now: number, followed = false): number {
  const size = story.reportCount + 0.25 * (story.articleCount - story.reportCount);
  const ageHours = Math.max(0, now - parseTime(story.lastSeen)) / 3_600_000;
  return Math.log2(1 + size) - (Number.isFinite(ageHours) ? ageHours : 0) / HALF_LIFE_HOURS + (followed ? FOLLOW_BOOST : 0);
}

/** Stories ranked best first, muted ones left out; ties go to the newer story id (deterministic). */
export function rankStories(stories: readonly RankedStory[], now: number, ranking: Ranking): Array<{ story: RankedStory; score: number }> {
  return stories
    .filter((s) => !ranking.muted.has(s.id))
    .map((story) => ({ story, score: round(topScore(story, now, ranking.followed.has(story.id))) }))
    .sort((a, b) => b.score - a.score || b.story.id - a.story.id);
}

/** Scores are compared after a cursor carried them through a URL: fixed precision keeps them equal. */
function round(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}
