// What the attribution readers share: the reading state, the attributions found so far (drafts), and
// small helpers over a sentence's units.
import { CUE_WORDS, CueUse, type CueWord } from './quote-cues.js';
import type { QuotePiece } from './quote-marks.js';
import { PERSON_NOUNS, SUBJECT_PRONOUNS, isPunct, nameIn, type Phrase } from './quote-phrases.js';
import { isUpperStart, type Sentence, type Unit } from './quote-text.js';

export interface Draft {
  content: [number, number];
  source: [number, number] | null;
  cue: [number, number] | null;
  /** The source's name as written, or null for a pronoun or a description without one. */
  name: string | null;
  /** The source is a pronoun or a definite description to resolve. */
  refers: boolean;
  direct: boolean;
  /** Last quotation piece in the content, for quotations that go on; -1 for none. */
  lastPiece: number;
  sentence: number;
  /** Said apart from the story (a headline's): its speaker is no antecedent for the pronouns after it. */
  aside?: boolean;
  /** Read from a noun of speech and its owner ("Ruiz’s support for …"): the owner sits inside some clause, so it is no subject for a participle after it. */
  owner?: boolean;
}

export interface Found {
  cue: Phrase;
  source: Phrase | null;
}

export interface Reader {
  text: string;
  pieces: readonly QuotePiece[];
  sentences: readonly Sentence[];
  drafts: Draft[];
  /** Pieces already in a draft's content. */
  used: Set<number>;
  /** Sentences read as the cue of the quotation before them. */
  consumed: Set<number>;
  /** Each quotation piece by where its opening mark is. */
  opens: Map<number, number>;
  /** Each quotation piece by where its closing mark ends. */
  closes: Map<number, number>;
}

const FIRST_PERSON = new Set(['i', 'we', 'you']);

export function wordAt(us: readonly Unit[], j: number): Unit | undefined {
  const u = us[j];
  return u !== undefined && u.q < 0 && u.w !== '' && /[\p{L}\p{N}]/u.test(u.w[0] as string) ? u : undefined;
}

/** The cue word at j, if any: a verb written in lower case (or opening the sentence, or in a headline's title case). */
export function cueAt(us: readonly Unit[], j: number): CueWord | undefined {
  const u = wordAt(us, j);
  if (u === undefined) return undefined;
  if (isUpperStart(u.w) && j > 0) {
    if (!isTitleCase(us)) return undefined;
    // In a headline a capital tells no verb from a noun: only words that are verbs alone ("Says", not "Remarks").
    const cue = CUE_WORDS.get(u.lw);
    return cue !== undefined && !cue.nounLike && !cue.needsThat ? cue : undefined;
  }
  return CUE_WORDS.get(u.lw);
}

const titleCases = new WeakMap<readonly Unit[], boolean>();

/**
 * Whether a sentence is written in title case, as headlines are ("Mayor Says Port Will Reopen"): most of
 * its longer words capitalised, so that a capital says nothing about a name.
 */
export function isTitleCase(us: readonly Unit[]): boolean {
  let known = titleCases.get(us);
  if (known === undefined) {
    let long = 0;
    let upper = 0;
    for (const u of us) {
      if (u.q >= 0 || u.w.length < 4 || !/^\p{L}/u.test(u.w)) continue;
      long++;
      // Capitals throughout ("PRESIDENT SAYS") are a label's, not title case.
      if (isUpperStart(u.w) && u.w !== u.w.toUpperCase()) upper++;
    }
    known = long >= 3 && upper >= long * 0.8;
    titleCases.set(us, known);
  }
  return known;
}

/** A cue of speech at j: one that can stand next to a quotation. */
export function speechAt(us: readonly Unit[], j: number): CueWord | undefined {
  const cue = cueAt(us, j);
  return cue?.use === CueUse.Stance ? undefined : cue;
}

/** "according to" at j. */
export function accordingAt(us: readonly Unit[], j: number): boolean {
  return us[j]?.lw === 'according' && us[j + 1]?.lw === 'to';
}

export function span(us: readonly Unit[], p: Phrase): [number, number] {
  return [(us[p.start] as Unit).s, (us[p.end - 1] as Unit).e];
}

/** Whether units from..to hold at least n words (a quotation counts as three); stops counting at n. */
export function hasWords(us: readonly Unit[], from: number, to: number, n: number): boolean {
  let k = 0;
  for (let j = from; j < to && k < n; j++) {
    if ((us[j] as Unit).q >= 0) k += 3;
    else if (wordAt(us, j) !== undefined) k++;
  }
  return k >= n;
}

