// What a figure measures, read from the words around it without a parser: the noun it counts or that
// follows "of" ("70% of machine tools"), what pins that noun down ("imported by Russia", "for Ukraine"),
// the verb that says what happened to what it counts ("312 residents were evacuated"), and the verb and
// subject that hold it ("Iceland wants 12.5%"). The rules are word classes and positions: a noun run is
// content words up to a function word, punctuation, a number or a verb form.
import { changeVerbBefore } from './claim-change.js';
import { IRREGULAR_PLURALS, PEOPLE_NOUNS, PEOPLE_VERBS, UNITS } from './claim-units.js';
import type { Tok } from './claim-text.js';
import { NUMBER_WORD } from './number-words.js';
import { isStopWord } from './stopwords.js';

export type Range = [number, number];

/** The pieces around a figure, as token ranges; claims.ts decides which of them make the measure. */
export interface Reading {
  /** The noun the figure fills through "of" before it: "a fine of 1.5 million kroner". */
  nounOf: Range | null;
  /** The counted noun, the noun after "of", or the noun the figure modifies ("a 31% lower risk"). */
  noun: Range | null;
  /** "of" and the noun after the noun: "rounds of negotiations", "risk of heart death". */
  of: Range | null;
  /** What pins the noun down: "imported by Russia", "for Ukraine", "to counter China's military might". */
  pin: Range | null;
  /** The verb phrase after a figure that may be the subject: "were evacuated from their homes". */
  predicate: Range | null;
  /** "the 9 per cent Norway offered": the holder and verb of a figure read as a clause after it. */
  clause: Range[] | null;
  /** The counted noun is a class of people, or a bare count stands before a verb that happens to people. */
  people: boolean;
  /** Where reading after the figure stopped (for coordinated figures: "70% of X and 90% of Y ..."). */
  stop: number;
}

const DETERMINERS = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'each',
  'every', 'any', 'all', 'both', 'some', 'such', 'whose',
]);

const AUX = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may',
  'might', 'must', 'should', 'shall', 'do', 'does', 'did', "'s", '’s', 'got', 'get', 'gets', 'reportedly',
]);

const ADVERBS = new Set([
  'also', 'still', 'already', 'reportedly', 'allegedly', 'apparently', 'just', 'now', 'then', 'later', 'initially',
  'originally', 'previously', 'recently', 'eventually', 'finally', 'so', 'far', 'not', 'never', 'since', 'all', 'both',
  'each', 'thus', 'again', 'only', 'subsequently', 'effectively', 'actually', 'officially', 'directly', 'largely',
  'collectively', 'together', 'jointly',
]);

/** Words in "-ly" that are nouns or adjectives, not adverbs. */
const LY_NOUNS = new Set(['family', 'supply', 'assembly', 'rally', 'ally', 'italy', 'reply', 'monopoly', 'anomaly', 'belly', 'jelly', 'bully', 'lily', 'holly', 'july', 'elderly', 'friendly', 'lonely', 'costly', 'deadly', 'likely', 'early', 'weekly', 'monthly', 'yearly', 'quarterly', 'hourly', 'nightly', 'italy', 'emily', 'kelly', 'disorderly', 'orderly', 'homely', 'lovely', 'ugly', 'silly', 'only']);

/** Times that say when, not what: dropped from what a figure measures. */
export const WHEN_WORDS = new Set([
  'overnight', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'earlier', 'later', 'ago', 'yesterday',
  'today', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'daily',
  'annually', 'currently', 'recently', 'previously', 'initially', 'coming', 'past', 'previous', 'following', 'preceding',
  'remaining', 'next', 'last', 'first', 'final', 'midday', 'midnight', 'noon', 'dawn', 'dusk', 'season', 'winter',
  'summer', 'spring', 'autumn',
]);

