// Union-find over 0..n-1: facts that state the same thing are joined pairwise and read back as groups.
export class Groups {
  private readonly parent: number[];

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    // Path compression: later finds on this chain take one step.
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

  /** The groups, each in ascending order, ordered by their first member. */
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

/** For each key, the items (by index, ascending) that have it. */
export function postingsOf(keysOf: ReadonlyArray<Iterable<string>>): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    for (const k of new Set(keys)) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  return postings;
}

/** Pairs (i < j) of items that share at least one of their keys, keys shared by more than `common` items left out. */
export function pairsSharingKeys(keysOf: ReadonlyArray<Iterable<string>>, common = Infinity): Array<[number, number]> {
  const postings = postingsOf(keysOf);
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  const n = keysOf.length;
  for (const list of postings.values()) {
    if (list.length > common) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        if (seen.has(i * n + j)) continue;
        seen.add(i * n + j);
        out.push([i, j]);
      }
    }
  }
  return out;
}
