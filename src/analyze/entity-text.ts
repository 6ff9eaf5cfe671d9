// An article's words, and what lies between them (a space, a comma, a full stop, a line break): what the
// name finder reads a capitalised run and its context from. Gaps and lower-case forms are worked out only
// for the words that are asked about, nearly all of them next to a capitalised word.
import { writesInLowerCase } from './lowerwords.js';
import { scanWords } from './wordscan.js';

// What lies between two words.
export const SPACE = 1;
export const NEWLINE = 2;
export const STOP = 4;
export const COMMA = 8;
export const QUOTE = 16;
export const OPEN = 32;
export const CLOSE = 64;
export const DASH = 128;
export const COLON = 256;
export const APOSTROPHE = 512;
export const AMPERSAND = 1024;
export const DOT = 2048;
export const OTHER = 4096;

const GAP_KIND: Record<string, number> = {
  ' ': SPACE, '\t': SPACE, '\u00a0': SPACE, '\n': NEWLINE, '\r': NEWLINE, '.': DOT | STOP, '!': STOP, '?': STOP,
  '…': STOP, ',': COMMA, '"': QUOTE, '“': QUOTE, '”': QUOTE, '‘': QUOTE, '«': QUOTE, '»': QUOTE, '(': OPEN,
  '[': OPEN, ')': CLOSE, ']': CLOSE, '—': DASH, '–': DASH, '-': DASH, ':': COLON, ';': COLON, "'": APOSTROPHE,
  '’': APOSTROPHE, '&': AMPERSAND,
};
// The same by character code, read for every character between words.
const ASCII_GAP = new Uint16Array(128).fill(OTHER);
const WIDE_GAP = new Map<number, number>();
for (const [ch, kind] of Object.entries(GAP_KIND)) {
  const c = ch.charCodeAt(0);
  if (c < 128) ASCII_GAP[c] = kind;
  else WIDE_GAP.set(c, kind);
}

// Abbreviations whose dot does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'cmdr', 'rev',
  'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'mt', 'ft', 'det', 'insp', 'supt', 'maj', 'cpl', 'hon',
  'messrs', 'mme', 'mlle', 'gens', 'sens', 'reps',
]);

const UPPER = /^\p{Lu}/u;

export function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return UPPER.test(word);
}

/** All capitals, as acronyms and datelines are written: "CCP", "U.S", "SARVELA". */
export function allCaps(word: string): boolean {
  if (word.length < 2) return false;
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 0x80) {
      const ch = word[i] as string;
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  return letters > 0;
}

export function possessive(word: string): boolean {
  const n = word.length;
  return n > 2 && word.charCodeAt(n - 1) === 115 && (word.charCodeAt(n - 2) === 39 || word.charCodeAt(n - 2) === 0x2019);
}

