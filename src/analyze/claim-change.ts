// Figures that are the new value of something that moves: "the death toll rose to 60", "cases fell to 3%",
// "60 people, up from 40 earlier". A developing story's later report gives a new figure for the same
// measure; the story compares it as an update, not as a disagreement (stories/claim-table.ts), but only
// where the text itself says the figure changed, and only for what it says happened, not what could.
import type { Tok } from './claim-text.js';
import { CURRENCY_SYMBOLS, PEOPLE_NOUNS, SCALES } from './claim-units.js';

type Range = [number, number];

// Past and present forms only: a bare "rise" or "climb" follows a modal or "expected to" (a forecast).
const UP = new Set([
  'rose', 'risen', 'rises', 'climbed', 'climbs', 'increased', 'increases', 'jumped', 'jumps', 'grew', 'grown', 'grows',
  'surged', 'surges', 'soared', 'soars', 'mounted', 'swelled', 'swollen', 'edged',
]);
const DOWN = new Set(['fell', 'fallen', 'falls', 'dropped', 'drops', 'declined', 'declines', 'decreased', 'decreases', 'slipped', 'eased', 'plunged', 'shrank']);
/**
 * Verbs that take a tally's new figure straight after them: "the toll reached 60", "has topped 1,000". Only
 * after a tally: "floods hit 9 villages" and "rescuers reached 45 survivors" say nothing moved.
 */
const PASSED = new Set(['reached', 'reaches', 'hit', 'hits', 'topped', 'tops', 'passed', 'surpassed', 'exceeded']);
/** Of those, the ones that say the figure is now above the number: "surpassed 125" is more than 125. */
const BEYOND = new Set(['topped', 'tops', 'passed', 'surpassed', 'exceeded']);
/** Verbs that give a tally's value as it stands: "the toll stands at 60", "the toll is now 60". */
const STANDS_AT = new Set(['stands', 'stood', 'stand', 'remained', 'remains', 'was', 'is']);
const COPULAS = new Set(['is', 'was', "'s", '’s']);
/** Words of a figure between "from" or "by" (or the verb) and "to": "rose from about 40 to 60", "rose by 20 percent to 60". */
const FIGURE_WORDS = new Set(['about', 'around', 'nearly', 'almost', 'some', 'roughly', 'percent', 'per', 'cent', 'million', 'billion', 'thousand', 'hundred']);
/** Words between a verb of change and its "to": "rose sharply to", "has since climbed to". */
const BETWEEN = new Set(['sharply', 'steadily', 'further', 'again', 'quickly', 'slightly', 'since', 'now', 'overnight']);
/** Words before the verb that make it a forecast, a hope or a denial, not something that happened. */
const NOT_HAPPENED = new Set([
  'could', 'may', 'might', 'would', 'will', 'should', 'shall', 'can', 'must', 'to', 'not', "n't", 'never', 'likely',
  'expected', 'set', 'forecast', 'predicted', 'projected', 'feared', 'unlikely', 'if', 'unless',
]);
/** Nouns for a running count of something: what a tally phrase is built on. */
const TALLIES = new Set(['toll', 'tally', 'number', 'total', 'count']);
/** Words after a tally noun that keep it the head of its phrase: "the number of dead", "the toll from the flood". */
const TALLY_FOLLOWERS = new Set(['of', 'from', 'in', 'at', 'among', 'for', 'across', 'after']);
const AUX = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'been', 'now', 'since', 'further', 'already', 'reportedly']);
/** What the dead, the injured and the missing are counted as in a tally: "the number of dead", "the number of people killed". */
const PEOPLE_HEADS = new Set(['dead', 'injured', 'wounded', 'missing', 'killed', 'casualties', 'fatalities', 'victims', 'deaths', 'evacuees', 'displaced']);
/** Periods a comparison after "up from" names: then it compares with an earlier period, not an earlier report. */
const PERIODS = new Set(['year', 'years', 'quarter', 'month', 'months', 'annual', 'period', 'decade', 'season', 'previously']);

const isWord = (t: Tok | undefined): t is Tok => t !== undefined && t.k === 'word';