/** The number of words inside a quotation piece, counted up to `most`. */
export function quoteWords(text: string, piece: QuotePiece, most: number): number {
  let n = 0;
  let inWord = false;
  for (let i = piece.innerStart; i < piece.innerEnd && n < most; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 160 || c === 9;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The first and last pieces of the quotation the piece belongs to (pieces that go on across paragraphs). */
export function chain(pieces: readonly QuotePiece[], q: number): [number, number] {
  let a = q;
  while (a > 0 && (pieces[a] as QuotePiece).continued && (pieces[a - 1] as QuotePiece).continues) a--;
  let b = q;
  while (b + 1 < pieces.length && (pieces[b] as QuotePiece).continues && (pieces[b + 1] as QuotePiece).continued) b++;
  return [a, b];
}

/** The content of quotations from piece a to piece b: inside the marks, a closing comma left out. */
export function quoteContent(text: string, pieces: readonly QuotePiece[], a: number, b: number): [number, number] {
  const first = pieces[a] as QuotePiece;
  const last = pieces[b] as QuotePiece;
  let end = last.innerEnd;
  while (end > first.innerStart && (text[end - 1] === ',' || text[end - 1] === ' ')) end--;
  return [first.innerStart, end];
}

// Nouns for works and outlets: a quotation right after one is a title ("the show “Night Harbour”"), not speech.
const WORKS = new Set([
  'show', 'book', 'film', 'movie', 'ad', 'advertisement', 'column', 'program', 'programme', 'song', 'album', 'series',
  'magazine', 'newspaper', 'sheet', 'video', 'documentary', 'play', 'novel', 'memoir', 'musical', 'podcast', 'segment',
  'spot', 'article', 'essay', 'op-ed', 'study', 'paper', 'memo', 'title', 'titled', 'entitled', 'blog', 'website',
  'newsletter', 'broadcast', 'episode', 'sitcom', 'drama', 'comedy', 'thriller', 'biography', 'chapter', 'poem',
]);
// Words a title leaves in lower case.
const TITLE_SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'vs', 'but']);

/** Whether the quotation at unit j is a title: after a noun for a work, a few words each capitalised. */
export function isTitleAt(r: Reader, us: readonly Unit[], j: number): boolean {
  const u = us[j];
  if (u === undefined || u.q < 0) return false;
  let k = j - 1;
  if (isPunct(us[k], ',:')) k--;
  const noun = us[k];
  if (noun === undefined || noun.q >= 0 || !WORKS.has(noun.lw)) return false;
  const piece = r.pieces[u.q] as QuotePiece;
  const words = r.text.slice(piece.innerStart, piece.innerEnd).split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w, i) => isUpperStart(w.replace(/^\P{L}+/u, '')) || (i > 0 && TITLE_SMALL.has(w.toLowerCase())));
}

/** The quotation ends with a comma, a question or an exclamation mark, as one does before its speaker. */
export function tagged(r: Reader, q: number): boolean {
  const piece = r.pieces[q] as QuotePiece;
  let j = piece.innerEnd - 1;
  while (j > piece.innerStart && (r.text[j] === ' ' || r.text[j] === '’' || r.text[j] === "'")) j--;
  return ',?!—–-.…'.includes(r.text[j] as string);
}

// Words that can follow a tag without making it a sentence of its own: "Ruiz said in an interview.",
// "he asked, smiling.", "she said flatly."
export const TAG_ADJUNCTS = new Set([
  'in', 'on', 'at', 'during', 'to', 'of', 'about', 'after', 'before', 'from', 'with', 'while', 'as', 'when', 'later',
  'then', 'again', 'today', 'yesterday', 'tonight', 'tomorrow', 'recently', 'once', 'twice', 'last', 'this', 'earlier',
  'afterward', 'afterwards', 'repeatedly', 'finally', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'over', 'through', 'via', 'into', 'because', 'since', 'until', 'without', 'outside', 'inside',
  'backstage', 'here', 'there', 'too', 'instead', 'but', 'and', 'by', 'for', 'under', 'among', 'near', 'amid', 'following',
]);

