// What the words around a name say it is: a role noun before it ("union leader Tomás Ferreira Lobo"), a
// place word ("in Halvik", "the town of Altenmoos"), a verb of speech, an appositive (", a polymer
// chemist", ", 71,", ", Norway"), and what its own words say ("... Department", "River ..."). Each cue adds
// evidence to a mention; entities.ts weighs the evidence of all the mentions of a name.
import {
  ASSOCIATES, DIRECTIONS, FACILITIES, HEAD_ENDS, HOLDINGS, MATCH_VERBS, NEWSPAPER_WORDS, ORG_AFTER, ORG_FIRST,
  ORG_LAST, ORG_NOUNS, PERSON_VERBS, PERSONAL_NOUNS, PLACE_AFTER, PLACE_BEFORE, PLACE_FIRST, PLACE_LAST, PLACE_NOUNS,
  PLACE_OF_NOUNS, PREPOSITIONS, ROLE_MODIFIERS, ROLE_NOUNS, ROLE_STOPS, SPEECH_VERBS, SUBJECT_VERBS,
} from './entity-cues.js';
import type { NameMention } from './entity-scan.js';
import {
  allCaps, APOSTROPHE, ArticleWords, CLOSE, COMMA, DASH, DOT, isCapital, NEWLINE, OPEN, possessive, singular, SPACE,
  STOP,
} from './entity-text.js';
import { countryOfKey, foldName, isDemonymKey, listed, startsListed } from './gazetteer.js';
import { OPENERS } from './mentions.js';
import { FAMILY_NAMES_FIRST, GIVEN_NAMES } from './person-names.js';
import { DETERMINERS } from './quote-phrases.js';
import { isStopWord } from './stopwords.js';

/** What the name's own words say: "... Department", "University of ...", "River ...", "Port ...". */
export function structureCues(t: ArticleWords, m: NameMention, tokens: readonly number[], the: boolean): void {
  const words = m.words;
  const n = words.length;
  const first = words[0] as string;
  const last = words[n - 1] as string;
  if (n > 1 && ORG_LAST.has(last)) m.organisation += 5;
  else if (n === 1 && the && NEWSPAPER_WORDS.has(first)) m.organisation += 5;
  else if (n > 2 && ORG_LAST.has(words[n - 2] as string) && countryOfKey(last) !== undefined) m.organisation += 5; // "Consumer Watch UK"
  for (let i = 0; i < n - 1; i++) {
    if (ORG_FIRST.has(words[i] as string) && (words[i + 1] === 'of' || words[i + 1] === 'for')) {
      m.organisation += 5;
      break;
    }
  }
  if (n > 1 && (PLACE_LAST.has(last) || PLACE_FIRST.has(first))) m.place += 5;
  if (n > 1 && DIRECTIONS.has(first) && listed(words.slice(1).join(' '))?.type === 'place') m.place += 5;
  if (n >= 2 && GIVEN_NAMES.has(first)) m.person += 2;
  if (n >= 2 && n <= 3 && (FAMILY_NAMES_FIRST.has(first) || /^\p{Ll}+-\p{Ll}+$/u.test(words[1] as string))) m.person += 2;
  // A dateline: "SARVELA, Portugal —", "DALLAS (AP) —".
  const t0 = tokens[0] as number;
  const after = (tokens[tokens.length - 1] as number) + 1;
  const g = t.gap(after);
  if ((t.gap(t0) & NEWLINE || t0 === 0) && tokens.every((k) => allCaps(t.words[k] as string) && (t.words[k] as string).length >= 3) && g & (COMMA | OPEN | DASH)) m.place += 4;
  // The agency of a dateline: "(AP) —".
  if (n === 1 && allCaps(m.name) && t.gap(t0) & OPEN && g & CLOSE && g & DASH) m.organisation += 4;
}

