// One figure in a sentence's tokens: the number (digits or words, with its scale), its bound ("more than",
// "about", "up to", a range), and its unit (currency, percent, a unit of measure), or the reason it is no
// figure at all (a year, a date, a time of day, an ordinal, a label such as "Flight 370", a score, a phone
// number). What the figure measures is read afterwards (claim-measure.ts).
import type { Bound } from '../model.js';
import {
  BOUNDS_AFTER, BOUNDS_BEFORE, CLOCK_WORDS, CURRENCY_BY_ADJECTIVE, CURRENCY_CODES, CURRENCY_DEFAULT, CURRENCY_SYMBOLS,
  CURRENCY_WORDS, DOLLAR_PREFIXES, LABEL_NOUNS, MONTHS, SCALED_ONLY_CURRENCIES, SCALES, TIME_REFERENCE_AFTER, UNIT_INFO, UNITS,
} from './claim-units.js';
import type { Tok } from './claim-text.js';
import { NUMBER_WORD, readNumberWords } from './number-words.js';
import { isStopWord } from './stopwords.js';

export interface Figure {
  /** First and last-plus-one token of the figure as written: bound words, currency, number, scale, unit. */
  start: number;
  end: number;
  /** Where what the figure measures may begin: the token after the unit (or the adjectival token's noun). */
  next: number;
  value: number;
  /** The upper end of a range ("between 40 and 50", "40-50"); null otherwise. */
  high: number | null;
  /** Canonical unit, or null for a count (the noun after it decides). */
  unit: string | null;
  bound: Bound;
  /** The unit is written as an adjective before a noun: "three-day visit", "22-minute walk". */
  adjectival: boolean;
  /** A share written as a fraction with "of" after it ("a third of", "half of"): value and unit are percent. */
  share: boolean;
  /** The first token of the figure with the words that only confirm it ("a total of 312", "all 312"). */
  lead: number;
}

/** What reading at a token found: a figure, or where to go on because the tokens there are no figure. */
export type FigureResult = { figure: Figure; skip: number } | { figure: null; skip: number };

const DASHES = new Set(['-', '–', '—']);

const AFTER = BOUNDS_AFTER.map(([phrase, bound]) => ({ words: phrase.split(' '), bound }));

/** Capitalised words before a number that bound or introduce it rather than name a thing ("About 70"). */
const NOT_LABELS = new Set([
  'between', 'total', 'nearly', 'roughly', 'approximately', 'an', 'estimated', 'exactly', 'precisely', 'just', 'only',
  'another', 'additional', 'further', 'extra', 'overall', 'altogether', 'including', 'of', 'minus',
]);

// Bound phrases by their last word, longest first, for matching backwards from a figure.
const BOUNDS_BY_LAST = new Map<string, Array<{ words: string[]; bound: Bound }>>();
for (const [phrase, bound] of BOUNDS_BEFORE) {
  const words = phrase.split(' ');
  const last = words[words.length - 1] as string;
  const list = BOUNDS_BY_LAST.get(last) ?? [];
  list.push({ words, bound });
  list.sort((a, b) => b.words.length - a.words.length);
  BOUNDS_BY_LAST.set(last, list);
}

/** Verbs and words of change before "X to Y": then it is a change, not a range ("rose from 5% to 7%"). */
const CHANGE_BEFORE = new Set([
  'from', 'rose', 'risen', 'rise', 'rising', 'rises', 'fell', 'fallen', 'fall', 'falling', 'falls', 'up', 'down',
  'increased', 'increase', 'increasing', 'decreased', 'decrease', 'cut', 'cutting', 'raised', 'raise', 'raising',
  'grew', 'grow', 'growing', 'dropped', 'drop', 'climbed', 'climb', 'jumped', 'slipped', 'declined', 'reduced',
  'lifted', 'lowered', 'widened', 'narrowed', 'edged', 'doubled', 'tripled', 'halved', 'surged', 'soared',
  'plunged', 'slumped', 'moved', 'changed', 'revised', 'adjusted', 'extended', 'shortened', 'expanded',
]);

