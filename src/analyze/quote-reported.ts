// Reported speech: "X said (that) …", "…, X said.", "according to X, …", and stances ("X endorsed Y",
// "X called for …", "his criticism of …"), the content the reported clause.
import { CUE_WORDS, CueUse, PHRASAL_CUES } from './quote-cues.js';
import { OBJECT_PRONOUNS, SUBJECT_PRONOUNS, canSpeak, isPunct, nameIn, phraseAfter, phraseBefore, sentenceSubject, subjectBefore, type Phrase } from './quote-phrases.js';
import { accordingAt, addDraft, clauseEnd, contentEnd, cueAt, hasWords, isTitleAt, wordAt, type Found, type Reader } from './quote-reader.js';
import { isUpperStart, type Sentence, type Unit } from './quote-text.js';

/** Reported speech in sentence si: "X said (that) …", "…, X said.", "according to X, …". */
export function readIndirect(r: Reader, si: number, usedCues: Set<number>): void {
  const s = r.sentences[si] as Sentence;
  const us = s.units;
  const end = contentEnd(us);
  if (end === 0) return;
  const stop = us[end - 1] as Unit;
  for (let k = 0; k < end; k++) {
    if (usedCues.has(k)) continue;
    if (accordingAt(us, k)) {
      const src = phraseAfter(us, k + 2, end);
      if (src === null) continue;
      const found: Found = { cue: { start: k, end: k + 2 }, source: src };
      if (k === 0 || !hasWords(us, 0, k, 1)) {
        // "According to X, …"
        const from = isPunct(us[src.end], ',:') ? src.end + 1 : src.end;
        if (from < end && hasWords(us, from, end, 3)) addDraft(r, si, [(us[from] as Unit).s, stop.e], us, found, false, -1);
      } else if (isPunct(us[k - 1], ',(—–')) {
        // "…, according to X." or "X, according to Y, …"
        const tail = src.end >= end - 0 || clauseEnd(us, src.end) >= end;
        const to = tail ? k - 1 : end;
        if (to > 0 && hasWords(us, 0, to, 3)) addDraft(r, si, [(us[0] as Unit).s, tail ? (us[k - 2] as Unit).e : stop.e], us, found, false, -1);
      }
      k = src.end - 1;
      continue;
    }
    if (readPhrasal(r, si, us, k, end, stop) || readNominal(r, si, us, k, end, stop)) continue;
    const cue = cueAt(us, k);
    if (cue === undefined || cue.use === CueUse.Quote || isTitleAt(r, us, k + 1)) continue;
    const stance = cue.use === CueUse.Stance;
    let source: Phrase | null;
    if (cue.participle) {
      if (!isPunct(us[k - 1], ',—–')) continue;
      const previous = r.drafts[r.drafts.length - 1];
      if (previous !== undefined && previous.sentence === si && previous.source !== null) {
        source = null;
      } else {
        source = sentenceSubject(us, k - 1);
        if (source === null || !canSpeak(us, source)) continue;
      }
    } else {
      source = subjectBefore(us, k, 0);
      if (source === null || !canSpeak(us, source)) {
        // "…, said X."
        if (isPunct(us[k - 1], ',') && k > 2) {
          const src = phraseAfter(us, k + 1, end);
          if (src !== null && clauseEnd(us, src.end) >= end && canSpeak(us, src)) {
            addDraft(r, si, [(us[0] as Unit).s, (us[k - 2] as Unit).e], us, { cue: { start: k, end: k + 1 }, source: src }, false, -1);
            k = src.end - 1;
          }
        }
        continue;
      }
    }
    if (cue.needsThat && us[k + 1]?.lw !== 'that') continue;
    if (cue.nounLike && us[k + 1]?.lw !== 'that' && (source === null || !(source.end - source.start === 1 && SUBJECT_PRONOUNS.has((us[source.start] as Unit).lw)) && nameIn(us, source) === null)) continue;
    // What was said: after the cue (and the listener of "told"), from "that" on when it comes.
    let from = k + 1;
    if (cue.object) {
      const listener = wordAt(us, from);
      if (listener !== undefined && listener.lw !== 'that') {
        if (OBJECT_PRONOUNS.has(listener.lw)) from++;
        else {
          const obj = phraseAfter(us, from, end);
          if (obj !== null) from = obj.end;
        }
      }
    }
    for (let j = from; j < end && j <= from + 8; j++) {
      const u = us[j] as Unit;
      if (u.lw === 'that' && j > from) {
        from = j;
        break;
      }
      if (u.q >= 0 || isPunct(u, '.;:') || (cueAt(us, j) !== undefined && j > from)) break;
    }
    const startsClause = source !== null && isPunct(us[source.start - 1], ',—–') && source.start > 1;
    if (startsClause && source !== null && isPunct(us[from], ',') && hasWords(us, 0, source.start, 2) && hasWords(us, from, end, 2)) {
      // "If it comes to that, the campaign said, it may not bother": the whole sentence.
      addDraft(r, si, [(us[0] as Unit).s, stop.e], us, { cue: { start: k, end: k + 1 }, source }, false, -1);
      k = end;
      continue;
    }
    if (isPunct(us[from], ',:')) from++;
    if (hasWords(us, from, end, 3) && !isPunct(us[from], '.')) {
      const found: Found = { cue: { start: k, end: k + 1 }, source };
      const to = stance ? stanceStop(us, from, end) : clauseStop(us, from, end, (us[source?.start ?? k] as Unit).lw === 'who');
      // "the agencies, which he called “a cartel”": the relative pronoun stands for what was called that,
      // so the content takes it in.
      const relative = source !== null && us[from]?.q !== undefined && (us[from] as Unit).q >= 0 ? relativeBefore(us, source.start) : -1;
      const start = relative >= 0 ? relative : from;
      const d = addDraft(r, si, [(us[start] as Unit).s, to < end ? (us[to - 1] as Unit).e : stop.e], us, found, false, -1);
      if (source === null) {
        const previous = r.drafts[r.drafts.length - 2];
        if (previous !== undefined) {
          d.source = previous.source;
          d.name = previous.name;
          d.refers = previous.refers;
        }
      }
      k = to - 1;
    } else if (startsClause && source !== null && clauseEnd(us, k + 1) >= end) {
      // "The plan will fail, Smith said."
      const to = source.start - 1;
      if (hasWords(us, 0, to, 3)) addDraft(r, si, [(us[0] as Unit).s, (us[to - 1] as Unit).e], us, { cue: { start: k, end: k + 1 }, source }, false, -1);
    }
  }
}