/** Prepositions that open a phrase pinning a noun: "$61 billion for Ukraine", "$8 billion to counter ...". */
const PIN_PREPS = new Set(['for', 'to', 'on', 'against', 'per', 'into', 'toward', 'towards', 'in', 'from', 'at', 'within', 'across']);

/** Nouns of set phrases after a preposition ("on top of", "in total", "at least"): they pin nothing. */
const IDIOM_NOUNS = new Set(['top', 'total', 'all', 'average', 'time', 'row', 'turn', 'part', 'fact', 'short', 'general', 'particular', 'addition', 'response', 'return', 'advance', 'person', 'practice', 'theory', 'principle', 'place', 'favour', 'favor', 'charge', 'line', 'case', 'order', 'effect', 'front']);

/** Prepositions between a verb and a duration or distance: "isolated within forty minutes", "rose in six hours". */
const DURATION_PREPS = new Set(['within', 'in', 'for', 'after', 'over', 'during', 'under', 'across']);

/** Prepositions that may follow a verb as the first part of its complement. */
const VERB_PREPS = new Set([
  'from', 'to', 'in', 'into', 'on', 'at', 'for', 'under', 'over', 'with', 'by', 'across', 'through', 'off', 'out', 'up',
  'down', 'away', 'onto', 'toward', 'towards', 'against', 'within', 'around', 'behind', 'near',
]);

/** Particles after a verb that takes a figure: "asking for 12.5%", "stood at 40", "rose to 7%", "cut by 5%". */
const PARTICLES = new Set(['for', 'at', 'to', 'by', 'about', 'around', 'of']);

/** Quantity nouns before "of": they frame the figure, they are not what it measures ("a total of 312"). */
const QUANTITY_NOUNS = new Set(['total', 'number', 'sum', 'figure', 'amount', 'tally', 'count', 'estimate', 'maximum', 'minimum', 'average', 'record', 'high', 'low', 'rate', 'level']);

const IRREGULAR_VERBS = new Set([
  'came', 'come', 'comes', 'went', 'go', 'goes', 'fled', 'fought', 'rose', 'fell', 'took', 'gave', 'ran', 'saw', 'grew',
  'drew', 'flew', 'threw', 'wore', 'began', 'broke', 'chose', 'froze', 'knew', 'rode', 'sank', 'sang', 'spoke', 'stole',
  'swore', 'woke', 'ate', 'made', 'held', 'built', 'sold', 'taken', 'given', 'done', 'seen', 'known', 'found', 'kept',
  'left', 'lost', 'paid', 'sent', 'spent', 'brought', 'bought', 'caught', 'taught', 'shot', 'born', 'driven', 'written',
  'stolen', 'chosen', 'drawn', 'grown', 'shown', 'thrown', 'flown', 'worn', 'torn', 'eaten', 'fallen', 'risen', 'broken',
  'spoken', 'frozen', 'hidden', 'ridden', 'bitten', 'beaten', 'won', 'begun', 'become', 'became', 'struck', 'stuck', 'hung',
  'fed', 'led', 'met', 'heard', 'felt', 'dealt', 'meant', 'sought', 'live', 'remain', 'remains', 'face', 'need', 'needs',
  'want', 'wants', 'receive', 'receives', 'account', 'represent', 'belong', 'depend', 'lack', 'rely', 'own', 'hold',
  'earn', 'vote', 'support', 'oppose', 'stay', 'work', 'die', 'lie', 'sit', 'stand', 'stood', 'hit', 'put', 'set', 'cut',
]);

const isWord = (t: Tok | undefined): t is Tok => t !== undefined && t.k === 'word';
const isUpper = (w: string): boolean => w[0] !== undefined && w[0] !== w[0].toLowerCase();