/** A word after a number that makes it a share or an amount: "by 20 to 30 percent" is a range of steps. */
const UNIT_AFTER = /^(?:percent|per|%|points?|percentage|million|billion|thousand|trillion|cents?|dollars?|euros?|pounds?|degrees?|notches|places|spots|seats|basis)$/u;

/** Words of a match result around "2-1": then it is a score. */
const SCORE_WORDS = new Set([
  'beat', 'beats', 'beating', 'won', 'win', 'wins', 'winning', 'lost', 'lose', 'loses', 'losing', 'defeat', 'defeated',
  'defeats', 'drew', 'draw', 'draws', 'drawn', 'victory', 'lead', 'led', 'leads', 'trail', 'trailed', 'trailing',
  'score', 'scored', 'scoreline', 'thrashed', 'edged', 'routed', 'vote', 'voted', 'votes', 'ruling', 'decision', 'verdict',
]);

const isWord = (t: Tok | undefined): t is Tok => t !== undefined && t.k === 'word';
const isNum = (t: Tok | undefined): t is Tok => t !== undefined && t.k === 'number';
const touching = (a: Tok | undefined, b: Tok | undefined): boolean => a !== undefined && b !== undefined && a.e === b.s;
const isUpper = (w: string): boolean => w[0] !== undefined && w[0] !== w[0].toLowerCase();

/** A written number in digits ("1,200", "3.5"), or null when it is no plain number ("1,2,3", "1.2.3"). */
function digitValue(raw: string): number | null {
  if (raw.includes(',')) {
    if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(raw)) return null;
    return Number(raw.replace(/,/gu, ''));
  }
  if (/\..*\./u.test(raw)) return null;
  return Number(raw);
}

/** The hyphen parts of the word tokens from i on, each with its token, until a token that is no word. */
interface Part {
  w: string;
  tok: number;
  /** Index of the part within its token. */
  at: number;
  /** Parts the token has in all. */
  of: number;
}

function wordParts(toks: readonly Tok[], i: number, limit = 8): Part[] {
  const out: Part[] = [];
  for (let t = i; t < toks.length && t < i + limit; t++) {
    const tok = toks[t] as Tok;
    if (tok.k !== 'word') break;
    const parts = tok.lw.split('-');
    parts.forEach((w, at) => out.push({ w, tok: t, at, of: parts.length }));
  }
  return out;
}

/** Can a number in words start at this token ("five", "twenty-three", "a dozen", "half")? */
export function startsWordNumber(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (!isWord(t)) return false;
  const dash = t.lw.indexOf('-');
  const first = dash < 0 ? t.lw : t.lw.slice(0, dash);
  if (first.length > 9 || (first.length < 3 && first !== 'a')) return false;
  if (first === 'a' || first === 'an') {
    const n = toks[i + 1];
    return t.lw === first && isWord(n) && /^(?:dozen|hundred|thousand|million|billion|trillion|half|third|quarter)$/u.test(n.lw.split('-')[0] as string);
  }
  return NUMBER_WORD.test(first);
}

