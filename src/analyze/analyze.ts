// The analyze stage: everything matching needs, computed once per article from its clean text.
import { createHash } from 'node:crypto';
import type { Analysis, ExtractedArticle } from '../model.js';
import { collapseSpaces } from '../util/spaces.js';
import { detectLanguage, LANGUAGE_SAMPLE } from './language.js';
import { findMentions } from './mentions.js';
import { minhash, minhashOfHashes, minhashOfWords } from './minhash.js';
import { findNumbers } from './numbers.js';
import { hashedContentTerm, sentences } from './tokens.js';
import { scanWords, type WordSpans } from './wordscan.js';

const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const LEAD_SENTENCES = 2;
/** The lead vector reads a little further than the weighting lead: some ledes take three sentences. */
const LEAD_VECTOR_SENTENCES = 3;

/** Text as compared for exact duplicates: case, quotes, dashes and spacing do not make a new article. */
export function normalizeForHash(text: string): string {
  return normalizeLoweredForHash(text.toLowerCase());
}

const TYPOGRAPHY = /[‘’`´“”„«»‐‑‒–—―]/u;

/** normalizeForHash for text already in lower case. */
function normalizeLoweredForHash(lowered: string): string {
  let t = lowered;
  // Most texts have none of these marks: one scan for all of them spares three replacing passes.
  if (TYPOGRAPHY.test(t)) {
    t = t
      .replace(/[‘’`´]/gu, "'")
      .replace(/[“”„«»]/gu, '"')
      .replace(/[‐‑‒–—―]/gu, '-');
  }
  return collapseSpaces(t).trim();
}

export function contentHash(title: string, text: string): string {
  return hashNormalized(normalizeForHash(title), normalizeForHash(text));
}

function hashNormalized(title: string, text: string): string {
  return createHash('sha256').update(`${title}\n${text}`).digest('hex');
}

/**
 * An empty term vector: an object without a prototype, so that a term such as "constructor" reads as
 * absent rather than as Object's own property, and which V8 keeps as a hash table from the start (a
 * plain {} would gain a new hidden class with each of the thousands of distinct keys it is given).
 */
function termVector(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}

/** Adds `weight` to each content term of words[from, to); `terms` holds each word's term, '' for none. */
function addTerms(into: Record<string, number>, terms: readonly string[], from: number, to: number, weight: number): void {
  for (let i = from; i < to; i++) {
    const t = terms[i] as string;
    if (t) into[t] = (into[t] ?? 0) + weight;
  }
}

export function analyze(article: ExtractedArticle): Analysis {
  const { title, text } = article;
  const sentenceList = sentences(text);
  // The text is scanned for words once; each use below takes the words of the sentences it needs. A word
  // never spans two sentences (they are cut at spaces and line breaks), so the words of a sentence are
  // the text's words from where the sentence starts.
  const body = scanWords(text);
  const bodyTerms = termsOf(body);
  const titleTerms = termsOf(scanWords(title));
  const firstWord = sentenceFirstWords(text, sentenceList, body.starts);
  const wordsBefore = (sentence: number): number => firstWord[Math.min(sentence, sentenceList.length)] as number;

  // Insertion order is the one of the old per-text passes: title, then lead, then body.
  const terms = termVector();
  addTerms(terms, titleTerms, 0, titleTerms.length, TITLE_WEIGHT);
  addTerms(terms, bodyTerms, 0, wordsBefore(LEAD_SENTENCES), LEAD_WEIGHT - 1); // the lead is also counted once as part of the body below
  addTerms(terms, bodyTerms, 0, bodyTerms.length, 1);
  const leadTerms = termVector();
  addTerms(leadTerms, titleTerms, 0, titleTerms.length, 1);
  addTerms(leadTerms, bodyTerms, 0, wordsBefore(LEAD_VECTOR_SENTENCES), 1);

  const sentenceWords = sentenceList.map((_, i) => body.words.slice(wordsBefore(i), wordsBefore(i + 1)));
  const lead = sentenceList.slice(0, LEAD_SENTENCES).join(' ');
  const mentions = findMentions(sentenceList, `${title}\n${lead}`, { text, words: sentenceWords });

  const lowered = text.toLowerCase();
  return {
    // Only the start of the text is read for the language; no need to join all of it to the title.
    lang: detectLanguage(`${title}. ${text.slice(0, LANGUAGE_SAMPLE)}`, article.lang),
    wordCount: body.words.length,
    terms,
    lead: leadTerms,
    mentions,
    numbers: findNumbers(`${title}\n${text}`),
    contentHash: hashNormalized(normalizeForHash(title), normalizeLoweredForHash(lowered)),
    minhash: shingleSignature(title, text, lowered, body),
  };
}

/** Each word's content term, '' where it has none. */
function termsOf(spans: WordSpans): string[] {
  const { words, hashes } = spans;
  const out = new Array<string>(words.length);
  for (let i = 0; i < words.length; i++) out[i] = hashedContentTerm(words[i] as string, hashes[i] as number);
  return out;
}

/**
 * The body's signature from the words already found. An ASCII text's words come with their lower-case
 * hashes from the scan. Otherwise lower case keeps the text's word boundaries when it keeps its length
 * (no character changes its kind, and only "İ" grows), and the words are hashed in the lowered text;
 * failing that the text is scanned again in lower case, as minhash does.
 */
function shingleSignature(title: string, text: string, lowered: string, body: WordSpans): Uint32Array {
  if (!text) return minhash(title);
  if (body.ascii) return minhashOfHashes(body.hashes);
  if (lowered.length !== text.length) return minhash(text);
  return minhashOfWords(lowered, body.words, body.starts);
}

/**
 * Index of each sentence's first word among the text's words, and the word count at the end. Sentences
 * are trimmed pieces of the text in order, so each is found from where the previous one ended.
 */
function sentenceFirstWords(text: string, sentenceList: readonly string[], starts: readonly number[]): number[] {
  const first: number[] = [];
  let at = 0;
  let word = 0;
  for (const sentence of sentenceList) {
    at = text.indexOf(sentence, at);
    while (word < starts.length && (starts[word] as number) < at) word++;
    first.push(word);
    at += sentence.length;
  }
  first.push(starts.length);
  return first;
}
