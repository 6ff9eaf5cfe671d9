// Whether two claims from different articles state the same fact. A conflict shown to a reader who then
// finds the two figures measure different things costs more than a conflict missed, so 'conflict' asks
// for more than 'same' does: the same kind of unit, measures that match closely, the same holder of the
// figure, the same time and place, and values that no rounding or bound can reconcile.
import type { Claim } from '../model.js';
import { keyOf } from './claim-key.js';
import { PEOPLE_NOUNS, UNIT_INFO } from './claim-units.js';

/**
 * Fields findClaims sets beyond the Claim of model.ts (proposed there). Stored claims may lack them:
 * compareClaims then reads a range as its low end with 'over' (never a false conflict), and no holder.
 */
export interface ClaimExtras {
  /** The upper end of a range ("between 40 and 50", "40-50"); `value` is then the low end. */
  high?: number | null;
  /**
   * Stems of who holds or does what with the figure, outside the measure: the verb that takes it and its
   * subject ("iceland", "want" for "Iceland wants 12.5% of the catch"), or the verb after it ("come",
   * "china"). Empty for counts, whose verb is part of the measure.
   */
  predicateKey?: string[];
}

export type Verdict = 'same' | 'conflict' | 'different';

/**
 * Thresholds on the Jaccard overlap of measure keys, whose first stem is the head noun. Keys hold one to six
 * stems, and outlets word the same fact with one or two different stems ("microelectronic products imported
 * by Russia" and "microelectronics needed by Russia": 2 of 5), so 'same' asks for 0.4 and that one
 * measure's head is in the other's key: "machine tools imported by Russia" and "microelectronic products
 * imported by Russia" share two of six stems but neither head, and are different. A conflict needs more:
 * the same head, one key inside the other, two shared stems and an overlap of 2/3: "residents evacuated"
 * against "residents evacuated from homes", but not "people taken to hospital" against "people kept in
 * hospital" (a verb each, neither key inside the other), nor two keys that share only "people".
 */
const SAME_OVERLAP = 0.4;
const CONFLICT_OVERLAP = 2 / 3;
const CONFLICT_SHARED = 2;
/** Within one kind, a figure converted from another unit ("3 miles (5 km)") is rounded again. */
const CONVERSION_SLACK = 0.05;
/** "About", "nearly", "an estimated": within this share of the value either way. */
const ABOUT = 0.1;
/**
 * How far an open bound reaches when two claims are called the same: "more than 40" agrees with 43 but is
 * no confirmation of 500, which it does not contradict either ('different', not 'conflict').
 */
const OPEN_REACH = 1.5;
/**
 * Claims with one value and one head noun are the same fact even when the rest of their measures differ
 * ("120 soldiers were deployed", "the 120 soldiers sent to the town"), when the value is one that two
 * reports are unlikely to share by chance: this large with two significant digits, or with a fraction.
 * "2 people died" and "2 people were injured" stay apart, as do "20 killed" and "20 injured".
 */
const DISTINCTIVE = 20;

function kindOf(unit: string | null): string {
  if (unit === null) return 'count';
  const info = UNIT_INFO.get(unit);
  // Currencies and units not in the table compare only with themselves: there are no exchange rates here.
  return info === undefined ? `unit:${unit}` : info.kind;
}

/** Scales written in words after a number in words ("two million"); after digits the value tells the scale. */
const SCALE_WORDS: ReadonlyArray<[RegExp, number]> = [
  [/\btrillion\b/iu, 1e12], [/\bbillion\b/iu, 1e9], [/\bmillion\b/iu, 1e6], [/\bthousand\b/iu, 1e3],
];

/** How a claim's number is written: the number before its scale ("2.5" of "2.5 million"), its scale, its decimals. */
function writtenNumber(c: Pick<Claim, 'surface' | 'value'>): { mantissa: number; scale: number; decimals: number } {
  const v = Math.abs(c.value);
  const digits = /\d[\d,]*(?:\.\d+)?/u.exec(c.surface);
  if (digits !== null) {
    const mantissa = Number(digits[0].replace(/,/gu, ''));
    const decimals = (digits[0].split('.')[1] ?? '').length;
    const scale = mantissa > 0 ? v / mantissa : 1;
    return { mantissa, scale: scale >= 1e3 ? scale : 1, decimals };
  }
  // In words: "two million", "two and a half million", "five-and-a-half".
  for (const [word, scale] of SCALE_WORDS) {
    if (word.test(c.surface) && v >= scale) return { mantissa: v / scale, scale, decimals: decimalsOf(v / scale) };
  }
  return { mantissa: v, scale: 1, decimals: decimalsOf(v) };
}

