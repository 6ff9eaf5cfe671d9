// `crosswire eval quotes`: who said what, scored against PolNeAR-format gold attributions.
//
// The metric, precisely:
// - Content spans are compared by their core: the span with leading and trailing whitespace, quotation marks
//   and punctuation trimmed off (so `“No,”` and `No` are the same span; the gold marks quotes with their
//   quotation marks, an extractor may not).
// - A predicted content span matches a gold one when their overlap is at least 50% of the LONGER of the two
//   cores. The rule is symmetric, and one long prediction cannot match several short golds (nor the reverse).
// - Matching is one to one, greedy by largest overlap (ties: the closer lengths, then text order). TP = matched
//   pairs; precision = TP / predicted, recall = TP / gold, F1 their harmonic mean; micro, summed over all rows
//   that carry `attributions` (rows without them are predicted all the same, and left out of the metrics).
// - Speaker accuracy, over the matched pairs whose gold has a source span: correct when the predicted source
//   span matches the gold source span by the content rule (cores overlapping by half the longer one), or
//   when the predicted `speaker` (at most six words) ends with the name at the head of the gold source (before
//   any appositive: its last run of capitalised words less titles and pronouns; gold "Mr. Blinken" or "Huma
//   Abedin, vice chairwoman of the campaign", speaker "Antony Blinken" or "Huma Abedin"). A gold
//   pronoun or description ("he", "the mayor") is matched by its span only. (A first version accepted any
//   overlap and any speaker containing the gold's last word: a source over the whole text scored 1.0.)
// - Direct quotes: a gold attribution is direct when its content lies inside quotation marks (“ ” " « » „ ‘ ’ ‚):
//   the content starts with one (after spaces or an ellipsis) or one stands just before it (itself after a space, a
//   bracket or a dash, or at the start: a mark after a word closes the quotation before), and the content ends
//   with one (before trailing spaces and punctuation) or one follows it after at most three punctuation marks
//   (and a space, before a closing mark: French « ... »).
//   A prediction is direct when its `direct` is true and its content passes the same test. The subset is scored the same way: predicted-direct
//   against gold-direct, matched among themselves, with speaker accuracy on those pairs.
import { readFileSync } from 'node:fs';
import type { Attribution } from '../model.js';

export type Span = [number, number];

/** A gold attribution as PolNeAR gives it: `source` and `cue` may be null or missing. */
export interface GoldAttribution {
  content: Span;
  source?: Span | null;
  cue?: Span | null;
}

export interface QuoteRow {
  id: string;
  text: string;
  /** Absent: the row is predicted, not scored. */
  attributions?: GoldAttribution[];
  /** Gold attributions left out because their content span runs backwards (start > end). */
  dropped?: number;
}

export interface QuoteCounts {
  predicted: number;
  gold: number;
  matched: number;
  /** Matched pairs whose gold names a source. */
  speaker_total: number;
  speaker_correct: number;
}

export interface QuoteScores extends QuoteCounts {
  precision: number;
  recall: number;
  f1: number;
  /** speaker_correct / speaker_total; null when no matched pair has a gold source. */
  speaker_accuracy: number | null;
}

export interface QuoteMetrics {
  /** Rows with gold attributions. */
  rows: number;
  /** Gold attributions left out: their content span runs backwards (see readQuoteRows). */
  gold_dropped: number;
  all: QuoteScores;
  direct: QuoteScores;
}

export type Finder = (text: string) => Attribution[];

export interface QuoteEvalResult {
  articles: number;
  /** Rows whose finder threw: predicted as no attributions. */
  failed: Array<{ id: string; reason: string }>;
  /** Absent when no row carries `attributions`. */
  metrics?: QuoteMetrics;
  /** The finder alone (reading and scoring not). */
  seconds: number;
  predictions: Record<string, Attribution[]>;
}