/** What stands before the verb at k: a modal, "to", a negation or "expected" make it no event. */
function happened(toks: readonly Tok[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = toks[j] as Tok;
    if (!isWord(t)) return true;
    if (NOT_HAPPENED.has(t.lw)) return false;
    if (!AUX.has(t.lw) && !BETWEEN.has(t.lw) && !t.lw.endsWith('ly')) return true;
  }
  return true;
}

/**
 * The verb before the figure at `lead` that gives it as a new value, and which way it went (none for a
 * tally as it stands: "stands at 60", "is now 60"); null when there is none or it did not happen.
 */
function verbBefore(toks: readonly Tok[], lead: number, tally: boolean): { at: number; way: 'up' | 'down' | null; passed: boolean } | null {
  let k = lead - 1;
  const t = toks[k];
  if (!isWord(t)) return null;
  if (tally && PASSED.has(t.lw)) return happened(toks, k) ? { at: k, way: 'up', passed: true } : null;
  if (tally) {
    // "the toll stands at 60", "the toll is now 60".
    let s = k;
    if (t.lw === 'at') s--;
    while (isWord(toks[s]) && BETWEEN.has((toks[s] as Tok).lw)) s--;
    const v = toks[s];
    if (isWord(v) && (t.lw === 'at' ? STANDS_AT.has(v.lw) : COPULAS.has(v.lw))) return happened(toks, s) ? { at: s, way: null, passed: false } : null;
  }
  if (t.lw !== 'to') return null;
  k--;
  // "rose from 40 to 60", "rose by 20 percent to 60": the old value or the step stands between.
  let j = k;
  while (j >= 0 && j > k - 6 && ((toks[j] as Tok).k !== 'word' || FIGURE_WORDS.has((toks[j] as Tok).lw))) j--;
  if (j < k && (toks[j]?.lw === 'from' || toks[j]?.lw === 'by')) k = j - 1;
  // "rose 5% to $3 billion": a step in percent straight after the verb, and a new value in another unit
  // ("rose 5 to 7 percent" and "rose 2% to 4%" are ranges of the step).
  else if (j < k - 1 && isWord(toks[j]) && (UP.has((toks[j] as Tok).lw) || DOWN.has((toks[j] as Tok).lw)) && stepThenValue(toks.slice(j + 1, k + 1), toks.slice(lead, lead + 4))) k = j;
  while (isWord(toks[k]) && BETWEEN.has((toks[k] as Tok).lw)) k--;
  const v = toks[k];
  if (!isWord(v) || !happened(toks, k)) return null;
  if (UP.has(v.lw)) return { at: k, way: 'up', passed: false };
  if (DOWN.has(v.lw)) return { at: k, way: 'down', passed: false };
  return null;
}

/** Whether the tokens give a percentage: "5%", "5 percent", "5 per cent". */
function isPercent(toks: readonly Tok[]): boolean {
  return toks.some((t) => t.w === '%' || t.lw === 'percent' || t.lw === 'cent');
}

/** The amount the tokens start with, its scale applied ("$200 million" → 2e8), or NaN. */
function amountOf(toks: readonly Tok[]): number {
  const at = toks.findIndex((t) => t.k === 'number');
  if (at < 0) return Number.NaN;
  return Number((toks[at] as Tok).w.replace(/,/gu, '')) * (SCALES.get(toks[at + 1]?.lw ?? '') ?? 1);
}

/**
 * Whether "rose STEP to VALUE" gives a step and a new value rather than a range of steps: a step in
 * percent before a value in another unit ("rose 5% to $3 billion"), or two amounts of money far apart
 * ("rose $200 million to $3.2 billion"); "rose 5 to 7 percent" and "rose 2% to 4%" are ranges.
 */
function stepThenValue(step: readonly Tok[], value: readonly Tok[]): boolean {
  if (isPercent(step)) return !isPercent(value);
  const money = (ts: readonly Tok[]): boolean => ts.some((t) => CURRENCY_SYMBOLS.has(t.w));
  return money(step) && money(value) && amountOf(value) >= 3 * amountOf(step);
}

