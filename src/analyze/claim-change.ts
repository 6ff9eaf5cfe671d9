// Figures that are the new value of something that moves: "the death toll rose to 60", "cases fell to 3%",
// "60 people, up from 40". A developing story's later report gives a new figure for the same measure; the
// story compares it as an update, not as a disagreement (stories/claim-table.ts), but only where the text
// itself says the figure changed.
import type { Tok } from './claim-text.js';
import { PEOPLE_NOUNS } from './claim-units.js';

type Range = [number, number];

const UP = new Set([
  'rose', 'risen', 'rise', 'rises', 'rising', 'climbed', 'climbs', 'climbing', 'increased', 'increases', 'jumped',
  'jumps', 'grew', 'grown', 'grows', 'surged', 'soared', 'mounted', 'swelled', 'swollen', 'spiralled', 'spiraled', 'edged',
]);
const DOWN = new Set(['fell', 'fallen', 'falls', 'dropped', 'drops', 'declined', 'declines', 'decreased', 'slipped', 'eased', 'plunged', 'shrank']);
/** Verbs that take the new figure straight after them: "the toll reached 60", "has topped 1,000". */
const PASSED = new Set(['reached', 'reaches', 'hit', 'hits', 'topped', 'tops', 'passed', 'surpassed', 'exceeded']);
/** Words between a verb of change and its "to": "rose sharply to", "has since climbed to". */
const BETWEEN = new Set(['sharply', 'steadily', 'further', 'again', 'quickly', 'slightly', 'since', 'now', 'overnight']);
/** Nouns for a running count of something: what a tally phrase is built on. */
const TALLIES = new Set(['toll', 'tally', 'number', 'total', 'count']);
/** Words that end the phrase before a tally's verb: a clause or a list begins there. */
const PHRASE_BREAKS = new Set(['said', 'says', 'that', 'but', 'while', 'after', 'as', 'when', 'because', 'which', 'who']);
const AUX = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'been', 'now', 'since', 'further', 'already', 'reportedly']);
/** Tally phrases that count people: their figures are counts of people, comparable with "40 people were killed". */
const PEOPLE_TALLY = /\b(?:toll|death|deaths|dead|killed|injured|wounded|casualt|fatalit|victims|people|missing)/u;

const isWord = (t: Tok | undefined): t is Tok => t !== undefined && t.k === 'word';

/** Where the verb of change before the figure at `lead` is, and which way it goes; null when there is none. */
function verbBefore(toks: readonly Tok[], lead: number): { at: number; way: 'up' | 'down' } | null {
  let k = lead - 1;
  const t = toks[k];
  if (!isWord(t)) return null;
  if (PASSED.has(t.lw)) return { at: k, way: 'up' };
  if (t.lw !== 'to') return null;
  k--;
  while (isWord(toks[k]) && BETWEEN.has((toks[k] as Tok).lw)) k--;
  const v = toks[k];
  if (!isWord(v)) return null;
  if (UP.has(v.lw)) return { at: k, way: 'up' };
  if (DOWN.has(v.lw)) return { at: k, way: 'down' };
  return null;
}

/** The verb of change before the figure at `lead` ("rose to", "has reached"), as a token range, or null. */
export function changeVerbBefore(toks: readonly Tok[], lead: number): Range | null {
  const verb = verbBefore(toks, lead);
  return verb === null ? null : [verb.at, lead];
}

/**
 * Which way the figure moved, as its sentence says: a verb of change before it ("rose to 60", "has reached
 * 60") or ", up from" / ", down from" after it (from token `after`, where reading its measure stopped).
 */
export function changeOf(toks: readonly Tok[], lead: number, after: number): 'up' | 'down' | undefined {
  const before = verbBefore(toks, lead);
  if (before !== null) return before.way;
  let k = after;
  if (toks[k]?.w === ',') k++;
  const word = toks[k]?.lw;
  if ((word === 'up' || word === 'down') && toks[k + 1]?.lw === 'from') return word;
  return undefined;
}

/**
 * A running count named before the figure: "the death toll from the landslide rose to 60", "the number of
 * people killed has climbed to 60", "the tally reached 1,000". The range is the tally phrase (from its first
 * content word to the verb); `people` when it counts people. Null when the figure has no such phrase.
 */
export function tallyBefore(toks: readonly Tok[], lead: number): { range: Range; people: boolean } | null {
  const verb = verbBefore(toks, lead);
  if (verb === null) return null;
  let end = verb.at;
  while (end > 0 && isWord(toks[end - 1]) && AUX.has((toks[end - 1] as Tok).lw)) end--;
  let start = end;
  while (start > 0 && isWord(toks[start - 1]) && !PHRASE_BREAKS.has((toks[start - 1] as Tok).lw)) start--;
  let tally = -1;
  for (let k = start; k < end; k++) {
    if (TALLIES.has((toks[k] as Tok).lw)) {
      tally = k;
      break;
    }
  }
  if (tally < 0) return null;
  // The words that qualify the tally before it ("the death toll", "the official tally"), less articles.
  let from = tally;
  while (from > start && !/^(?:the|a|an|its|their|this|that)$/u.test((toks[from - 1] as Tok).lw)) from--;
  const range: Range = [from, end];
  const words = toks.slice(from, end).map((t) => t.lw);
  return { range, people: PEOPLE_TALLY.test(words.join(' ')) || words.some((w) => PEOPLE_NOUNS.has(w)) };
}
