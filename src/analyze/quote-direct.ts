// Direct quotations: a quotation with its cue and speaker next to it ("“…,” X said", "X said: “…”", split
// quotations, quotations that go on over sentences and paragraphs, a colon that introduces one).
import { CueUse } from './quote-cues.js';
import type { QuotePiece } from './quote-marks.js';
import { DETERMINERS, SUBJECT_PRONOUNS, canSpeak, isPunct, phraseAfter, sentenceSubject, subjectBefore } from './quote-phrases.js';
import {
  accordingAt,
  addDraft,
  chain,
  clauseEnd,
  cueAt,
  hasWords,
  isAbbreviationDot,
  quoteContent,
  quoteWords,
  speechAt,
  tagged,
  wordAt,
  type Draft,
  type Found,
  type Reader,
} from './quote-reader.js';
import { isUpperStart, type Sentence, type Unit } from './quote-text.js';

/** The cue and speaker that follow a quotation from unit j: `, X said` or `, said X`. */
function cueAfter(us: readonly Unit[], j: number, endsLikeTag: boolean): Found | null {
  if (isPunct(us[j], ',—–-:')) j++;
  const u = wordAt(us, j);
  if (u === undefined) return null;
  // ", said Marla Kilfoyle" / ", according to officials"
  if (accordingAt(us, j)) {
    const src = phraseAfter(us, j + 2, us.length);
    return src ? { cue: { start: j, end: j + 2 }, source: src } : null;
  }
  const inverted = speechAt(us, j);
  if (inverted !== undefined && !inverted.participle) {
    const src = phraseAfter(us, j + 1, us.length);
    if (src !== null && canSpeak(us, src)) return { cue: { start: j, end: j + 1 }, source: src };
  }
  // ", X said" / ", X, a spokesman, said" / ", he shot back"
  for (let c = j + 1; c < us.length && c <= j + 24; c++) {
    const v = us[c] as Unit;
    if (v.q >= 0 || isPunct(v, '.;:!?') && v.w !== '.') break;
    const cue = speechAt(us, c);
    if (cue === undefined || cue.participle) continue;
    const src = subjectBefore(us, c, j);
    if (src !== null && canSpeak(us, src)) {
      if (src.start === j) return { cue: { start: c, end: c + 1 }, source: src };
      // "a voice-over in the ad states": a preposition the phrase did not take.
      // "another friend, Mariam Emara told CNN": a description and a comma before the name.
      let plain = src.start - j <= 5;
      for (let m = j; m < src.start && plain; m++) {
        const v = us[m] as Unit;
        plain = (wordAt(us, m) !== undefined && !NOT_VERBS.has(v.lw)) || ['in', 'on', 'of', 'at', 'for', 'from', 'with'].includes(v.lw) || (isPunct(v, ',') && m === src.start - 1);
      }
      if (plain) return { cue: { start: c, end: c + 1 }, source: { start: j, end: src.end } };
    }
    // "“…,” Cecelia Purner, 67, a retired clerk in Allentown, Pa., said": a name and what describes it.
    if (isPunct(us[c - 1], ',') && c - 1 > j && (isUpperStart(u.w) || DETERMINERS.has(u.lw))) {
      const name = phraseAfter(us, j, c - 1);
      if (name !== null && isPunct(us[name.end], ',') && canSpeak(us, name)) return { cue: { start: c, end: c + 1 }, source: { start: j, end: c - 1 } };
    }
    // "the report concluded": a noun that can be a cue is part of the speaker.
    if (!cue.nounLike) break;
  }
  if (!endsLikeTag) return null;
  // A pronoun or a name straight after the quotation and any verb after it: "“Quiet,” he demanded.",
  // "“Go back to Univision,” Trump barked."
  let n = j;
  if (SUBJECT_PRONOUNS.has(u.lw)) n = j + 1;
  else while (n < us.length && n < j + 5 && (isUpperStart((us[n] as Unit).w) && wordAt(us, n) !== undefined || isPunct(us[n], '.') && n > j)) n++;
  const verb = wordAt(us, n);
  if (n > j && verb !== undefined && !isUpperStart(verb.w) && isVerbLike(verb)) {
    return { cue: { start: n, end: n + 1 }, source: { start: j, end: n } };
  }
  // "“This is fantastic!” beamed Donald Hartley of Madison."
  if (!isUpperStart(u.w) && isVerbLike(u)) {
    let m = j + 1;
    while (m < us.length && m < j + 6 && wordAt(us, m) !== undefined && isUpperStart((us[m] as Unit).w)) m++;
    const after = us[m];
    if (m > j + 1 && (after === undefined || isPunct(after, ',.;') || after.lw === 'of' || after.lw === 'who')) {
      return { cue: { start: j, end: j + 1 }, source: { start: j + 1, end: m } };
    }
  }
  return null;
}

