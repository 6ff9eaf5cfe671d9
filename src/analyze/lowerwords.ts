// Words a text writes in lower case, by which mentions.ts tells a capitalised sentence opener
// ("Rescue teams…", when the text also says "…the rescue") from a name. A character-code scan that
// finds what the pattern (?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]* does, at a fraction of its cost, and only
// around the word asked about; test/text-scans.test.ts holds it to the pattern.
import { CodePointKinds, WIDE } from './wordscan.js';

const enum Kind {
  Other = 0,
  /** \p{N}: no word may follow it directly. */
  Digit = 1,
  /** \p{L} but not \p{Ll}: continues a word; no word may follow it directly. */
  Letter = 2,
  /** \p{Ll}: starts or continues a word. */
  Lower = 3,
  /** ' ’ -: continues a word. */
  Joiner = 4,
}

const kinds = new CodePointKinds((ch) => {
  if (/^\p{Ll}$/u.test(ch)) return Kind.Lower;
  if (/^\p{L}$/u.test(ch)) return Kind.Letter;
  if (/^\p{N}$/u.test(ch)) return Kind.Digit;
  return ch === "'" || ch === '’' || ch === '-' ? Kind.Joiner : Kind.Other;
});

/**
 * Whether `word` is one of the text's lower-case words: one that starts with a lower-case letter not
 * preceded by a letter or digit, and runs over letters, apostrophes and hyphens. Only the places where
 * the word occurs are read, each from the space before it, where no word can be under way.
 */
export function writesInLowerCase(text: string, word: string): boolean {
  if (!word) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const from = Math.max(text.lastIndexOf(' ', at), text.lastIndexOf('\n', at)) + 1;
    const found = lowerWordFrom(text, from, at);
    if (found === at + word.length) return true;
  }
  return false;
}

/**
 * Scans from `from` (the text's start or just after a space) for lower-case words, up to the one that
 * covers `at`: returns its end if it starts at `at`, and -1 if `at` starts none.
 */
function lowerWordFrom(text: string, from: number, at: number): number {
  const n = text.length;
  let prev = Kind.Other;
  let i = from;
  while (i <= at) {
    let k = kinds.at(text, i);
    let kind = k & ~WIDE;
    if (kind !== Kind.Lower || prev === Kind.Digit || prev === Kind.Letter || prev === Kind.Lower) {
      prev = kind;
      i += k & WIDE ? 2 : 1;
      continue;
    }
    const start = i;
    while (kind === Kind.Lower || kind === Kind.Letter || kind === Kind.Joiner) {
      prev = kind;
      i += k & WIDE ? 2 : 1;
      if (i >= n) break;
      k = kinds.at(text, i);
      kind = k & ~WIDE;
    }
    if (start === at) return i;
    if (i > at) return -1; // `at` is inside a word that started before it
  }
  return -1;
}
