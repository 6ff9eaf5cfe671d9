// A story's facts across its outlets: who it is about, what was said and by whom (each statement with every
// outlet's wording), the figures (agreed, single-source or disputed), and a summary that cites its sources.
// It works from each article's own facts (analyze/facts.ts) and the copy links the story engine found.
import { entityFor, mergeEntities } from '../analyze/entities.js';
import { compareClaims } from '../analyze/claims.js';
import { sentences } from '../analyze/tokens.js';
import type { ArticleFacts, Entity, FactStatus, StoryFacts } from '../model.js';
import { type ClaimItem, tabulateClaims } from './claim-table.js';
import { alignQuotes, type QuoteItem } from './quote-alignment.js';
import { reportsOf } from './reports.js';
import { citedSummary, type SummaryArticle } from './summary.js';

export interface FactArticle extends SummaryArticle {
  facts: ArticleFacts;
}

/** A quotation of fewer words than this, with no named speaker, is a phrase in quotation marks, not a statement. */
const MIN_UNNAMED_QUOTE_WORDS = 4;
/**
 * A cue that ends in a preposition is a noun ("concerns about", "support for", "criticism of"): it reports
 * a stance, which the quote finder is right to find, but not a statement whose words a reader could compare.
 */
const NOUN_CUE = /\b(?:about|for|of|over|on|with|against|in|to)$/iu;
const ACCORDING_TO = /\baccording to$/iu;

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
  const last = [...spans].reverse().find((s) => s[0] < end);
  if (!first || !last) return text.slice(start, end);
  return text.slice(Math.min(first[0], start), Math.max(last[1], end));
}

function wordCount(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
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

  const speakerOf = (name: string | null): { speaker: string | null; speakerKey: string | null } => {
    if (!name) return { speaker: null, speakerKey: null };
    const e: Entity | null = entityFor(name, merged.entities);
    return e ? { speaker: e.name, speakerKey: e.key } : { speaker: name, speakerKey: null };
  };

  const quotes: QuoteItem[] = [];
  const claims: ClaimItem[] = [];
  for (const a of articles) {
    const spans = sentenceSpans(a.text);
    for (const q of a.facts.attributions) {
      const text = a.text.slice(q.content[0], q.content[1]).trim();
      const who = speakerOf(q.speaker);
      // Reported speech without a speaker says nothing about who said it.
      if (!text || (!who.speaker && (!q.direct || wordCount(text) < MIN_UNNAMED_QUOTE_WORDS))) continue;
      const cue = q.cue ? a.text.slice(q.cue[0], q.cue[1]) : '';
      if (!q.direct && NOUN_CUE.test(cue) && !ACCORDING_TO.test(cue)) continue;
      quotes.push({ articleId: a.id, outlet: a.outlet, copyOf: a.copyOf, text, sentence: sentenceOf(a.text, spans, q.content), direct: q.direct, ...who });
    }
    for (const c of a.facts.claims) {
      const claim = { ...c, speaker: speakerOf(c.speaker).speaker };
      claims.push({ articleId: a.id, outlet: a.outlet, copyOf: a.copyOf, text: c.surface, sentence: a.text.slice(c.sentence[0], c.sentence[1]), claim });
    }
  }
  const storyQuotes = alignQuotes(quotes, reports);
  const storyClaims = tabulateClaims(claims, reports, compareClaims);
  const tally: Record<FactStatus, number> = { corroborated: 0, 'single-source': 0, conflict: 0 };
  for (const f of [...storyQuotes, ...storyClaims]) tally[f.status]++;
  return { entities, quotes: storyQuotes, claims: storyClaims, summary: citedSummary(articles, reports), tally };
}
