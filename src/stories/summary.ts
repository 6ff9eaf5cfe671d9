// A story in a few sentences, each one a sentence an outlet wrote, and each citing every outlet whose
// report says the same. Sentences that several independent reports state come first; a lead sentence
// (where news states its event) beats one from further down; a sentence that repeats one already chosen
// is passed over; and the picks are spread over the reports rather than taken from one.
import type { CitedSentence } from '../model.js';
import { sentences } from '../analyze/tokens.js';
import { postingsOf } from '../util/groups.js';
import { comparableWords, NEGATION } from './quote-alignment.js';
import { sameWording } from './wordings.js';
import { dice, rarityWeights, sharedCount, stemSet, weightedOverlap, wordCount } from './wording.js';

export interface SummaryArticle {
  id: number;
  outlet: string;
  copyOf: number | null;
  text: string;
}

const MOST = 5;
const LEAST = 3;
/** Candidates are read from the top of each report: news puts what matters first. */
const CANDIDATES_PER_REPORT = 30;
/** Candidates come from this many reports at most, the first in the story; every report still counts as a source. */
const CANDIDATE_REPORTS = 40;
const MIN_WORDS = 8;
const MAX_WORDS = 55;
/**
 * Two sentences state the same thing when this share of their content words, weighted by rarity in the
 * story, is common to both: rewordings of one fact score 0.37–0.63 on the project's test stories, sentences
 * that merely share the story's actors and topic below 0.35.
 */
