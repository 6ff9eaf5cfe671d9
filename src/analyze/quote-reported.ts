// Reported speech: "X said (that) …", "…, X said.", "according to X, …", and stances ("X endorsed Y",
// "X called for …", "his criticism of …"), the content the reported clause.
import { CUE_WORDS, CueUse, PHRASAL_CUES } from './quote-cues.js';
import type { QuotePiece } from './quote-marks.js';
import { BETWEEN, DETERMINERS, OBJECT_PRONOUNS, RELATIVES, SUBJECT_PRONOUNS, canSpeak, isPunct, nameIn, phraseAfter, phraseBefore, sentenceSubject, subjectBefore, type Phrase } from './quote-phrases.js';
import { TAG_ADJUNCTS, accordingAt, addDraft, lastTag, clauseEnd, contentEnd, cueAt, hasWords, isTitleAt, isTitleCase, wordAt, type Draft, type Found, type Reader } from './quote-reader.js';
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
      // "According to numbers which the authors cite, …": the relative clause belongs to the source.
      if (k === 0 && RELATIVES.has(us[src.end]?.lw ?? '')) {
        let comma = src.end + 1;
        while (comma < end && comma <= src.end + 12 && !isPunct(us[comma], ',') && (us[comma] as Unit).q < 0) comma++;
        if (isPunct(us[comma], ',')) src.end = comma;
      }
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
    const asked = readAsked(r, si, us, k, end);
    if (asked > k) {
      k = asked - 1;
      continue;
    }
    const judged = readJudgement(r, si, us, k, end);
    if (judged > k) {
      k = judged - 1;
      continue;
    }
    if (readPhrasal(r, si, us, k, end, stop) || readNominal(r, si, us, k, end, stop)) continue;
    const cue = cueAt(us, k);
    if (cue === undefined || cue.use === CueUse.Quote || isTitleAt(r, us, k + 1)) continue;
    const stance = cue.use === CueUse.Stance;
    // "Reed declined, even though …", "Ruiz refused, saying …": a verb of stance with a comma after it has
    // no object; what follows is the writer's (or a participle's own).
    // Evidence set off by commas is another matter: "…, records show, …"; and an adjunct between commas
    // leads on to the object: "Comey described, in blistering terms, a set of practices …".
    let objectFrom = -1;
    if (stance && isPunct(us[k + 1], ',') && !cue.participle && !EVIDENCE.has((us[k] as Unit).lw)) {
      objectFrom = adjunctBetweenCommas(us, k + 1, end);
      if (objectFrom < 0) continue;
    }
    // "who asked not to be named", "requested anonymity": the terms of an interview, not what was said.
    if (us[k + 1]?.lw === 'anonymity' || (us[k + 1]?.lw === 'not' && us[k + 2]?.lw === 'to' && us[k + 3]?.lw === 'be')) continue;
    // "a talk show", "his show": the noun, not the verb.
    const before = us[k - 1]?.lw ?? '';
    if (((us[k] as Unit).lw === 'show' || (us[k] as Unit).lw === 'shows') && (DETERMINERS.has(before) || PROGRAMMES.has(before) || /['’]s$/u.test(before))) continue;
    // "The plan was criticized", "He was told that …": the subject is not who spoke.
    if (isPassive(us, k)) continue;
    let source: Phrase | null;
    let tag: Draft | null = null;
    if (cue.participle) {
      // "…, saying …", "… by saying …", "a statement saying …": the participle of the sentence's subject.
      if (!isPunct(us[k - 1], ',—–') && !PARTICIPLE_LEADS.has(us[k - 1]?.lw ?? '') && !afterMessage(us, k)) continue;
      tag = lastTag(r, si);
      if (tag !== null) {
        source = null;
      } else {
        source = sentenceSubject(us, k - 1);
        if (source === null || !canSpeak(us, source)) continue;
      }
    } else {
      source = subjectBefore(us, k, 0);
      if (source === null || !canSpeak(us, source)) {
        // "…, said X." / "…, said X, a professor at Y." / "…, said X on Monday."
        if (isPunct(us[k - 1], ',') && k > 2 && !stance && !cue.object) {
          const src = phraseAfter(us, k + 1, end);
          const to = src === null ? -1 : invertedSourceEnd(us, src.end, end);
          if (src !== null && to >= 0 && canSpeak(us, src)) {
            addDraft(r, si, [(us[0] as Unit).s, (us[k - 2] as Unit).e], us, { cue: { start: k, end: k + 1 }, source: { start: src.start, end: to } }, false, -1);
            // A description can hold words of its own: "said Lee, a union leader who warned that …".
            k = src.end - 1;
          }
        }
        continue;
      }
    }
    if (cue.needsThat && us[k + 1]?.lw !== 'that') continue;
    if (cue.nounLike && us[k + 1]?.lw !== 'that' && (source === null || !(source.end - source.start === 1 && SUBJECT_PRONOUNS.has((us[source.start] as Unit).lw)) && nameIn(us, source) === null)) continue;
    // What was said: after the cue (and the listener of "told"), from "that" on when it comes.
    let from = objectFrom >= 0 ? objectFrom : k + 1;
    if (cue.object) {
      const listener = wordAt(us, from);
      if (listener !== undefined && listener.lw !== 'that') {
        if (OBJECT_PRONOUNS.has(listener.lw)) from++;
        else {
          // "warned the plan would fail": a phrase with a verb after it is what was said, not who heard it.
          const obj = phraseAfter(us, from, end);
          if (obj !== null && !AUXILIARIES.has(us[obj.end]?.lw ?? '')) from = obj.end;
        }
      }
    }
    // "said on Monday during a visit to the port, in Lisbon, that …": after where and when, a longer way to "that".
    // After a verb of stance, a "that" further on is a relative: "described a set of practices that left …".
    const reach = us[from]?.lw === 'that' || stance ? -1 : adjunctOnly(us, from) ? 24 : 8;
    for (let j = from; j < end && j <= from + reach; j++) {
      const u = us[j] as Unit;
      if (u.lw === 'that' && j > from) {
        from = j;
        break;
      }
      // "said Ruiz is wrong on the plans that …": a verb before "that" makes it a relative, not what was said;
      // "said she liked it and that …": a subject has begun what was said.
      if (u.q >= 0 || isPunct(u, '.;:') || (cueAt(us, j) !== undefined && j > from) || AUXILIARIES.has(u.lw) || (SUBJECT_PRONOUNS.has(u.lw) && u.lw !== 'it') || u.lw === 'and' || u.lw === 'but' || u.lw === 'or') break;
    }
    const startsClause = source !== null && isPunct(us[source.start - 1], ',—–') && source.start > 1;
    // "…, records show, and experts say …": the tag ends the clause before it, and another speaker begins.
    const nextSpeaker = isPunct(us[from], ',') && COORDINATORS.has(us[from + 1]?.lw ?? '') && speakerFollows(us, from + 2, end);
    if (startsClause && source !== null && isPunct(us[from], ',') && !nextSpeaker && hasWords(us, 0, source.start, 2) && hasWords(us, from, end, 2)) {
      // "If it comes to that, the campaign said, it may not bother": the whole sentence.
      addDraft(r, si, [(us[0] as Unit).s, stop.e], us, { cue: { start: k, end: k + 1 }, source }, false, -1);
      k = end;
      continue;
    }
    if (startsClause && source !== null && ((!stance && adjunctOnly(us, from)) || nextSpeaker) && hasWords(us, 0, source.start - 1, 3) && isMainClause(us, source.start - 1)) {
      // "The plan will fail, Smith said in an interview on Monday.": what follows the tag says only where or
      // when; what was said is the clause before it.
      const to = source.start - 1;
      addDraft(r, si, [(us[0] as Unit).s, (us[to - 1] as Unit).e], us, { cue: { start: k, end: k + 1 }, source }, false, -1);
      k = clauseEnd(us, from) - 1;
      continue;
    }
    if (isPunct(us[from], ',:')) from++;
    // "Ruiz said in a statement.": where it was said, and nothing said.
    if (source !== null && !stance && tagOnly(us, from, end)) {
      k = end;
      continue;
    }
    if (hasWords(us, from, end, 3) && !isPunct(us[from], '.')) {
      const found: Found = { cue: { start: k, end: k + 1 }, source };
      const to = stance ? stanceStop(us, from, end) : clauseStop(us, from, end, afterRelative(us, k));
      // "the agencies, which he called “a cartel”": the relative pronoun stands for what was called that,
      // so the content takes it in.
      const relative = source !== null && us[from]?.q !== undefined && (us[from] as Unit).q >= 0 ? relativeBefore(us, source.start) : -1;
      const start = relative >= 0 ? relative : from;
      const d = addDraft(r, si, [(us[start] as Unit).s, to < end ? (us[to - 1] as Unit).e : stop.e], us, found, false, -1);
      if (source === null && tag !== null) {
        d.source = tag.source;
        d.name = tag.name;
        d.refers = tag.refers;
      }
      k = to - 1;
    } else if (startsClause && source !== null && !cue.participle && clauseEnd(us, k + 1) >= end) {
      // "The plan will fail, Smith said."
      const to = source.start - 1;
      if (hasWords(us, 0, to, 3)) addDraft(r, si, [(us[0] as Unit).s, (us[to - 1] as Unit).e], us, { cue: { start: k, end: k + 1 }, source }, false, -1);
    }
  }
}

const EVIDENCE = new Set(['show', 'shows', 'showed', 'shown', 'find', 'finds', 'found']);

/** After the comma at `comma`, an adverbial and another comma ("…, in blistering terms, …"): where what follows it starts, else -1. */
function adjunctBetweenCommas(us: readonly Unit[], comma: number, end: number): number {
  if (!ADVERBIAL_OPENERS.has(us[comma + 1]?.lw ?? '')) return -1;
  for (let j = comma + 2; j < end && j <= comma + 10; j++) {
    const u = us[j] as Unit;
    if (u.q >= 0 || isPunct(u, '.;:') || cueAt(us, j) !== undefined) return -1;
    if (isPunct(u, ',')) return j + 1 < end ? j + 1 : -1;
  }
  return -1;
}

/** "X called for …", "…, calling on …", "X pointed out that …": a verb and its particle as the cue. */
function readPhrasal(r: Reader, si: number, us: readonly Unit[], k: number, end: number, stop: Unit): boolean {
  const u = wordAt(us, k);
  if (u === undefined || (isUpperStart(u.w) && !isTitleCase(us))) return false;
  const particles = PHRASAL_CUES.get(u.lw);
  const next = us[k + 1];
  if (particles === undefined || next === undefined || !particles.includes(next.lw)) return false;
  let source: Phrase | null;
  // "“…,” Ruiz said, referring to the strike": a participle after a tag has the tag's speaker.
  let tag = lastTag(r, si);
  if (u.lw.endsWith('ing')) {
    if (!isPunct(us[k - 1], ',—–')) return false;
    source = tag === null ? sentenceSubject(us, k - 1) : null;
  } else {
    if (isPassive(us, k)) return false;
    source = subjectBefore(us, k, 0);
    tag = null;
  }
  if (tag === null && (source === null || !canSpeak(us, source))) return false;
  // "As the Herald pointed out, “…”": the comma or colon opens what was said.
  const from = isPunct(us[k + 2], ',:') ? k + 3 : k + 2;
  if (from >= end || !hasWords(us, from, end, 1)) return false;
  const to = next.lw === 'out' && us[from]?.lw === 'that' ? clauseStop(us, from, end, false) : stanceStop(us, from, end);
  const d = addDraft(r, si, [(us[from] as Unit).s, to < end ? (us[to - 1] as Unit).e : stop.e], us, { cue: { start: k, end: k + 2 }, source }, false, -1);
  if (source === null && tag !== null) {
    d.source = tag.source;
    d.name = tag.name;
    d.refers = tag.refers;
  }
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
  const d = addDraft(r, si, [(us[from] as Unit).s, to < end ? (us[to - 1] as Unit).e : stop.e], us, { cue: { start: k, end: k + 2 }, source }, false, -1);
  d.owner = true;
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
    } else if (isPunct(u, '—–-') && (speakerFollows(us, j + 1, end) || (COORDINATORS.has(us[j + 1]?.lw ?? '') && speakerFollows(us, j + 2, end)))) {
      // "… - an old favorite - others say …": another speaker after a dash.
      return j;
    }
  }
  return end;
}

