// The figures of a story, fact by fact: each outlet's version of one measured thing, and whether the
// independent reports agree on its value, only one of them gives it, or they give values that cannot
// all be true. Whether two claims are about the same thing is the claim finder's judgement, passed in.
import type { Bound, Claim, FactVersion, StoryClaim } from '../model.js';
import { Groups, pairsSharingKeys } from '../util/groups.js';
import { figureSteps } from './figure-timeline.js';
import { reportCount } from './reports.js';
import { STATUS_ORDER } from './status.js';

export interface ClaimItem extends FactVersion {
  claim: Claim;
  /** When the article was published (ISO 8601), if known: an update needs to know which report came later. */
  published?: string | null;
}

export type CompareClaims = (a: Claim, b: Claim) => 'same' | 'conflict' | 'different';

const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
const CURRENCY: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥' };
/** Unit codes as a reader writes them. */
const UNIT_WORD: Record<string, string> = {
  hour: 'hours', minute: 'minutes', second: 'seconds', day: 'days', week: 'weeks', month: 'months', year: 'years',
  degC: '°C', degF: '°F', pp: 'percentage points',
};
const BOUND_WORD: Record<Bound, string> = { exact: '', about: 'about ', over: 'more than ', under: 'up to ' };

function plain(value: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) >= scale) return `${Number((value / scale).toFixed(2))} ${word}`;
  }
  return Number.isInteger(value) ? value.toLocaleString('en-US') : String(Number(value.toFixed(2)));
}

/** A claim's value as a reader compares it: "about 70%", "$8 billion", "312 people", "more than 40", "40–50". */
export function formatValue(c: Pick<Claim, 'value' | 'unit' | 'bound' | 'high'>): string {
  const range = typeof c.high === 'number' && c.high !== c.value;
  const bound = range ? '' : BOUND_WORD[c.bound];
  const number = range ? `${plain(c.value)}–${plain(c.high as number)}` : plain(c.value);
  const symbol = c.unit ? CURRENCY[c.unit] : undefined;
  if (symbol) return `${bound}${symbol}${number}`;
  if (c.unit === '%') return `${bound}${number}%`;
  return `${bound}${number}${c.unit ? ` ${UNIT_WORD[c.unit] ?? c.unit}` : ''}`;
}

/** What compareClaims reads of a claim: two claims alike in all of it get the same verdicts. */
function alikeKey(c: Claim): string {
  return JSON.stringify([c.value, c.unit, c.bound, c.high ?? null, c.surface, c.measure, c.measureKey, c.predicateKey ?? [], c.when ?? [], c.change ?? null, c.running ?? null]);
}

/**
 * Measure stems shared by more claims than this ("people" in every count of people) find no pair worth
 * judging on their own: a big story's claims are compared only where their measures meet on a rarer word.
 */
const COMMON_STEM = 200;


/**
 * The story's claims: one row per measured thing. Claims that state the same fact are one row, whoever
 * states them; rows whose values conflict are joined into one disputed row, but only when the conflict
 * is between different reports (an article that gives two figures itself reports a dispute, not a conflict
 * between outlets, and a copy cannot disagree with its original).
 */