/** What the words before a name say: "union leader ...", "said ...", "in ...", "the town of ...". */
export function beforeCues(t: ArticleWords, m: NameMention, first: number, size: number): void {
  const before = t.lowerBefore(first);
  if (before === undefined) {
    if ((t.gap(first) & ~SPACE) === COMMA) preAppositive(t, m, first - 1);
    return;
  }
  const before2 = first > 1 && t.plain(first - 1) ? t.lw(first - 2) : undefined;
  const prev = t.words[first - 1] as string;
  if (SPEECH_VERBS.has(before) && size >= 2) m.person += 2;
  if (!isCapital(prev)) {
    const roleNoun = ROLE_NOUNS.has(before) || (before.includes('-') && ROLE_NOUNS.has(before.slice(before.lastIndexOf('-') + 1)));
    if (roleNoun) {
      m.person += 3;
      m.roles.unshift(roleBefore(t, first - 1));
    }
    if (ORG_NOUNS.has(before)) m.organisation += 3;
    // Weak alone: one beats a rival in an election too.
    if (MATCH_VERBS.has(before)) m.organisation += 1;
  }
  if (before === 'in' && before2 !== undefined && HOLDINGS.has(before2)) {
    m.organisation += 4;
  } else if (!possessive(t.words[first + size - 1] as string) && !allCaps(m.name)) {
    // Not "in Obama's word": the place would be the word's; nor "call in LIVE".
    const weight = PLACE_BEFORE.get(before);
    if (weight !== undefined) m.place += weight;
  }
  if (before === 'the' && before2 !== undefined) {
    const b3 = first > 2 && t.plain(first - 2) ? t.lw(first - 3) : undefined;
    if (before2 === 'in' && b3 !== undefined && HOLDINGS.has(b3)) m.organisation += 4;
    else if (before2 === 'in') m.place += 1;
    if (before2 === 'of' && b3 !== undefined && PLACE_OF_NOUNS.has(b3)) m.place += 4;
  }
  if (before === 'of' && before2 !== undefined && PLACE_OF_NOUNS.has(before2)) m.place += 4;
}

/** The role ending at word i, with what qualifies it: "police incident commander", "Republican candidate". */
function roleBefore(t: ArticleWords, i: number): string {
  let from = i;
  for (let k = i - 1, taken = 0; k >= 0 && taken < 3 && t.plain(k + 1); k--, taken++) {
    const w = t.words[k] as string;
    const lw = t.lw(k);
    if (/\d/u.test(w)) break;
    if (isCapital(w)) {
      if (OPENERS.has(lw) || isStopWord(lw)) break;
      from = k;
      if (possessive(w) || t.clauseStart(k)) break;
      continue;
    }
    if (ROLE_MODIFIERS.has(lw) || ROLE_NOUNS.has(lw)) {
      from = k;
      continue;
    }
    if (DETERMINERS.has(lw) || isStopWord(lw) || SPEECH_VERBS.has(lw) || ROLE_STOPS.has(lw) || /(?:ing|ed)$/u.test(lw) || possessive(w)) break;
    from = k;
  }
  return t.text.slice(t.starts[from], t.end(i));
}

/** "Its president, Helena Amaral Duarte": a role noun just before the comma. */
function preAppositive(t: ArticleWords, m: NameMention, j: number): void {
  let lo = j;
  while (lo > 0 && j - lo < 8 && !t.clauseStart(lo) && (t.gap(lo) & ~SPACE) === 0) lo--;
  for (let k = j; k >= Math.max(lo, j - 4); k--) {
    const lw = t.lw(k);
    const follows = k === j || ['of', 'for', 'at', 'in'].includes(t.lw(k + 1));
    if (!follows) continue;
    if (ROLE_NOUNS.has(lw) || (lw === 'head' && t.lw(k + 1) === 'of')) {
      m.person += 3;
      if (!isCapital(t.words[k] as string) || k === lo) m.roles.push(t.text.slice(t.starts[startOfRole(t, k, lo)], t.end(j)));
      return;
    }
    if (ROLE_NOUNS.has(singular(lw))) {
      m.person += 3;
      return;
    }
  }
}

function startOfRole(t: ArticleWords, k: number, lo: number): number {
  let from = k;
  for (let i = k - 1; i >= lo; i--) {
    const w = t.words[i] as string;
    const lw = t.lw(i);
    if (DETERMINERS.has(lw) || SPEECH_VERBS.has(lw) || (isStopWord(lw) && !ROLE_MODIFIERS.has(lw))) break;
    from = i;
    if (possessive(w)) break;
  }
  return from;
}

