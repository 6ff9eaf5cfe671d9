// One statement, many wordings: the same words of one speaker quoted by several outlets, translated by one
// and paraphrased by another, are shown as one statement with each outlet's wording. Two quotations are
// one statement when their speakers agree (or one is unknown) and their content words mostly coincide.
import { readNumberWords } from '../analyze/number-words.js';
import type { FactStatus, FactVersion, StoryQuote } from '../model.js';
import { Groups, pairsSharingKeys } from '../util/groups.js';
import { reportCount } from './reports.js';
import { STATUS_ORDER } from './status.js';
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

/** Words that turn a statement around: shared with the summary, which never cites a negation for an affirmation. */
export const NEGATION: ReadonlySet<string> = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor']);

interface Prepared {
  item: QuoteItem;
  stems: Set<string>;
}

/** Speakers written as names but not known as entities must agree as written, where both are given. */
function namesAgree(a: QuoteItem, b: QuoteItem): boolean {
  if (a.speakerKey || b.speakerKey) return true;
  return !a.speaker || !b.speaker || a.speaker.toLowerCase() === b.speaker.toLowerCase();
}

function sameStatement(a: Prepared, b: Prepared): boolean {
  if (a.item.articleId === b.item.articleId || !namesAgree(a.item, b.item)) return false;
  const least = Math.min(a.stems.size, b.stems.size);
  // A quoted phrase of a word or two ("war machine") is the same statement only word for word, by one named speaker.
  if (least < 3) return least > 0 && a.stems.size === b.stems.size && sharedCount(a.stems, b.stems) === least && a.item.speakerKey !== null && a.item.speakerKey === b.item.speakerKey;
  if (dice(a.stems, b.stems) >= SAME_STATEMENT) return true;
  return sharedCount(a.stems, b.stems) >= PART_MIN_SHARED && containment(a.stems, b.stems) >= PART_OF_STATEMENT;
}

/**
 * A quotation's words as compared for misquotation: lower case, contractions spelt out ("don't" → "do not",
 * "cannot" → "can not"), numbers in words as digits and digits without separators ("five" and "5", "1,000"
 * and "1000" are one word), so that house style is never taken for a change of words.
 */
export function comparableWords(text: string): string[] {
  const raw = text
    .toLowerCase()
    .replace(/[‘’]/gu, "'")
    .replace(/\bcannot\b/gu, 'can not')
    .replace(/\bwon't\b/gu, 'will not')
    .replace(/\bcan't\b/gu, 'can not')
    .replace(/n't\b/gu, ' not')
    .match(/[\p{L}\p{N}'.,]+/gu) ?? [];
  const words = raw.map((w) => w.replace(/[.,']+$/u, '').replace(/^'+/u, '')).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (/^\d[\d,]*(?:\.\d+)?$/u.test(w)) {
      out.push(String(Number(w.replace(/,/gu, ''))));
      continue;
    }
    const n = readNumberWords(words, i);
    if (n && n.used > 0 && !n.fraction) {
      out.push(String(n.value));
      i += n.used - 1;
      continue;
    }
    out.push(w);
  }
  return out;
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

/** At most this many words differ on each side between two quotations of the same words that one outlet got wrong. */
const MISQUOTE_WORDS = 3;
const FIGURE = /^\d/u;

/**
 * Two direct quotations of the same words by the same speaker that differ in substance: a few words of one
 * are replaced in the other, and the replacement turns a negation around ("will" / "will not") or changes a
 * figure ("40" / "400"). A translation or a paraphrase differs in many words, and a partial quotation only
 * lacks words (it replaces none): neither is judged so; they are shown side by side.
 */
export function misquoted(a: readonly string[], b: readonly string[]): boolean {
  // One quotation is the start or the end of the other: an excerpt, not a change of words.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const cut = long.length - short.length;
  if (short.every((w, i) => long[i] === w) || short.every((w, i) => long[i + cut] === w)) return false;
  const onlyA = missingFrom(a, b);
  const onlyB = missingFrom(b, a);
  if (onlyA.length > MISQUOTE_WORDS || onlyB.length > MISQUOTE_WORDS) return false;
  const negA = onlyA.some((w) => NEGATION.has(w));
  const negB = onlyB.some((w) => NEGATION.has(w));
  // A negation is added or dropped: the rest of the words the same, at most a verb form changed with it.
  if (negA !== negB && Math.abs(a.length - b.length) <= MISQUOTE_WORDS) return Math.min(a.length, b.length) >= 4;
  // A figure replaced by another.
  return onlyA.some((w) => FIGURE.test(w)) && onlyB.some((w) => FIGURE.test(w));
}

function differInSubstance(group: readonly Prepared[], reports: ReadonlyMap<number, number>): boolean {
  // Only the same known speaker can be misquoted; republished copies repeat one wording, judged once.
  const wordings = new Map<string, { words: string[]; from: Set<number>; speakerKey: string }>();
  for (const { item } of group) {
    if (!item.direct || !item.speakerKey) continue;
    const words = comparableWords(item.text);
    const key = `${item.speakerKey}\n${words.join(' ')}`;
    const w = wordings.get(key) ?? { words, from: new Set<number>(), speakerKey: item.speakerKey };
    w.from.add(reports.get(item.articleId) ?? item.articleId);
    wordings.set(key, w);
  }
  const list = [...wordings.values()];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i] as (typeof list)[number];
      const b = list[j] as (typeof list)[number];
      if (a.speakerKey !== b.speakerKey) continue;
      const otherReport = [...a.from].some((r) => [...b.from].some((q) => q !== r));
      if (otherReport && misquoted(a.words, b.words)) return true;
    }
  }
  return false;
}

/** The story's statements: quotations grouped across outlets, disputed and corroborated ones first. */
export function alignQuotes(items: readonly QuoteItem[], reports: ReadonlyMap<number, number>): StoryQuote[] {
  const prepared = items.map((item) => ({ item, stems: stemSet(item.text) }));
  const groups = new Groups(prepared.length);
  // The known speakers of each group: a quotation whose speaker is unknown may join a group, but never
  // join two groups of different speakers into one.
  const speakersOf = new Map<number, Set<string>>(prepared.map((p, i) => [i, new Set(p.item.speakerKey ? [p.item.speakerKey] : [])]));
  const pairs = pairsSharingKeys(prepared.map((p) => p.stems), COMMON_STEM);
  for (const [i, j] of pairs) {
    const a = prepared[i] as Prepared;
    const b = prepared[j] as Prepared;
    // Pairs from the index share a stem; a statement needs two, or a phrase of a word or two.
    if (Math.min(a.stems.size, b.stems.size) >= 3 && sharedCount(a.stems, b.stems) < 2) continue;
    if (!sameStatement(a, b)) continue;
    const ri = groups.find(i);
    const rj = groups.find(j);
    if (ri === rj) continue;
    const si = speakersOf.get(ri) as Set<string>;
    const sj = speakersOf.get(rj) as Set<string>;
    if (si.size && sj.size && ![...si].every((k) => sj.has(k))) continue;
    groups.join(i, j);
    const root = groups.find(i);
    speakersOf.set(root, new Set([...si, ...sj]));
  }
  const out: StoryQuote[] = [];
  for (const members of groups.members()) {
    const group = members.map((i) => prepared[i] as Prepared);
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
      versions: versions.map(({ articleId, outlet, copyOf, text, sentence, direct }) => ({ articleId, outlet, copyOf, text, sentence, direct })),
    });
  }
  const first = (q: StoryQuote): number => q.versions[0]?.articleId ?? 0;
  return out.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.reports - a.reports || first(a) - first(b));
}