const QUOTES = '“”"«»„‘’‚‹›';
// Two apostrophes stand for a double quotation mark in some wire copy (''Yes,'' he said).
const Q = `(?:[${QUOTES}]|'')`;
const OPENS_INSIDE = new RegExp(`^[\\s.…]*${Q}`, 'u');
// The mark before the span must itself open: at the text's start or after a space, a bracket or a dash.
// After a word or a full stop it closes the quotation before (“…reckless.” That, he said, …).
const OPENS_BEFORE = new RegExp(`[\\s(\\[—–-]${Q}[ \\t\\u00a0.…]*$`, 'u');
const CLOSES_INSIDE = new RegExp(`${Q}[\\s.,;:!?…]*$`, 'u');
// French spacing puts a (narrow) space before a closing guillemet: allowed before closing marks only.
const CLOSES_AFTER = new RegExp(`^[.,;:!?…—–-]{0,3}(?:${Q}|[ \\u00a0\\u202f][”»"’])`, 'u');
const EDGE = /[\s\p{P}\p{S}]/u;

function isSpan(x: unknown, length: number): x is Span {
  return Array.isArray(x) && x.length === 2 && x.every((n) => Number.isInteger(n) && 0 <= n && n <= length);
}

/**
 * The rows of a PolNeAR-format JSONL file, each checked to have an id, a text and spans inside the text.
 * Offsets are JavaScript string indices (UTF-16 units); PolNeAR's texts have no character outside the BMP, so
 * they are code points as well. A few PolNeAR content spans run backwards (start > end: the gap between the two
 * halves of a quote split by "he said", what is left of a discontinuous span): the true span cannot be recovered,
 * so such attributions are left out of the gold and counted in `dropped`. A backwards source or cue is read as none.
 */
export function readQuoteRows(path: string): QuoteRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      let row: { id?: unknown; text?: unknown; attributions?: unknown };
      try {
        row = JSON.parse(line) as typeof row;
      } catch (e) {
        throw new Error(`${path}:${n}: invalid JSON: ${(e as Error).message}`);
      }
      if (typeof row.id !== 'string' && typeof row.id !== 'number') throw new Error(`${path}:${n}: a row needs an "id"`);
      if (typeof row.text !== 'string') throw new Error(`${path}:${n}: a row needs a "text"`);
      const text = row.text;
      const out: QuoteRow = { id: String(row.id), text };
      if (row.attributions === undefined || row.attributions === null) return out;
      if (!Array.isArray(row.attributions)) throw new Error(`${path}:${n}: "attributions" must be a list`);
      const gold: GoldAttribution[] = [];
      let dropped = 0;
      row.attributions.forEach((a: { content?: unknown; source?: unknown; cue?: unknown }, k) => {
        const span = (x: unknown, field: string): Span | null => {
          if (x === undefined || x === null) return null;
          if (!isSpan(x, text.length)) throw new Error(`${path}:${n}: attribution ${k + 1}: "${field}" is not a [start, end] pair of offsets inside the text`);
          return x[0] <= x[1] ? [x[0], x[1]] : null;
        };
        if (a.content === undefined || a.content === null) throw new Error(`${path}:${n}: attribution ${k + 1} has no "content"`);
        const content = span(a.content, 'content');
        if (content) gold.push({ content, source: span(a.source, 'source'), cue: span(a.cue, 'cue') });
        else dropped++;
      });
      out.attributions = gold;
      if (dropped) out.dropped = dropped;
      return out;
    });
}

/** The span without leading and trailing whitespace, quotation marks and punctuation (the span itself if nothing is left). */
export function spanCore(text: string, [start, end]: Span): Span {
  let s = start;
  let e = end;
  while (s < e && EDGE.test(text[s] as string)) s++;
  while (e > s && EDGE.test(text[e - 1] as string)) e--;
  return s < e ? [s, e] : [start, end];
}

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** The overlap of two content spans' cores when it is at least half the longer core, else 0. */
export function contentOverlap(text: string, predicted: Span, gold: Span): number {
  const p = spanCore(text, predicted);
  const g = spanCore(text, gold);
  const o = overlap(p, g);
  const longer = Math.max(p[1] - p[0], g[1] - g[0]);
  return o > 0 && 2 * o >= longer ? o : 0;
}

