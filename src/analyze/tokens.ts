// Tokens and sentences without an NLP pipeline: several times faster, which matters because every
// article passes here on the ingest hot path.
import { isStopWord } from './stopwords.js';
import { scanWords } from './wordscan.js';

export interface Token {
  text: string;
  start: number;
}

/** Words with their offsets: letters or digits, with inner apostrophes, hyphens, dots or commas ("U.S.", "1,200", "Wang's"). */
export function tokenize(text: string): Token[] {
  const { words: found, starts } = scanWords(text);
  return found.map((w, i) => ({ text: w, start: starts[i] ?? 0 }));
}

export function words(text: string): string[] {
  return scanWords(text).words;
}

// Abbreviations whose trailing dot does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'mt', 'ft', 'fig', 'approx', 'dept',
]);

/** Splits text into sentences; paragraph breaks always end one. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n|\n/)) {
    const p = paragraph.trim();
    if (!p) continue;
    let start = 0;
    // A sentence ends at . ! ? (and any closing quotes or brackets) followed by space and a capital, digit or quote.
    const boundary = /[.!?]+["'”’)\]]*\s+(?=["“‘'([]?[\p{Lu}\p{N}])/gu;
    for (const m of p.matchAll(boundary)) {
      const end = m.index + m[0].length;
      const before = p.slice(start, m.index + 1);
      const lastWord = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      // "U.S. officials" or "Mr. Blinken": not a boundary. A single capital ("J. Smith") neither.
      if (ABBREVIATIONS.has(lastWord) || ABBREVIATIONS.has(lastWord.replace(/\.$/, '')) || /^\p{L}$/u.test(lastWord)) continue;
      out.push(p.slice(start, end).trim());
      start = end;
    }
    const rest = p.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

// Words repeat: normalising each distinct word once per run is most of the saving in term extraction.
const TERM_CACHE = new Map<string, string>();
const TERM_CACHE_LIMIT = 200_000;

/** Lower-cases and folds a word to a light stem so that "talks"/"talk" and "China's"/"China" meet. */
export function normalizeTerm(word: string): string {
  let cached = TERM_CACHE.get(word);
  if (cached === undefined) {
    if (TERM_CACHE.size >= TERM_CACHE_LIMIT) TERM_CACHE.clear();
    cached = foldTerm(word);
    TERM_CACHE.set(word, cached);
  }
  return cached;
}

function foldTerm(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '').replace(/['’.]/gu, '');
  if (w.length > 4 && !/\d/u.test(w)) {
    if (w.endsWith('ies') && !w.endsWith('eies') && !w.endsWith('aies')) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith('es') && /(?:ss|sh|ch|x|z)es$/u.test(w)) w = w.slice(0, -2);
    else if (w.endsWith('s') && !/(?:ss|us|is|ws)$/u.test(w)) w = w.slice(0, -1);
  }
  return w;
}

// The content-term verdict per written word, so that a repeated word costs one lookup: '' for a word
// that is no content term.
const CONTENT_CACHE = new Map<string, string>();

/** The content term a written word stands for, or '' for stop words, one-letter words and small numbers. */
export function contentTerm(raw: string): string {
  let term = CONTENT_CACHE.get(raw);
  if (term === undefined) {
    if (CONTENT_CACHE.size >= TERM_CACHE_LIMIT) CONTENT_CACHE.clear();
    const w = normalizeTerm(raw);
    term = w.length < 2 || isStopWord(w) || /^\d{1,2}$/u.test(w) ? '' : w;
    CONTENT_CACHE.set(raw, term);
  }
  return term;
}

// In front of CONTENT_CACHE, a small table indexed by the word's hash from the scan: the common words
// of a text are answered from it without the large map's hashing and cache misses.
const FRONT_SLOTS = 4096;
const frontWords: string[] = new Array<string>(FRONT_SLOTS).fill('');
const frontTerms: string[] = new Array<string>(FRONT_SLOTS).fill('');

/** contentTerm, for a word whose hash (any fixed hash of it) is at hand. */
export function hashedContentTerm(raw: string, hash: number): string {
  const slot = hash & (FRONT_SLOTS - 1);
  if (frontWords[slot] === raw) return frontTerms[slot] as string;
  const term = contentTerm(raw);
  frontWords[slot] = raw;
  frontTerms[slot] = term;
  return term;
}

/** Content terms of a text: normalised words that are neither stop words nor bare punctuation. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const raw of words(text)) {
    const w = contentTerm(raw);
    if (w) out.push(w);
  }
  return out;
}