/** A word that does not name a thing: function words, times, bound words. */
function isFunction(t: Tok): boolean {
  // The project's stop words include newsroom nouns ("people", "report"): here they are what is counted.
  if (PEOPLE_NOUNS.has(t.lw) || t.lw === 'report' || t.lw === 'reports' || t.lw === 'statement' || t.lw === 'time') return false;
  if (t.lw.length > 4 && t.lw.endsWith('ly') && !LY_NOUNS.has(t.lw)) return true;
  if (t.lw.endsWith("n't") || t.lw.endsWith('n’t')) return true;
  return isStopWord(t.lw) || WHEN_WORDS.has(t.lw) || DETERMINERS.has(t.lw) || AUX.has(t.lw) || ADVERBS.has(t.lw);
}

/** Content word: a word token that is neither a function word nor a time. */
function isContent(t: Tok | undefined): t is Tok {
  return isWord(t) && !isFunction(t);
}

/** A form that is more often a verb than a noun: "-ed", "-ing", or a common irregular verb. */
export function isVerbForm(lw: string): boolean {
  return (lw.length > 4 && lw.endsWith('ed') && !lw.endsWith('eed')) || (lw.length > 5 && lw.endsWith('ing') && !/(?:thing|ceiling|building|wedding|evening|morning|funding|spring|string)$/u.test(lw)) || IRREGULAR_VERBS.has(lw);
}

function isPlural(lw: string): boolean {
  return IRREGULAR_PLURALS.has(lw) || PEOPLE_NOUNS.has(lw) && lw.endsWith('s') || (lw.length > 3 && lw.endsWith('s') && !/(?:ss|us|is|ous)$/u.test(lw));
}

/**
 * A noun run from token j: content words (a capitalised word may be followed by a number: "Orbit 2"), up to
 * `max`, ending before a verb form that has no noun after it ("tools imported by", "people died"). With
 * `counted`, the run ends after its last plural ("312 residents live there": the noun is "residents").
 */
export function nounRun(toks: readonly Tok[], j: number, max: number, counted: boolean, properEnds = false): number {
  let e = j;
  while (e < toks.length && e - j < max) {
    const t = toks[e] as Tok;
    // In a pinning phrase a name followed by a verb in "-s" ends the run: "report on Kessel sheds little
    // light" is pinned by "on Kessel"; "to the Styrian town" goes on.
    if (properEnds && e > j && isWord(t) && !isUpper(t.w) && isUpper((toks[e - 1] as Tok).w) && /[^s]s$/u.test(t.lw) && !PEOPLE_NOUNS.has(t.lw)) break;
    if (t.k === 'number') {
      const prev = toks[e - 1];
      if (e > j && isWord(prev) && isUpper(prev.w)) {
        e++;
        continue;
      }
      break;
    }
    if (!isContent(t) || NUMBER_WORD.test(t.lw.split('-')[0] as string)) break;
    if (e > j && isVerbForm(t.lw)) {
      const after = toks[e + 1];
      if (t.lw.endsWith('ing') && !IRREGULAR_VERBS.has(t.lw)) {
        // "-ing" ends a noun run only before its own complement ("people living in"); "of brisk walking a day" is a noun.
        if (isWord(after) && (VERB_PREPS.has(after.lw) || after.lw === 'the' || after.lw === 'their' || after.lw === 'its')) break;
      } else if (IRREGULAR_VERBS.has(t.lw) || !isContent(after) || isVerbForm(after.lw)) {
        // An -ed word before a noun modifies it ("evacuated residents", "recommended catch").
        break;
      }
    }
    e++;
  }
  if (counted && e > j) {
    // The counted noun is the last plural of the run; what follows it is the verb ("two people died").
    let last = -1;
    for (let k = j; k < e; k++) if (isPlural((toks[k] as Tok).lw)) last = k;
    if (last < 0) return j;
    e = last + 1;
  }
  return e;
}

/** Skips determiners (and a possessive pronoun) from j. */
function skipDeterminers(toks: readonly Tok[], j: number): number {
  while (isWord(toks[j]) && DETERMINERS.has((toks[j] as Tok).lw)) j++;
  return j;
}

