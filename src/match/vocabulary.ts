// Features (terms, names, numbers) as small integers. The match stage touches thousands of features per
// article; typed arrays indexed by id cost a fraction of string-keyed maps. Ids that no member in memory
// holds any more are recycled at each sweep, so memory follows the active window, not the stream's history.
import { isLeadFeature } from './features.js';

/** A feature vector: ascending feature ids and their raw strengths. */
export interface SparseVector {
  ids: Int32Array;
  vals: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), vals: new Float64Array(0) };

export class Vocabulary {
  /**
   * Ids by kind (the prefix of a feature's name: see features.ts) and unprefixed name: the names come
   * as the keys of an article's feature objects, already hashed, where a prefixed copy would have to be
   * built and hashed for every lookup.
   */
  private readonly byKind = new Map<string, Map<string, number>>();
  private readonly names: Array<string | undefined> = [];
  private readonly free: number[] = [];
  private lead = new Uint8Array(1024);
  /** How many vectors held in memory name each feature: an id with none is free to reuse. */
  private refs = new Int32Array(1024);
  /** Document frequency of each feature over the original reports of the active window. */
  df = new Int32Array(1024);
  private count = 0;

  /** The id of feature `kind + name` (kind: '' for a plain term, or a feature prefix), added if new. */
  intern(name: string, kind = ''): number {
    let ids = this.byKind.get(kind);
    if (!ids) this.byKind.set(kind, (ids = new Map()));
    let id = ids.get(name);
    if (id !== undefined) return id;
    id = this.free.pop() ?? this.names.length;
    if (id >= this.refs.length) this.grow(id + 1);
    ids.set(name, id);
    const full = kind + name;
    this.names[id] = full;
    this.lead[id] = isLeadFeature(full) ? 1 : 0;
    this.count++;
    return id;
  }

  /** The id of a feature already known, without adding it. */
  lookup(name: string, kind = ''): number | undefined {
    return this.byKind.get(kind)?.get(name);
  }

  name(id: number): string {
    return this.names[id] ?? '';
  }

  isLead(id: number): boolean {
    return this.lead[id] === 1;
  }

  hold(ids: Int32Array): void {
    for (let i = 0; i < ids.length; i++) (this.refs[ids[i] as number] as number)++;
  }

  release(ids: Int32Array): void {
    for (let i = 0; i < ids.length; i++) (this.refs[ids[i] as number] as number)--;
  }

  /** Frees every id no vector holds (also those interned for an article that was never kept). */
  collect(): void {
    for (const ids of this.byKind.values()) {
      for (const [name, id] of ids) {
        if (this.refs[id] !== 0 || this.df[id] !== 0) continue;
        ids.delete(name);
        this.names[id] = undefined;
        this.free.push(id);
        this.count--;
      }
    }
  }

  get size(): number {
    return this.count;
  }

  private grow(min: number): void {
    let n = this.refs.length;
    while (n < min) n *= 2;
    const widen = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.refs = widen(this.refs, (k) => new Int32Array(k));
    this.df = widen(this.df, (k) => new Int32Array(k));
    this.lead = widen(this.lead, (k) => new Uint8Array(k));
  }
}