/**
 * What the words after a name say: "... said", "... shares", ", who", ", 71,", ", a retired ferry pilot",
 * ", Norway". True when an acronym in brackets follows, which then stands for the name.
 */
export function afterCues(t: ArticleWords, m: NameMention, q: number, size: number): boolean {
  if (q >= t.words.length) return false;
  const g = t.gap(q);
  const lw = t.lw(q);
  const w = t.words[q] as string;
  if (g === SPACE) {
    if (SPEECH_VERBS.has(lw) && size >= 2) m.person += 2;
    if (!isCapital(w)) {
      // "Ashford goalkeeper Stefan Lukic": whom the person works for.
      if (ROLE_NOUNS.has(lw) && !ASSOCIATES.has(lw) && employs(t, q)) m.organisation += 2;
      if (PLACE_AFTER.has(lw)) m.place += 3;
      if (ORG_AFTER.has(lw) || FACILITIES.has(lw) || (FACILITIES.has(t.lw(q + 1)) && t.plain(q + 1))) m.organisation += 2;
    }
    if (/^\d+[-–]\d+$/u.test(w)) m.organisation += 6;
    return false;
  }
  if ((g & ~SPACE) === OPEN && allCaps(w) && (t.gap(q + 1) & CLOSE) && size >= 2) {
    return true;
  }
  if ((g & ~SPACE) !== COMMA) return false;
  // A one-word name may be a team's ("Ashford, who had led"), and joins a full name anyway.
  if (lw === 'who') m.person += size > 1 ? 3 : 1;
  else if (lw === 'whose') m.person += 1;
  else if (lw === 'which') m.person -= 4;
  else if (/^\d{1,3}$/u.test(w) && t.gap(q + 1) & (COMMA | STOP)) m.person += 4;
  else if (!isCapital(w) || possessive(w)) appositive(t, m, q);
  // ", U.S. attorney for ...", ", Chinese ambassador": a country's role.
  else if (!placeAfterComma(t, m, q) && (countryOfKey(foldName(lw)) !== undefined || isDemonymKey(lw))) appositive(t, m, q);
  return false;
}

/** Whether the role noun at q is followed by a name, maybe after one more role word: "manager Lorna ...". */
function employs(t: ArticleWords, q: number): boolean {
  for (let k = q + 1; k <= q + 2 && k < t.words.length; k++) {
    if (!t.plain(k)) return false;
    if (isCapital(t.words[k] as string)) return true;
    if (!ROLE_NOUNS.has(t.lw(k))) return false;
  }
  return false;
}

/** "Halvik, Norway", "Port Alden, British Columbia": a known place after the comma, then a stop. */
function placeAfterComma(t: ArticleWords, m: NameMention, q: number): boolean {
  if (!startsListed(t.words[q] as string)) return false;
  for (let len = 1; len <= 3 && q + len <= t.words.length; len++) {
    const last = q + len - 1;
    if (len > 1 && !t.plain(last)) return false;
    const entry = listed(t.text.slice(t.starts[q], t.end(last)));
    const g = t.gap(last + 1);
    // Not "Loretta Lynch, U.S. attorney": an abbreviation's dot before a lower-case word ends nothing.
    const stop = g === 0 || (g & (COMMA | STOP | DASH | OPEN | NEWLINE) && !(g === (DOT | STOP | SPACE) && !isCapital(t.words[last + 1] ?? 'A')));
    if (entry?.type === 'place' && !possessive(t.words[last] as string) && stop) {
      m.place += 3;
      return true;
    }
  }
  return false;
}