/** What a stance verb is about: up to the next comma, semicolon or the sentence's end. */
function stanceStop(us: readonly Unit[], from: number, end: number): number {
  // "rejected the offer and Ruiz said …": another speaker's clause ends the stance.
  for (let j = from + 1; j < end; j++) if (isPunct(us[j], ',;:—–') || ((us[j] as Unit).lw === 'and' && (cueAt(us, j + 1) !== undefined || speakerFollows(us, j + 1, end)))) return j;
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

// Words that open a subordinate clause: a sentence that starts with one is not what its tag reports.
const SUBORDINATORS = new Set(['when', 'after', 'before', 'while', 'if', 'although', 'though', 'as', 'since', 'because', 'once', 'until', 'unless', 'whether', 'asked']);
// Adjuncts that can open a clause of what was said as well: "said that …", "said, and …".
const NOT_TAG_ADJUNCTS = new Set(['and', 'but', 'because', 'while', 'as', 'when', 'since', 'until', 'to', 'of', 'about', 'then', 'there', 'here', 'this', 'once', 'instead', 'too', 'for']);

/** Whether the words from unit `from` only say where, when or how it was said: "in an interview", "on Monday". */
function adjunctOnly(us: readonly Unit[], from: number): boolean {
  const u = wordAt(us, from);
  if (u === undefined || isUpperStart(u.w) && !WEEKDAYS.has(u.lw)) return false;
  return TAG_ADJUNCTS.has(u.lw) && !NOT_TAG_ADJUNCTS.has(u.lw);
}

// Words that open an adverbial rather than a clause: "In his speech, …", "Earlier this week, …".
const ADVERBIAL_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'earlier', 'later', 'last', 'this', 'next', 'for', 'with', 'from', 'by', 'under', 'over', 'amid', 'following', 'throughout', 'despite']);