/** A word that can be the verb of a cue: not a function word. */
function isVerbLike(u: Unit): boolean {
  return !NOT_VERBS.has(u.lw) && !DETERMINERS.has(u.lw) && /[a-z]/u.test(u.lw);
}

const NOT_VERBS = new Set([
  'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'as', 'that', 'which', 'who',
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'if', 'when', 'while', 'because', 'so', 'than',
  'then', 'there', 'here', 'not', 'no', 'into', 'about', 'over', 'after', 'before', 'since', 'until', 'like',
  'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'said', 'says',
]);

/** Direct quotations in sentence si; returns the unit indices of cues used. */
export function readDirect(r: Reader, si: number): Set<number> {
  const used = new Set<number>();
  const s = r.sentences[si] as Sentence;
  const us = s.units;
  for (let a = 0; a < us.length; a++) {
    const u = us[a] as Unit;
    if (u.q < 0 || r.used.has(u.q)) continue;
    const [c0] = chain(r.pieces, u.q);
    // The quotation and what follows it: "“…,” X said."
    let found = cueAfter(us, a + 1, tagged(r, u.q));
    let mergedTo = a;
    let direct = true;
    if (found !== null) {
      // A quotation split by its cue: "“…,” X said, “…”" (one content from the first to the last piece).
      const after = clauseEnd(us, Math.max(found.cue.end, found.source?.end ?? 0));
      let b = after;
      if (isPunct(us[b], ',.:;—–')) b++;
      if (us[b] !== undefined && (us[b] as Unit).q >= 0) mergedTo = b;
      // Words before the quotation make it part of a reported clause: "He called it “a disaster,” Smith said."
      if (hasWords(us, 0, a, 1) && !quoteFollowsCue(us, a)) direct = false;
    } else {
      found = cueBefore(r, us, a);
    }
    if (found === null) {
      // "Trump: “…”" (a name and a colon before the quotation, at the start of the sentence).
      if (a >= 2 && isPunct(us[a - 1], ':')) found = colonIntro(us, a - 1);
    }
    if (found === null) continue;
    const lastUnit = us[mergedTo] as Unit;
    const [, d1] = chain(r.pieces, lastUnit.q);
    for (let q = c0; q <= d1; q++) r.used.add(q);
    const content: [number, number] = direct ? quoteContent(r.text, r.pieces, c0, d1) : [(us[0] as Unit).s, quoteContent(r.text, r.pieces, c0, d1)[1]];
    addDraft(r, si, content, us, found, direct, d1);
    for (let j = found.cue.start; j < found.cue.end; j++) used.add(j);
    a = mergedTo;
  }
  return used;
}

/** A sentence that introduces a quotation with a colon: "Kerry:", "Cruz called them on it:". */
function colonIntro(us: readonly Unit[], colon: number): Found | null {
  if (colon < 1) return null;
  const src = sentenceSubject(us, colon);
  if (src === null || !canSpeak(us, src)) return null;
  if (src.end >= colon) {
    // "Trump: “…”" — a short name alone.
    return colon <= 6 && isUpperStart((us[src.start] as Unit).w) ? { cue: { start: colon, end: colon + 1 }, source: src } : null;
  }
  // "He adds that Muslims have two choices: “…”": reported speech that ends in a quotation, read as such.
  for (let c = src.end; c < colon - 3; c++) if (cueAt(us, c)?.use === CueUse.Speech) return null;
  return { cue: { start: src.end, end: colon + 1 }, source: src };
}

/** Whether only a cue and its object stand between the sentence start and the quotation at a. */
function quoteFollowsCue(us: readonly Unit[], a: number): boolean {
  for (let j = a - 1; j >= 0 && j >= a - 12; j--) if (cueAt(us, j) !== undefined || accordingAt(us, j)) return true;
  return false;
}

