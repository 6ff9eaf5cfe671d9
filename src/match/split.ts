// A second chance for an online decision: a story that grew by joins can hold two events (the first
// report of the second earthquake joined the first one, and its followers came after it). Its reports
// are clustered in two by average link; when the two halves are less alike than a new report must be
// to join a story, they are two stories.

/** Reports compared in a split check: bounds its cost (the check is quadratic, then cubic, in this). */
export const SPLIT_MAX_REPORTS = 40;

/**
 * Sizes at which a story is checked: every size while it is small, then about every fifth growth, so
 * that the checks cost a story O(log n) quadratic passes rather than one per report.
 */
export function isSplitCheckpoint(reports: number, first: number): boolean {
  let n = first;
  while (n < reports) n = Math.max(n + 1, Math.floor(n * 1.2));
  return n === reports;
}

export interface Bipartition {
  /** Indexes (into the similarity matrix) of the half that does not hold item 0. */
  other: number[];
  /** Mean similarity across the two halves. */
  between: number;
}

/**
 * Average-link agglomerative clustering of a small similarity matrix down to two clusters. Returns
 * the cluster without item 0 (the oldest report, which keeps the story) and the mean similarity
 * between the two.
 */
export function bipartition(sim: ReadonlyArray<ArrayLike<number>>): Bipartition | null {
  const n = sim.length;
  if (n < 2) return null;
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  // Sum of similarities between clusters; clusters live at their first index, `alive` marks them.
  const sum = Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (_, j) => (i === j ? 0 : (sim[i] as ArrayLike<number>)[j] as number)));
  const alive = new Array<boolean>(n).fill(true);
  let clusters = n;
  while (clusters > 2) {
    let best = -Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      const si = sum[i] as Float64Array;
      const ni = (members[i] as number[]).length;
      for (let j = i + 1; j < n; j++) {
        if (!alive[j]) continue;
        const avg = (si[j] as number) / (ni * (members[j] as number[]).length);
        if (avg > best) [best, bi, bj] = [avg, i, j];
      }
    }
    (members[bi] as number[]).push(...(members[bj] as number[]));
    alive[bj] = false;
    const sBi = sum[bi] as Float64Array;
    const sBj = sum[bj] as Float64Array;
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi) continue;
      sBi[k] = (sBi[k] as number) + (sBj[k] as number);
      (sum[k] as Float64Array)[bi] = sBi[k] as number;
    }
    clusters--;
  }
  const roots = alive.flatMap((a, i) => (a ? [i] : []));
  const [a, b] = roots as [number, number];
  const first = (members[a] as number[]).includes(0) ? a : b;
  const second = first === a ? b : a;
  const other = members[second] as number[];
  const between = ((sum[first] as Float64Array)[second] as number) / ((members[first] as number[]).length * other.length);
  return { other: [...other].sort((x, y) => x - y), between };
}