/** One-to-one pairs [predicted index, gold index] of matching content spans, greedy by largest overlap. */
export function matchSpans(text: string, predicted: readonly Span[], gold: readonly Span[]): Array<[number, number]> {
  const candidates: Array<{ p: number; g: number; o: number; diff: number }> = [];
  predicted.forEach((ps, p) => {
    gold.forEach((gs, g) => {
      const o = contentOverlap(text, ps, gs);
      if (o > 0) candidates.push({ p, g, o, diff: Math.abs(ps[1] - ps[0] - (gs[1] - gs[0])) });
    });
  });
  candidates.sort((a, b) => b.o - a.o || a.diff - b.diff || a.g - b.g || a.p - b.p);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    pairs.push([c.p, c.g]);
  }
  return pairs.sort((a, b) => a[1] - b[1]);
}

/** Whether the content span lies inside quotation marks (see the top of the file). */
export function isDirectSpan(text: string, [start, end]: Span): boolean {
  const content = text.slice(start, end);
  if (!/[\p{L}\p{N}]/u.test(content)) return false;
  // The text's start counts as a space before the mark.
  const opens = OPENS_INSIDE.test(content) || OPENS_BEFORE.test(start < 5 ? ` ${text.slice(0, start)}` : text.slice(start - 5, start));
  const closes = CLOSES_INSIDE.test(content) || CLOSES_AFTER.test(text.slice(end, end + 4));
  return opens && closes;
}


