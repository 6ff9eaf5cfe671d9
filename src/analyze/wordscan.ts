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

// Every UTF-16 unit's kind, learnt on first sight: a news text uses a few hundred distinct characters.
// Surrogates stay Unknown here; a pair is one code point and is looked up in ASTRAL.
const BMP = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) BMP[c] = classify(String.fromCharCode(c));
const ASTRAL = new Map<number, Kind>();

/** Set on kindAt's answer when the code point is a surrogate pair, two units wide. */
const WIDE = 8;

/** Kind of the code point at i, plus WIDE when it takes two units. */
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const known = BMP[c] as Kind;
  if (known !== Kind.Unknown) return known;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let kind = ASTRAL.get(cp);
      if (kind === undefined) {
        kind = classify(String.fromCodePoint(cp));
        ASTRAL.set(cp, kind);
      }
      return kind | WIDE;
    }
  }
  // A lone surrogate is a code point of its own that no property class holds; it is not remembered in
  // BMP, where it would hide the pairs that the same unit starts.
  if (c >= 0xd800 && c <= 0xdfff) return Kind.Other;
  const kind = classify(String.fromCharCode(c));
  BMP[c] = kind;
  return kind;
}

/** The words of a text with their offsets, in order. */
export interface WordSpans {
  words: string[];
  starts: number[];
}

export function scanWords(text: string): WordSpans {
  const words: string[] = [];
  const starts: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let k = kindAt(text, i);
    if ((k & ~WIDE) !== Kind.Alnum) {
      i += k & WIDE ? 2 : 1;
      continue;
    }
    const start = i;
    i += k & WIDE ? 2 : 1;
    while (i < n) {
      k = kindAt(text, i);
      const kind = k & ~WIDE;
      if (kind === Kind.Alnum || kind === Kind.Mark) i += k & WIDE ? 2 : 1;
      else if (kind === Kind.Joiner && i + 1 < n && (kindAt(text, i + 1) & ~WIDE) === Kind.Alnum) i += 1;
      else break;
    }
    words.push(text.slice(start, i));
    starts.push(start);
  }
  return { words, starts };
}
