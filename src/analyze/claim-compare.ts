// Whether two claims from different articles state the same fact. A conflict shown to a reader who then
// finds the two figures measure different things costs more than a conflict missed, so 'conflict' asks
// for more than 'same' does: the same kind of unit, measures that match closely, the same holder of the
// figure, and values that no rounding or bound can reconcile.
import type { Claim } from '../model.js';
import { UNIT_INFO } from './claim-units.js';

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

function kindOf(unit: string | null): string {
  if (unit === null) return 'count';
  const info = UNIT_INFO.get(unit);
  // Currencies and units not in the table compare only with themselves: there are no exchange rates here.
  return info === undefined ? `unit:${unit}` : info.kind;
}

/** Half the last written digit's place: 450 may stand for 445–455, 2.5 million for 2.45–2.55 million. */
export function roundingStep(value: number): number {
  const v = Math.abs(value);
  if (v === 0) return 0.5;
  const written = Number(v.toPrecision(12));
  if (Number.isInteger(written)) {
    let zeros = 0;
    let n = written;
    while (n >= 10 && n % 10 === 0) {
      n /= 10;
      zeros++;
    }
    return 0.5 * 10 ** zeros;
  }
  const decimals = (String(written).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -decimals;
}

/**
 * The values a claim allows, in its kind's base unit. `reach` closes open bounds ("more than", "up to") at
 * OPEN_REACH times the value, for deciding that two claims confirm each other.
 */
function interval(c: Claim & ClaimExtras, reach: boolean): [number, number] {
  const v = c.value;
  const step = roundingStep(v);
  let lo: number;
  let hi: number;
  if (typeof c.high === 'number') {
    lo = v;
    hi = c.high;
  } else if (c.bound === 'about') {
    const half = Math.max(step, Math.abs(v) * ABOUT);
    lo = v - half;
    hi = v + half;
  } else if (c.bound === 'over') {
    // The number of "more than 40" is a threshold the writer chose, not a rounded count: no step below it.
    lo = v;
    hi = reach ? Math.max(v * OPEN_REACH, v + step) : Infinity;
  } else if (c.bound === 'under') {
    lo = reach ? Math.min(v / OPEN_REACH, v - step) : -Infinity;
    hi = v;
  } else {
    lo = v - step;
    hi = v + step;
  }
  if (c.unit === 'degF') return [((lo - 32) * 5) / 9, ((hi - 32) * 5) / 9];
  const factor = c.unit === null ? 1 : (UNIT_INFO.get(c.unit)?.factor ?? 1);
  return [lo * factor, hi * factor];
}

function overlap(a: readonly string[], b: readonly string[]): { shared: number; jaccard: number; contained: boolean } {
  const setB = new Set(b);
  const setA = new Set(a);
  let shared = 0;
  for (const x of setA) if (setB.has(x)) shared++;
  const union = setA.size + setB.size - shared;
  return { shared, jaccard: union === 0 ? 0 : shared / union, contained: shared > 0 && shared === Math.min(setA.size, setB.size) };
}

/** Can both claims be true at once (with open bounds closed, when `reach`)? */
function meet(a: Claim & ClaimExtras, b: Claim & ClaimExtras, reach: boolean): boolean {
  let [aLo, aHi] = interval(a, reach);
  let [bLo, bHi] = interval(b, reach);
  if (a.unit !== b.unit) {
    // Converted figures are rounded twice: widen both a little before calling them incompatible.
    [aLo, aHi] = [aLo - Math.abs(aLo) * CONVERSION_SLACK, aHi + Math.abs(aHi) * CONVERSION_SLACK];
    [bLo, bHi] = [bLo - Math.abs(bLo) * CONVERSION_SLACK, bHi + Math.abs(bHi) * CONVERSION_SLACK];
  }
  return aLo <= bHi && bLo <= aHi;
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
 * Whether two claims (from different articles) state the same fact: 'same' (same measure, compatible
 * values), 'conflict' (same measure, same kind of unit, values that cannot both be true), or 'different'
 * (not about the same thing).
 */
export function compareClaims(a: Claim, b: Claim): Verdict {
  const kind = kindOf(a.unit);
  if (kind !== kindOf(b.unit)) return 'different';
  const m = overlap(a.measureKey, b.measureKey);
  const headA = a.measureKey[0];
  const headB = b.measureKey[0];
  if (headA === undefined || headB === undefined) return 'different';
  if (!b.measureKey.includes(headA) && !a.measureKey.includes(headB)) return 'different';
  // A bare measure inside a fuller one with the same head ("lathes" against "lathes bought by Varland",
  // where one outlet's coordination hid the modifier) is the same thing; otherwise most words must match.
  if (m.jaccard < SAME_OVERLAP && !(headA === headB && m.contained)) return 'different';
  const ea = a as Claim & ClaimExtras;
  const eb = b as Claim & ClaimExtras;
  if (meet(ea, eb, true)) return 'same';
  if (meet(ea, eb, false)) return 'different';
  const strong = headA === headB && m.contained && m.shared >= CONFLICT_SHARED && m.jaccard >= CONFLICT_OVERLAP;
  return strong && sameHolder(ea, eb) ? 'conflict' : 'different';
}
