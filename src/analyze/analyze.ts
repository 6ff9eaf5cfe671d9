// The analyze stage: everything matching needs, computed once per article from its clean text.
import { createHash } from 'node:crypto';
import type { Analysis, ExtractedArticle } from '../model.js';
import { detectLanguage } from './language.js';
import { findMentions } from './mentions.js';
import { minhash } from './minhash.js';
import { findNumbers } from './numbers.js';
import { contentTerms, sentences, words } from './tokens.js';

const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const LEAD_SENTENCES = 2;
/** The lead vector reads a little further than the weighting lead: some ledes take three sentences. */
const LEAD_VECTOR_SENTENCES = 3;

/** Text as compared for exact duplicates: case, quotes, dashes and spacing do not make a new article. */
export function normalizeForHash(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`´]/gu, "'")
    .replace(/[“”„«»]/gu, '"')
    .replace(/[‐‑‒–—―]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function contentHash(title: string, text: string): string {
  return createHash('sha256').update(`${normalizeForHash(title)}\n${normalizeForHash(text)}`).digest('hex');
}

export function analyze(article: ExtractedArticle): Analysis {
  const sentenceList = sentences(article.text);
  const lead = sentenceList.slice(0, LEAD_SENTENCES).join(' ');
  const terms: Record<string, number> = {};
  const addAll = (text: string, weight: number): void => {
    for (const t of contentTerms(text)) terms[t] = (terms[t] ?? 0) + weight;
  };
  addAll(article.title, TITLE_WEIGHT);
  addAll(lead, LEAD_WEIGHT - 1); // the lead is also counted once as part of the body below
  addAll(article.text, 1);
  const leadTerms: Record<string, number> = {};
  for (const t of contentTerms(`${article.title}\n${sentenceList.slice(0, LEAD_VECTOR_SENTENCES).join(' ')}`)) {
    leadTerms[t] = (leadTerms[t] ?? 0) + 1;
  }
  const mentions = findMentions(sentenceList, `${article.title}\n${lead}`);
  return {
    lang: detectLanguage(`${article.title}. ${article.text}`, article.lang),
    sentences: sentenceList,
    wordCount: words(article.text).length,
    terms,
    lead: leadTerms,
    mentions,
    numbers: findNumbers(`${article.title}\n${article.text}`),
    contentHash: contentHash(article.title, article.text),
    minhash: minhash(article.text || article.title),
  };
}
