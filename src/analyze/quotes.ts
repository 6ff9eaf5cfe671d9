// Who said what: direct quotations and reported speech in an article's text, each with its speaker and
// cue. Rule-based and linear in the text: quotation marks are paired in one pass (quote-marks.ts), the text
// is cut into sentences with each quotation one unit (quote-text.ts), and each sentence is read for a cue
// verb with a speaker next to it (quote-phrases.ts). Pronouns and descriptions ("he", "the official") are
// resolved to the most recent named speaker.
import type { Attribution } from '../model.js';
import { readDirect, readHeadline, readLoose } from './quote-direct.js';
import { findQuotePieces, type QuotePiece } from './quote-marks.js';
import type { Draft, Reader } from './quote-reader.js';
import { nameIn } from './quote-phrases.js';
import { readIndirect } from './quote-reported.js';
import { isUpperStart, textSentences, type Sentence, type Unit } from './quote-text.js';

/** Names of two or more capitalised words outside quotations ("Hillary Clinton", "Sen. Jeff Flake"), in text order. */
function nameRuns(sentences: readonly Sentence[]): Array<{ at: number; name: string }> {
  const out: Array<{ at: number; name: string }> = [];
  for (const s of sentences) {
    const us = s.units;
    let j = 0;
    while (j < us.length) {
      const u = us[j] as Unit;
      if (u.q >= 0 || !isUpperStart(u.w) || !/^\p{L}/u.test(u.w)) {
        j++;
        continue;
      }
      let e = j + 1;
      while (e < us.length && (us[e] as Unit).q < 0 && ((isUpperStart((us[e] as Unit).w) && /^\p{L}/u.test((us[e] as Unit).w)) || ((us[e] as Unit).w === '.' && (us[e - 1] as Unit).e === (us[e] as Unit).s))) e++;
      if (e - j >= 2) {
        const name = nameIn(us, { start: j, end: e });
        if (name !== null && name.includes(' ')) out.push({ at: u.s, name });
      }
      j = e;
    }
  }
  return out;
}

/** The last of the runs that starts before `at`, or null. */
function lastBefore(runs: ReadonlyArray<{ at: number; name: string }>, at: number): string | null {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((runs[mid] as { at: number }).at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (runs[lo - 1] as { name: string }).name : null;
}

/**
 * The speaker of each attribution: the name in its source, a surname given as the full name met before it
 * ("Clinton" after "Hillary Clinton"); a pronoun or a definite description ("he", "the official") resolved to
 * the last named speaker, or failing one to the last full name written before it.
 */
function resolve(drafts: readonly Draft[], sentences: readonly Sentence[]): Attribution[] {
  const runs = nameRuns(sentences);
  const out: Attribution[] = [];
  // The latest full name for each last word, of speakers and of names in the text so far.
  const fullNames = new Map<string, string>();
  let read = 0;
  let lastNamed: string | null = null;
  for (const d of drafts) {
    const at = d.source?.[0] ?? d.content[0];
    while (read < runs.length && (runs[read] as { at: number }).at < at) {
      const run = runs[read++] as { name: string };
      fullNames.set(run.name.slice(run.name.lastIndexOf(' ') + 1), run.name);
    }
    let speaker = d.name;
    if (speaker !== null) {
      // A headline's name ("Trump:") is often a surname alone, or no one's: nothing to learn from it.
      if (d.aside !== true) {
        if (!speaker.includes(' ')) speaker = fullNames.get(speaker) ?? speaker;
        // Two speakers together ("Ana Ruiz and Tom Reed") are no full name of either.
        else if (!speaker.includes(' and ')) fullNames.set(speaker.slice(speaker.lastIndexOf(' ') + 1), speaker);
        lastNamed = speaker;
      }
    } else if (d.refers) {
      speaker = lastNamed ?? lastBefore(runs, at);
    }
    out.push({ content: d.content, source: d.source, cue: d.cue, speaker, direct: d.direct });
  }
  return out;
}

/**
 * The words inside the marks of a direct quotation split by its tag, or undefined when nothing but the
 * quotation stands in its content (one piece, or pieces over paragraphs with only line breaks between).
 */
function quotedPieces(text: string, pieces: readonly QuotePiece[], content: [number, number]): Array<[number, number]> | undefined {
  // The quotation resumes after its tag at a comma, a full stop, a colon, a dash or "and" ("“…,” Ruiz said,
  // “…”"); a quotation inside the tag is a title or a name ("Ruiz said on “Meet the Press.”"), not her words.
  const all = pieces.filter((p) => p.innerStart >= content[0] - 1 && p.innerStart < content[1]);
  const inside = all.filter((p, i) => {
    if (i === 0) return true;
    const between = text.slice((all[i - 1] as QuotePiece).close, p.open).trim();
    return between === '' || /(?:[,.:;)—―–-]|\band)$/u.test(between);
  });
  if (inside.length < 2) return undefined;
  const split = inside.some((p, i) => i > 0 && /[\p{L}\p{N}]/u.test(text.slice((inside[i - 1] as QuotePiece).close, p.open)));
  if (!split) return undefined;
  return inside.map((p) => {
    let end = Math.min(p.innerEnd, content[1]);
    while (end > p.innerStart && /[\s,]/u.test(text[end - 1] as string)) end--;
    return [Math.max(p.innerStart, content[0]), end] as [number, number];
  });
}

/** Every attribution found in the text, in text order. */
export function findAttributions(text: string): Attribution[] {
  const pieces = findQuotePieces(text);
  const sentences = textSentences(text, pieces);
  const r: Reader = { text, pieces, sentences, drafts: [], used: new Set(), consumed: new Set(), opens: new Map(pieces.map((p, i) => [p.open, i])), closes: new Map(pieces.map((p, i) => [p.close, i])) };
  readHeadline(r);
  for (let si = 0; si < sentences.length; si++) {
    if (r.consumed.has(si)) continue;
    const usedCues = readDirect(r, si);
    readLoose(r, si);
    readIndirect(r, si, usedCues);
  }
  r.drafts.sort((a, b) => a.content[0] - b.content[0]);
  const found = resolve(r.drafts, sentences);
  for (const a of found) {
    if (!a.direct) continue;
    const quoted = quotedPieces(text, pieces, a.content);
    if (quoted) a.quoted = quoted;
  }
  return found;
}