/** "X called for …", "…, calling on …", "X pointed out that …": a verb and its particle as the cue. */
function readPhrasal(r: Reader, si: number, us: readonly Unit[], k: number, end: number, stop: Unit): boolean {
  const u = wordAt(us, k);
  if (u === undefined || isUpperStart(u.w)) return false;
  const particles = PHRASAL_CUES.get(u.lw);
  const next = us[k + 1];
  if (particles === undefined || next === undefined || !particles.includes(next.lw)) return false;
  let source: Phrase | null;
  if (u.lw.endsWith('ing')) {
    if (!isPunct(us[k - 1], ',—–')) return false;
    source = sentenceSubject(us, k - 1);
  } else {
    source = subjectBefore(us, k, 0);
  }
  if (source === null || !canSpeak(us, source)) return false;
  // "As the Herald pointed out, “…”": the comma or colon opens what was said.
  const from = isPunct(us[k + 2], ',:') ? k + 3 : k + 2;
  if (from >= end || !hasWords(us, from, end, 1)) return false;
  const to = next.lw === 'out' && us[from]?.lw === 'that' ? clauseStop(us, from, end, false) : stanceStop(us, from, end);
  addDraft(r, si, [(us[from] as Unit).s, to < end ? (us[to - 1] as Unit).e : stop.e], us, { cue: { start: k, end: k + 2 }, source }, false, -1);
  return true;
}

// Nouns of speech and stance, with the prepositions that introduce what they are about.
const NOMINAL_CUES = new Map<string, readonly string[]>(
  Object.entries({
    comments: ['about', 'on'], remarks: ['about', 'on'], criticism: ['of'], critique: ['of'], support: ['for', 'of'],
    attacks: ['on', 'against'], attack: ['on', 'against'], concerns: ['about', 'over'], concern: ['about', 'over'],
    questions: ['about'], views: ['on', 'of'], view: ['of', 'on'], position: ['on'], positions: ['on'], stance: ['on', 'against'],
    call: ['for'], calls: ['for'], endorsement: ['of'], opposition: ['to'], praise: ['for', 'of'], warning: ['about', 'of'],
    warnings: ['about', 'of'], accusations: ['of', 'against'], allegations: ['of', 'against'], complaints: ['about'],
    doubts: ['about'], fears: ['about', 'of'], worries: ['about'], message: ['of', 'to'], proposal: ['for', 'to'],
    defense: ['of'], defence: ['of'], rejection: ['of'], embrace: ['of'], assessment: ['of'], description: ['of'],
    characterization: ['of'], case: ['for', 'against'], push: ['for'], thoughts: ['on', 'about'], opinion: ['of', 'on'],
    criticisms: ['of'], denunciation: ['of'], condemnation: ['of'], dismissal: ['of'], reference: ['to'], references: ['to'],
    promise: ['to', 'of'], pledge: ['to'], vow: ['to'], plea: ['for', 'to'], demand: ['for'], demands: ['for'],
    insistence: ['on', 'that'], claim: ['that', 'of'], claims: ['that', 'of'], argument: ['that', 'for', 'against'],
    assertion: ['that'], suggestion: ['that'], belief: ['that', 'in'],
  }),
);

