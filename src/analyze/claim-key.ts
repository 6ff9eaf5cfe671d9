// The comparison key of a measure: content stems, lower case, stop words and times dropped (a figure's
// times are its `when`, claim-when.ts), nouns that count people folded into "people", and what happened to
// them ("dead", "killed", "injured") kept, one stem for each outcome. normalizeTerm (tokens.ts) folds
// plurals only; a figure's measure is compared across outlets that write "evacuated" and "evacuation",
// "offered" and "offering", so verb and noun endings are folded here as well, for keys only.
import { PEOPLE_NOUNS } from './claim-units.js';
import { WHEN_WORDS } from './claim-measure.js';
import { isStopWord } from './stopwords.js';
import { normalizeTerm } from './tokens.js';

/** Verbs that only link a figure to its subject: "the talks lasted 5 hours", "the toll stood at 40". */
const LINKING = new Set([
  'last', 'lasted', 'lasting', 'lasts', 'took', 'take', 'taking', 'takes', 'total', 'totalled', 'totaled', 'totalling',
  'totals', 'number', 'numbered', 'amount', 'amounted', 'stood', 'stand', 'stands', 'standing', 'reach', 'reached',
  'reaches', 'come', 'came', 'became', 'become', 'remain', 'remained', 'remains', 'put', 'puts', 'estimate', 'estimated',
  'around', 'some', 'about', 'almost', 'nearly', 'roughly', 'approximately', 'altogether', 'overall', 'per',
]);

/**
 * What happened to people, in any of its forms: one stem each. "The dead", "the injured" count people, but
 * the key keeps what they are, or "2 people died" and "2 people were injured" would measure one thing.
 */
const OUTCOMES: ReadonlyMap<string, string> = new Map([
  ['dead', 'dead'], ['died', 'dead'], ['die', 'dead'], ['dies', 'dead'], ['dying', 'dead'], ['killed', 'dead'],
  ['kill', 'dead'], ['killing', 'dead'], ['death', 'dead'], ['deaths', 'dead'], ['fatalities', 'dead'], ['fatality', 'dead'],
  ['injured', 'injur'], ['injuries', 'injur'], ['injury', 'injur'], ['wounded', 'injur'], ['hurt', 'injur'],
]);

const STEMS = new Map<string, string>();

/** The key form of one written word: '' when it says nothing about what is measured. */
export function keyStem(word: string): string {
  const cached = STEMS.get(word);
  if (cached !== undefined) return cached;
  const lw = word.toLowerCase();
  let w = normalizeTerm(word);
  const outcome = OUTCOMES.get(lw);
  if (outcome !== undefined) w = outcome;
  else if (PEOPLE_NOUNS.has(lw) || PEOPLE_NOUNS.has(w)) w = 'people';
  else if (w.length < 2 || /^\d/u.test(w) || isStopWord(w) || WHEN_WORDS.has(w) || LINKING.has(w) || LINKING.has(lw)) w = '';
  else {
    if (w.length > 6 && w.endsWith('ation')) w = w.slice(0, -3);
    else if (w.length > 5 && w.endsWith('ion')) w = w.slice(0, -3);
    else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
    else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
    if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  }
  if (STEMS.size > 50_000) STEMS.clear();
  STEMS.set(word, w);
  return w;
}

/** The key of a list of written words: their stems, each once, in order. */
export function keyOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    for (const part of word.split(/[-–]/u)) {
      const s = keyStem(part);
      if (s && !out.includes(s)) out.push(s);
    }
  }
  return out;
}
