// The text as the attribution finder reads it: words and punctuation with their offsets, each quotation
// one unit, cut into sentences at the top level (a quotation's inner full stops do not end the sentence
// around it).
import type { QuotePiece } from './quote-marks.js';
import { scanWords } from './wordscan.js';

export interface Unit {
  /** Offsets in the text, end exclusive. */
  s: number;
  e: number;
  /** The word or punctuation character as written; '' for a quotation. */
  w: string;
  /** The word in lower case. */
  lw: string;
  /** Index of the quotation piece this unit is, or -1. */
  q: number;
}

export interface Sentence {
  units: Unit[];
  /** Paragraph number: sentences of one paragraph share it. */
  para: number;
}

// Abbreviations whose trailing dot does not end a sentence (as in tokens.ts), and titles before a name.
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'st', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'mt', 'ft', 'fig', 'approx', 'dept', 'lt',
  'adm', 'rev', 'atty', 'supt', 'cmdr', 'pres', 'ariz', 'calif', 'fla', 'ill', 'mass', 'mich', 'minn', 'wis', 'penn',
  'conn', 'colo', 'ore', 'tenn', 'wash', 'va', 'pa', 'ga', 'ky', 'la', 'md', 'mo', 'nev', 'okla', 'ala', 'ark', 'del',
  'kan', 'neb', 'wyo', 'vt', 'n.h', 'n.y', 'n.j', 'n.c', 's.c', 'd.c', 'r.i', 'w.va', 'n.m', 'n.d', 's.d', 'ind', 'bros',
]);

const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set([')', ']', '’', "'"]);

export function isUpperStart(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return w[0] !== w[0]?.toLowerCase();
}

/** The text's units, quotations collapsed, and the sentences they form. */
export function textSentences(text: string, pieces: readonly QuotePiece[]): Sentence[] {
  const { words, starts } = scanWords(text);
  const sentences: Sentence[] = [];
  let units: Unit[] = [];
  let para = 0;
  const flush = (): void => {
    if (units.length) sentences.push({ units, para });
    units = [];
  };
  const n = text.length;
  let wi = 0;
  let qi = 0;
  let i = 0;
  while (i < n) {
    const piece = pieces[qi];
    if (piece !== undefined && i === piece.open) {
      // A quotation that goes on from the last paragraph starts no sentence of its own there.
      units.push({ s: piece.open, e: piece.close, w: '', lw: '', q: qi });
      i = piece.close;
      while (wi < words.length && (starts[wi] as number) < i) wi++;
      qi++;
      continue;
    }
    if (wi < words.length && starts[wi] === i) {
      const w = words[wi] as string;
      units.push({ s: i, e: i + w.length, w, lw: w.toLowerCase(), q: -1 });
      i += w.length;
      wi++;
      continue;
    }
    const c = text[i] as string;
    if (c === '\n') {
      flush();
      para++;
      while (i + 1 < n && /\s/u.test(text[i + 1] as string)) i++;
    } else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\u00a0' && !/\s/u.test(c)) {
      // The horizontal bar (―) sets off a quotation's speaker as the em dash does: "“…” ― Ana Ruiz, 27".
      const w = c === '―' ? '—' : c;
      units.push({ s: i, e: i + 1, w, lw: w, q: -1 });
    }
    i++;
  }
  flush();
  // Now cut each paragraph's units into sentences.
  const out: Sentence[] = [];
  for (const paragraph of sentences) cutSentences(text, paragraph, pieces, out);
  return out;
}

function cutSentences(text: string, paragraph: Sentence, pieces: readonly QuotePiece[], out: Sentence[]): void {
  const us = paragraph.units;
  let from = 0;
  for (let k = 0; k < us.length; k++) {
    const u = us[k] as Unit;
    let endsHere = false;
    let last = k;
    if (u.q < 0 && SENTENCE_END.has(u.w)) {
      while (last + 1 < us.length && (SENTENCE_END.has((us[last + 1] as Unit).w) || CLOSERS.has((us[last + 1] as Unit).w))) last++;
      let next = us[last + 1];
      const before = us[k - 1];
      // "… the series. (“We …,” he said.)": a sentence in parentheses starts after the full stop.
      if (next?.w === '(' && us[last + 2] !== undefined) next = us[last + 2];
      if (next !== undefined && (next.q >= 0 || (next.w !== '' && isUpperStart(next.w)))) {
        const abbreviation = before !== undefined && before.q < 0 && before.e === u.s && (ABBREVIATIONS.has(before.lw) || /^\p{L}$/u.test(before.w));
        endsHere = !abbreviation || u.w !== '.';
      }
    } else if (u.q >= 0) {
      const piece = pieces[u.q] as QuotePiece;
      const next = us[k + 1];
      if (next !== undefined) {
        if (next.q >= 0) endsHere = true;
        else if (next.w !== '' && isUpperStart(next.w) && endsSentence(text, piece)) endsHere = true;
      }
    }
    if (endsHere) {
      out.push({ units: us.slice(from, last + 1), para: paragraph.para });
      from = last + 1;
      k = last;
    }
  }
  if (from < us.length) out.push({ units: us.slice(from), para: paragraph.para });
}

/** The quotation's words end with a full stop, a question or an exclamation mark. */
function endsSentence(text: string, piece: QuotePiece): boolean {
  let j = piece.innerEnd - 1;
  while (j >= piece.innerStart && (CLOSERS.has(text[j] as string) || text[j] === ' ' || text[j] === '"' || text[j] === '”')) j--;
  return j >= piece.innerStart && SENTENCE_END.has(text[j] as string);
}