/** The cue and speaker before a quotation at a: `X said: “…”`, `X told reporters, “…”`, `X said “…”`. */
function cueBefore(r: Reader, us: readonly Unit[], a: number): Found | null {
  let i = a - 1;
  const punct = isPunct(us[i], ':,');
  if (punct) i--;
  for (let c = i; c >= 0 && c >= i - 10; c--) {
    const v = us[c] as Unit;
    if (v.q >= 0 || (isPunct(v, '.;!?') && !isAbbreviationDot(us, c))) return null;
    if (v.lw === 'that' || v.lw === 'if' || v.lw === 'whether' || v.lw === 'as') return null;
    const cue = speechAt(us, c);
    if (cue === undefined) continue;
    // Words between the cue and the quotation without a colon or comma: the quotation is part of a clause.
    if (hasWords(us, c + 1, i + 1, 1) && !punct) return null;
    if (hasWords(us, c + 1, i + 1, 9)) return null;
    // Words straight after the quotation: it opens a reported clause ("said “…” because …"), read as such.
    const piece = r.pieces[(us[a] as Unit).q] as QuotePiece;
    const rest = hasWords(us, a + 1, us.length, 1);
    if (rest && !isPunct(us[a + 1], ',;—–(') && !tagged(r, (us[a] as Unit).q) && (wordAt(us, a + 1) !== undefined || quoteWords(r.text, piece, 4) < 4)) return null;
    if (cue.participle) {
      const subject = sentenceSubject(us, c);
      return { cue: { start: c, end: c + 1 }, source: subject !== null && canSpeak(us, subject) ? subject : null };
    }
    const src = subjectBefore(us, c, 0);
    if (src !== null && canSpeak(us, src)) return { cue: { start: c, end: c + 1 }, source: src };
    // "Said Comey, “…”"
    const after = c === 0 ? phraseAfter(us, c + 1, i + 1) : null;
    if (after !== null && canSpeak(us, after)) return { cue: { start: c, end: c + 1 }, source: after };
    return null;
  }
  return null;
}

/** A quotation-only sentence: quotations and punctuation. */
function onlyQuotes(us: readonly Unit[]): boolean {
  let q = false;
  for (let j = 0; j < us.length; j++) {
    if ((us[j] as Unit).q >= 0) q = true;
    else if (wordAt(us, j) !== undefined) return false;
  }
  return q;
}

/** The last direct quotation found in sentence si, if any. */
function lastDirect(r: Reader, si: number): Draft | null {
  for (let i = r.drafts.length - 1; i >= 0; i--) {
    const d = r.drafts[i] as Draft;
    if (d.sentence < si) return null;
    if (d.sentence === si && d.lastPiece >= 0) return d;
  }
  return null;
}

/** Quotations left without a cue: go on from the last quotation, or take the cue of the next sentence. */
export function readLoose(r: Reader, si: number): void {
  const s = r.sentences[si] as Sentence;
  const us = s.units;
  if (!onlyQuotes(us)) return;
  for (let a = 0; a < us.length; a++) {
    const u = us[a] as Unit;
    if (u.q < 0 || r.used.has(u.q)) continue;
    const [c0, c1] = chain(r.pieces, u.q);
    const last = lastDirect(r, si - 1);
    const prev = r.sentences[si - 1];
    // "“…,” he said. “…”": the same speaker goes on.
    if (last !== null && prev !== undefined) {
      last.content = [last.content[0], quoteContent(r.text, r.pieces, c0, c1)[1]];
      last.lastPiece = c1;
      last.sentence = si;
      for (let q = c0; q <= c1; q++) r.used.add(q);
      continue;
    }
    // A sentence ending in a colon introduces it: "As Cornyn put it:" / "Kerry said:".
    if (prev !== undefined && isPunct(prev.units[prev.units.length - 1], ':')) {
      const pu = prev.units;
      let found: Found | null = null;
      for (let c = pu.length - 2; c >= 0 && c >= pu.length - 12; c--) {
        const cue = cueAt(pu, c);
        if (cue === undefined) continue;
        const src = subjectBefore(pu, c, 0);
        if (src !== null && canSpeak(pu, src)) found = { cue: { start: c, end: c + 1 }, source: src };
        break;
      }
      if (found === null) found = colonIntro(pu, pu.length - 1);
      if (found !== null) {
        for (let q = c0; q <= c1; q++) r.used.add(q);
        addDraft(r, si, quoteContent(r.text, r.pieces, c0, c1), pu, found, true, c1);
        continue;
      }
    }
    // "“Why?” Trump asked." — the next sentence is the cue alone.
    const next = r.sentences[si + 1];
    if (next !== undefined && next.para === s.para) {
      const found = cueAfter(next.units, 0, tagged(r, c1) && !r.text.slice(0, (r.pieces[c1] as QuotePiece).innerEnd).endsWith('.'));
      if (found !== null && next.units[found.cue.end]?.lw !== 'that') {
        for (let q = c0; q <= c1; q++) r.used.add(q);
        addDraft(r, si, quoteContent(r.text, r.pieces, c0, c1), next.units, found, true, c1);
        r.consumed.add(si + 1);
        continue;
      }
    }
  }
}

