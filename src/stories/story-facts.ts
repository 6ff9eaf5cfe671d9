// A story's facts across its outlets: who it is about, what was said and by whom (each statement with every
// outlet's wording), the figures (agreed, single-source or disputed), and a summary that cites its sources.
// It works from each article's own facts (analyze/facts.ts) and the copy links the story engine found.
import { entityIndex, mergeEntities } from '../analyze/entities.js';
import { compareClaims } from '../analyze/claims.js';
import { sentences } from '../analyze/tokens.js';
import type { ArticleFacts, Entity, FactStatus, StoryFacts } from '../model.js';
import { type ClaimItem, tabulateClaims } from './claim-table.js';
import { alignQuotes, type QuoteItem } from './quote-alignment.js';
import { reportsOf } from './reports.js';
import { citedSummary, type SummaryArticle } from './summary.js';
import { wordCount } from './wording.js';

export interface FactArticle extends SummaryArticle {
  facts: ArticleFacts;
  /** When the article was published (ISO 8601), if known: a figure that moved is told from a dispute by it. */
  published?: string | null;
}

/** A quotation of fewer words than this, with no named speaker, is a phrase in quotation marks, not a statement. */
const MIN_UNNAMED_QUOTE_WORDS = 4;
/**
 * A cue that ends in a preposition is a noun ("concerns about", "support for", "criticism of"): it reports
 * a stance, which the quote finder is right to find, but not a statement whose words a reader could compare.
 */
const NOUN_CUE = /\b(?:about|for|of|over|on|with|against|in|to)$/iu;
const ACCORDING_TO = /\baccording to$/iu;
/** Longest wording of a speaker shown as written, when the speaker is no known entity. */
const MAX_WRITTEN_SPEAKER_WORDS = 5;
const PRONOUN = /^(?:he|she|they|it|we|i|you|his|her|their|its)$/iu;

/** The sentences of a text as [start, end) offsets, in order. */
function sentenceSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const s of sentences(text)) {
    const start = text.indexOf(s, at);
    if (start < 0) continue;
    out.push([start, start + s.length]);
    at = start + s.length;
  }
  return out;
}

/** The text of the sentences that hold [start, end). */
function sentenceOf(text: string, spans: ReadonlyArray<[number, number]>, [start, end]: [number, number]): string {
  const first = spans.find((s) => s[1] > start);
  const last = spans.findLast((s) => s[0] < end);
  if (!first || !last) return text.slice(start, end);
  return text.slice(Math.min(first[0], start), Math.max(last[1], end));
}

/**
 * A quotation split by its tag, as a reader is shown it and as outlets' wordings are compared: the words
 * inside the marks, the tag left out ("“A,” she said. “B.”" → "A … B."; after a full stop only a space).
 */
function quotedWords(text: string, pieces: ReadonlyArray<[number, number]>): string {
  return pieces.map(([s, e]) => text.slice(s, e).trim()).filter(Boolean).reduce((out, piece) => (out ? `${out}${/[.?!…]["”’']?$/u.test(out) ? ' ' : ' … '}${piece}` : piece), '');
}

/** Everything the story's outlets say, compared fact by fact. */
export function storyFacts(articles: readonly FactArticle[]): StoryFacts {
  const reports = reportsOf(articles);
  const merged = mergeEntities(articles.map((a) => a.facts.entities));
  const named = new Map<number, Set<number>>();
  articles.forEach((a, i) => {
    for (const e of merged.index[i] ?? []) {
      const roots = named.get(e) ?? new Set<number>();
      roots.add(reports.get(a.id) ?? a.id);
      named.set(e, roots);
    }
  });
  const entities = merged.entities
    .map((e, i) => ({ name: e.name, type: e.type, key: e.key, aliases: e.aliases, roles: e.roles, reports: named.get(i)?.size ?? 0, count: e.count }))
    .sort((a, b) => b.reports - a.reports || b.count - a.count || a.name.localeCompare(b.name))
    .map(({ count: _count, ...e }) => e);

  // Speakers repeat: each name is looked up once per story, in an index built once.
  const lookup = entityIndex(merged.entities);
  const looked = new Map<string, Entity | null>();
  const entityNamed = (name: string): Entity | null => {
    let e = looked.get(name);
    if (e === undefined) {
      e = lookup(name);
      looked.set(name, e);
    }
    return e;
  };
  /**
   * The speaker as the story knows them. A place speaks only when the text names it as the speaker
   * ("China said"): a pronoun or a phrase that the quote finder resolved to a place ("he" after a sentence
   * about Norway, "Police in western Norway") is not that place. A name that is no known entity is shown as
   * the words that name the speaker, where they are short ("Police in western Norway", not "Norway").
   */
  const speakerOf = (name: string | null, source: string | null): { speaker: string | null; speakerKey: string | null } => {
    if (!name) return { speaker: null, speakerKey: null };
    const written = source ? source.replace(/^(?:the|a|an)\s+/iu, '').replace(/['’]s$/u, '').trim() : null;
    const e = entityNamed(name);
    if (e && (e.type !== 'place' || (written !== null && (written === e.name || e.aliases.includes(written))))) return { speaker: e.name, speakerKey: e.key };
    if (e?.type === 'place') return written && /^\p{Lu}/u.test(written) && wordCount(written) <= MAX_WRITTEN_SPEAKER_WORDS && !PRONOUN.test(written) ? { speaker: written, speakerKey: null } : { speaker: null, speakerKey: null };
    if (written && !PRONOUN.test(written) && written !== name && written.includes(name) && wordCount(written) <= MAX_WRITTEN_SPEAKER_WORDS) return { speaker: written, speakerKey: null };
    return { speaker: name, speakerKey: null };
  };

  const quotes: QuoteItem[] = [];
  const claims: ClaimItem[] = [];
  for (const a of articles) {
    const spans = sentenceSpans(a.text);
    for (const q of a.facts.attributions) {
      const text = (q.quoted ? quotedWords(a.text, q.quoted) : a.text.slice(q.content[0], q.content[1])).trim();
      const who = speakerOf(q.speaker, q.source ? a.text.slice(q.source[0], q.source[1]) : null);
      // Reported speech without a speaker says nothing about who said it.
      if (!text || (!who.speaker && (!q.direct || wordCount(text) < MIN_UNNAMED_QUOTE_WORDS))) continue;
      const cue = q.cue ? a.text.slice(q.cue[0], q.cue[1]) : '';
      if (!q.direct && NOUN_CUE.test(cue) && !ACCORDING_TO.test(cue)) continue;
      quotes.push({ articleId: a.id, outlet: a.outlet, copyOf: a.copyOf, text, sentence: sentenceOf(a.text, spans, q.content), direct: q.direct, ...who });
    }
    for (const c of a.facts.claims) {
      const claim = { ...c, speaker: speakerOf(c.speaker, c.speaker).speaker };
      claims.push({ articleId: a.id, outlet: a.outlet, copyOf: a.copyOf, text: c.surface, sentence: a.text.slice(c.sentence[0], c.sentence[1]), claim, published: a.published ?? null });
    }
  }
  const storyQuotes = alignQuotes(quotes, reports);
  const storyClaims = tabulateClaims(claims, reports, compareClaims);
  const tally: Record<FactStatus, number> = { corroborated: 0, 'single-source': 0, conflict: 0, updated: 0 };
  for (const f of [...storyQuotes, ...storyClaims]) tally[f.status]++;
  return { entities, quotes: storyQuotes, claims: storyClaims, summary: citedSummary(articles, reports), tally };
}