function decimalsOf(x: number): number {
  return (String(Number(x.toPrecision(12))).split('.')[1] ?? '').length;
}

/**
 * How far an exact figure may be from its value, as it is written. A plain number is what it says: 5 is not
 * 6, and 20 people are not 24 ("20" need not be rounded at all). A decimal keeps half its last place (3.5
 * covers 3.45-3.55). A number with a scale is rounded by nature: "2.5 million" covers 2.45-2.55 million
 * and "$1 billion" 0.95-1.05 billion (half a tenth of its scale at least), so "1.4 billion" stays apart.
 */
export function roundingStep(c: Pick<Claim, 'surface' | 'value'>): number {
  const { scale, decimals } = writtenNumber(c);
  if (scale > 1) return 0.5 * 10 ** -Math.max(decimals, 1) * scale;
  return decimals > 0 ? 0.5 * 10 ** -decimals : 0;
}

/** Values a claim allows, in its kind's base unit; a soft end is a rounding or an estimate, not a value stated. */
interface Interval {
  lo: number;
  hi: number;
  softLo: boolean;
  softHi: boolean;
}

/**
 * The values a claim allows, in its kind's base unit. `reach` closes open bounds ("more than", "up to") at
 * OPEN_REACH times the value, for deciding that two claims confirm each other.
 */
function interval(c: Claim & ClaimExtras, reach: boolean): Interval {
  const v = c.value;
  const step = roundingStep(c);
  let r: Interval;
  if (typeof c.high === 'number') {
    r = { lo: v, hi: c.high, softLo: false, softHi: false };
  } else if (c.bound === 'about') {
    const half = Math.max(step, Math.abs(v) * ABOUT);
    r = { lo: v - half, hi: v + half, softLo: true, softHi: true };
  } else if (c.bound === 'over') {
    // The number of "more than 40" is a threshold the writer chose, not a rounded count: no step below it.
    r = { lo: v, hi: reach ? v + Math.max(Math.abs(v) * (OPEN_REACH - 1), step) : Infinity, softLo: false, softHi: true };
  } else if (c.bound === 'under') {
    r = { lo: reach ? v - Math.max(Math.abs(v) * (1 - 1 / OPEN_REACH), step) : -Infinity, hi: v, softLo: true, softHi: false };
  } else {
    r = { lo: v - step, hi: v + step, softLo: step > 0, softHi: step > 0 };
  }
  if (c.unit === 'degF') return { ...r, lo: ((r.lo - 32) * 5) / 9, hi: ((r.hi - 32) * 5) / 9 };
  const factor = c.unit === null ? 1 : (UNIT_INFO.get(c.unit)?.factor ?? 1);
  return { ...r, lo: r.lo * factor, hi: r.hi * factor };
}

function overlap(a: readonly string[], b: readonly string[]): { shared: number; jaccard: number; contained: boolean } {
  const setB = new Set(b);
  const setA = new Set(a);
  let shared = 0;
  for (const x of setA) if (setB.has(x)) shared++;
  const union = setA.size + setB.size - shared;
  return { shared, jaccard: union === 0 ? 0 : shared / union, contained: shared > 0 && shared === Math.min(setA.size, setB.size) };
}

/**
 * Can both claims be true at once (with open bounds closed, when `reach`)? Intervals that only touch do not
 * meet where both ends are roundings: 4.5 covers up to 4.55 and 4.6 from 4.55, and they are two figures.
 */