function words(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/['’]s$/u, ''));
}

/** A name is at most this many words: a longer "speaker" string is not naming anyone in particular. */
const MAX_SPEAKER_WORDS = 6;

/**
 * Whether a prediction names the gold attribution's speaker (false when the gold names none): its source
 * span matches the gold's by the content rule (cores overlapping by half the longer one), or its resolved
 * name ends with the same proper name as the gold's source ("Antony Blinken" for "Mr. Blinken"). A
 * pronoun or a common noun in the gold ("he", "the campaign") can only be matched by its span: a name
 * string says nothing about which "he" was meant.
 */
export function speakerCorrect(text: string, gold: GoldAttribution, predicted: Pick<Attribution, 'source' | 'speaker'>): boolean {
  const g = gold.source;
  if (!g) return false;
  if (predicted.source && contentOverlap(text, predicted.source, g) > 0) return true;
  if (!predicted.speaker) return false;
  const spoken = words(predicted.speaker);
  if (!spoken.length || spoken.length > MAX_SPEAKER_WORDS) return false;
  const goldText = text.slice(g[0], g[1]);
  // The name at the head of the gold's source, as written: the source up to its first appositive or
  // qualifier ("Huma Abedin, vice chairwoman of ...", "Stacy Baker of Columbia"), then the last run of
  // capitalised words there, less titles ("Mr. Blinken" → Blinken, "Texas delegate Bill Eastland" → Bill
  // Eastland, "The White House" → White House). The speaker must end with all of it.
  const head = goldText.split(/,|\(| (?:of|from|at|in|with|who|which|whose) /u)[0] ?? goldText;
  const written = (head.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/['’]s$/u, ''));
  const name: string[] = [];
  for (let i = written.length - 1; i >= 0 && /^\p{Lu}/u.test(written[i] as string) && !TITLES.has((written[i] as string).toLowerCase()); i--) name.unshift((written[i] as string).toLowerCase());
  // A pronoun or a description ("he", "the mayor") names no one by itself: only its span can match it.
  if (!name.length || name.length > spoken.length) return false;
  return name.every((w, i) => spoken[spoken.length - name.length + i] === w);
}

/** Titles and articles before a name, and pronouns capitalised at a sentence's start: not names. */
const TITLES = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'the', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'president', 'pres', 'secretary', 'minister', 'prime', 'mayor', 'judge', 'gen', 'general', 'sir', 'lord', 'lady', 'prof', 'professor', 'rev', 'chairman', 'chairwoman', 'chair', 'ceo', 'former', 'vice']);

function emptyCounts(): QuoteCounts {
  return { predicted: 0, gold: 0, matched: 0, speaker_total: 0, speaker_correct: 0 };
}

function countMatches(text: string, predicted: readonly Attribution[], gold: readonly GoldAttribution[], into: QuoteCounts): void {
  into.predicted += predicted.length;
  into.gold += gold.length;
  for (const [p, g] of matchSpans(text, predicted.map((a) => a.content), gold.map((a) => a.content))) {
    into.matched++;
    const ga = gold[g] as GoldAttribution;
    if (!ga.source) continue;
    into.speaker_total++;
    if (speakerCorrect(text, ga, predicted[p] as Attribution)) into.speaker_correct++;
  }
}

/** The counts of one row, for all attributions and for the direct-quote subset. */
export function rowCounts(row: QuoteRow & { attributions: GoldAttribution[] }, predicted: readonly Attribution[]): { all: QuoteCounts; direct: QuoteCounts } {
  const all = emptyCounts();
  const direct = emptyCounts();
  countMatches(row.text, predicted, row.attributions, all);
  countMatches(
    row.text,
    // A prediction is direct by the same test as the gold, not by its own flag alone.
    predicted.filter((a) => a.direct && isDirectSpan(row.text, a.content)),
    row.attributions.filter((a) => isDirectSpan(row.text, a.content)),
    direct,
  );
  return { all, direct };
}

export function quoteScores(c: QuoteCounts): QuoteScores {
  const precision = c.predicted ? c.matched / c.predicted : 0;
  const recall = c.gold ? c.matched / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, ...c, speaker_accuracy: c.speaker_total ? c.speaker_correct / c.speaker_total : null };
}

/** Micro-averaged scores of the predictions (by row id) over the rows with gold attributions; undefined when none has. */
export function scoreQuotes(rows: readonly QuoteRow[], predictions: Readonly<Record<string, readonly Attribution[]>>): QuoteMetrics | undefined {
  const all = emptyCounts();
  const direct = emptyCounts();
  let scored = 0;
  let dropped = 0;
  for (const row of rows) {
    if (!row.attributions) continue;
    scored++;
    dropped += row.dropped ?? 0;
    const c = rowCounts(row as QuoteRow & { attributions: GoldAttribution[] }, predictions[row.id] ?? []);
    for (const k of Object.keys(all) as Array<keyof QuoteCounts>) {
      all[k] += c.all[k];
      direct[k] += c.direct[k];
    }
  }
  return scored ? { rows: scored, gold_dropped: dropped, all: quoteScores(all), direct: quoteScores(direct) } : undefined;
}

/** An attribution in exactly the output format's fields. */
function clean(a: Attribution): Attribution {
  return { content: [a.content[0], a.content[1]], source: a.source ? [a.source[0], a.source[1]] : null, cue: a.cue ? [a.cue[0], a.cue[1]] : null, speaker: a.speaker ?? null, direct: a.direct === true };
}

export interface QuoteEvalOptions {
  onProgress?: (done: number, total: number) => void;
}

/** Every row of the file through `find`, then scored where the rows carry gold attributions. */
export function evalQuotes(path: string, find: Finder, { onProgress }: QuoteEvalOptions = {}): QuoteEvalResult {
  const rows = readQuoteRows(path);
  const predictions: Record<string, Attribution[]> = {};
  const failed: QuoteEvalResult['failed'] = [];
  let ms = 0;
  rows.forEach((row, i) => {
    const started = performance.now();
    let found: Attribution[] = [];
    try {
      found = find(row.text).map(clean);
    } catch (e) {
      failed.push({ id: row.id, reason: (e as Error).message });
    }
    ms += performance.now() - started;
    predictions[row.id] = found;
    onProgress?.(i + 1, rows.length);
  });
  const metrics = scoreQuotes(rows, predictions);
  return { articles: rows.length, failed, ...(metrics ? { metrics } : {}), seconds: ms / 1000, predictions };
}