/** A phrase that pins a noun, from j: a participle with its phrase ("imported by Russia") or a preposition phrase. */
function pinAt(toks: readonly Tok[], j: number, infinitive: boolean, duration: boolean): Range | null {
  const t = toks[j];
  if (!isWord(t)) return null;
  // A duration is pinned by where it is spent ("five years in prison"), not by what follows it ("into components").
  if (duration && !/^(?:in|at|on|behind)$/u.test(t.lw)) return null;
  let k = j;
  if (isVerbForm(t.lw) && !isStopWord(t.lw)) {
    // "imported by Russia", "needed by Russia", "living in the area", "signed in Tromsø".
    k = j + 1;
    const prep = toks[k];
    if (isWord(prep) && VERB_PREPS.has(prep.lw)) {
      const e = nounRun(toks, skipDeterminers(toks, k + 1), 3, false);
      if (e > skipDeterminers(toks, k + 1)) return [j, e];
    }
    return null;
  }
  if (PIN_PREPS.has(t.lw)) {
    k = skipDeterminers(toks, j + 1);
    // "$8 billion to counter China's military might": an infinitive and its object, when no noun came first.
    if (t.lw === 'to' && isContent(toks[k]) && !isUpper((toks[k] as Tok).w)) {
      if (!infinitive) return null;
      const verb = k;
      const obj = skipDeterminers(toks, verb + 1);
      const e = nounRun(toks, obj, 4, false);
      return [j, e > obj ? e : verb + 1];
    }
    const e = nounRun(toks, k, 4, false, true);
    if (e > k && !(e === k + 1 && IDIOM_NOUNS.has((toks[k] as Tok).lw))) return [j, e];
  }
  return null;
}

/** After the noun and its pin: the verb phrase of a figure that is the subject ("were evacuated from their homes"). */
function predicateAt(toks: readonly Tok[], j: number): Range | null {
  let k = j;
  let aux = false;
  while (isWord(toks[k])) {
    const lw = (toks[k] as Tok).lw;
    if (AUX.has(lw) || lw === 'not' || lw === 'never') {
      aux = true;
      k++;
      if (toks[k]?.lw === 'to' && /^(?:had|have|has|need|needs|needed)$/u.test(lw)) k++;
    } else if (ADVERBS.has(lw)) k++;
    else break;
  }
  const verb = toks[k];
  if (!isWord(verb) || isUpper(verb.w) || isStopWord(verb.lw) || WHEN_WORDS.has(verb.lw)) return null;
  if (!aux && !isVerbForm(verb.lw) && !PEOPLE_VERBS.has(verb.lw)) return null;
  let e = k + 1;
  // "spent the night in shelters": the time it took is no object; the place after it is.
  let p = e;
  if (isWord(toks[p]) && /^(?:the|a|that)$/u.test((toks[p] as Tok).lw) && WHEN_WORDS.has(toks[p + 1]?.lw ?? '') && VERB_PREPS.has(toks[p + 2]?.lw ?? '')) p += 2;
  const next = toks[p];
  if (isWord(next) && VERB_PREPS.has(next.lw)) {
    const np = skipDeterminers(toks, p + 1);
    const end = nounRun(toks, np, 3, false);
    if (end > np) e = end;
  } else if (isWord(next) && (DETERMINERS.has(next.lw) || isContent(next))) {
    const np = skipDeterminers(toks, e);
    const end = nounRun(toks, np, 3, false);
    if (end > np) e = end;
  }
  return [k, e];
}

/** A lower-case content word in a verb form at token m. */
function verbAt(toks: readonly Tok[], m: number): boolean {
  const t = toks[m];
  return isContent(t) && !isUpper(t.w) && isVerbForm(t.lw);
}

/** The verb that takes a figure as its object (with its particle: "asking for"), and that verb's subject. */
export interface Frame {
  verb: Range | null;
  subject: Range | null;
}

