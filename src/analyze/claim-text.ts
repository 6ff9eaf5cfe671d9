// The text as the claim finder reads it: sentence spans over the whole text, and the tokens of a sentence
// (words with their inner hyphens and apostrophes, numbers, and single punctuation or symbol characters)
// with offsets. Only sentences that hold a figure are ever tokenised.
import { ABBREVIATIONS } from './quote-text.js';

/**
 * What a token is: a word, a number in digits, or one mark (punctuation, symbol). A string union rather
 * than an enum, so that the modules that test it import no value from here.
 */
export type Kind = 'word' | 'number' | 'mark';

export interface Tok {
  /** Offsets in the text, end exclusive. */
  s: number;
  e: number;
  /** As written. */
  w: string;
  /** Lower case. */
  lw: string;
  k: Kind;
}

// Dotted abbreviations first ("U.S.", "p.m."), then words with inner hyphens or apostrophes, numbers with
// inner commas or points, and any other single character.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*|\S/gu;

const LETTER = /^[\p{L}\p{M}]/u;

export function tokenizeSpan(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = start;
  // The span ends at a sentence boundary (space or the end of the text), so no token runs past it.
  for (let m = TOKEN.exec(text); m !== null && m.index < end; m = TOKEN.exec(text)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    // Only a one-character match can be a mark; past ASCII, ask the letter class.
    const k: Kind = c >= 48 && c <= 57 ? 'number'
      : w.length > 1 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'word'
      : c < 128 ? 'mark' : LETTER.test(w) ? 'word' : 'mark';
    out.push({ s: m.index, e: m.index + w.length, w, lw: k === 'word' ? w.toLowerCase() : w, k });
  }
  return out;
}

// A sentence ends at a paragraph break, or at . ! ? … (and closing quotes or brackets) followed by space and
// a capital, a digit or an opening quote, unless the full stop closes an abbreviation or an initial.
const BREAK = /\n\s*|[.!?…]+["'”’)\]]*\s+(?=["“‘'([]?[\p{Lu}\p{N}])/gu;

/** Sentence spans [start, end) over the whole text, trimmed of surrounding space. */
export function sentenceSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const space = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c > 127 && /\s/u.test(text[i] as string));
  };
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && space(s)) s++;
    while (e > s && space(e - 1)) e--;
    if (e > s) out.push([s, e]);
  };
  for (const m of text.matchAll(BREAK)) {
    if (m[0][0] === '.' && m[0].length > 0) {
      // The word before the full stop: an abbreviation or a single letter does not end the sentence.
      let j = m.index;
      while (j > start && /[\p{L}.]/u.test(text[j - 1] as string)) j--;
      const word = text.slice(j, m.index).toLowerCase();
      if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/u, '')) || /^\p{L}$/u.test(word)) continue;
    }
    const end = m[0][0] === '\n' ? m.index : m.index + m[0].length;
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}
