// Direct quotations: a quotation with its cue and speaker next to it ("“…,” X said", "X said: “…”", split
// quotations, quotations that go on over sentences and paragraphs, a colon that introduces one).
import { CueUse } from './quote-cues.js';
import type { QuotePiece } from './quote-marks.js';
import { DETERMINERS, NAME_PARTICLES, OBJECT_PRONOUNS, PERSON_NOUNS, RELATIVES, SUBJECT_PRONOUNS, abbreviationDot, canSpeak, isPunct, phraseAfter, phraseBefore, sentenceSubject, subjectBefore, type Phrase } from './quote-phrases.js';
import {
  accordingAt,
  addDraft,
  chain,
  contentEnd,
  cueAt,
  hasWords,
  isAbbreviationDot,
  isTitleAt,
  quoteContent,
  quoteWords,
  speechAt,
  TAG_ADJUNCTS,
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
    if (src !== null && canSpeak(us, src)) return { cue: { start: j, end: j + 1 }, source: withAppositiveName(us, src, us.length) };
  }
  // ", X said" / ", X, a spokesman, said" / ", he shot back"
  for (let c = j + 1; c < us.length && c <= j + 24; c++) {
    const v = us[c] as Unit;
    if (v.q >= 0 || isPunct(v, '.;:!?') && v.w !== '.') break;
    const cue = speechAt(us, c);
    if (cue === undefined || cue.participle) continue;
    // "“…,” one resident, who asked not to be named, said": a relative clause's verb describes the speaker.
    if (us[c - 1]?.lw === 'who' && isPunct(us[c - 2], ',')) continue;
    const src = subjectBefore(us, c, j);
    if (src !== null && canSpeak(us, src)) {
      if (src.start === j) return { cue: { start: c, end: c + 1 }, source: src };
      // "a voice-over in the ad states": a preposition the phrase did not take.
      // "another friend, Mariam Emara told CNN": a description and a comma before the name.
      let plain = src.start - j <= 5;
      for (let m = j; m < src.start && plain; m++) {
        const v = us[m] as Unit;
        plain = (wordAt(us, m) !== undefined && !NOT_VERBS.has(v.lw)) || ['in', 'on', 'of', 'at', 'for', 'from', 'with'].includes(v.lw) || (isPunct(v, ',') && m === src.start - 1) || (v.lw === 'and' && m > j);
      }
      if (plain || coordinated(us, j, src.start)) return { cue: { start: c, end: c + 1 }, source: { start: j, end: src.end } };
    }
    // "“…,” Cecelia Purner, 67, a retired clerk in Allentown, Pa., said": a name and what describes it.
    if (isPunct(us[c - 1], ',') && c - 1 > j && (isUpperStart(u.w) || DETERMINERS.has(u.lw))) {
      // "“…,” a senior aide to the governor, who spoke on condition of anonymity, said": a preposition
      // may go on with the description before its comma.
      const name = phraseAfter(us, j, c - 1);
      if (name !== null && (isPunct(us[name.end], ',(') || (DESCRIPTION_PREPOSITIONS.has(us[name.end]?.lw ?? '') && !hasClauseBreak(us, name.end, c - 1))) && canSpeak(us, name)) {
        return { cue: { start: c, end: c + 1 }, source: { start: j, end: c - 1 } };
      }
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

/** Names joined by "and" before a second speaker at `at`: "“…,” Ana Ruiz and Tom Reed wrote". */
function coordinated(us: readonly Unit[], from: number, at: number): boolean {
  if (at - from < 2 || (us[at - 1] as Unit).lw !== 'and') return false;
  for (let m = from; m < at - 1; m++) {
    const v = us[m] as Unit;
    if (!(isUpperStart(v.w) && wordAt(us, m) !== undefined) && !(isPunct(v, ',') && m > from)) return false;
  }
  return true;
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
    if (u.q < 0 || r.used.has(u.q) || isTitleAt(r, us, a)) continue;
    const [c0] = chain(r.pieces, u.q);
    // The quotation and what follows it: "“…,” X said."
    const endsLikeTag = tagged(r, u.q);
    // A testimony's dash and name come first: "“…” — Tom van der Berg, 61" has no verb "van".
    let found = a === 0 && (r.sentences[si - 1]?.para !== s.para || afterDashTag(r, si)) && !titleLike(r, u.q) ? dashTagAfter(us, a + 1) : null;
    if (found === null) found = cueAfter(us, a + 1, endsLikeTag);
    // A fragment inside the writer's sentence (a phrase in lower case, or a title), with no comma to end
    // it, is not what the verb after it introduces: "On NBC’s “Meet the Press” Sunday, he said, “…”",
    // "Facing a rise “in the long run” she warned: “…”". A sentence quoted whole is: "In a tweet “We will
    // not be silenced” Ruiz wrote."; so is one after a colon or a dash.
    if (found !== null && !endsLikeTag && !isPunct(us[a + 1], ',—–-') && !isPunct(us[a - 1], ':—–-(') && hasWords(us, 0, a, 1) && (opensLower(r, u.q) || titleLike(r, u.q))) found = null;
    // "On Fox’s “Sunday Futures,” Issa said Clinton’s judgment is in question": the verb has a clause of
    // its own, and the quotation before it is a title, not what was said.
    if (found !== null && hasWords(us, 0, a, 1) && !endsAsTag(us, found)) found = null;
    let mergedTo = a;
    let direct = true;
    if (found !== null) {
      // A quotation split by its cue: "“…,” X said, “…”" (one content from the first to the last piece).
      // A quotation straight after words of the tag is its object, a title or someone else's words:
      // "Ruiz said on the show “Here and Now.”", "Ruiz said as a man yelled “Go home!”".
      const tagEnd = Math.max(found.cue.end, found.source?.end ?? 0);
      const b = resumesAt(us, tagEnd);
      if (b >= 0) mergedTo = b;
      // Words before the quotation make it part of a reported clause: "He called it “a disaster,” Smith said."
      // A colon, a dash or a parenthesis before it ends those words: "Fiorina was blunt: “…,” she recalled."
      // A quotation that opens in lower case goes on with the writer's words before it: "Polls show that
      // “the public is not ready,” Ruiz said."
      if (hasWords(us, 0, a, 1) && (!quoteFollowsCue(us, a) || opensLower(r, u.q)) && !isPunct(us[a - 1], ':—–-(')) direct = false;
    } else {
      found = cueBefore(r, us, a);
      // "…, shouting “Get out” and “Go home.”": one cue for both.
      const and = found !== null ? andQuoteAt(us, a + 1) : -1;
      if (and >= 0) mergedTo = and;
      // "An economic downturn, he said, “could be a good time to borrow.”": the quotation finishes the
      // sentence its first words began, around the tag; what was said runs from the sentence's start.
      const src = found?.source;
      if (found != null && src != null && src.end === found.cue.start && found.cue.end === a - 1 && isPunct(us[a - 1], ',') && !(cueAt(us, found.cue.start)?.participle ?? true)) {
        if (src.start >= 2 && isPunct(us[src.start - 1], ',') && hasWords(us, 0, src.start - 1, 1) && opensLower(r, u.q)) direct = false;
      }
    }
    if (found === null) {
      // "Trump: “…”" (a name and a colon before the quotation, at the start of the sentence).
      if (a >= 2 && isPunct(us[a - 1], ':')) found = colonIntro(us, a - 1);
      // "Ruiz shot back, “…”": a speaker and a verb no list has, then the whole sentence quoted.
      if (found === null && a >= 3 && isPunct(us[a - 1], ',:') && !hasWords(us, a + 1, us.length, 1) && opensSentence(r, u.q)) found = anyVerbBefore(us, a - 1);
    }
    if (found === null) continue;
    const lastUnit = us[mergedTo] as Unit;
    const [, d1] = chain(r.pieces, lastUnit.q);
    for (let q = c0; q <= d1; q++) r.used.add(q);
    const content: [number, number] = direct ? quoteContent(r.text, r.pieces, c0, d1) : [(us[0] as Unit).s, quoteContent(r.text, r.pieces, c0, d1)[1]];
    const previous = r.drafts[r.drafts.length - 1];
    const d = addDraft(r, si, content, us, found, direct, d1);
    // "“…,” Ruiz said, adding: “…”": a participle's speaker is the one just named.
    if (found.source === null && previous !== undefined && previous.sentence === si && previous.source !== null) {
      d.source = previous.source;
      d.name = previous.name;
      d.refers = previous.refers;
    }
    for (let j = found.cue.start; j < found.cue.end; j++) used.add(j);
    a = mergedTo;
  }
  return used;
}

/** The quotation after "and" (", and," or " and ") from unit j, or -1: "“Go,” and “Stay.”" */
function andQuoteAt(us: readonly Unit[], j: number): number {
  if (isPunct(us[j], ',')) j++;
  if (us[j]?.lw !== 'and' || (us[j] as Unit).q >= 0) return -1;
  j++;
  if (isPunct(us[j], ',')) j++;
  return us[j] !== undefined && (us[j] as Unit).q >= 0 ? j : -1;
}

/**
 * Where the quotation resumes after its tag, or -1: "“…,” Ruiz said, “…”", "“…,” said Ruiz, director of the
 * port, “…”", "“…,” she said, and “…”". The words between may describe the speaker but not say anything of
 * their own (no other verb of saying), and a comma, colon or "and" must open the quotation again.
 */
function resumesAt(us: readonly Unit[], tagEnd: number): number {
  for (let j = tagEnd; j < us.length && j <= tagEnd + 30; j++) {
    const u = us[j] as Unit;
    if (u.q >= 0) {
      if (j === tagEnd) return j;
      const before = us[j - 1] as Unit;
      return isPunct(before, ',.:—–') || before.lw === 'and' ? j : -1;
    }
    if (isPunct(u, ';!?') || (u.w === '.' && !isAbbreviationDot(us, j) && !/^\p{Lu}\p{Ll}{0,4}$/u.test(us[j - 1]?.w ?? ''))) return -1;
    const cue = cueAt(us, j);
    // Another verb of saying starts words of its own: "…, adding: “…”".
    if (cue !== undefined && cue.use !== CueUse.Stance && !cue.nounLike && j > tagEnd) return -1;
  }
  return -1;
}

// Particles after a verb of speaking: "shot back", "cut in", "spoke up".
const PARTICLES = new Set(['back', 'in', 'up', 'out', 'on']);

/**
 * A person and any verb before the comma at `comma` that introduces a quotation: "Ruiz shot back,", "his
 * friends jeered,". The speaker must be a name, a pronoun or a word for people, and start the clause.
 */
function anyVerbBefore(us: readonly Unit[], comma: number): Found | null {
  let v = comma - 1;
  if (PARTICLES.has((us[v] as Unit).lw) && v > 1) v--;
  const verb = wordAt(us, v);
  // In a tense a report takes ("shouted", "fires", "shot", "spoke", "threw", "sang"), which keeps nouns and
  // adjectives out: "The plan failed, “…”" has no speaker.
  if (verb === undefined || isUpperStart(verb.w) || !isVerbLike(verb) || !/(?:ed|[^s]s|ot|ke|id|ew|ang|ung)$/u.test(verb.lw) || cueAt(us, v)?.use === CueUse.Stance) return null;
  const src = phraseBefore(us, v - 1, 0);
  if (src === null || !canSpeak(us, src)) return null;
  const before = us[src.start - 1];
  if (before !== undefined && !isPunct(before, ',—–;:')) return null;
  const head = us[src.end - 1] as Unit;
  const person = (src.end - src.start === 1 && SUBJECT_PRONOUNS.has(head.lw)) || isUpperStart(head.w) || PERSON_NOUNS.has(head.lw) || PEOPLE.has(head.lw);
  return person ? { cue: { start: v, end: comma }, source: src } : null;
}

// Plural words for people, who can speak together: "the protesters chanted,".
const PEOPLE = new Set(['people', 'friends', 'supporters', 'protesters', 'voters', 'officials', 'critics', 'fans', 'members', 'students', 'workers', 'residents', 'crowd', 'audience', 'others', 'delegates', 'activists', 'demonstrators', 'lawmakers', 'aides', 'leaders', 'reporters']);

/** Whether the quotation reads as a title: a few words, each capitalised but for small ones ("Meet the Press"). */
function titleLike(r: Reader, q: number): boolean {
  const piece = r.pieces[q] as QuotePiece;
  const words = r.text.slice(piece.innerStart, piece.innerEnd).split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.length <= 8 && words.every((w, i) => isUpperStart(w.replace(/^\P{L}+/u, '')) || (i > 0 && /^(?:the|of|and|a|an|in|on|for|to|at|with)$/u.test(w)));
}

/** Whether the quotation opens with a capital letter: a sentence of its own. */
function opensSentence(r: Reader, q: number): boolean {
  const piece = r.pieces[q] as QuotePiece;
  for (let i = piece.innerStart; i < piece.innerEnd && i < piece.innerStart + 8; i++) {
    const c = r.text[i] as string;
    if (c.toLowerCase() !== c.toUpperCase()) return c === c.toUpperCase();
  }
  return false;
}

/** Whether the quotation's first letter is a small one: it takes up a sentence the writer began. */
function opensLower(r: Reader, q: number): boolean {
  const piece = r.pieces[q] as QuotePiece;
  for (let i = piece.innerStart; i < piece.innerEnd && i < piece.innerStart + 8; i++) {
    const c = r.text[i] as string;
    if (c.toLowerCase() !== c.toUpperCase()) return c !== c.toUpperCase();
    if (c >= '0' && c <= '9') return false;
  }
  return false;
}

/**
 * A headline in the form "Speaker: what they said" — "Graham: Trump’s ‘Hateful Rhetoric’ Destroying GOP",
 * "Poll: Sanders Leads in Iowa" — read as one attribution, whether or not its words are quoted. It must be
 * the text's first paragraph, one sentence, with a short capitalised name before the colon.
 */
export function readHeadline(r: Reader): void {
  const s = r.sentences[0];
  if (s === undefined || s.para !== 0 || r.sentences[1]?.para === 0) return;
  const us = s.units;
  let colon = -1;
  for (let j = 1; j < us.length && j <= 8; j++) {
    if (isPunct(us[j], ':')) {
      colon = j;
      break;
    }
  }
  if (colon < 0) return;
  for (let j = 0; j < colon; j++) {
    const u = us[j] as Unit;
    if (u.q >= 0 || isPunct(u, ',')) return;
    if (wordAt(us, j) === undefined) continue;
    // A label, not a speaker: "The Latest:", "WATCH:", "Revealed:".
    if (HEADLINE_LABELS.has(u.lw) || (u.w.length > 4 && u.w === u.w.toUpperCase())) return;
    // A short speaker may end in a common noun: "Clinton camp:", "Board's new warning:".
    if (!isUpperStart(u.w) || /^\d/u.test(u.w)) {
      if (j === 0 || (!HEADLINE_SMALL_WORDS.has(u.lw) && (colon > 4 || NOT_VERBS.has(u.lw))) || /^\d/u.test(u.w)) return;
    }
  }
  const end = contentEnd(us);
  // A question asks; it reports no one's words.
  if (!hasWords(us, colon + 1, end, 2) || isPunct(us[end - 1], '?')) return;
  const d = addDraft(r, 0, [(us[colon + 1] as Unit).s, (us[end - 1] as Unit).e], us, { cue: { start: colon, end: colon + 1 }, source: { start: 0, end: colon } }, false, -1);
  // A headline's short name ("Trump:") is no antecedent for the pronouns of the story below it.
  d.aside = true;
  r.consumed.add(0);
}

// Headline labels that name no speaker.
const HEADLINE_LABELS = new Set([
  'the', 'a', 'an', 'exclusive', 'update', 'watch', 'breaking', 'live', 'video', 'photos', 'revealed', 'wow', 'look',
  'leaked', 'bombshell', 'busted', 'byline', 'analysis', 'opinion', 'editorial', 'review', 'explainer', 'factbox',
  'timeline', 'correction', 'podcast', 'newsletter', 'transcript', 'notice', 'obituary', 'quiz',
]);
// Small words a headline's speaker may hold: "Former AG Mukasey at RNC:".
const HEADLINE_SMALL_WORDS = new Set(['of', 'at', 'on', 'in', 'for', 'to', 'and', '&', 'de']);

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
  // "Former secretary of state Ana Ruiz: “…”": a description that ends in the name is the speaker, whole.
  const named = us[colon - 1] as Unit;
  if (colon <= 10 && isUpperStart(named.w) && wordAt(us, colon - 1) !== undefined && onlyDescribes(us, src.start, colon)) {
    return { cue: { start: colon, end: colon + 1 }, source: { start: src.start, end: colon } };
  }
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
  for (let c = i; c >= 0 && c >= i - 30; c--) {
    const v = us[c] as Unit;
    if (v.q >= 0 || (isPunct(v, '.;!?') && !isAbbreviationDot(us, c))) return null;
    if (v.lw === 'that' || v.lw === 'if' || v.lw === 'whether' || v.lw === 'as') return null;
    const cue = speechAt(us, c);
    if (cue === undefined) {
      // "Ruiz issued a statement, “…”", "the mayor posted a video: “…”": a verb, a message, then its words.
      const issued = c >= 2 && punct && c === i && MESSAGE_NOUNS.has(v.lw) && DETERMINERS.has((us[c - 1] as Unit).lw) ? wordAt(us, c - 2) : undefined;
      if (issued !== undefined && !isUpperStart(issued.w) && /(?:ed|ent|ote|ut)$/u.test(issued.lw) && !NOT_VERBS.has(issued.lw)) {
        const src = subjectBefore(us, c - 2, 0);
        if (src !== null && canSpeak(us, src)) return { cue: { start: c - 2, end: c + 1 }, source: src };
      }
      continue;
    }
    // "wrote in an email:", "said in a post:": after a determiner the word is a noun, and the verb is before it.
    if (cue.nounLike && c > 0 && DETERMINERS.has((us[c - 1] as Unit).lw)) continue;
    // Words between the cue and the quotation without a colon or comma: the quotation is part of a clause.
    if (hasWords(us, c + 1, i + 1, 1) && !punct) return null;
    // Many words between make them a clause of their own, unless they say where or when it was said: "said
    // on Twitter on Monday, in reference to her first child, “…”".
    if (hasWords(us, c + 1, i + 1, 9) && !(OPENS_ADJUNCT.has(us[c + 1]?.lw ?? '') && !hasCue(us, c + 2, i))) return null;
    // Words straight after the quotation: it opens a reported clause ("said “…” because …"), read as such,
    // unless they only say when or where ("tweeted, “Thank you, Ohio!” on Friday").
    const piece = r.pieces[(us[a] as Unit).q] as QuotePiece;
    const rest = hasWords(us, a + 1, us.length, 1);
    const whenOrWhere = punct && opensSentence(r, (us[a] as Unit).q) && OPENS_ADJUNCT.has(us[a + 1]?.lw ?? '');
    if (rest && !whenOrWhere && !isPunct(us[a + 1], ',;—–(') && !tagged(r, (us[a] as Unit).q) && (wordAt(us, a + 1) !== undefined || quoteWords(r.text, piece, 4) < 4) && andQuoteAt(us, a + 1) < 0) return null;
    // "…, saying “…”": the speaker is the sentence's subject; "Ruiz was prompted to say, “…”", "he went on
    // to say": the subject of the verb before "to", else the sentence's.
    const infinitive = c > 1 && (us[c - 1] as Unit).lw === 'to';
    if (cue.participle || infinitive) {
      const subject = (infinitive ? infinitiveSubject(us, c - 1) : null) ?? sentenceSubject(us, c);
      return { cue: { start: c, end: c + 1 }, source: subject !== null && canSpeak(us, subject) ? subject : null };
    }
    const src = subjectBefore(us, c, 0);
    if (src !== null && canSpeak(us, src) && !RELATIVES.has((us[src.start] as Unit).lw)) return { cue: { start: c, end: c + 1 }, source: src };
    // "a message that said, “…”", "a video which stated: “…”": the speaker is the phrase the clause describes.
    if (c >= 2 && RELATIVES.has((us[c - 1] as Unit).lw)) {
      const described = phraseBefore(us, c - 2, 0);
      // "There was no note that said “…”": nothing said it.
      if (described !== null && canSpeak(us, described) && (us[described.start] as Unit).lw !== 'no') return { cue: { start: c, end: c + 1 }, source: described };
    }
    // "Said Comey, “…”"
    const after = c === 0 || onlyLinkBefore(us, c) ? phraseAfter(us, c + 1, i + 1) : null;
    if (after !== null && canSpeak(us, after)) return { cue: { start: c, end: c + 1 }, source: withAppositiveName(us, after, i + 1) };
    return null;
  }
  return null;
}