/** The verb of change before the figure at `lead` ("rose to", "fell sharply to"), as a token range, or null. */
export function changeVerbBefore(toks: readonly Tok[], lead: number): Range | null {
  const verb = verbBefore(toks, lead, false);
  return verb === null ? null : [verb.at, lead];
}

/**
 * Which way the figure moved, as its sentence says: a verb of change before it ("rose to 60", and for a
 * tally "has reached 60") or ", up from" / ", down from" after it (from token `after`, where reading its
 * measure stopped), unless what follows compares with an earlier period ("up from 40 the year before").
 */
export function changeOf(toks: readonly Tok[], lead: number, after: number, tally: boolean): 'up' | 'down' | undefined {
  const before = verbBefore(toks, lead, tally);
  if (before?.way) return before.way;
  if (toks[after]?.w !== ',') return undefined;
  const word = toks[after + 1]?.lw;
  if ((word !== 'up' && word !== 'down') || toks[after + 2]?.lw !== 'from') return undefined;
  for (let k = after + 3; k < toks.length && k <= after + 9; k++) {
    const t = toks[k] as Tok;
    if (PERIODS.has(t.lw) || /^(?:19|20)\d\d$/u.test(t.w)) return undefined;
  }
  return word;
}

/**
 * A running count named just before its new value: "the death toll from the landslide rose to 60", "the
 * number of people killed has climbed to 60", "the tally reached 1,000". The range is the tally phrase: the
 * tally noun (the last one before the verb, and the head of its phrase), at most two words that qualify it
 * ("official death toll"), and what follows it up to the verb ("of people killed in the landslide").
 * `noun` is the tally noun's token; `people` when it counts people; `beyond` when the verb says the count
 * is now above the figure ("surpassed 125"). Null when the figure has no such phrase, or the change did not
 * happen ("could rise to").
 */
export function tallyBefore(toks: readonly Tok[], lead: number): { range: Range; noun: number; people: boolean; beyond: boolean } | null {
  const verb = verbBefore(toks, lead, true);
  if (verb === null) return null;
  let end = verb.at;
  while (end > 0 && isWord(toks[end - 1]) && AUX.has((toks[end - 1] as Tok).lw)) end--;
  let noun = -1;
  for (let k = end - 1; k >= 0 && k >= end - 10; k--) {
    const t = toks[k] as Tok;
    if (!isWord(t)) break;
    if (TALLIES.has(t.lw) && (k === end - 1 || TALLY_FOLLOWERS.has((toks[k + 1] as Tok).lw))) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return null;
  // Up to two words that qualify the tally ("the official death toll"), not a possessive or an article.
  let from = noun;
  while (from > noun - 2 && isWord(toks[from - 1]) && !/^(?:the|a|an|its|their|this|that|his|her|our)$|['’]s$/u.test((toks[from - 1] as Tok).lw) && !AUX.has((toks[from - 1] as Tok).lw)) from--;
  return { range: [from, end], noun, people: countsPeople(toks, from, noun, end), beyond: verb.passed && BEYOND.has((toks[verb.at] as Tok).lw) };
}

/**
 * Whether a tally counts people: a death toll, or the head after "of" is people or what happened to them
 * ("the number of dead", "the number of people killed"), not "the number of dead cattle" or "of shelters".
 */
function countsPeople(toks: readonly Tok[], from: number, noun: number, end: number): boolean {
  const tally = (toks[noun] as Tok).lw;
  if (tally === 'toll') return true;
  if ((toks[noun + 1] as Tok | undefined)?.lw !== 'of') return toks.slice(from, noun).some((t) => t.lw === 'death' || t.lw === 'casualty');
  // The head of the phrase after "of": its last word before a participle or a preposition.
  let head: string | null = null;
  for (let k = noun + 2; k < end; k++) {
    const t = toks[k] as Tok;
    if (!isWord(t) || TALLY_FOLLOWERS.has(t.lw) || (head !== null && /(?:ed|ing)$/u.test(t.lw))) break;
    if (!/^(?:the|a|an)$/u.test(t.lw)) head = t.lw;
  }
  return head !== null && (PEOPLE_NOUNS.has(head) || PEOPLE_HEADS.has(head));
}
