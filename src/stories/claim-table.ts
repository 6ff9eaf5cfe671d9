// The figures of a story, fact by fact: each outlet's version of one measured thing, and whether the
// independent reports agree on its value, only one of them gives it, or they give values that cannot
// all be true. Whether two claims are about the same thing is the claim finder's judgement, passed in.
import type { Bound, Claim, FactStatus, FactVersion, StoryClaim } from '../model.js';
import { reportCount } from './reports.js';

export interface ClaimItem extends FactVersion {
  claim: Claim;
}

export type CompareClaims = (a: Claim, b: Claim) => 'same' | 'conflict' | 'different';

const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
const CURRENCY: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥' };
const BOUND_WORD: Record<Bound, string> = { exact: '', about: 'about ', over: 'more than ', under: 'up to ' };

function plain(value: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) >= scale) return `${Number((value / scale).toFixed(2))} ${word}`;
  }
  return Number.isInteger(value) ? value.toLocaleString('en-US') : String(Number(value.toFixed(2)));
}

/** A claim's value as a reader compares it: "about 70%", "$8 billion", "312 people", "more than 40". */
export function formatValue(c: Pick<Claim, 'value' | 'unit' | 'bound'>): string {
  const bound = BOUND_WORD[c.bound];
  const symbol = c.unit ? CURRENCY[c.unit] : undefined;
  if (symbol) return `${bound}${symbol}${plain(c.value)}`;
  if (c.unit === '%') return `${bound}${plain(c.value)}%`;
  return `${bound}${plain(c.value)}${c.unit ? ` ${c.unit}` : ''}`;
}

class Groups {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[i] !== r) {
      const next = this.parent[i] as number;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
  members(): number[][] {
    const out = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      const g = out.get(r);
      if (g) g.push(i);
      else out.set(r, [i]);
    }
    return [...out.values()];
  }
}

/** What compareClaims reads of a claim: two claims alike in all of it get the same verdicts. */
function alikeKey(c: Claim): string {
  return JSON.stringify([c.value, c.unit, c.bound, c.high ?? null, c.measureKey, c.predicateKey ?? []]);
}

/**
 * The pairs of claims whose measures share a stem: claims about things with no word in common are never
 * the same fact, so a big story's claims are not all compared with all.
 */
function sharingMeasure(items: readonly ClaimItem[]): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const stem of new Set(item.claim.measureKey)) {
      const list = postings.get(stem);
      if (list) list.push(i);
      else postings.set(stem, [i]);
    }
  });
  const pairs = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        const key = i * items.length + j;
        if (pairs.has(key)) continue;
        pairs.add(key);
        out.push([i, j]);
      }
    }
  }
  return out;
}

const STATUS_ORDER: Record<FactStatus, number> = { conflict: 0, corroborated: 1, 'single-source': 2 };

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
  for (const [x, y] of sharingMeasure(judged.map((i) => items[i] as ClaimItem))) {
    const i = judged[x] as number;
    const j = judged[y] as number;
    const verdict = compare((items[i] as ClaimItem).claim, (items[j] as ClaimItem).claim);
    if (verdict === 'same') same.join(i, j);
    else if (verdict === 'conflict') {
      // The conflict stands between reports: some member of one group and some member of the other must be in different reports.
      const left = alike(i);
      const right = alike(j);
      const pair = left.flatMap((a) => right.map((b) => [a, b] as [number, number])).find(([a, b]) => reports.get((items[a] as ClaimItem).articleId) !== reports.get((items[b] as ClaimItem).articleId));
      if (pair) verdicts.push(pair);
    }
  }
  const facts = same.members();
  const factOf = new Map<number, number>();
  facts.forEach((members, f) => members.forEach((i) => factOf.set(i, f)));
  const disputes = new Groups(facts.length);
  for (const [i, j] of verdicts) {
    const fi = factOf.get(i) as number;
    const fj = factOf.get(j) as number;
    if (fi !== fj) disputes.join(fi, fj);
  }
  const rows: StoryClaim[] = [];
  for (const dispute of disputes.members()) {
    const versions = dispute.flatMap((f) => (facts[f] as number[]).map((i) => items[i] as ClaimItem));
    versions.sort((a, b) => a.articleId - b.articleId || a.claim.span[0] - b.claim.span[0]);
    const n = reportCount(versions.map((v) => v.articleId), reports);
    const row: StoryClaim = {
      measure: measureOf(versions),
      status: dispute.length > 1 ? 'conflict' : n > 1 ? 'corroborated' : 'single-source',
      reports: n,
      versions: versions.map(({ articleId, outlet, copyOf, text, sentence, claim }) => ({
        articleId, outlet, copyOf, text, sentence, value: claim.value, unit: claim.unit, bound: claim.bound, speaker: claim.speaker,
      })),
    };
    if (dispute.length > 1) {
      row.values = dispute.map((f) => {
        const members = (facts[f] as number[]).map((i) => items[i] as ClaimItem);
        return { text: formatValue((members[0] as ClaimItem).claim), outlets: [...new Set(members.map((m) => m.outlet))] };
      });
    }
    rows.push(row);
  }
  const first = (r: StoryClaim): number => r.versions[0]?.articleId ?? 0;
  return rows.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.reports - a.reports || first(a) - first(b));
}

/** The measure as most of the versions word it, the longest wording breaking a tie. */
function measureOf(versions: readonly ClaimItem[]): string {
  const counts = new Map<string, number>();
  for (const v of versions) if (v.claim.measure) counts.set(v.claim.measure, (counts.get(v.claim.measure) ?? 0) + 1);
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