/**
 * The speaker phrase after an inverted cue with the name in its appositive, up to `hi`: "said Ruiz’s lawyer,
 * Tom Reed," is Tom Reed speaking, and so is "said the mayor, Tom Reed of Boston," or "…, Tom Reed, 54,";
 * "said the mayor, Reed’s ally," stays the mayor.
 */
function withAppositiveName(us: readonly Unit[], p: Phrase, hi: number): Phrase {
  if (!isPunct(us[p.end], ',')) return p;
  let j = p.end + 1;
  const first = j;
  // The name: capitalised words with no owner among them, and abbreviation dots ("Tom J. Reed").
  while (j < hi && (wordAt(us, j) !== undefined ? isUpperStart((us[j] as Unit).w) && !/['’]s$/u.test((us[j] as Unit).w) && !/^\d/u.test((us[j] as Unit).w) : isAbbreviationDot(us, j))) j++;
  if (j === first) return p;
  // Then only where they are from, or an age: "of Boston", ", 54".
  if ((us[j] as Unit | undefined)?.lw === 'of' || (us[j] as Unit | undefined)?.lw === 'from') {
    j++;
    while (j < hi && isUpperStart((us[j] as Unit).w) && wordAt(us, j) !== undefined) j++;
  }
  if (isPunct(us[j], ',') && /^\d{1,3}$/u.test(us[j + 1]?.w ?? '')) j += 2;
  const end = j;
  while (j < hi && isPunct(us[j], ',.')) j++;
  // What may follow: the end, the quotation, when and where it was said ("…, Tom Reed, on Monday."), or a
  // clause about the speaker ("…, Tom Reed, who took office in May.").
  const next = us[j];
  return j >= hi || (next !== undefined && (next.q >= 0 || next.lw === 'who' || OPENS_ADJUNCT.has(next.lw))) ? { start: p.start, end } : p;
}

/** Only a linking word and commas before unit c: "But, said Ruiz, “…”", "And said Ruiz: “…”". */
function onlyLinkBefore(us: readonly Unit[], c: number): boolean {
  let words = 0;
  for (let j = 0; j < c; j++) {
    const u = us[j] as Unit;
    if (isPunct(u, ',')) continue;
    if (!LINKS.has(u.lw) || ++words > 1) return false;
  }
  return words === 1;
}

const LINKS = new Set(['but', 'and', 'yet', 'still', 'so', 'or', 'then', 'later', 'again', 'instead']);

/** The subject of the verbs before the "to" at `to`: "Ruiz was quick to add", "but went on to say" (the sentence's). */
function infinitiveSubject(us: readonly Unit[], to: number): Phrase | null {
  let m = to - 1;
  while (m > 0 && m >= to - 4) {
    const u = wordAt(us, m);
    if (u === undefined || isUpperStart(u.w) || DETERMINERS.has(u.lw) || SUBJECT_PRONOUNS.has(u.lw) || u.lw === 'and' || u.lw === 'but') break;
    m--;
  }
  const u = us[m] as Unit;
  const subject = u.lw === 'and' || u.lw === 'but' ? sentenceSubject(us, m) : m < to - 1 ? phraseBefore(us, m, 0) : null;
  return subject !== null && canSpeak(us, subject) ? subject : null;
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

/** A sentence wholly in parentheses, with no quotation: "(He declined to elaborate.)". */
function parenthetical(s: Sentence): boolean {
  const us = s.units;
  return us.length > 2 && (us[0] as Unit).w === '(' && (us[us.length - 1] as Unit).w === ')' && us.every((u) => u.q < 0);
}

/** Whether the cue and speaker found in a sentence are all of it, but for an adjunct: a tag, not a statement. */
function isTag(us: readonly Unit[], found: Found): boolean {
  // A sentence with a quotation of its own is that quotation's cue.
  for (const u of us) if (u.q >= 0) return false;
  return endsAsTag(us, found);
}

/**
 * Whether nothing but an adjunct, a listener or punctuation follows a tag: "Ruiz said in an interview.",
 * "Todd asked the candidate.", "Ruiz said, smiling." — not a clause of its own ("Ruiz said the port is
 * closed"), which makes the verb that clause's cue.
 */
function endsAsTag(us: readonly Unit[], found: Found): boolean {
  let from = Math.max(found.cue.end, found.source?.end ?? 0);
  const end = contentEnd(us);
  const object = cueAt(us, found.cue.start)?.object === true;
  // "Ruiz was asked by a reporter": the one named asked nothing.
  if (object && from < end && from === found.cue.end && (us[from] as Unit).lw === 'by') return false;
  // "Ruiz asked the candidate." has a listener; "Ruiz asks as the crowd cheers" an adjunct.
  if (from < end && object && from === found.cue.end && !TAG_ADJUNCTS.has((us[from] as Unit).lw)) {
    const listener = phraseAfter(us, from, end);
    if (listener !== null) from = listener.end;
  }
  if (from >= end) return true;
  const u = us[from] as Unit;
  if (u.q >= 0 || isPunct(u, ',—–-(;:')) return true;
  return TAG_ADJUNCTS.has(u.lw) || (u.lw.endsWith('ly') && u.lw.length > 3);
}

/** A sentence that is only a speaker and a verb of speech: "Bystrom agreed.", "The senator disagreed." */
function bareCue(us: readonly Unit[]): Found | null {
  const end = contentEnd(us);
  if (end < 2) return null;
  if (end <= 12) {
    const c = end - 1;
    const cue = speechAt(us, c);
    if (cue !== undefined && !cue.participle && !cue.nounLike && !cue.object) {
      const src = subjectBefore(us, c, 0);
      if (src !== null && src.start === 0 && canSpeak(us, src)) return { cue: { start: c, end: c + 1 }, source: src };
    }
  }
  // "Ruiz, the port's director, said in a statement.": the verb followed only by where or when it was said.
  for (let c = 1; c < end && c <= 30; c++) {
    const u = us[c] as Unit;
    if (u.q >= 0 || isPunct(u, ';:')) return null;
    const cue = speechAt(us, c);
    if (cue === undefined || cue.participle || cue.nounLike || cue.use !== CueUse.Speech) continue;
    const src = subjectBefore(us, c, 0);
    if (src === null || src.start !== 0 || !canSpeak(us, src) || !OPENS_ADJUNCT.has(us[c + 1]?.lw ?? '')) return null;
    const found = { cue: { start: c, end: c + 1 }, source: src };
    for (let j = c + 1; j < end; j++) if ((us[j] as Unit).q >= 0 || (us[j] as Unit).lw === 'that' || cueAt(us, j) !== undefined) return null;
    return endsAsTag(us, found) ? found : null;
  }
  return null;
}

/** A line that opens with a dash and a name: "— Hillary Clinton, in a debate." */
function dashLine(us: readonly Unit[], at = 0): Found | null {
  if (!isPunct(us[at], '-—–')) return null;
  const first = wordAt(us, at + 1);
  if (first === undefined || !isUpperStart(first.w) || CREDIT_WORDS.has(first.lw)) return null;
  // "– An immigrant himself –": a line that ends with a dash, as it began, is a subheading.
  let last = us.length - 1;
  if (last > at && isPunct(us[last], '.')) last--;
  if (last > at + 1 && isPunct(us[last], '—–')) return null;
  const src = phraseAfter(us, at + 1, us.length);
  return src !== null && canSpeak(us, src) ? { cue: { start: at, end: at + 1 }, source: src } : null;
}

// A line after a dash that opens with these credits the report, not the quotation: "— Reporting by …".
const CREDIT_WORDS = new Set(['by', 'reporting', 'reported', 'editing', 'edited', 'writing', 'written', 'additional', 'compiled', 'staff', 'photo', 'photos', 'photograph', 'image', 'video', 'graphic', 'illustration', 'source', 'sources', 'via', 'credit', 'from']);

/**
 * A dash and a name on the line of a quotation that opens it, as testimonies and epigraphs are set:
 * "“…” — Ana Ruiz, 27, Tucson". Only a name may follow the dash, and after it only who the speaker is
 * (", 27, Tucson", " (@ruiz)"): "“Jaws” — Spielberg's first hit — opened in 1975" is the writer's sentence.
 */
function dashTagAfter(us: readonly Unit[], j: number): Found | null {
  const found = dashLine(us, j);
  return found !== null && nameAndWhoTheyAre(us, found) ? found : null;
}

/** Whether the sentence before si ended with a testimony's dash tag: "“…” — Ana Ruiz, 34. “…” — Tom Reed". */
function afterDashTag(r: Reader, si: number): boolean {
  const d = r.drafts[r.drafts.length - 1];
  return d !== undefined && d.sentence === si - 1 && d.cue !== null && d.direct && /^[-—–―]$/u.test(r.text.slice(d.cue[0], d.cue[1])) && (r.sentences[si - 1] as Sentence).para === (r.sentences[si] as Sentence).para;
}

/** Whether a dash line's source is a name, every word of it capitalised, followed by who the speaker is and nothing else. */
function nameAndWhoTheyAre(us: readonly Unit[], found: Found): boolean {
  const src = found.source;
  if (src === null) return false;
  for (let k = src.start; k < src.end; k++) {
    const u = us[k] as Unit;
    // "Smith 2, Jones 1" is a score, "Channel 4" a listing: a name's words start with a letter.
    if (!(isUpperStart(u.w) && /^\p{L}/u.test(u.w)) && !NAME_PARTICLES.has(u.lw) && !abbreviationDot(us, k)) return false;
  }
  const after = us[src.end];
  if (after === undefined || (src.end === us.length - 1 && isPunct(after, '.'))) return true;
  if (!isPunct(after, ',(') || hasCue(us, src.end, us.length)) return false;
  return whoTheyAre(us, src.end);
}

/**
 * Whether units from `from` to the end only say who the speaker is: comma-separated parts (", 34, Tucson",
 * ", a student in Ostmark", ", speaking on Monday", ", retired nurse"), or a parenthesis that ends the line
 * (" (@ruiz)"). A part that opens with a verb and its object ("…, the clerk, taped the sign to the door")
 * is the writer's sentence.
 */
function whoTheyAre(us: readonly Unit[], from: number): boolean {
  let k = from;
  while (k < us.length) {
    const u = us[k] as Unit;
    if (u.q >= 0) return false;
    if (isPunct(u, '(')) {
      // " (@ruiz)", " (D-Ostby), in a statement": a parenthesis closes, and only a part or the end follows it.
      let close = k + 1;
      while (close < us.length && !isPunct(us[close], ')')) close++;
      const after = us[close + 1];
      if (close >= us.length || (after !== undefined && !isPunct(after, ',') && !(close + 2 === us.length && isPunct(after, '.')))) return false;
      k = close + 1;
      continue;
    }
    if (isPunct(u, ',') && !opensDescription(us, k + 1)) return false;
    k++;
  }
  return true;
}

/** Whether the part from unit j can describe a person: anything but a lower-case verb with its object. */
function opensDescription(us: readonly Unit[], j: number): boolean {
  const next = us[j];
  if (next === undefined || next.q >= 0) return false;
  if (isUpperStart(next.w) || DETERMINERS.has(next.lw) || DESCRIPTION_PREPOSITIONS.has(next.lw) || OPENS_ADJUNCT.has(next.lw) || /ing$/u.test(next.lw) || PERSON_NOUNS.has(next.lw)) return true;
  if (RELATIVES.has(next.lw)) return false;
  // "taped the sign", "put up the sign": a determiner within two words makes it a verb and its object.
  for (let k = j + 1; k <= j + 2 && k < us.length; k++) if (DETERMINERS.has((us[k] as Unit).lw) || OBJECT_PRONOUNS.has((us[k] as Unit).lw)) return false;
  return true;
}


// At most this many words and marks may lead into a quotation that goes on: "But", "Instead,".
const LEAD_WORDS = 3;

/** Where a sentence's first quotation is when only a few words without a cue stand before it, else -1. */
function leadToQuote(r: Reader, us: readonly Unit[]): number {
  for (let j = 0; j < us.length && j <= LEAD_WORDS; j++) {
    const u = us[j] as Unit;
    if (u.q >= 0) return r.used.has(u.q) ? -1 : j;
    if (cueAt(us, j) !== undefined || accordingAt(us, j)) return -1;
  }
  return -1;
}

/** Quotations left without a cue: go on from the last quotation, or take the cue of the next sentence. */
export function readLoose(r: Reader, si: number): void {
  const s = r.sentences[si] as Sentence;
  const us = s.units;
  const only = onlyQuotes(us);
  // A sentence that opens with a quotation no cue claimed, or with a word or two before it, goes on from
  // the last speaker's words even when the writer adds something: "“…,” said Ruiz. “We will see” — and
  // she left it there.", "“…,” Ruiz said. Instead, “we wait.”"
  const lead = only ? 0 : leadToQuote(r, us);
  if (lead < 0) return;
  for (let a = 0; a < us.length; a++) {
    const u = us[a] as Unit;
    if (u.q < 0 || r.used.has(u.q)) continue;
    const [c0, c1] = chain(r.pieces, u.q);
    // An aside in parentheses between the pieces ("“…,” Ruiz said. (He declined to elaborate.) “…”") does
    // not end the speaker's turn.
    let back = si - 1;
    while (back > 0 && parenthetical(r.sentences[back] as Sentence) && (r.sentences[back] as Sentence).para === s.para) back--;
    const last = lastDirect(r, back);
    if (!only) {
      // "“…” — Tom Reed, mayor of Ostby": a quotation with a dash and a name after it is someone's own, not the
      // last speaker going on ("“…” — and she left" is).
      if (last !== null && a === lead && dashLine(us, a + 1) === null) {
        last.content = [last.content[0], quoteContent(r.text, r.pieces, c0, c1)[1]];
        last.lastPiece = c1;
        last.sentence = si;
        for (let q = c0; q <= c1; q++) r.used.add(q);
      }
      return;
    }
    const prev = r.sentences[si - 1];
    // "“Why?” Trump asked." — the next sentence is the cue alone. A quotation with a tag of its own is
    // someone's answer, not the last speaker going on: "“…,” Sanders said. “That would be you?” Borger asked."
    const next = r.sentences[si + 1];
    let tag: Found | null = null;
    if (next !== undefined && next.para === s.para) {
      const open = tagged(r, c1) && !r.text.slice(0, (r.pieces[c1] as QuotePiece).innerEnd).endsWith('.');
      // After a full stop, "He smiled." is more often what happened next than whose words they were.
      if (open || last === null) tag = cueAfter(next.units, 0, open);
      if (tag !== null && !isTag(next.units, tag)) tag = null;
    }
    // A quotation set apart with its speaker on the line below after a dash: "“…”\n\n— Ruiz, in 2015."
    let dash = tag === null && next !== undefined && next.para === s.para + 1 && a === 0 && us.length <= 2 ? dashLine(next.units) : null;
    // After someone's words, only a name and who they are take the quotation from them: "— Route 4 will end at
    // the station" is the next item of a list, and the last speaker goes on.
    if (dash !== null && last !== null && !nameAndWhoTheyAre((next as Sentence).units, dash)) dash = null;
    if (dash !== null) {
      for (let q = c0; q <= c1; q++) r.used.add(q);
      addDraft(r, si + 1, quoteContent(r.text, r.pieces, c0, c1), (next as Sentence).units, dash, true, c1);
      r.consumed.add(si + 1);
      continue;
    }
    // "“…,” he said. “…”": the same speaker goes on.
    if (last !== null && prev !== undefined && tag === null) {
      last.content = [last.content[0], quoteContent(r.text, r.pieces, c0, c1)[1]];
      last.lastPiece = c1;
      last.sentence = si;
      for (let q = c0; q <= c1; q++) r.used.add(q);
      continue;
    }
    // A sentence ending in a colon introduces it: "As Cornyn put it:" / "Kerry said:".
    if (prev !== undefined && tag === null && isPunct(prev.units[prev.units.length - 1], ':')) {
      const pu = prev.units;
      let found: Found | null = null;
      for (let c = pu.length - 2; c >= 0 && c >= pu.length - 30; c--) {
        const cue = cueAt(pu, c);
        if (cue === undefined) continue;
        // Further back, only where or when it was said may stand between the verb and the colon: "said
        // about its inclusion of the group in the latest draft of its platform:", not a clause of its own.
        if (c < pu.length - 12 && !adjunctsOnly(pu, c + 1, pu.length - 1)) break;
        // "The Times confirmed it, reporting:": a participle's speaker is the sentence's subject.
        const src = cue.participle && isPunct(pu[c - 1], ',') ? sentenceSubject(pu, c) : subjectBefore(pu, c, 0);
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
    // A sentence that is a speaker and a verb alone introduces it too: "Bystrom agreed. “…”"
    if (prev !== undefined && tag === null && a === 0) {
      const found = bareCue(prev.units);
      if (found !== null) {
        for (let q = c0; q <= c1; q++) r.used.add(q);
        addDraft(r, si, quoteContent(r.text, r.pieces, c0, c1), prev.units, found, true, c1);
        continue;
      }
    }
    if (tag !== null) {
      for (let q = c0; q <= c1; q++) r.used.add(q);
      // Filed under the cue's sentence, so that a quotation after it goes on from this one:
      // "“Why?” Ruiz asked. “Nobody told us.”"
      addDraft(r, si + 1, quoteContent(r.text, r.pieces, c0, c1), (next as Sentence).units, tag, true, c1);
      r.consumed.add(si + 1);
      continue;
    }
  }
}

/** Whether units [from, to) are phrases of place, time or topic after a verb of saying, and nothing else. */
function adjunctsOnly(us: readonly Unit[], from: number, to: number): boolean {
  if (!OPENS_ADJUNCT.has(us[from]?.lw ?? '') && us[from]?.lw !== 'about') return false;
  for (let j = from; j < to; j++) {
    const u = us[j] as Unit;
    if (u.q >= 0 || isPunct(u, ';:!?') || CLAUSE_WORDS.has(u.lw) || cueAt(us, j) !== undefined) return false;
  }
  return true;
}

const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whether', 'if', 'how', 'what', 'why', 'when', 'because', 'and', 'but', 'is', 'are', 'was', 'were', 'will', 'would']);

// Prepositions that carry a speaker's description on: "an aide to the governor", "a lawyer for the family".
const DESCRIPTION_PREPOSITIONS = new Set(['to', 'of', 'for', 'at', 'in', 'from', 'with', 'on']);

/** Whether units from..to hold a quotation or the end of a sentence. */
function hasClauseBreak(us: readonly Unit[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) {
    const v = us[m] as Unit;
    if (v.q >= 0 || isPunct(v, ';:!?') || (v.w === '.' && !isAbbreviationDot(us, m) && !isPunct(us[m + 1], ',)') && isUpperStart(us[m + 1]?.w ?? 'A'))) return true;
  }
  return false;
}

// Words that open a phrase of place, time or manner after a verb of saying: "said on Monday", "wrote in a letter".
const OPENS_ADJUNCT = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'from', 'via', 'through', 'over', 'earlier', 'later', 'last', 'this', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'moments', 'shortly', 'afterward']);

/** Whether units from..to hold a verb of saying ("in a message" has only its noun). */
/**
 * Whether units [from, to) only describe the person named at their end ("Former secretary of state Ana
 * Ruiz"): no verb ("sent a letter to Ana Ruiz", "turned to Tom Reed") and no preposition other than the
 * "of" of an office ("a spokesman for Governor Ruiz", "the message to Moscow" name someone else).
 */
function onlyDescribes(us: readonly Unit[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const u = us[j] as Unit;
    if (isUpperStart(u.w) || u.lw === 'of' || u.lw === 'the') continue;
    if (cueAt(us, j) !== undefined && us[j - 1]?.lw !== 'of') return false;
    if (DESCRIPTION_BREAKS.has(u.lw) || /ed$/u.test(u.lw)) return false;
  }
  return true;
}

const DESCRIPTION_BREAKS = new Set(['to', 'for', 'from', 'at', 'with', 'by', 'on', 'in', 'into', 'toward', 'towards', 'against', 'about', 'and', 'then', 'sent', 'turned', 'told', 'wrote', 'asked']);

function hasCue(us: readonly Unit[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const cue = cueAt(us, j);
    if (cue !== undefined && !(cue.nounLike && DETERMINERS.has(us[j - 1]?.lw ?? ''))) return true;
  }
  return false;
}

// Messages a speaker issues, posts or sends, whose words may follow: "issued a statement, “…”".
const MESSAGE_NOUNS = new Set(['statement', 'message', 'letter', 'note', 'memo', 'tweet', 'post', 'video', 'email', 'e-mail', 'warning', 'plea', 'appeal', 'challenge', 'reply', 'response', 'apology', 'retort', 'rebuke', 'verdict']);