/**
 * What stands before the construction starting at token `at`: a verb that takes it as object ("China has
 * provided 70 percent", "Iceland is asking for 12.5 per cent") or a copula after a subject ("the fine was
 * ..."), with the subject (up to three content words: "Iceland", "Lumora Home"). Null when neither.
 */
export function frameBefore(toks: readonly Tok[], at: number, duration = false): Frame | null {
  let k = at - 1;
  // Articles only: "that" before a figure is the conjunction of "said that 70% ...".
  while (k >= 0 && isWord(toks[k]) && /^(?:the|a|an)$/u.test((toks[k] as Tok).lw)) k--;
  const t = toks[k];
  if (!isWord(t)) return null;
  let verb: Range | null = null;
  let before: number;
  // "rose from 2% to 3%", "rose by 20 to 60": the verb stands before the old value or the step.
  const change = t.lw === 'to' ? changeVerbBefore(toks, at) : null;
  if (change !== null && change[0] < k - 1) {
    verb = [change[0], change[0] + 1];
    before = change[0] - 1;
  } else if ((PARTICLES.has(t.lw) || (duration && DURATION_PREPS.has(t.lw))) && t.lw !== 'of' && verbAt(toks, k - 1)) {
    verb = [k - 1, k + 1];
    before = k - 2;
  } else if (isContent(t) && !isUpper(t.w) && !(isWord(toks[k - 1]) && /^(?:its|their|his|her|our|my|your|the|a|an)$|['’]s$/u.test((toks[k - 1] as Tok).lw))) {
    verb = [k, k + 1];
    before = k - 1;
  } else if (AUX.has(t.lw) && !/^(?:get|gets|got)$/u.test(t.lw)) {
    before = k - 1;
  } else {
    return null;
  }
  let s = before;
  while (s >= 0 && isWord(toks[s]) && (AUX.has((toks[s] as Tok).lw) || ADVERBS.has((toks[s] as Tok).lw))) s--;
  let b = s;
  // A word in "-ing" after an article is a noun: "the crossing lasted".
  while (b >= 0 && s - b < 3 && isContent(toks[b]) && (!isVerbForm((toks[b] as Tok).lw) || /^(?:the|a|an)$/u.test(toks[b - 1]?.lw ?? ''))) b--;
  // "Inflation in Ostmark fell to 3%", "Turnout in the capital": the noun the place or owner follows heads the subject.
  const prep = b >= 2 && /^(?:the|a|an)$/u.test(toks[b]?.lw ?? '') ? b - 1 : b;
  if (b < s && prep >= 1 && SUBJECT_PREPOSITIONS.has(toks[prep]?.lw ?? '') && headsPhrase(toks, prep - 1)) {
    let h = prep - 1;
    while (h > prep - 3 && h >= 0 && isContent(toks[h]) && !isVerbForm((toks[h] as Tok).lw)) h--;
    b = h;
  }
  const subject: Range | null = b < s ? [b + 1, s + 1] : null;
  if (verb === null && subject === null) return null;
  return { verb, subject };
}

const SUBJECT_PREPOSITIONS = new Set(['in', 'of', 'at', 'across']);
const VAGUE_COUNTS = /^(?:dozens|scores|tens|hundreds|thousands|millions|billions)$/u;

/**
 * Whether the word at j can head a subject that a prepositional phrase follows: a noun, not a unit, a
 * quantity or a figure's ("210 millimetres of rain fell" is another figure's measure).
 */
function headsPhrase(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  if (!isContent(t)) return false;
  const lw = (t as Tok).lw;
  return !isVerbForm(lw) && !UNITS.has(lw) && !QUANTITY_NOUNS.has(lw) && !VAGUE_COUNTS.test(lw) && toks[j - 1]?.k !== 'number';
}

/** A noun before "of" that the figure fills: "a fine of 1.5 million kroner", "a permanent share of 12.5%". */
export function nounOfBefore(toks: readonly Tok[], start: number): Range | null {
  if (toks[start - 1]?.lw !== 'of') return null;
  const e = start - 1;
  let b = e - 1;
  while (b >= 0 && e - 1 - b < 3 && isContent(toks[b]) && !isVerbForm((toks[b] as Tok).lw)) b--;
  if (b + 1 >= e) return null;
  if (QUANTITY_NOUNS.has((toks[e - 1] as Tok).lw)) return null;
  return [b + 1, e];
}

/**
 * Reads the pieces of what a figure measures. `counted` is true for a figure without a unit: its noun (or a
 * verb that happens to people) decides what it counts, and without one it is no claim (null).
 */
export function readMeasure(toks: readonly Tok[], start: number, next: number, counted: boolean, duration = false): Reading | null {
  const nounAfter = !duration;
  const r: Reading = { nounOf: nounOfBefore(toks, start), noun: null, of: null, pin: null, predicate: null, clause: null, people: false, stop: next };
  let j = next;
  if (counted) {
    // "two of the workers": the noun after the partitive.
    if (toks[j]?.lw === 'of') j = skipDeterminers(toks, j + 1);
    const e = nounRun(toks, j, 5, true);
    if (e === j) {
      // A bare count before a verb that happens to people: "450 evacuated", "eight treated in hospital".
      const p = predicateAt(toks, j);
      if (p === null || !PEOPLE_VERBS.has((toks[p[0]] as Tok).lw)) return null;
      r.predicate = p;
      r.people = true;
      r.stop = p[1];
      return r;
    }
    r.noun = [j, e];
    r.people = PEOPLE_NOUNS.has((toks[e - 1] as Tok).lw);
    j = e;
  } else {
    let np = j;
    let from = j;
    if (toks[j]?.lw === 'of') {
      np = skipDeterminers(toks, j + 1);
      // "a permanent share of 12.5 per cent of the total catch": keep "of the" between the two nouns.
      from = r.nounOf !== null ? j : np;
    } else if (isWord(toks[j]) && isUpper((toks[j] as Tok).w) && !isFunction(toks[j] as Tok)) {
      // "the 9 per cent Norway offered": a clause about the figure, read as its holder and verb.
      const e = nounRun(toks, j, 3, false);
      const p = predicateAt(toks, e);
      if (p !== null) {
        r.clause = [[j, e], p];
        r.stop = p[1];
        return r;
      }
    }
    // A duration is followed by its noun only through "of" ("five hours of talks"; not "14 days free").
    const e = np > j || nounAfter ? nounRun(toks, np, 4, false) : np;
    if (e > np) {
      r.noun = [from, e];
      j = e;
    }
  }
  // "six rounds of negotiations", "lower risk of heart death".
  if (r.noun !== null && toks[j]?.lw === 'of' && !r.people) {
    const np = skipDeterminers(toks, j + 1);
    const e = nounRun(toks, np, 3, false);
    if (e > np) {
      r.of = [j, e];
      j = e;
    }
  }
  r.pin = pinAt(toks, j, r.noun === null, duration && r.noun === null);
  if (r.pin !== null) j = r.pin[1];
  r.stop = j;
  // An aside after a count ("Eight people, including two plant workers, were taken ...") is stepped over.
  let k = j;
  if (counted && toks[k]?.w === ',' && /^(?:including|among|mostly|many|most|some|all|both|none|one)$/u.test(toks[k + 1]?.lw ?? '')) {
    let c = k + 2;
    while (c < toks.length && toks[c]?.w !== ',' && c - k < 12) c++;
    if (toks[c]?.w === ',') k = c + 1;
  }
  r.predicate = predicateAt(toks, k);
  if (r.predicate !== null) r.stop = r.predicate[1];
  return r;
}

export { isContent, skipDeterminers };
