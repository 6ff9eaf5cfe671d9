// The k best entries of a map without sorting all of it: a query touches a few hundred stories to keep
// fifteen, a signature a story's whole vocabulary to keep sixty.

/**
 * The `k` keys with the largest values, largest first; equal values are ordered by `tieBreak` (default:
 * smaller key first). A bounded min-heap: O(n log k) with no allocation per entry.
 */
export function topKeys(values: ReadonlyMap<number, number>, k: number, tieBreak: (a: number, b: number) => number = (a, b) => a - b): number[] {
  if (k <= 0) return [];
  const keys = new Int32Array(k);
  const vals = new Float64Array(k);
  let n = 0;
  // `worse(i, j)`: heap entry i ranks below entry j (the root is the worst kept).
  const worse = (vi: number, ki: number, vj: number, kj: number): boolean => vi < vj || (vi === vj && tieBreak(ki, kj) > 0);
  const swap = (i: number, j: number): void => {
    const tk = keys[i] as number;
    const tv = vals[i] as number;
    keys[i] = keys[j] as number;
    vals[i] = vals[j] as number;
    keys[j] = tk;
    vals[j] = tv;
  };
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && worse(vals[l] as number, keys[l] as number, vals[m] as number, keys[m] as number)) m = l;
      if (r < n && worse(vals[r] as number, keys[r] as number, vals[m] as number, keys[m] as number)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (const [key, v] of values) {
    if (n < k) {
      // Sift the new entry up.
      let i = n++;
      keys[i] = key;
      vals[i] = v;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!worse(vals[i] as number, keys[i] as number, vals[p] as number, keys[p] as number)) break;
        swap(i, p);
        i = p;
      }
    } else if (worse(vals[0] as number, keys[0] as number, v, key)) {
      keys[0] = key;
      vals[0] = v;
      siftDown(0);
    }
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => (vals[b] as number) - (vals[a] as number) || tieBreak(keys[a] as number, keys[b] as number));
  return order.map((i) => keys[i] as number);
}

/**
 * Positions of the `k` largest `values`, largest first, equal values in `tieBreak` order (of positions).
 * A native sort of the values finds the cut-off, and only the few positions at or above it are sorted
 * with the comparator: for a few hundred values, several times cheaper than a comparator sort of all.
 */
export function topPositions(values: Float64Array, k: number, tieBreak: (a: number, b: number) => number): number[] {
  const n = values.length;
  if (k <= 0 || n === 0) return [];
  const cut = n > k ? (values.slice().sort()[n - k] as number) : -Infinity;
  const head: number[] = [];
  for (let i = 0; i < n; i++) if ((values[i] as number) >= cut) head.push(i);
  head.sort((a, b) => (values[b] as number) - (values[a] as number) || tieBreak(a, b));
  return head.length > k ? head.slice(0, k) : head;
}