/** Only the letters and digits of a line, to compare a headline with its copy in the text. */
function letters(line: string): string {
  return line.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A plural noun's singular, enough to look up "riders" and "officials". */
export function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The words of a text with their offsets, the gaps between them, and its headings. */
export class ArticleWords {
  readonly words: string[];
  readonly starts: number[];
  /** What lies before each word (and after the last), found when first asked for; -1 until then. */
  private readonly gaps: Int32Array;
  /** Each word in lower case without possessive, computed when first asked for. */
  private readonly lowers: Array<string | undefined>;
  /** 1 for the words of a heading, where capitals mark no name. */
  readonly heading: Uint8Array;
  /** Character ranges of the headings. */
  readonly headings: Array<[number, number]> = [];
  private readonly lowerCache = new Map<string, boolean>();
  /** The headline's letters and digits, to know it when the text repeats it as its first line. */
  private readonly titleLetters: string;

  constructor(
    readonly text: string,
    private readonly title: string,
  ) {
    this.titleLetters = letters(title);
    const scan = scanWords(text);
    this.words = scan.words;
    this.starts = scan.starts;
    const n = this.words.length;
    this.lowers = new Array<string | undefined>(n);
    this.gaps = new Int32Array(n + 1).fill(-1);
    this.heading = new Uint8Array(n);
    this.findHeadings();
  }

  /** Where word i ends. */
  end(i: number): number {
    return (this.starts[i] as number) + (this.words[i] as string).length;
  }

  /** What lies between word i-1 and word i (after the last word for i = n); 0 past that. */
  gap(i: number): number {
    if (!(i >= 0 && i <= this.words.length)) return 0;
    let g = this.gaps[i] as number;
    if (g < 0) {
      const n = this.words.length;
      g = this.gapBetween(i === 0 ? 0 : this.end(i - 1), i === n ? this.text.length : (this.starts[i] as number));
      this.gaps[i] = g;
    }
    return g;
  }

  private gapBetween(from: number, to: number): number {
    let kind = 0;
    for (let j = from; j < to; j++) {
      const c = this.text.charCodeAt(j);
      kind |= c < 128 ? (ASCII_GAP[c] as number) : (WIDE_GAP.get(c) ?? OTHER);
    }
    return kind;
  }

  /** Word i in lower case, without possessive; '' past the end. */
  lw(i: number): string {
    if (!(i >= 0 && i < this.words.length)) return '';
    let l = this.lowers[i];
    if (l === undefined) {
      const w = this.words[i] as string;
      l = (possessive(w) ? w.slice(0, -2) : w).toLowerCase();
      this.lowers[i] = l;
    }
    return l;
  }

  /** Nothing but spaces between word i-1 and word i. */
  plain(i: number): boolean {
    return this.gap(i) === SPACE;
  }

  /** A word whose dot is no sentence end: "Mr.", "U.S.", an initial. */
  abbreviation(i: number): boolean {
    const w = this.words[i] as string;
    return ABBREVIATIONS.has(this.lw(i)) || w.includes('.') || (w.length === 1 && isCapital(w));
  }

  /** Word i opens a sentence or a clause, where any word is capitalised. */
  clauseStart(i: number): boolean {
    if (i === 0) return true;
    const g = this.gap(i);
    if (g & (NEWLINE | QUOTE | COLON | DASH | OPEN)) return true;
    if (g & STOP) return (g & ~(DOT | SPACE)) !== 0 || !this.abbreviation(i - 1);
    return false;
  }

  /**
   * Short lines without a closing stop, most of whose words are capitalised: headlines and subheadings,
   * where capitals mark no name.
   */
  private findHeadings(): void {
    const text = this.text;
    let w = 0;
    for (let from = 0; from < text.length; ) {
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      if (to - from <= 160 && this.isHeading(from, to)) {
        while (w < this.words.length && (this.starts[w] as number) < from) w++;
        const a = w;
        while (w < this.words.length && (this.starts[w] as number) < to) w++;
        if (w > a) {
          this.heading.fill(1, a, w);
          this.headings.push([this.starts[a] as number, this.end(w - 1)]);
        }
      }
      from = to + 1;
    }
  }

  private isHeading(from: number, to: number): boolean {
    // The headline repeated as the text's first line, maybe with a stop added.
    if (this.titleLetters && Math.abs(to - from - this.title.length) < 8 && letters(this.text.slice(from, to)) === this.titleLetters) return true;
    let tail = to - 1;
    while (tail > from && /["'”’)\]\s]/u.test(this.text[tail] as string)) tail--;
    if (tail <= from || /[.!?…:]/u.test(this.text[tail] as string)) return false;
    let words = 0;
    let long = 0;
    let capitals = 0;
    for (const m of this.text.slice(from, to).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
      if (++words > 14) return false;
      if (m[0].length < 4) continue;
      long++;
      if (isCapital(m[0])) capitals++;
    }
    return capitals >= 2 && capitals >= 0.6 * long;
  }

  /** Whether a capitalised word that opens a sentence is an ordinary word the text also writes in lower case. */
  ordinary(word: string): boolean {
    let known = this.lowerCache.get(word);
    if (known === undefined) {
      known = writesInLowerCase(this.text, word);
      this.lowerCache.set(word, known);
    }
    return known;
  }

  /** The word before word i in lower case, when nothing but spaces parts them. */
  lowerBefore(i: number): string | undefined {
    return i > 0 && this.plain(i) ? this.lw(i - 1) : undefined;
  }
}
