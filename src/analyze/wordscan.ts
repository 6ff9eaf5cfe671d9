// The word scanner behind every tokenisation of an article. It is the WORD pattern of tokens.ts written
// out as a loop over character codes: the regular expression allocated a match object per word and was,
// run several times over each text, one of the largest costs of the analyze stage.
//
// A word is a letter or digit, then letters, digits, marks, or one of ' ’ . , - when a letter or digit
// follows ("U.S.", "1,200", "Wang's"). test/wordscan.test.ts holds the scanner to the pattern.

const enum Kind {
  Unknown = 0,
  /** \p{L} or \p{N}: starts or continues a word. */
  Alnum = 1,
  /** \p{M}: continues a word, never starts one. */
  Mark = 2,
  /** ' ’ . , -: inside a word only when a letter or digit follows. */
  Joiner = 3,
  Other = 4,
}

const ALNUM = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

function classify(ch: string): Kind {
  if (ALNUM.test(ch)) return Kind.Alnum;
  if (MARK.test(ch)) return Kind.Mark;
  if (ch.length === 1 && "'’.,-".includes(ch)) return Kind.Joiner;
  return Kind.Other;
}

/** Set on a kind lookup's answer when the code point is a surrogate pair, two units wide. */
export const WIDE = 8;

/**
 * Each code point's kind (below WIDE) under `classify`, which is asked once per distinct character: a
 * news text uses a few hundred, and a property-class regex per character would cost far more.
 */
export class CodePointKinds {
  /** Kind plus one of each BMP unit classified so far, 0 for the rest; surrogates are never stored. */
  readonly known = new Uint8Array(0x10000);
  private readonly astral = new Map<number, number>();

  constructor(private readonly classify: (ch: string) => number) {}

  /** Kind of the code point at i, plus WIDE when it takes two units. */
  at(text: string, i: number): number {
    const c = text.charCodeAt(i);
    const known = this.known[c] as number;
    return known !== 0 ? known - 1 : this.learn(text, i, c);
  }

  private learn(text: string, i: number, c: number): number {
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = text.charCodeAt(i + 1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        let kind = this.astral.get(cp);
        if (kind === undefined) {
          kind = this.classify(String.fromCodePoint(cp));
          this.astral.set(cp, kind);
        }
        return kind | WIDE;
      }
      // A lone surrogate is a code point of its own, and no property class holds it.
      return this.classify('\ud800');
    }
    const kind = this.classify(String.fromCharCode(c));
    this.known[c] = kind + 1;
    return kind;
  }
}

const kinds = new CodePointKinds(classify);

/** The words of a text with their offsets, in order. */
export interface WordSpans {
  words: string[];
  starts: number[];
  /**
   * FNV-1a of each word with A-Z in lower case: a key for caches, and the word's exact lower-case hash
   * when `ascii` holds.
   */
  hashes: number[];
  /** Every word is plain ASCII. */
  ascii: boolean;
}

export function scanWords(text: string): WordSpans {
  const words: string[] = [];
  const starts: number[] = [];
  const hashes: number[] = [];
  let ascii = true;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = kinds.at(text, i);
    if ((k & ~WIDE) !== Kind.Alnum) {
      i += k & WIDE ? 2 : 1;
      continue;
    }
    const start = i;
    i += k & WIDE ? 2 : 1;
    while (i < n) {
      k = kinds.at(text, i);
      const kind = k & ~WIDE;
      if (kind === Kind.Alnum || kind === Kind.Mark) i += k & WIDE ? 2 : 1;
      else if (kind === Kind.Joiner && i + 1 < n && (kinds.at(text, i + 1) & ~WIDE) === Kind.Alnum) i += 1;
      else break;
    }
    let h = 0x811c9dc5;
    for (let j = start; j < i; j++) {
      let c = text.charCodeAt(j);
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 0x80) ascii = false;
      h = Math.imul(h ^ c, 0x01000193);
    }
    words.push(text.slice(start, i));
    starts.push(start);
    hashes.push(h >>> 0);
  }
  return { words, starts, hashes, ascii };
}
