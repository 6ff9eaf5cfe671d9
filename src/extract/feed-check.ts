// A page's article held up against what its feed item says: the second opinion on whether extraction got
// the whole article. A feed that carries full text tells how long the article is; one that carries a
// summary tells what the article opens with. A page that holds much less than the feed item, or little of
// its words, was cut short (a paywall, a "read more" page, an error page) or extracted from the wrong part.
import { wordCount } from './furniture.js';

/** Below this share of the feed item's words, the page's text is the article cut short. */
const MIN_LENGTH_SHARE = 0.6;
/** A feed item this long is full text, not a summary: the page must be about as long. */
const FULL_TEXT_WORDS = 150;
/** Of a feed item's distinct words, at least this share must be in the page's text. */
const MIN_SHARED_WORDS = 0.5;
/** Fewer distinct words than this say too little to compare (a one-line summary). */
const MIN_COMPARABLE_WORDS = 12;

function distinctWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Why the page's article text falls short of its feed item's text, or null when it does not. */
export function compareWithFeed(pageText: string, feedText: string | null | undefined): string | null {
  if (!feedText?.trim() || !pageText.trim()) return null;
  const feedWords = wordCount(feedText);
  const pageWords = wordCount(pageText);
  if (feedWords >= FULL_TEXT_WORDS && pageWords < feedWords * MIN_LENGTH_SHARE) {
    return `truncated: the page holds ${pageWords} words of the article, its feed item ${feedWords}`;
  }
  const feed = distinctWords(feedText);
  if (feed.size < MIN_COMPARABLE_WORDS) return null;
  const page = distinctWords(pageText);
  let shared = 0;
  for (const w of feed) if (page.has(w)) shared++;
  if (shared / feed.size < MIN_SHARED_WORDS) {
    return `the page's text does not match its feed item (${Math.round((100 * shared) / feed.size)}% of the item's words found)`;
  }
  return null;
}