/** ", a polymer chemist at ...", ", a fjord-side town", ", Taiwan's president-elect". */
function appositive(t: ArticleWords, m: NameMention, q: number): void {
  let z = q;
  while (z < t.words.length && z - q < 12 && (z === q || t.plain(z) || t.gap(z) === (APOSTROPHE | SPACE) || (t.gap(z) === (DOT | STOP | SPACE) && t.abbreviation(z - 1) && !isCapital(t.words[z] as string)))) z++;
  let from = q;
  const lw = t.lw(q);
  if (lw === 'a' || lw === 'an' || lw === 'the') from = q + 1;
  else if (isCapital(t.words[q] as string)) from = q;
  // ", have chosen ...", ", we've added ...": a clause, not a description.
  else if (!possessive(t.words[q] as string) && ((isStopWord(lw) && !ROLE_MODIFIERS.has(lw)) || /(?:ed|ing)$/u.test(lw) || /['’]/u.test(lw))) return;
  let head = -1;
  for (let k = from + 1; k < z; k++) {
    if (HEAD_ENDS.has(t.lw(k))) {
      head = k - 1;
      break;
    }
  }
  if (head < 0) head = z - 1;
  if (head < from || isCapital(t.words[head] as string)) return;
  const noun = t.lw(head);
  const base = noun.includes('-') ? noun.slice(0, noun.indexOf('-')) : noun;
  let end = z - 1;
  for (let k = head + 1; k < z; k++) {
    if (['who', 'which', 'that', 'and'].includes(t.lw(k))) {
      end = k - 1;
      break;
    }
  }
  if (ROLE_NOUNS.has(noun) || ROLE_NOUNS.has(base) || (noun === 'head' && t.lw(head + 1) === 'of')) {
    m.person += 3;
    m.roles.push(t.text.slice(t.starts[from], t.end(end)));
  } else if (ROLE_NOUNS.has(singular(noun))) {
    m.person += 1;
  } else if (ORG_NOUNS.has(noun)) {
    m.organisation += 3;
  } else if (PLACE_NOUNS.has(noun)) {
    m.place += 3;
  }
}

/**
 * How the sentence uses a mention, whatever its words: as a person ("Mr. Jordan", "Jordan said", "said
 * Jordan.", "Jordan's wife", "Jordan, who"), and whether it acts on its own ("Halden said", "The Halden
 * Foundation has"). `first` is the run's first word (-1 when the name follows "of"), `last` the name's last
 * word, `after` false when the name precedes "of" and nothing after it is its own.
 */
export function useCues(t: ArticleWords, m: NameMention, first: number, last: number, after: boolean): void {
  const n = t.words.length;
  const next = after && last + 1 < n ? last + 1 : -1;
  const g = next >= 0 ? t.gap(next) : 0;
  const lw = next >= 0 ? t.lw(next) : '';
  const owner = possessive(t.words[last] as string);
  const before = first >= 0 ? t.lowerBefore(first) : undefined;
  // Not "officials in Jordan said": after a preposition the name is no subject.
  const governed = before !== undefined && (PREPOSITIONS.has(before) || PLACE_BEFORE.has(before));
  if (next >= 0 && g === SPACE && !isCapital(t.words[next] as string)) {
    if (owner ? PERSONAL_NOUNS.has(lw) : !governed && (SPEECH_VERBS.has(lw) || PERSON_VERBS.has(lw))) m.personUse = true;
  } else if (next >= 0 && (g & ~SPACE) === COMMA) {
    if (lw === 'who' || (/^\d{1,3}$/u.test(t.words[next] as string) && t.gap(next + 1) & (COMMA | STOP))) m.personUse = true;
  }
  if (first < 0) return;
  // ', said Jordan.': the speaker named after the verb, the clause ending with the name.
  const ends = !after || last + 1 >= n || (t.gap(last + 1) & (COMMA | STOP | NEWLINE)) !== 0;
  if (before !== undefined && SPEECH_VERBS.has(before) && ends && !owner) m.personUse = true;
  const opensAt = (i: number): boolean => t.clauseStart(i) || (t.gap(i) & COMMA) !== 0;
  const opens = opensAt(first) || (before === 'the' && opensAt(first - 1));
  const verb = SUBJECT_VERBS.has(lw) || SPEECH_VERBS.has(lw) || /^\p{Ll}{3,}ed$/u.test(t.words[next] ?? '');
  if (opens && next >= 0 && g === SPACE && !owner && verb) m.subject = true;
}
