// One statement, many wordings: the same words of one speaker quoted by several outlets, translated by one
// and paraphrased by another, are shown as one statement with each outlet's wording. Two quotations are
// one statement when their speakers agree (or one is unknown) and their content words mostly coincide.
import type { FactStatus, FactVersion, StoryQuote } from '../model.js';
import { reportCount } from './reports.js';
import { containment, dice, sharedCount, stemSet } from './wording.js';

export interface QuoteItem extends FactVersion {
  speaker: string | null;
  speakerKey: string | null;
  direct: boolean;
}

/** Share of content words two wordings of one statement keep in common, at the least. */
const SAME_STATEMENT = 0.5;
/** A partial quotation (one outlet quotes a part of what another quotes whole) inside the longer one. */
const PART_OF_STATEMENT = 0.75;
const PART_MIN_SHARED = 5;
/** Stems shared by more quotations than this say nothing about which two belong together ("china", "said"). */
const COMMON_STEM = 200;

const NEGATION = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', "n't", 'n’t']);
const FIGURE_WORD = /^\d/u;

interface Prepared {
  item: QuoteItem;
  stems: Set<string>;
}

function speakersAgree(a: QuoteItem, b: QuoteItem): boolean {
  if (a.speakerKey && b.speakerKey) return a.speakerKey === b.speakerKey;
  if (a.speakerKey || b.speakerKey) return true;
  // Neither speaker is a known entity: the names as written must agree where both are given.
  return !a.speaker || !b.speaker || a.speaker.toLowerCase() === b.speaker.toLowerCase();
}

function sameStatement(a: Prepared, b: Prepared): boolean {
  if (a.item.articleId === b.item.articleId || !speakersAgree(a.item, b.item)) return false;
  const least = Math.min(a.stems.size, b.stems.size);
  // A quoted phrase of a word or two ("war machine") is the same statement only word for word.
  if (least < 3) return least > 0 && a.stems.size === b.stems.size && sharedCount(a.stems, b.stems) === least && a.item.speakerKey !== null && a.item.speakerKey === b.item.speakerKey;
  if (dice(a.stems, b.stems) >= SAME_STATEMENT) return true;
  return sharedCount(a.stems, b.stems) >= PART_MIN_SHARED && containment(a.stems, b.stems) >= PART_OF_STATEMENT;
}

/** Pairs of quotations that share at least two content stems: the only ones worth comparing. */
function candidatePairs(prepared: readonly Prepared[]): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    for (const s of p.stems) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < prepared.length; i++) {
    const shared = new Map<number, number>();
    for (const s of (prepared[i] as Prepared).stems) {
      const list = postings.get(s) as number[];
      if (list.length > COMMON_STEM) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) if (n >= 2 || Math.min((prepared[i] as Prepared).stems.size, (prepared[j] as Prepared).stems.size) < 3) pairs.push([i, j]);
  }
  return pairs;
}

function find(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] as number;
  while (parent[i] !== r) {
    const next = parent[i] as number;
    parent[i] = r;
    i = next;
  }
  return r;
}

/** The words of a quotation in lower case, "doesn't" as "does" and "n't". */
function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/n['’]t\b/gu, " n't").match(/[\p{L}\p{N}'’.,]+/gu)?.map((w) => w.replace(/[.,]$/u, '')) ?? [];
}

/** Words of `a` that `b` lacks, counted as a multiset. */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const w of b) left.set(w, (left.get(w) ?? 0) + 1);
  const out: string[] = [];
  for (const w of a) {
    const n = left.get(w) ?? 0;
    if (n > 0) left.set(w, n - 1);
    else out.push(w);
  }
  return out;
}

/** At most this many words differ between two quotations of the same words that one outlet got wrong. */
const MISQUOTE_WORDS = 4;

/**
 * Two direct quotations of one statement that differ in substance: the same words but for a few, and
 * those few negate what the other affirms ("will" / "will not") or change a figure. A translation or a
 * paraphrase differs in many words, and a partial quotation lacks whole clauses: neither is judged so,
 * they are shown side by side.
 */
function misquoted(wa: readonly string[], wb: readonly string[]): boolean {
  const onlyA = missingFrom(wa, wb);
  const onlyB = missingFrom(wb, wa);
  const changed = [...onlyA, ...onlyB];
  if (!changed.length || changed.length > MISQUOTE_WORDS) return false;
  return changed.some((w) => NEGATION.has(w) || FIGURE_WORD.test(w));
}

function differInSubstance(versions: readonly Prepared[], reports: ReadonlyMap<number, number>): boolean {
  // Republished copies repeat one wording: each distinct wording is held up against the others once.
  const wordings = new Map<string, Set<number>>();
  for (const v of versions) {
    if (!v.item.direct) continue;
    const key = wordsOf(v.item.text).join(' ');
    const from = wordings.get(key) ?? new Set<number>();
    from.add(reports.get(v.item.articleId) ?? v.item.articleId);
    wordings.set(key, from);
  }
  const list = [...wordings].map(([key, from]) => ({ words: key.split(' '), from }));
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i] as { words: string[]; from: Set<number> };
      const b = list[j] as { words: string[]; from: Set<number> };
      const otherReport = [...a.from].some((r) => [...b.from].some((q) => q !== r));
      if (otherReport && misquoted(a.words, b.words)) return true;
    }
  }
  return false;
}

const STATUS_ORDER: Record<FactStatus, number> = { conflict: 0, corroborated: 1, 'single-source': 2 };

/** The story's statements: quotations grouped across outlets, disputed and corroborated ones first. */
export function alignQuotes(items: readonly QuoteItem[], reports: ReadonlyMap<number, number>): StoryQuote[] {
  const prepared = items.map((item) => ({ item, stems: stemSet(item.text) }));
  const parent = prepared.map((_, i) => i);
  for (const [i, j] of candidatePairs(prepared)) {
    if (sameStatement(prepared[i] as Prepared, prepared[j] as Prepared)) parent[find(parent, i)] = find(parent, j);
  }
  const groups = new Map<number, Prepared[]>();
  prepared.forEach((p, i) => {
    const root = find(parent, i);
    const g = groups.get(root);
    if (g) g.push(p);
    else groups.set(root, [p]);
  });
  const out: StoryQuote[] = [];
  for (const group of groups.values()) {
    const versions = group.map((p) => p.item).sort((a, b) => a.articleId - b.articleId);
    const n = reportCount(versions.map((v) => v.articleId), reports);
    const named = versions.find((v) => v.speakerKey) ?? versions.find((v) => v.speaker);
    const status: FactStatus = n > 1 && differInSubstance(group, reports) ? 'conflict' : n > 1 ? 'corroborated' : 'single-source';
    out.push({
      speaker: named?.speaker ?? null,
      speakerKey: named?.speakerKey ?? null,
      direct: versions.some((v) => v.direct),
      status,
      reports: n,
      versions: versions.map(({ articleId, outlet, copyOf, text, sentence }) => ({ articleId, outlet, copyOf, text, sentence })),
    });
  }
  const first = (q: StoryQuote): number => (q.versions[0] as FactVersion).articleId;
  return out.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.reports - a.reports || first(a) - first(b));
}