function meet(a: Claim & ClaimExtras, b: Claim & ClaimExtras, reach: boolean): boolean {
  const x = interval(a, reach);
  const y = interval(b, reach);
  if (a.unit !== b.unit) {
    // Converted figures are rounded twice: widen both a little before calling them incompatible.
    for (const r of [x, y]) {
      [r.lo, r.hi, r.softLo, r.softHi] = [r.lo - Math.abs(r.lo) * CONVERSION_SLACK, r.hi + Math.abs(r.hi) * CONVERSION_SLACK, true, true];
    }
  }
  const lo = Math.max(x.lo, y.lo);
  const hi = Math.min(x.hi, y.hi);
  const eps = 1e-9 * Math.max(1, Math.abs(lo), Math.abs(hi));
  if (hi - lo > eps) return true;
  if (hi - lo < -eps) return false;
  const softAt = (r: Interval, p: number): boolean => (Math.abs(r.lo - p) > eps || r.softLo) && (Math.abs(r.hi - p) > eps || r.softHi);
  return !(softAt(x, lo) && softAt(y, lo));
}

/** Do the claims have the same holder: both none, or keys that share half their stems? */
function sameHolder(a: Claim & ClaimExtras, b: Claim & ClaimExtras): boolean {
  const pa = a.predicateKey ?? [];
  const pb = b.predicateKey ?? [];
  if (pa.length === 0 && pb.length === 0) return true;
  if (pa.length === 0 || pb.length === 0) return false;
  return overlap(pa, pb).jaccard >= SAME_OVERLAP;
}

/**
 * Is the value one that two reports are unlikely to share by chance: DISTINCTIVE or more with two
 * significant digits (120, 312, 1,400, $61 billion, not 20, 100 or $8 billion), or written with a fraction
 * (2.5 million, 3.5%)?
 */
function distinctive(c: Claim): boolean {
  const { mantissa } = writtenNumber(c);
  if (!Number.isInteger(Number(mantissa.toPrecision(12)))) return true;
  if (Math.abs(c.value) < DISTINCTIVE) return false;
  let n = Math.round(Math.abs(mantissa));
  while (n >= 10 && n % 10 === 0) n /= 10;
  return n >= 10;
}

/**
 * The head noun as written where the key folds it: every noun of people is "people" in a key, but 120
 * soldiers and 120 patients are two counts.
 */
function headWord(c: Claim): string {
  if (c.measureKey[0] !== 'people') return c.measureKey[0] ?? '';
  for (const w of c.measure.toLowerCase().split(/[^\p{L}'’-]+/u)) if (PEOPLE_NOUNS.has(w)) return w;
  return 'people';
}

/** The class of a time in Claim.when: two times of one class that differ are two times, not one. */
function timeClass(t: string): string {
  if (/^\d{4}$/u.test(t) || /^(?:last|this|next) year$/u.test(t)) return 'year';
  if (/^[a-z]+ \d{1,2}$/u.test(t)) return 'date';
  if (/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/u.test(t)) return 'weekday';
  if (/^(?:yesterday|today|tomorrow|tonight)$/u.test(t)) return 'day';
  const period = /^[a-z]+ ([a-z]+)$/u.exec(t);
  return period !== null ? (period[1] as string) : 'month';
}

/**
 * Do the claims hold at different times? Both must say when: a figure "on Saturday" against one "on
 * Sunday", "last year" against "in 2019", "on the first day" against "on the third day". They are apart when
 * they name no time in common, or name two different times of one class (two years, two dates, two
 * weekdays): "September 2019" and "September 2020" share the month, not the year.
 */
function apartInTime(a: Claim, b: Claim): boolean {
  const wa = a.when ?? [];
  const wb = b.when ?? [];
  if (wa.length === 0 || wb.length === 0) return false;
  if (!wa.some((t) => wb.includes(t))) return true;
  for (const cls of new Set(wa.map(timeClass))) {
    const xs = wa.filter((t) => timeClass(t) === cls);
    const ys = wb.filter((t) => timeClass(t) === cls);
    if (ys.length > 0 && !xs.some((t) => ys.includes(t))) return true;
  }
  return false;
}

/**
 * Is one claim a running total and the other a figure for one day ("12 died on Tuesday" against "the death
 * toll rose to 60")? The day's figure is a part of the total, never a disputed version of it.
 */
function partOfTotal(a: Claim, b: Claim): boolean {
  // Even a total given for that same day ("stood at 60 on Tuesday") counts every day before it, while "12
  // died on Tuesday" may count that day's deaths alone: the words cannot tell the two apart, so no conflict.
  const oneDay = (c: Claim): boolean => (c.when ?? []).some((t) => DAY_CLASSES.has(timeClass(t)));
  return (a.running === true && b.running !== true && oneDay(b)) || (b.running === true && a.running !== true && oneDay(a));
}

const DAY_CLASSES: ReadonlySet<string> = new Set(['weekday', 'date', 'day']);

/** Prepositions of place: what follows them in a measure confines it ("people employed in Halvik"). */
const LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'within', 'across', 'throughout', 'inside', 'outside', 'near', 'around']);
const FUNCTION = /^(?:the|a|an|of|and|or|to|for|from|by|with|on|in|at|into|its|their|his|her)$/u;

/**
 * The stems that confine a measure to a part of what another outlet may count: the words of a phrase of
 * place ("in Halvik", "at the North Terminal") and names (capitalised words after the first).
 */
function scopeOf(c: Claim): string[] {
  const words = c.measure.split(/[\s,;:()]+/u).filter(Boolean);
  const scope: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (i > 0 && /^\p{Lu}/u.test(w)) scope.push(w);
    if (!LOCATIVES.has(w.toLowerCase())) continue;
    let k = i + 1;
    while (k < words.length && /^(?:the|a|an)$/iu.test(words[k] as string)) k++;
    for (; k < words.length && !FUNCTION.test((words[k] as string).toLowerCase()); k++) scope.push(words[k] as string);
  }
  return keyOf(scope);
}

