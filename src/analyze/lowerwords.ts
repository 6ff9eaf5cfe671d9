// Words a text writes in lower case, by which mentions.ts tells a capitalised sentence opener
// ("Rescue teams…", when the text also says "…the rescue") from a name. A character-code scan that
// finds exactly what the pattern (?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]* does, at a fraction of its cost;
// test/wordscan.test.ts holds it to the pattern.
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

/** Adds to `into` each word of `text` that starts with a lower-case letter not preceded by a letter or digit. */
export function addLowerCaseWords(text: string, into: Set<string>): void {
  const n = text.length;
  let prev = Kind.Other;
  let i = 0;
  while (i < n) {
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
    into.add(text.slice(start, i));
  }
}
