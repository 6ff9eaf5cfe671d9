// A story's headline: the title of the original report that best states what the story's reports share.
import { contentTerms } from '../analyze/tokens.js';

export interface HeadlineCandidate {
  title: string;
  isCopy: boolean;
  /** The title's content terms, when already known. */
  titleTerms?: readonly string[];
}

/**
 * Scores each original report's title by how much of the story's shared vocabulary it carries, per
 * word, so that a plain factual title beats a clever one. The earliest wins a tie.
 */
export function chooseHeadline(members: readonly HeadlineCandidate[], storyWeights: { get(term: string): number | undefined }): string {
  let best = '';
  let bestScore = -1;
  for (const m of members) {
    if (m.isCopy || !m.title) continue;
    const terms = m.titleTerms ?? contentTerms(m.title);
    if (!terms.length) continue;
    const score = terms.reduce((s, t) => s + (storyWeights.get(t) ?? 0), 0) / Math.sqrt(terms.length);
    if (score > bestScore) {
      best = m.title;
      bestScore = score;
    }
  }
  return best || members[0]?.title || '(untitled)';
}