/** Where the clause of a cue ends: at the next comma, colon, full stop or quotation. */
export function clauseEnd(us: readonly Unit[], from: number): number {
  let j = from;
  while (j < us.length) {
    const u = us[j] as Unit;
    if (u.q >= 0 || isPunct(u, ',;:!?—–') || (u.w === '.' && !isAbbreviationDot(us, j))) break;
    j++;
  }
  return j;
}

/** A full stop after an abbreviation ("Mr.", "U.S."), not the end of anything. */
export function isAbbreviationDot(us: readonly Unit[], j: number): boolean {
  const before = us[j - 1];
  return before !== undefined && before.q < 0 && /^(?:mr|mrs|ms|dr|sen|rep|gov|st|jr|u\.s|gen|lt)$/u.test(before.lw);
}

/** Where a sentence's content ends: before the full stop (a question or exclamation mark stays). */
export function contentEnd(us: readonly Unit[]): number {
  let j = us.length;
  while (j > 0 && isPunct(us[j - 1], '.:;,!?—–-…')) {
    if (isPunct(us[j - 1], '?!')) break;
    j--;
  }
  return j;
}

/** Records an attribution found in sentence si. */
/** The last attribution of sentence si with a speaker a participle after it can take ("“…,” Ruiz said, adding …"), or null. */
export function lastTag(r: Reader, si: number): Draft | null {
  for (let i = r.drafts.length - 1; i >= 0; i--) {
    const d = r.drafts[i] as Draft;
    if (d.sentence !== si) return null;
    if (d.owner !== true) return d.source !== null ? d : null;
  }
  return null;
}

function hasPunct(us: readonly Unit[], p: Phrase, chars: string): boolean {
  for (let j = p.start; j < p.end; j++) if (isPunct(us[j], chars)) return true;
  return false;
}

/** Two names joined by "and" as one source ("Ana Ruiz and Tom Reed", "Google and Apple"): both are the speaker. */
function jointName(us: readonly Unit[], source: { start: number; end: number }): string | null {
  for (let k = source.start + 1; k < source.end - 1; k++) {
    const u = us[k] as Unit;
    if (u.lw !== 'and') continue;
    const words = us.slice(source.start, source.end);
    if (!isUpperStart((us[k - 1] as Unit).w) || !isUpperStart((us[k + 1] as Unit).w) || words.some((w) => w.q >= 0 || /^[,(]$/u.test(w.w))) return null;
    return words.every((w) => w.lw === 'and' || isUpperStart(w.w)) ? words.map((w) => w.w).join(' ') : null;
  }
  return null;
}

export function addDraft(r: Reader, si: number, content: [number, number], us: readonly Unit[], found: Found | null, direct: boolean, lastPiece: number): Draft {
  const source = found?.source ?? null;
  let name: string | null = null;
  let refers = false;
  if (source !== null) {
    const first = us[source.start] as Unit;
    name = jointName(us, source) ?? nameIn(us, source);
    // A pronoun for someone ("he", "they"; not "I" or "it"), or a description of a person ("the senator").
    const last = us[source.end - 1] as Unit;
    const head = last.lw;
    // "The Ostmark foreign minister", "the top US diplomat": a name before a person's noun says where the
    // person is from, not who they are; the description is resolved like "the minister".
    if (name !== null && (first.lw === 'the' || first.lw === 'this') && PERSON_NOUNS.has(head) && !isUpperStart(last.w) && !hasPunct(us, source, ',()')) name = null;
    // A plural description ("the officials") is a group, never the one person named before it.
    if (name === null) refers = SUBJECT_PRONOUNS.has(first.lw) ? !FIRST_PERSON.has(first.lw) && first.lw !== 'it' : (first.lw === 'the' || first.lw === 'this') && PERSON_NOUNS.has(head) && !/[^s]s$/u.test(head);
  }
  // Reported speech that is all quotation ("Trump says “…” because “…”") is quoted too; when it is one
  // quotation, its content is the words inside the marks.
  const opening = r.opens.get(content[0]);
  const closing = r.closes.get(content[1]);
  const quoted = direct || (opening !== undefined && closing !== undefined);
  if (!direct && opening !== undefined && opening === closing) content = quoteContent(r.text, r.pieces, opening, opening);
  const d: Draft = {
    content,
    source: source ? span(us, source) : null,
    cue: found ? span(us, found.cue) : null,
    name,
    refers,
    direct: quoted,
    lastPiece,
    sentence: si,
  };
  r.drafts.push(d);
  return d;
}