/** "Trump’s comments about …", "his criticism of …": a noun of speech and its owner. */
function readNominal(r: Reader, si: number, us: readonly Unit[], k: number, end: number, stop: Unit): boolean {
  const u = wordAt(us, k);
  if (u === undefined) return false;
  const preps = NOMINAL_CUES.get(u.lw);
  const next = us[k + 1];
  if (preps === undefined || next === undefined || !preps.includes(next.lw)) return false;
  // The owner: "his", "their", "Trump’s" right before (an adjective or two between: "his sharp criticism").
  let j = k - 1;
  while (j >= 0 && j >= k - 3 && wordAt(us, j) !== undefined && !/['’]s$/u.test((us[j] as Unit).w) && !POSSESSIVES.has((us[j] as Unit).lw) && !isUpperStart((us[j] as Unit).w)) j--;
  const owner = wordAt(us, j);
  let source: Phrase | null = null;
  if (owner !== undefined && POSSESSIVES.has(owner.lw)) source = { start: j, end: j + 1 };
  else if (owner !== undefined && /['’]s$/u.test(owner.w)) source = phraseBefore(us, j, Math.max(0, j - 4)) ?? { start: j, end: j + 1 };
  const from = k + 2;
  if (from >= end) return false;
  const to = stanceStop(us, from, end);
  addDraft(r, si, [(us[from] as Unit).s, to < end ? (us[to - 1] as Unit).e : stop.e], us, { cue: { start: k, end: k + 2 }, source }, false, -1);
  return true;
}

const OBJECT_RELATIVES = new Set(['which', 'what', 'whom', 'who']);

/** The relative pronoun right before a clause's subject ("which he called …"), or -1. */
function relativeBefore(us: readonly Unit[], subject: number): number {
  const u = wordAt(us, subject - 1);
  return u !== undefined && OBJECT_RELATIVES.has(u.lw) ? subject - 1 : -1;
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

// After a comma, words that start a clause of their own: what was said ends before them.
const CLAUSE_OPENERS = new Set(['but', 'while', 'although', 'though', 'whereas', 'according', 'and', 'even', 'as', 'because', 'which', 'before', 'after', 'when', 'despite']);

/** Where reported speech from unit `from` ends: the sentence's end, or before ", adding …", ", but …", "and said …". */
function clauseStop(us: readonly Unit[], from: number, end: number, relative: boolean): number {
  for (let j = from + 1; j < end; j++) {
    const u = us[j] as Unit;
    const next = us[j + 1];
    if (isPunct(u, ',')) {
      // "Barkley, who said he votes Democratic, said …": a relative clause ends at its comma.
      if (relative) return j;
      if (next === undefined || next.q >= 0) continue;
      // ", but that …" goes on with what was said; ", adding that …" starts something said anew.
      if (CLAUSE_OPENERS.has(next.lw) && us[j + 2]?.lw !== 'that') return j;
      if ((next.lw.endsWith('ing') && CUE_WORDS.has(next.lw)) || STOP_PARTICIPLES.has(next.lw)) return j;
      // "After Ruiz said the plan was dead, Lee said: …": another speaker's clause begins.
      if (speakerFollows(us, j + 1, end)) return j;
    } else if (u.lw === 'and' && next !== undefined && (cueAt(us, j + 1)?.use === CueUse.Speech || (SUBJECT_PRONOUNS.has(next.lw) && cueAt(us, j + 2) !== undefined))) {
      return j;
    } else if (isPunct(u, ';')) {
      return j;
    }
  }
  return end;
}

/** What a stance verb is about: up to the next comma, semicolon or the sentence's end. */
function stanceStop(us: readonly Unit[], from: number, end: number): number {
  for (let j = from + 1; j < end; j++) if (isPunct(us[j], ',;:—–') || (us[j] as Unit).lw === 'and' && cueAt(us, j + 1) !== undefined) return j;
  return end;
}

/** Whether a speaker and a verb of saying start at unit `from`: "Lee said", "the mayor told reporters". */
function speakerFollows(us: readonly Unit[], from: number, end: number): boolean {
  for (let c = from + 1; c < end && c <= from + 6; c++) {
    const u = us[c] as Unit;
    if (u.q >= 0 || isPunct(u, ',;:')) return false;
    const cue = cueAt(us, c);
    if (cue === undefined || cue.use !== CueUse.Speech || cue.participle || cue.nounLike) continue;
    const src = subjectBefore(us, c, from);
    return src !== null && src.start === from && canSpeak(us, src);
  }
  return false;
}

const STOP_PARTICIPLES = new Set(['referring', 'citing', 'pointing', 'calling', 'describing', 'using', 'speaking', 'making', 'prompting', 'drawing', 'offering', 'giving', 'taking', 'leaving', 'sending']);