export function tabulateClaims(items: readonly ClaimItem[], reports: ReadonlyMap<number, number>, compare: CompareClaims): StoryClaim[] {
  const same = new Groups(items.length);
  const verdicts: Array<[number, number]> = [];
  // Copies repeat their original's claims: claims alike in every compared field are judged once, by
  // their first, and the rest join it.
  const firstAlike = new Map<string, number>();
  const alikeOf = new Map<number, number[]>();
  const judged: number[] = [];
  items.forEach((item, i) => {
    const key = alikeKey(item.claim);
    const first = firstAlike.get(key);
    if (first === undefined) {
      firstAlike.set(key, i);
      alikeOf.set(i, [i]);
      judged.push(i);
    } else {
      same.join(i, first);
      alikeOf.get(first)?.push(i);
    }
  });
  const alike = (i: number): number[] => alikeOf.get(i) ?? [i];
  // An open bound ("more than 1,000") agrees with values that may disagree among themselves (about 1,100,
  // about 1,400): it joins a group of its own kind at once, and one of firmer figures only if it is the
  // one group it agrees with, so that it never bridges two values into a false "same".
  const open = (i: number): boolean => OPEN_BOUNDS.has((items[i] as ClaimItem).claim.bound);
  const loose: Array<[number, number]> = [];
  for (const [x, y] of pairsSharingKeys(judged.map((i) => (items[i] as ClaimItem).claim.measureKey), COMMON_STEM)) {
    const i = judged[x] as number;
    const j = judged[y] as number;
    const verdict = compare((items[i] as ClaimItem).claim, (items[j] as ClaimItem).claim);
    if (verdict === 'same') {
      if (open(i) === open(j)) same.join(i, j);
      else loose.push(open(i) ? [i, j] : [j, i]);
    } else if (verdict === 'conflict') {
      // The conflict stands between reports: some member of one group and some member of the other must be in different reports.
      const left = alike(i);
      const right = alike(j);
      const pair = left.flatMap((a) => right.map((b) => [a, b] as [number, number])).find(([a, b]) => reports.get((items[a] as ClaimItem).articleId) !== reports.get((items[b] as ClaimItem).articleId));
      if (pair) verdicts.push(pair);
    }
  }
  // By the open bounds' own groups: two outlets' "more than 1,000" agree with the same firm groups together.
  const agreesWith = new Map<number, Set<number>>();
  for (const [bound, firm] of loose) {
    const b = same.find(bound);
    const roots = agreesWith.get(b) ?? new Set<number>();
    roots.add(same.find(firm));
    agreesWith.set(b, roots);
  }
  for (const [bound, roots] of agreesWith) if (roots.size === 1) same.join(bound, [...roots][0] as number);
  const facts = same.members();
  const factOf = new Map<number, number>();
  facts.forEach((members, f) => members.forEach((i) => factOf.set(i, f)));
  const disputes = new Groups(facts.length);
  // A chain of agreements can join figures that cannot both hold ("about 400" agrees with 360 and with
  // 440): a conflict inside one group disputes the group.
  const disputedWithin = new Set<number>();
  for (const [i, j] of verdicts) {
    const fi = factOf.get(i) as number;
    const fj = factOf.get(j) as number;
    if (fi !== fj) disputes.join(fi, fj);
    else disputedWithin.add(fi);
  }
  const rows: StoryClaim[] = [];
  for (const dispute of disputes.members()) {
    const members = dispute.flatMap((fact) => (facts[fact] as number[]).map((i) => {
      const item = items[i] as ClaimItem;
      return { item, fact, report: reports.get(item.articleId) ?? item.articleId };
    }));
    const versions = members.map((m) => m.item);
    const n = reportCount(versions.map((v) => v.articleId), reports);
    const within = disputedWithin.has(dispute[0] as number);
    // A disputed row may be one figure at several moments, each change said by the report that gives it.
    const steps = dispute.length > 1 && !within ? figureSteps(members) : null;
    const status = steps !== null ? 'updated' : dispute.length > 1 || within ? 'conflict' : n > 1 ? 'corroborated' : 'single-source';
    const ordered = steps !== null ? steps.flatMap((s) => s.versions) : versions.sort((a, b) => a.articleId - b.articleId || a.claim.span[0] - b.claim.span[0]);
    const row: StoryClaim = {
      measure: measureOf(ordered),
      status,
      reports: n,
      // An update reads oldest first: each value the figure took, with who gave it and when it was first given.
      values: steps !== null ? steps.map((s) => ({ text: formatValue((s.versions[0] as ClaimItem).claim), outlets: outletsOf(s.versions), published: s.published })) : valuesOf(ordered),
      versions: ordered.map(({ articleId, outlet, copyOf, text, sentence, claim, published }) => ({
        articleId, outlet, copyOf, text, sentence, value: claim.value, unit: claim.unit, bound: claim.bound, speaker: claim.speaker,
        ...(steps !== null ? { published: published ?? null } : {}),
      })),
    };
    rows.push(row);
  }
  const first = (r: StoryClaim): number => r.versions[0]?.articleId ?? 0;
  return rows.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.reports - a.reports || first(a) - first(b));
}

const OPEN_BOUNDS: ReadonlySet<string> = new Set(['over', 'under']);

/** The outlets of some versions, each once, in order. */
function outletsOf(versions: readonly ClaimItem[]): string[] {
  return [...new Set(versions.map((v) => v.outlet))];
}

/** The distinct values the versions give, each with the outlets that give it, in order of first appearance. */
function valuesOf(versions: readonly ClaimItem[]): Array<{ text: string; outlets: string[] }> {
  const out = new Map<string, string[]>();
  for (const v of versions) {
    const text = formatValue(v.claim);
    const outlets = out.get(text) ?? [];
    if (!outlets.includes(v.outlet)) outlets.push(v.outlet);
    out.set(text, outlets);
  }
  return [...out].map(([text, outlets]) => ({ text, outlets }));
}

/** The measure as most of the versions name it (a table's label where a claim has one), the longest wording breaking a tie. */
function measureOf(versions: readonly ClaimItem[]): string {
  const counts = new Map<string, number>();
  for (const v of versions) {
    const name = v.claim.label ?? v.claim.measure;
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [m, n] of counts) {
    if (n > bestCount || (n === bestCount && m.length > best.length)) {
      best = m;
      bestCount = n;
    }
  }
  return best;
}