/** The bound phrase that ends just before token i, and the token it starts at. */
function boundBefore(toks: readonly Tok[], i: number): { bound: Bound; at: number } | null {
  const prev = toks[i - 1];
  if (prev === undefined) return null;
  if (prev.k !== 'word') return prev.w === '~' ? { bound: 'about', at: i - 1 } : null;
  const options = BOUNDS_BY_LAST.get(prev.lw);
  if (options === undefined) return null;
  for (const { words, bound } of options) {
    const at = i - words.length;
    if (at < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = (toks[at + k] as Tok).lw === words[k];
    if (ok) return { bound, at };
  }
  return null;
}

/**
 * The token of a minus sign before the number at token i: "−20", "-20C" (a hyphen or U+2212 against the
 * digits, with space or nothing before it), or "minus 18". A dash against something before it joins
 * rather than signs: a range's second end ("40-50"), a code ("COVID-19").
 */
function signBefore(toks: readonly Tok[], i: number): number | null {
  const t = toks[i] as Tok;
  const p = toks[i - 1];
  if (p === undefined) return null;
  if ((p.w === '-' || p.w === '−') && t.k === 'number' && touching(p, t) && !touching(toks[i - 2], p)) return i - 1;
  // "40 minus 18" is a sum, not a sign.
  if (p.lw === 'minus' && !isNum(toks[i - 2])) return i - 1;
  return null;
}

/** The currency written before token i ("$", "US$", "€", "USD "), and the token it starts at. */
function currencyBefore(toks: readonly Tok[], i: number): { unit: string; at: number } | null {
  const prev = toks[i - 1];
  if (prev === undefined) return null;
  if (prev.k === 'mark') {
    const unit = CURRENCY_SYMBOLS.get(prev.w);
    if (unit === undefined) return null;
    const letters = toks[i - 2];
    if (prev.w === '$' && isWord(letters) && touching(letters, prev)) {
      const prefixed = DOLLAR_PREFIXES.get(letters.lw);
      if (prefixed !== undefined) return { unit: prefixed, at: i - 2 };
    }
    if (prev.w === '¥' && isWord(letters) && touching(letters, prev) && (letters.lw === 'cn' || letters.lw === 'rmb')) return { unit: 'CNY', at: i - 2 };
    return { unit, at: i - 1 };
  }
  if (prev.k === 'word' && CURRENCY_CODES.has(prev.w)) return { unit: prev.w === 'RMB' ? 'CNY' : prev.w, at: i - 1 };
  return null;
}

/** A unit read at token u (after the number and its scale): the canonical unit and the token after it. */
function unitAt(toks: readonly Tok[], u: number, scaled: boolean, value: number): { unit: string; next: number } | null {
  const t = toks[u];
  if (t === undefined) return null;
  const n1 = toks[u + 1];
  if (t.w === '%') return { unit: '%', next: u + 1 };
  if (t.k === 'mark') {
    if (t.w === '°' && isWord(n1) && (n1.lw === 'c' || n1.lw === 'f')) return { unit: n1.lw === 'c' ? 'degC' : 'degF', next: u + 2 };
    return null;
  }
  if (t.k !== 'word') return null;
  const lw = t.lw;
  if (lw === 'per' && n1?.lw === 'cent') return { unit: '%', next: u + 2 };
  if ((lw === 'percentage' || lw === 'basis') && (n1?.lw === 'points' || n1?.lw === 'point')) return { unit: lw === 'basis' ? 'bp' : 'pp', next: u + 2 };
  if (lw === 'degrees' || lw === 'degree') {
    const scale = n1?.lw;
    if (scale === 'celsius' || scale === 'centigrade' || scale === 'c') return { unit: 'degC', next: u + 2 };
    if (scale === 'fahrenheit' || scale === 'f') return { unit: 'degF', next: u + 2 };
    return { unit: 'degrees', next: u + 1 };
  }
  if ((lw === 'square' || lw === 'sq') && isWord(n1)) {
    if (/^(?:km|kilomet(?:re|er)s?)$/u.test(n1.lw)) return { unit: 'km2', next: u + 2 };
    if (/^(?:mi|miles?)$/u.test(n1.lw)) return { unit: 'sqmi', next: u + 2 };
    if (/^(?:m|met(?:re|er)s?)$/u.test(n1.lw)) return { unit: 'm2', next: u + 2 };
  }
  if (lw === 'cubic' && isWord(n1) && /^met(?:re|er)s?$/u.test(n1.lw)) return { unit: 'm3', next: u + 2 };
  if (lw === 'km' && n1?.w === '/' && toks[u + 2]?.lw === 'h') return { unit: 'km/h', next: u + 3 };
  if (lw === 'nautical' && isWord(n1) && /^miles?$/u.test(n1.lw)) return { unit: 'nmi', next: u + 2 };
  // Money after the amount, with the country adjective that says whose dollar it is.
  const money = currencyWordAt(toks, u, scaled, value);
  if (money !== null) return money;
  if (CURRENCY_CODES.has(t.w)) return { unit: t.w === 'RMB' ? 'CNY' : t.w, next: u + 1 };
  const info = UNITS.get(lw);
  if (info !== undefined) return { unit: info.unit, next: u + 1 };
  // "600m" against the number is metres (a scale "m" was taken before, with money or a counted noun).
  if (lw === 'm' && toks[u - 1]?.e === t.s) return { unit: 'm', next: u + 1 };
  return null;
}

function currencyWordAt(toks: readonly Tok[], u: number, scaled: boolean, value: number): { unit: string; next: number } | null {
  const t = toks[u] as Tok;
  let at = u;
  let adjective = '';
  // "5 million Canadian dollars", "10 New Zealand dollars", "2 Hong Kong dollars".
  for (let k = 0; k < 2; k++) {
    const w = toks[at];
    if (!isWord(w) || !isUpper(w.w) || CURRENCY_WORDS.has(w.lw)) break;
    adjective = w.lw;
    at++;
  }
  const name = toks[at];
  if (!isWord(name)) return null;
  const lw = name.lw;
  if (lw === 'pounds' || lw === 'pound') {
    if (adjective && adjective !== 'british' && adjective !== 'egyptian') return null;
    const sterling = toks[at + 1]?.lw === 'sterling';
    // Pounds are money with a scale, "sterling", or in the thousands; otherwise they weigh something.
    if (adjective === 'egyptian') return { unit: 'EGP', next: at + 1 };
    if (scaled || sterling || value >= 1000 || adjective === 'british') return { unit: 'GBP', next: at + (sterling ? 2 : 1) };
    return adjective ? null : { unit: 'lb', next: at + 1 };
  }
  const scaledOnly = SCALED_ONLY_CURRENCIES.get(lw);
  if (scaledOnly !== undefined) return scaled && at === u ? { unit: scaledOnly, next: at + 1 } : null;
  if (!CURRENCY_WORDS.has(lw)) return null;
  const fixed = CURRENCY_WORDS.get(lw);
  const singular = lw.replace(/(?:s|es)$/u, '').replace(/^kroner$/u, 'krone').replace(/^kronor$/u, 'krona');
  const base = lw === 'kroner' ? 'krone' : lw === 'kronor' ? 'krona' : singular;
  if (adjective) {
    const byAdjective = CURRENCY_BY_ADJECTIVE.get(`${adjective} ${base}`);
    if (byAdjective !== undefined) return { unit: byAdjective, next: at + 1 };
    if (fixed === null || fixed === undefined) return null;
  }
  if (t !== name && !adjective) return null;
  return { unit: fixed ?? CURRENCY_DEFAULT.get(base) ?? base, next: at + 1 };
}

/** The scale after a number at token u ("million", "bn", "m" against a currency), and the token after it. */
function scaleAt(toks: readonly Tok[], u: number, numberTok: Tok, currency: boolean): { scale: number; next: number } | null {
  const t = toks[u];
  if (!isWord(t)) return null;
  const scale = SCALES.get(t.lw);
  if (scale === undefined) return null;
  const against = touching(numberTok, t);
  // One-letter scales are units too ("600m" is metres, "5k" a race): only against a number and an amount of money.
  if (t.lw === 'm' || t.lw === 'b' || t.lw === 'k') {
    if (!against) return null;
    if (!currency && t.lw !== 'k') {
      const after = toks[u + 1];
      if (!(isWord(after) && /^(?:people|residents|users|customers|viewers|households|homes|barrels|tonnes|pounds|euros|dollars)$/u.test(after.lw))) return null;
    }
    if (t.lw === 'k' && !currency) return null;
  }
  return { scale, next: u + 1 };
}

/** The number in digits or words at token i, with its scale: value, the token after it, how it was written. */
interface NumberRead {
  value: number;
  next: number;
  words: boolean;
  /** A hyphenated word whose rest is a unit: "three-day" → "day", "five-year-old" → "year", "old". */
  rest: string[];
  fraction: boolean;
  approx: boolean;
  scaled: boolean;
  /** For digits: the token; null for words. */
  tok: Tok | null;
}

function readNumber(toks: readonly Tok[], i: number, currency: boolean): NumberRead | 'skip' | null {
  const t = toks[i];
  if (t === undefined) return null;
  if (t.k === 'number') {
    const value = digitValue(t.w);
    if (value === null) return 'skip';
    let next = i + 1;
    let scaled = false;
    const scale = scaleAt(toks, next, t, currency);
    let v = value;
    if (scale !== null) {
      v = value * scale.scale;
      next = scale.next;
      scaled = true;
    } else if (toks[next]?.lw === 'hundred') {
      v = value * 100;
      next++;
    }
    return { value: v, next, words: false, rest: [], fraction: false, approx: false, scaled, tok: t };
  }
  if (!startsWordNumber(toks, i)) return null;
  const parts = wordParts(toks, i);
  const read = readNumberWords(parts.map((p) => p.w), 0);
  if (read === null) return null;
  const last = parts[read.used - 1] as Part;
  let next = last.tok + 1;
  const rest = last.at + 1 < last.of ? parts.filter((p) => p.tok === last.tok && p.at > last.at).map((p) => p.w) : [];
  let value = read.value;
  let scaled = false;
  if (rest.length === 0) {
    // "five million", "2.5 million" are read above; a number in words may still take "bn" or "m" after it.
    const scale = scaleAt(toks, next, toks[last.tok] as Tok, currency);
    if (scale !== null && scale.scale >= 1e6) {
      value *= scale.scale;
      next = scale.next;
      scaled = true;
    }
  }
  return { value, next, words: true, rest, fraction: read.fraction, approx: read.approx, scaled: scaled || read.value >= 1e6, tok: null };
}

/** Is the digit number at token i a label ("Orbit 2", "Flight 370", "G7", "COVID-19"), not an amount? */
function isLabel(toks: readonly Tok[], i: number): boolean {
  const t = toks[i] as Tok;
  const prev = toks[i - 1];
  if (prev === undefined) return false;
  if (touching(prev, t) && (prev.k === 'word' || prev.w === '#' || prev.w === '№')) return true;
  // "COVID-19", "F-16", "OB2-24": a code, not a second number.
  if (touching(prev, t) && DASHES.has(prev.w) && touching(toks[i - 2], prev) && (isWord(toks[i - 2]) || (isNum(toks[i - 2]) && touching(toks[i - 3], toks[i - 2]) && isWord(toks[i - 3])))) return true;
  if (prev.w === '.' && toks[i - 2]?.lw === 'no') return true;
  if (!isWord(prev)) return false;
  if (LABEL_NOUNS.has(prev.lw)) return true;
  // A capitalised noun right before a number names a thing: "Orbit 2", "Article 5", "Windows 11".
  return isUpper(prev.w) && !isStopWord(prev.lw) && !BOUNDS_BY_LAST.has(prev.lw) && !MONTHS.has(prev.lw) && !NUMBER_WORD.test(prev.lw) && !CURRENCY_CODES.has(prev.w)
    && !NOT_LABELS.has(prev.lw);
}

/** A month name as written: "May" and "March" only with a capital, being words as well. */
function isMonth(t: Tok | undefined): boolean {
  return isWord(t) && MONTHS.has(t.lw) && (isUpper(t.w) || (t.lw !== 'may' && t.lw !== 'march'));
}

/** Is the number at token i part of a date ("September 27", "Nov. 5", "27 September", "5th of May")? */
function isDate(toks: readonly Tok[], i: number, next: number): boolean {
  let p = i - 1;
  if (toks[p]?.w === '.') p--;
  if (isMonth(toks[p]) && isUpper((toks[p] as Tok).w)) return true;
  let n = next;
  if (toks[n]?.lw === 'of') n++;
  return isMonth(toks[n]) && isUpper((toks[n] as Tok).w);
}

/**
 * Reads the figure that starts at token i, if one does. `i` is a number token, the first word of a number in
 * words, or a currency before a number.
 */
export function readFigure(toks: readonly Tok[], i: number): FigureResult {
  let at = i;
  const t0 = toks[i] as Tok;
  // A currency written before the number: start at the number and look back for it.
  if (t0.k === 'mark' || (t0.k === 'word' && !startsWordNumber(toks, i))) {
    let n = i + 1;
    if (toks[n]?.w === '$' && touching(t0, toks[n])) n++;
    if (toks[n]?.k !== 'number' && !startsWordNumber(toks, n)) return { figure: null, skip: i + 1 };
    at = n;
  }
  const currency = currencyBefore(toks, at);
  const t = toks[at] as Tok;
  const sign = currency === null ? signBefore(toks, at) : null;
  // Where the figure as written begins, before any bound: the sign, the currency or the number.
  const numAt = sign ?? currency?.at ?? at;

  if (t.k === 'number') {
    const prev = toks[at - 1];
    // Digits against a colon, slash or further digits are clock times, dates, ratios or phone numbers.
    let end = at;
    while (true) {
      const sep = toks[end + 1];
      const more = toks[end + 2];
      if (sep !== undefined && (sep.w === ':' || sep.w === '/' || sep.w === '.') && touching(toks[end], sep) && touching(sep, more) && isNum(more)) end += 2;
      else break;
    }
    if (end > at) return { figure: null, skip: end + 1 };
    if (prev !== undefined && touching(prev, t) && (prev.w === ':' || prev.w === '/' || prev.w === '+' || prev.w === '(')) return { figure: null, skip: at + 1 };
    const after = toks[at + 1];
    // Numbers separated only by spaces are phone numbers or codes ("020 7946 0958").
    if (isNum(after) && t.e + 1 === after.s) {
      let e = at + 1;
      while (isNum(toks[e + 1]) && (toks[e] as Tok).e + 1 === (toks[e + 1] as Tok).s) e++;
      return { figure: null, skip: e + 1 };
    }
    if (isLabel(toks, at)) return { figure: null, skip: at + 1 };
    if (isWord(after) && touching(t, after)) {
      // Against letters: ordinals, decades, clock times, "5G", unless a scale or unit ("8bn", "30C", "5km").
      if (/^(?:st|nd|rd|th|s)$/u.test(after.lw) || CLOCK_WORDS.has(after.lw)) return { figure: null, skip: at + 2 };
      if (!SCALES.has(after.lw) && !UNITS.has(after.lw) && after.lw !== 'c' && after.lw !== 'f' && !/^(?:km|kg|mph|kph|mm|cm|ft|lbs?|m)$/u.test(after.lw)) {
        return { figure: null, skip: at + 2 };
      }
    }
    if (after !== undefined && (after.w === '’' || after.w === "'") && touching(t, after) && toks[at + 2]?.lw === 's') return { figure: null, skip: at + 3 };
    if (isWord(after) && CLOCK_WORDS.has(after.lw)) return { figure: null, skip: at + 2 };
  }

  const num = readNumber(toks, at, currency !== null);
  if (num === 'skip') return { figure: null, skip: at + 1 };
  if (num === null) return { figure: null, skip: at + 1 };
  let next = num.next;
  let value = sign !== null ? -num.value : num.value;
  let high: number | null = null;
  let bound: Bound = num.approx ? 'about' : 'exact';
  let unit: string | null = currency?.unit ?? null;
  let adjectival = false;
  let share = false;

  if (num.rest.length > 0) {
    // "three-day", "22-minute" written as one word: the rest must be a unit, or it is no figure ("one-off").
    const info = UNITS.get(num.rest[0] as string);
    if (info === undefined || unit !== null) {
      if (num.rest[0] === 'odd' || num.rest[0] === 'plus') bound = num.rest[0] === 'odd' ? 'about' : 'over';
      else return { figure: null, skip: next };
    } else {
      if (num.rest[1] === 'old') return { figure: null, skip: next };
      unit = info.unit;
      adjectival = true;
    }
  }

  // Ranges: "40-50", "40 to 50", "five or six", "between 40 and 50", "$5bn-$6bn".
  const joiner = toks[next];
  const before = boundBefore(toks, numAt);
  const between = toks[numAt - 1]?.lw === 'between';
  // A negative low end is left alone: "−5 to −3" would be read as −5 to 3.
  if (joiner !== undefined && sign === null && num.rest.length === 0 && (DASHES.has(joiner.w) || joiner.lw === 'to' || joiner.lw === 'or' || (between && joiner.lw === 'and'))) {
    let k = next + 1;
    if (toks[k] !== undefined && CURRENCY_SYMBOLS.has((toks[k] as Tok).w)) k++;
    const second = isNum(toks[k]) || (joiner.k === 'word' && startsWordNumber(toks, k)) ? readNumber(toks, k, currency !== null) : null;
    if (second !== null && second !== 'skip' && second.rest.length <= 1) {
      const dash = DASHES.has(joiner.w);
      const lowRaw = num.value;
      let low = lowRaw;
      // "5-6 billion": the scale written once belongs to both ends.
      if (!num.scaled && second.scaled && second.value > 0 && num.tok !== null && second.tok !== null) low = lowRaw * (second.value / Number((second.tok.w).replace(/,/gu, '')));
      const prevWord = toks[(before?.at ?? numAt) - 1]?.lw ?? '';
      const nextWord = toks[second.next]?.lw ?? '';
      if (dash && num.tok !== null && second.tok !== null && !num.scaled && !second.scaled && (low >= second.value || SCORE_WORDS.has(prevWord) || SCORE_WORDS.has(nextWord) || /^(?:win|victory|defeat|loss|draw|lead|home|away|aggregate|margin|vote|majority|decision|ruling)$/u.test(nextWord))) {
        // "2-1", "beat them 3-0", a 5-4 vote: a score or tally, not an amount.
        return { figure: null, skip: second.next };
      }
      if (dash && num.tok !== null && /^(?:1[89]|20)\d\d$/u.test(num.tok.w)) return { figure: null, skip: second.next };
      // "rose by 20 to 60", "rose by $200 million to $3.2 billion": the step and the new value; "rose by 20
      // to 30 percent" and "by 2 to 3 metres" keep their range of steps, and so does an amount of money
      // whose ends are within three times of each other.
      const afterChangeBy = joiner.lw === 'to' && prevWord === 'by' && CHANGE_BEFORE.has(toks[(before?.at ?? numAt) - 2]?.lw ?? '');
      const bareCounts = unit === null && second.rest.length === 0 && !UNIT_AFTER.test(nextWord) && !UNITS.has(nextWord);
      const stepThenValue = afterChangeBy && (bareCounts || (currency !== null && second.value >= low * 3));
      if (low < second.value && !(joiner.lw === 'to' && CHANGE_BEFORE.has(prevWord)) && !stepThenValue && !(joiner.lw === 'or' && second.value !== low + 1 && second.value > low * 2)) {
        value = low;
        high = second.value;
        next = second.next;
        if (second.rest.length === 1) {
          const info = UNITS.get(second.rest[0] as string);
          if (info === undefined) return { figure: null, skip: next };
          unit = unit ?? info.unit;
          adjectival = true;
        }
      }
    }
  }

  // Years and dates are when, not how much. News style writes a count of thousands with a comma ("2,016
  // delegates"), so a bare four-digit number in the years' range is a year, unless a bound makes it a count.
  if (num.tok !== null && high === null && unit === null && !num.scaled && /^\d{4}$/u.test(num.tok.w) && value >= 1800 && value <= 2100) {
    if (before === null || before.bound === 'exact') return { figure: null, skip: next };
  }
  if (num.tok !== null && unit === null && isDate(toks, at, next)) return { figure: null, skip: next };

  // The unit after the number: percent, money, a unit of measure; "22-minute" against a hyphen.
  if (!adjectival) {
    const u = toks[next];
    if (u !== undefined && DASHES.has(u.w) && touching(toks[next - 1], u) && isWord(toks[next + 1]) && touching(u, toks[next + 1])) {
      const word = toks[next + 1] as Tok;
      const parts = word.lw.split('-');
      const info = UNITS.get(parts[0] as string);
      if (parts[0] === 'odd' || parts[0] === 'plus') {
        bound = parts[0] === 'odd' ? 'about' : 'over';
        next += 2;
      } else if (info !== undefined && unit === null) {
        if (parts[1] === 'old' || (toks[next + 2]?.w === '-' && toks[next + 3]?.lw === 'old')) return { figure: null, skip: next + 2 };
        unit = info.unit;
        adjectival = true;
        next += 2;
      } else {
        // "3,000-strong", "5-point", "10-fold", "COVID-19"-like compounds: not an amount of anything we can compare.
        return { figure: null, skip: next + 2 };
      }
    } else if (u !== undefined) {
      let read = unitAt(toks, next, num.scaled, value);
      // "half an hour", "half a day".
      if (read === null && num.fraction && (u.lw === 'a' || u.lw === 'an')) {
        const r2 = unitAt(toks, next + 1, num.scaled, value);
        if (r2 !== null && UNITS.get(toks[next + 1]?.lw ?? '')?.kind === 'time') read = r2;
      }
      // "30C", "30F": a temperature, written against the number with a capital.
      if (read === null && (u.w === 'C' || u.w === 'F') && touching(toks[next - 1], u)) read = { unit: u.w === 'C' ? 'degC' : 'degF', next: next + 1 };
      // "$5 a tonne", "€40 per hour": money stays the unit; the rest is what it is paid for.
      if (read !== null && unit !== null && read.unit !== unit) read = null;
      if (read !== null) {
        unit = read.unit;
        next = read.next;
      }
    }
  }

  if (unit === null && num.fraction) {
    // A fraction is a share of what follows "of" ("a third of residents"); alone it is no figure ("cut in half").
    if (toks[next]?.lw !== 'of') return { figure: null, skip: next };
    value *= 100;
    if (high !== null) high *= 100;
    unit = '%';
    share = true;
    bound = 'about';
  }

  // Moments rather than amounts: "two years ago", "three days later", "a 45-year-old", "aged 71".
  if (unit !== null && UNIT_INFO.get(unit)?.kind === 'time' && TIME_REFERENCE_AFTER.has(toks[next]?.lw ?? '')) {
    return { figure: null, skip: next + 1 };
  }
  // Ratios: "one in ten", "1 in 5", "nine out of ten".
  if (unit === null && high === null) {
    let k = next;
    if (toks[k]?.lw === 'in') k++;
    else if (toks[k]?.lw === 'out' && toks[k + 1]?.lw === 'of') k += 2;
    if (k > next && (isNum(toks[k]) || startsWordNumber(toks, k))) {
      const other = readNumber(toks, k, false);
      return { figure: null, skip: other !== null && other !== 'skip' ? other.next : k + 1 };
    }
  }
  // "One day" and "one night" are idioms ("could one day replace"), unless a preposition makes them a span.
  if (value === 1 && num.words && (unit === 'day' || unit === 'year') && !/^(?:for|in|within|after|than|over|about|just|only|a|per|every|each)$/u.test(toks[(before?.at ?? numAt) - 1]?.lw ?? '')) {
    return { figure: null, skip: next };
  }
  // "One of the", "one another": pronouns.
  if (value === 1 && unit === null && high === null && /^(?:of|in|another|by|or|and|day|night|morning|time|way|side|hand|thing|more)$/u.test(toks[next]?.lw ?? '')) {
    return { figure: null, skip: next };
  }
  if (unit === null && high === null && /^(?:times|fold)$/u.test(toks[next]?.lw ?? '')) return { figure: null, skip: next + 1 };

  // Bounds after: "40 or more", "40-odd", "40+".
  const after = toks[next];
  if (after?.w === '+' && touching(toks[next - 1], after)) {
    bound = 'over';
    next++;
  } else if (after !== undefined) {
    for (const { words, bound: b } of AFTER) {
      if (words.every((w, k) => toks[next + k]?.lw === w)) {
        bound = b;
        next += words.length;
        break;
      }
    }
  }

  let start = numAt;
  if (before !== null) {
    if (before.bound !== 'exact') start = before.at;
    bound = high !== null ? bound : before.bound === 'exact' ? bound : before.bound;
  }
  if (between && high !== null) start = numAt - 1;
  // "over" before a duration of time is as often "during" ("talks over three days"): read it as a bound only for other units.
  let lead = Math.min(start, before?.at ?? start);
  if (before !== null && toks[before.at]?.lw === 'over' && unit !== null && UNIT_INFO.get(unit)?.kind === 'time') {
    bound = 'exact';
    start = numAt;
    lead = start;
  }
  // A range keeps its low end with 'over': read without its upper end it still says nothing false.
  if (high !== null) bound = 'over';
  // JSON has no Infinity: a 400-digit number would be stored as null and read back as no number at all.
  if (!Number.isFinite(value) || (high !== null && !Number.isFinite(high))) return { figure: null, skip: next };
  return { figure: { start, end: next, next, value, high, unit, bound, adjectival, share, lead }, skip: next };
}