const SAME_SENTENCE = 0.36;
const SAME_SENTENCE_MIN_SHARED = 3;
const SAME_SENTENCE_CONTAINED = 0.7;
const CONTAINED_MIN_SHARED = 5;
/** A chosen sentence this close to an earlier choice would repeat it. */
const REDUNDANT = 0.35;
const LEAD_BONUS = [0.6, 0.35, 0.15];
/** The sentences of a report that make its lead. */
const LEAD_SENTENCES = 2;
// A sentence that opens on a pronoun or a connective leans on the one before it, which the summary lacks.
const LEANS_BACK = /^(?:he|she|they|it|this|that|these|those|his|her|their|its|but|and|also|however|meanwhile|still|yet|so)\b/iu;
const OPENS_QUOTE = /^["“‘«„']/u;

interface Candidate {
  article: SummaryArticle;
  report: number;
  position: number;
  text: string;
  stems: Set<string>;
  /** Articles (the sentence's own first) whose text states it. */
  sources: SummaryArticle[];
  reports: number;
  score: number;
}

/** A sentence cut out of a longer quotation opens a quotation it never closes, or closes one it never opened. */
function balancedQuotes(s: string): boolean {
  const count = (re: RegExp): number => (s.match(re) ?? []).length;
  return count(/“/gu) === count(/”/gu) && count(/"/gu) % 2 === 0 && count(/«/gu) === count(/»/gu);
}

/**
 * A sentence that opens with a quotation stands alone only when it names who spoke after it ("…,” said Ana
 * Ruiz"); "…,” he said" or a quotation with no tag leans on a sentence the summary does not have.
 */
function quotesAName(s: string): boolean {
  if (!OPENS_QUOTE.test(s)) return true;
  const close = Math.max(s.lastIndexOf('”'), s.lastIndexOf('"'), s.lastIndexOf('’'), s.lastIndexOf('»'));
  const tag = close > 0 ? s.slice(close + 1) : '';
  return /\p{Lu}\p{Ll}/u.test(tag) && !/^[\s,]*(?:\p{Ll}+\s+)?(?:he|she|they|it|we|I)\b/u.test(tag);
}

function usable(s: string): boolean {
  const n = wordCount(s);
  if (n < MIN_WORDS || n > MAX_WORDS || !balancedQuotes(s) || !quotesAName(s)) return false;
  if (/[?:]["”’]?$/u.test(s) || /^[(\p{Ll}]/u.test(s)) return false;
  return /[.!]["”’)]?$/u.test(s);
}

type Weight = (stem: string) => number;

function states(a: Set<string>, b: Set<string>, weight: Weight): boolean {
  // The plain count first: it rules out most pairs, and costs no weights.
  const shared = sharedCount(a, b);
  if (shared < SAME_SENTENCE_MIN_SHARED) return false;
  const o = weightedOverlap(a, b, weight);
  return o.dice >= SAME_SENTENCE || (shared >= CONTAINED_MIN_SHARED && o.containment >= SAME_SENTENCE_CONTAINED);
}

/** A sentence as the story's articles write it: copies repeat it word for word, and it is read once. */
interface Distinct {
  text: string;
  stems: Set<string>;
  /** The figures the sentence writes in digits ("312", "1400"). */
  figures: Set<string>;
  /** Whether it negates or denies what it states. */
  negative: boolean;
  /** The articles that print it, in story order. */
  articles: SummaryArticle[];
  /** The articles that state it, its own first, once worked out. */
  statedBy?: SummaryArticle[];
}

const YEAR = /^(?:1[89]|20)\d\d$/u;
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/u;

/**
 * The figures a sentence gives, as numbers: in digits ("1,400" as 1400) or in words ("four hundred and
 * fifty"), years and days of the month left out: a date shared is no figure agreed on.
 */
function figuresOf(text: string): Set<string> {
  const words = comparableWords(text);
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (!/^\d/u.test(w) || YEAR.test(w)) return;
    if (MONTH.test(words[i - 1] ?? '') || MONTH.test(words[i + 1] ?? '') || (words[i + 1] === 'of' && MONTH.test(words[i + 2] ?? ''))) return;
    out.add(w);
  });
  return out;
}

/** Two sentences that both give figures, none of them the same, do not state one fact: "312 were evacuated" is no source for "450 were". */
function figuresAgree(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (!a.size || !b.size) return true;
  for (const f of a) if (b.has(f)) return true;
  return false;
}

const DENIAL_VERBS = new Set(['refused', 'refuses', 'denied', 'denies', 'declined', 'declines', 'rejected', 'rejects']);

/** Whether the sentence negates or denies: "he resigned" is no source for "he refused to resign". */
function negates(text: string): boolean {
  return comparableWords(text).some((w) => NEGATION.has(w) || DENIAL_VERBS.has(w));
}

/** The articles that state what `d` states: those that print it, then those with a sentence that says the same. */
function statedBy(d: Distinct, all: readonly Distinct[], postings: ReadonlyMap<string, number[]>, weight: Weight): SummaryArticle[] {
  if (d.statedBy) return d.statedBy;
  const shared = new Map<number, number>();
  // A stem in a quarter of the story's sentences ("said", the country's name) finds nothing in particular.
  const common = Math.max(50, all.length / 4);
  for (const stem of d.stems) {
    const list = postings.get(stem) ?? [];
    if (list.length <= common) for (const i of list) shared.set(i, (shared.get(i) ?? 0) + 1);
  }
  const found = new Map<number, SummaryArticle>(d.articles.map((a) => [a.id, a]));
  const others: SummaryArticle[] = [];
  for (const [i, n] of shared) {
    const s = all[i] as Distinct;
    if (n < 2 || s === d || s.articles.every((a) => found.has(a.id))) continue;
    if (d.negative !== s.negative || !states(d.stems, s.stems, weight) || !figuresAgree(d.figures, s.figures)) continue;
    for (const a of s.articles) {
      if (found.has(a.id)) continue;
      found.set(a.id, a);
      others.push(a);
    }
  }
  d.statedBy = [...d.articles, ...others.sort((a, b) => a.id - b.id)];
  return d.statedBy;
}

const QUOTED = /[“"«„]([^”"»“]{3,})[”"»“]/gu;

/**
 * The words a sentence quotes, when it quotes some: another outlet states the sentence only if it carries
 * the same words, not merely the same speaker and tag ("…,” union leader Tomás Lobo said).
 */
function quotedWords(text: string): string | null {
  const parts = [...text.matchAll(QUOTED)].map((m) => m[1] as string);
  const words = parts.join(' ');
  return wordCount(words) >= 3 ? words : null;
}

/** The story's sentences, each once, and each article's sentences in its order. */
function distinctSentences(articles: readonly SummaryArticle[]): { all: Distinct[]; of: Map<number, Distinct[]> } {
  const byText = new Map<string, Distinct>();
  const of = new Map<number, Distinct[]>();
  for (const article of articles) {
    const own: Distinct[] = [];
    for (const text of sentences(article.text)) {
      const key = sameWording(text);
      let d = byText.get(key);
      if (!d) {
        d = { text, stems: stemSet(quotedWords(text) ?? text), figures: figuresOf(text), negative: negates(text), articles: [] };
        byText.set(key, d);
      }
      if (!d.articles.includes(article)) d.articles.push(article);
      own.push(d);
    }
    of.set(article.id, own);
  }
  return { all: [...byText.values()], of };
}

/** The story's cited summary: three to five sentences (fewer only when its reports hold fewer). */
export function citedSummary(articles: readonly SummaryArticle[], reports: ReadonlyMap<number, number>): CitedSentence[] {
  const { all, of } = distinctSentences(articles);
  // Sentences by content stem, so that a candidate is held up only against sentences that share words with it.
  const postings = postingsOf(all.map((s) => s.stems));
  const weight = rarityWeights(all.map((s) => s.stems));
  const candidates: Candidate[] = [];
  // A copy's sentences are its original's: each report offers the sentences of its first article in the
  // story (its original, or the earliest copy when the original is in another story).
  const offered = new Set<number>();
  const originals = articles.filter((a) => {
    const report = reports.get(a.id) ?? a.id;
    if (offered.has(report)) return false;
    offered.add(report);
    return true;
  });
  for (const article of originals.slice(0, CANDIDATE_REPORTS)) {
    (of.get(article.id) ?? []).slice(0, CANDIDATES_PER_REPORT).forEach((s, position) => {
      if (!usable(s.text)) return;
      // The sentence is cited as the article's own, whoever else prints it.
      const sources = [article, ...statedBy(s, all, postings, weight).filter((a) => a !== article)];
      const n = new Set(sources.map((a) => reports.get(a.id) ?? a.id)).size;
      const score = n + (LEAD_BONUS[position] ?? 0) - (LEANS_BACK.test(s.text) ? 0.8 : 0) - (OPENS_QUOTE.test(s.text) ? 0.3 : 0);
      candidates.push({ article, report: reports.get(article.id) ?? article.id, position, text: s.text, stems: s.stems, sources, reports: n, score });
    });
  }
  const chosen: Candidate[] = [];
  const pool = [...candidates];
  const hasLead = pool.some((c) => c.position < LEAD_SENTENCES && !LEANS_BACK.test(c.text));
  while (chosen.length < MOST && pool.length) {
    let best = -1;
    let bestScore = -Infinity;
    pool.forEach((c, i) => {
      // The summary opens as news does, with a report's lead, where one is fit to stand alone.
      if (!chosen.length && c.position >= LEAD_SENTENCES && hasLead) return;
      // Spread the picks: each earlier pick from the same report costs a little.
      const score = c.score - 0.4 * chosen.filter((p) => p.report === c.report).length;
      if (score > bestScore || (score === bestScore && c.article.id < (pool[best] as Candidate).article.id)) {
        best = i;
        bestScore = score;
      }
    });
    if (best < 0) break;
    const pick = pool.splice(best, 1)[0] as Candidate;
    if (chosen.some((c) => dice(c.stems, pick.stems) >= REDUNDANT)) continue;
    // Past the least, only what more than one report states is worth the reader's time.
    if (chosen.length >= LEAST && pick.reports < 2) continue;
    if (chosen.length === 0 && LEANS_BACK.test(pick.text)) continue;
    chosen.push(pick);
  }
  return chosen.map((c) => ({
    text: c.text,
    articleId: c.article.id,
    sources: c.sources.map((a) => ({ articleId: a.id, outlet: a.outlet })),
  }));
}
