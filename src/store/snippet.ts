// A search hit's snippet: the stretch of the article's text where the query's words are densest, with
// where the words themselves stand in it (shown in [brackets] in a terminal, marked on a page). Words are compared as the search index compares them (case and
// diacritics folded), so the snippet marks what the index matched.
const WORD = /[\p{L}\p{N}]+/gu;

export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

interface Word {
  at: number;
  end: number;
  /** The query word it is, or null. */
  hit: string | null;
}

export interface Snippet {
  text: string;
  /** Where the query's words stand in `text`: [start, end) offsets. */
  highlights: Array<[number, number]>;
}

/** The snippet with its query words in [brackets], as a terminal shows it. */
export function snippet(text: string, query: string, size = 12): string {
  return bracketed(snippetOf(text, query, size));
}

export function bracketed(s: Snippet): string {
  let out = '';
  let from = 0;
  for (const [a, b] of s.highlights) {
    out += `${s.text.slice(from, a)}[${s.text.slice(a, b)}]`;
    from = b;
  }
  return out + s.text.slice(from);
}

export function snippetOf(text: string, query: string, size = 12): Snippet {
  const wanted = new Set((query.match(WORD) ?? []).map(foldWord));
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = foldWord(m[0]);
    words.push({ at: m.index, end: m.index + m[0].length, hit: wanted.has(folded) ? folded : null });
  }
  if (!words.length) return { text: '', highlights: [] };
  // The window of `size` words holding the most distinct query words, the earliest of equals: slid one
  // word at a time, counting the query words inside.
  const inside = new Map<string, number>();
  const enter = (w: Word | undefined, by: number): void => {
    if (!w?.hit) return;
    const n = (inside.get(w.hit) ?? 0) + by;
    if (n) inside.set(w.hit, n);
    else inside.delete(w.hit);
  };
  for (let i = 0; i < Math.min(size, words.length); i++) enter(words[i], 1);
  let best = 0;
  let bestScore = inside.size;
  for (let start = 1; start + size <= words.length && bestScore < wanted.size; start++) {
    enter(words[start - 1], -1);
    enter(words[start + size - 1], 1);
    if (inside.size > bestScore) {
      bestScore = inside.size;
      best = start;
    }
  }
  // The query words found, centred in the window rather than at its edge.
  let first = -1;
  let last = -1;
  for (let i = best; i < Math.min(words.length, best + size); i++) {
    if (!(words[i] as Word).hit) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first >= 0) best = Math.max(0, Math.min(words.length - size, first - Math.floor((size - (last - first + 1)) / 2)));
  const shown = words.slice(best, best + size);
  let out = best > 0 ? '…' : '';
  const highlights: Array<[number, number]> = [];
  let from = (shown[0] as Word).at;
  for (const w of shown) {
    // Spaces are folded as the text is taken, so that the offsets are into what is shown.
    out += text.slice(from, w.at).replace(/\s+/gu, ' ');
    if (w.hit) highlights.push([out.length, out.length + (w.end - w.at)]);
    out += text.slice(w.at, w.end);
    from = w.end;
  }
  if (best + size < words.length) out += '…';
  return { text: out, highlights };
}