/**
 * Is one measure confined where the other is not? "employs 220 people in Halvik" and "employs 1,400 people"
 * count different sets (a site and the whole company), so a place or a name in one measure only, absent
 * from the other's key, rules out a conflict. It does not rule out 'same': a figure that agrees with the
 * narrower one is no dispute either way.
 */
function narrower(a: Claim, b: Claim): boolean {
  return scopeOf(a).some((s) => !b.measureKey.includes(s)) || scopeOf(b).some((s) => !a.measureKey.includes(s));
}

/**
 * Whether two claims (from different articles) state the same fact: 'same' (same measure, compatible
 * values), 'conflict' (same measure, same kind of unit, values that cannot both be true), or 'different'
 * (not about the same thing). Claims of different times, or one confined to a place the other is not, are
 * never in conflict.
 */
export function compareClaims(a: Claim, b: Claim): Verdict {
  if (!Number.isFinite(a.value) || !Number.isFinite(b.value)) return 'different';
  const kind = kindOf(a.unit);
  if (kind !== kindOf(b.unit)) return 'different';
  const m = overlap(a.measureKey, b.measureKey);
  const headA = a.measureKey[0];
  const headB = b.measureKey[0];
  if (headA === undefined || headB === undefined) return 'different';
  if (!b.measureKey.includes(headA) && !a.measureKey.includes(headB)) return 'different';
  const ea = a as Claim & ClaimExtras;
  const eb = b as Claim & ClaimExtras;
  // A bare measure inside a fuller one with the same head ("lathes" against "lathes bought by Varland",
  // where one outlet's coordination hid the modifier) is the same thing; otherwise most words must match,
  // or the head and a distinctive value must ("120 soldiers were deployed", "120 soldiers were sent").
  if (m.jaccard < SAME_OVERLAP && !(headA === headB && m.contained)) {
    const oneFigure = headA === headB && headWord(a) === headWord(b) && a.unit === b.unit && a.value === b.value && (ea.high ?? null) === (eb.high ?? null);
    return oneFigure && distinctive(a) && sameHolder(ea, eb) ? 'same' : 'different';
  }
  if (meet(ea, eb, true)) return 'same';
  if (meet(ea, eb, false)) return 'different';
  const strong = headA === headB && m.contained && m.shared >= CONFLICT_SHARED && m.jaccard >= CONFLICT_OVERLAP;
  if (!strong || !sameHolder(ea, eb) || apartInTime(a, b) || partOfTotal(a, b) || narrower(a, b)) return 'different';
  return 'conflict';
}