/** Whether units 0..to are a clause a tag can report: not a subordinate clause, nor an adverbial alone, nor after a colon. */
function isMainClause(us: readonly Unit[], to: number): boolean {
  const first = us[0] as Unit;
  if (SUBORDINATORS.has(first.lw)) return false;
  let comma = false;
  for (let j = 0; j < to; j++) {
    const u = us[j] as Unit;
    if (isPunct(u, ':;')) return false;
    if (isPunct(u, ',')) comma = true;
  }
  return comma || !(ADVERBIAL_OPENERS.has(first.lw) || /^\p{L}+ing$/u.test(first.lw));
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Where the speaker of an inverted tag ends ("…, said Ruiz" from unit `after`, just past the name), or -1
 * when the words after the name are a clause of their own ("…, said Ruiz is wrong"): the sentence's end, a
 * description after a comma ("said Ruiz, a professor at the institute"), or where or when it was said.
 */
function invertedSourceEnd(us: readonly Unit[], after: number, end: number): number {
  if (after >= end) return after;
  const u = us[after] as Unit;
  if (isPunct(u, ',')) {
    const next = wordAt(us, after + 1);
    if (next === undefined || CLAUSE_OPENERS.has(next.lw) || next.lw === 'that' || (next.lw.endsWith('ing') && CUE_WORDS.has(next.lw)) || STOP_PARTICIPLES.has(next.lw)) return after;
    // The description runs to the sentence's end or to a clause after it: ", adding …", ", but …". A verb
    // after it makes the tag a parenthesis in the middle of what was said: "The plan, said Lee, a union
    // leader, would fail." — not read.
    const stop = clauseStop(us, after + 1, end, false);
    for (let j = after + 1; j < stop; j++) if (isPunct(us[j], ',') && AUXILIARIES.has(us[j + 1]?.lw ?? '')) return -1;
    return stop;
  }
  if (isPunct(u, '(')) return after;
  return adjunctOnly(us, after) ? after : -1;
}

const AUXILIARIES = new Set([
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did', 'do',
  ...["doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "hasn't", "haven't"].flatMap((w) => [w, w.replace("'", '’')]),
]);

/** Whether the cue at k is the verb of a relative clause: "Ruiz, who said …, voted". */
function afterRelative(us: readonly Unit[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && BETWEEN.has((us[j] as Unit).lw)) j--;
  return us[j]?.lw === 'who';
}

// Verbs by which the writer hedges what they state: "The plan seemed to stall".
const SEEMING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
// Past participles that report what is expected or believed without saying by whom: "The bill is expected to pass".
const RAISED = new Set(['expected', 'believed', 'thought', 'said', 'reported', 'rumored', 'rumoured', 'alleged', 'seen', 'considered', 'understood']);
// Not "can be seen as": a possibility, not a judgement reported.
const BE = new Set(['is', 'are', 'was', 'were', 'been', '’s', "'s"]);
// After "appeared", places and times: someone showing up, not a judgement ("appeared on television").
const APPEARED_WHERE = new Set(['on', 'in', 'at', 'before', 'with', 'alongside', 'onstage', 'together', 'during', 'for', 'as', 'live']);

/**
 * A statement the writer attributes to no one in particular: "The plan seemed to stall", "The bill is
 * expected to pass next week", "The mayor was criticized for the delay". The content is the whole clause,
 * its subject included, and there is no source; a passive with its agent ("The plan was criticized by
 * the union") gives the agent as the source and its subject as what the stance is about. Returns where
 * the clause ends, or -1.
 */
function readJudgement(r: Reader, si: number, us: readonly Unit[], k: number, end: number): number {
  const u = wordAt(us, k);
  if (u === undefined || isUpperStart(u.w)) return -1;
  let verb = k;
  if (SEEMING.has(u.lw)) {
    const next = wordAt(us, k + 1);
    if (next === undefined || isUpperStart(next.w) || (u.lw.startsWith('appear') && (APPEARED_WHERE.has(next.lw) || next.lw !== 'to'))) return -1;
  } else if (RAISED.has(u.lw) || CUE_WORDS.has(u.lw) || PHRASAL_CUES.has(u.lw)) {
    verb = passiveBe(us, k);
    if (verb < 0) return -1;
  } else {
    return -1;
  }
  // "… the union, which is widely seen as …": the relative pronoun stands for the subject.
  const relative = us[verb - 1]?.lw === 'which' || us[verb - 1]?.lw === 'who';
  const subject = relative ? { start: verb - 1, end: verb } : subjectBefore(us, verb, 0);
  if (subject === null || !canSpeak(us, subject)) return -1;
  // "… who has met him and been mentioned as …": a verb whose subject is further back.
  let j = verb - 1;
  while (j > subject.start && BETWEEN.has((us[j] as Unit).lw) && (us[j] as Unit).lw !== 'and') j--;
  if (!relative && subject.end !== j + 1 && !isPunct(us[j], ',)')) return -1;
  const first = us[subject.start] as Unit;
  if (first.lw === 'it' || first.lw === 'there' || first.lw === 'this' || first.lw === 'that') return -1;
  // The subject must open a clause: the sentence, what follows an opening adverbial and its comma, or a
  // conjunction ("but she is expected to …", "where he is expected to …"); after "which" or "that" the
  // relative stands for it.
  let start = subject.start;
  const before = us[start - 1];
  // A subordinate or relative clause ends at its comma: "As the bill is expected to pass, …".
  let subordinate = relative;
  if (!relative && before !== undefined && !isPunct(before, ',—–;:(')) {
    if (before.lw === 'which' || before.lw === 'who' || before.lw === 'whom') start--;
    else if (!CLAUSE_LEADS.has(before.lw)) return -1;
    subordinate = !COORDINATORS.has(before.lw);
  }
  let after = k + 1;
  if (PHRASAL_CUES.get(u.lw)?.includes(us[after]?.lw ?? '') === true) after++;
  const to = clauseStop(us, after, end, subordinate);
  const cue = { start: verb, end: after };
  if (us[after]?.lw === 'by' && verb !== k) {
    // "The plan was criticized by the union": the agent speaks about the subject.
    const agent = phraseAfter(us, after + 1, to);
    if (agent === null || !canSpeak(us, agent)) return -1;
    // The agent with its description, up to a relative clause: "by Lee, a union leader, who …".
    // "The mayor was criticized by rivals for the delay": what they criticized goes on after the agent.
    let whole = false;
    for (let m = agent.start + 1; m < to; m++) {
      const v = us[m] as Unit;
      if (v.lw === 'for') whole = true;
      if (v.lw === 'for' || v.lw === 'that' || QUESTION_OPENERS.has(v.lw) || (isPunct(v, ',') && (us[m + 1]?.lw === 'who' || us[m + 1]?.lw === 'which'))) {
        agent.end = m;
        break;
      }
      if (m === to - 1) agent.end = to;
    }
    addDraft(r, si, [(us[start] as Unit).s, (us[(whole ? to : subject.end) - 1] as Unit).e], us, { cue, source: agent }, false, -1);
    return to;
  }
  if (!hasWords(us, after, to, 2)) return -1;
  addDraft(r, si, [(us[start] as Unit).s, (us[to - 1] as Unit).e], us, { cue, source: null }, false, -1);
  return to;
}

// Words that open a clause before its subject.
const CLAUSE_LEADS = new Set(['but', 'and', 'so', 'yet', 'though', 'although', 'because', 'while', 'where', 'when', 'as', 'if', 'since', 'after', 'before', 'whereas', 'why', 'how']);
const COORDINATORS = new Set(['but', 'and', 'so', 'yet']);

/** Where the form of "be" of a passive with its participle at k is ("was widely seen"), or -1. */
function passiveBe(us: readonly Unit[], k: number, be: ReadonlySet<string> = BE): number {
  const u = us[k] as Unit;
  // A participle: "was criticized", "is said", not "is back".
  if (!u.lw.endsWith('ed') && !PARTICIPLES.has(u.lw)) return -1;
  let j = k - 1;
  while (j > 0 && ((us[j] as Unit).lw.endsWith('ly') || (us[j] as Unit).lw === 'not' || (us[j] as Unit).lw === 'also' || (us[j] as Unit).lw === 'already')) j--;
  // "was being criticized"
  if (us[j]?.lw === 'being' && be.has(us[j - 1]?.lw ?? '')) j--;
  return be.has(us[j]?.lw ?? '') ? j : -1;
}

// Every form of "be" (and "get") before a passive, "can be seen" and "got criticized" too.
const PASSIVE_BE = new Set([...BE, 'be', 'being', 'get', 'got', 'gets']);

/** Whether the verb at k is a passive: its subject is not who spoke ("The plan was criticized", "He was told"). */
function isPassive(us: readonly Unit[], k: number): boolean {
  return passiveBe(us, k, PASSIVE_BE) >= 0;
}

// Words that open the question put to someone: "asked whether …", "asked about …".
const QUESTION_OPENERS = new Set(['whether', 'if', 'about', 'why', 'what', 'how', 'who', 'which', 'when', 'where', 'to']);
// Words before "asked" that make it the opening of a question put to the speaker: "When asked about …".
const ASKED_AFTER = new Set(['when', 'after', 'once', 'before', 'while', 'if', 'as']);

/**
 * The question put to a speaker: "Asked whether the port would reopen, Ruiz said …", "Ruiz shrugged when
 * asked about the strike", "Asked by reporters about the strike, …". The content is the question, the source
 * whoever asked it when the sentence says so. Returns where the question ends, or -1.
 */
function readAsked(r: Reader, si: number, us: readonly Unit[], k: number, end: number): number {
  const u = wordAt(us, k);
  if (u === undefined || u.lw !== 'asked') return -1;
  const prev = us[k - 1];
  if (k > 0 && !ASKED_AFTER.has(prev?.lw ?? '') && !(isPunct(prev, ',') && (us[k - 2]?.q ?? -1) < 0)) return -1;
  let j = k + 1;
  let source: Phrase | null = null;
  if (us[j]?.lw === 'by') {
    source = phraseAfter(us, j + 1, end);
    if (source === null) return -1;
    j = source.end;
  }
  let from = -1;
  for (let m = j; m < end && m <= j + 8; m++) {
    const v = us[m] as Unit;
    if (v.q >= 0 || isPunct(v, ',;:')) break;
    if (QUESTION_OPENERS.has(v.lw)) {
      from = m;
      break;
    }
  }
  if (from < 0 || !hasWords(us, from, end, 2)) return -1;
  // The question runs to the comma where the answer's clause starts ("Asked why …, in the end, Ruiz said"),
  // a comma inside a quotation included ("Asked if he is “ready,” Ruiz said"); else to its first comma.
  let to = -1;
  let comma = -1;
  for (let m = from + 1; m < end && m <= from + 60 && to < 0; m++) {
    const v = us[m] as Unit;
    if (isPunct(v, ';:')) break;
    const quoteComma = v.q >= 0 && /,\s*$/u.test(r.text.slice(v.s, (r.pieces[v.q] as QuotePiece).innerEnd));
    if (isPunct(v, ',') || quoteComma) {
      const at = quoteComma ? m + 1 : m;
      if (speakerFollows(us, at + (quoteComma ? 0 : 1), end)) to = at;
      else if (comma < 0) comma = at;
    }
  }
  if (to < 0) to = comma >= 0 ? comma : end;
  if (to <= from + 1) return -1;
  addDraft(r, si, [(us[from] as Unit).s, (us[to - 1] as Unit).e], us, { cue: { start: k, end: k + 1 }, source }, false, -1);
  return to;
}

// Words before a participle that make it the subject's own act: "by saying", "after insisting".
const PARTICIPLE_LEADS = new Set(['by', 'after', 'before']);

// Words before "show" that make it a programme: "a talk show", "the morning show".
const PROGRAMMES = new Set(['talk', 'tv', 'television', 'radio', 'game', 'award', 'awards', 'morning', 'news', 'reality', 'comedy', 'cooking', 'late-night', 'variety', 'road', 'trade', 'air', 'car', 'horse', 'fashion', 'art', 'slide', 'puppet', 'sunday', 'evening', 'night', 'weekly', 'daily', 'hit', 'popular', 'live', 'cable', 'that']);

// Nouns for something said or written: "released a statement saying …", "posted a video calling …".
const MESSAGES = new Set(['statement', 'statements', 'letter', 'tweet', 'tweets', 'post', 'message', 'email', 'e-mail', 'note', 'memo', 'video', 'ad', 'advertisement', 'op-ed', 'column', 'speech', 'release', 'resolution', 'report', 'petition', 'editorial', 'essay', 'interview']);

/** Whether the participle at k follows a message it describes: "issued a statement Monday saying …". */
function afterMessage(us: readonly Unit[], k: number): boolean {
  let j = k - 1;
  if (WEEKDAYS.has(us[j]?.lw ?? '') || us[j]?.lw === 'today' || us[j]?.lw === 'yesterday') j--;
  return MESSAGES.has(us[j]?.lw ?? '') && DETERMINERS.has(us[j - 1]?.lw ?? '');
}

/** Whether the words from unit `from` to the sentence's end only say where or when: no verb, no "that". */
function tagOnly(us: readonly Unit[], from: number, end: number): boolean {
  if (!adjunctOnly(us, from) || hasWords(us, from, end, 9)) return false;
  for (let j = from; j < end; j++) {
    const u = us[j] as Unit;
    if (u.q >= 0 || u.lw === 'that' || AUXILIARIES.has(u.lw) || isPunct(u, ',;:')) return false;
  }
  return true;
}

// Past participles that do not end in "-ed".
const PARTICIPLES = new Set(['said', 'told', 'thought', 'known', 'seen', 'shown', 'found', 'sought', 'written', 'understood', 'felt', 'heard', 'put', 'taught', 'meant', 'read', 'given', 'taken', 'held', 'made', 'spoken', 'begun', 'sung', 'cited']);
