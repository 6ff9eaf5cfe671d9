// Features (terms, names, numbers) as small integers. The match stage touches thousands of features per
// article; typed arrays indexed by id cost a fraction of string-keyed maps. Ids that no member in memory
// holds any more are recycled at each sweep, so memory follows the active window, not the stream's history.
import { FeatureKind, featureHash, kindOf } from './features.js';

/** A feature vector: ascending feature ids and their raw strengths. */
export interface SparseVector {
  ids: Int32Array;
  vals: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), vals: new Float64Array(0) };

export class Vocabulary {
  /**
   * Ids by the hash of a feature's prefixed name (see featureHash): the names arrive from a worker thread
   * as new strings, and a map keyed by them would hash every one again here. A name whose hash another
   * name holds already (rare: 30 bits for some tens of thousands of names) is kept in `collided`.
   */
  private readonly byHash = new Map<number, number>();
  private readonly collided = new Map<string, number>();
  private readonly names: Array<string | undefined> = [];
  private readonly free: number[] = [];
  private hashes = new Int32Array(1024);
  private kinds = new Uint8Array(1024);
  /** How many vectors held in memory name each feature: an id with none is free to reuse. */
  private refs = new Int32Array(1024);
  /** Document frequency of each feature over the original reports of the active window. */
  df = new Int32Array(1024);
  private count = 0;

  /** The id of a feature by its prefixed name (and that name's featureHash), added if new. */
  intern(name: string, hash = featureHash(name)): number {
    const known = this.find(name, hash);
    if (known !== undefined) return known;
    const id = this.free.pop() ?? this.names.length;
    if (id >= this.refs.length) this.grow(id + 1);
    if (this.byHash.has(hash)) this.collided.set(name, id);
    else this.byHash.set(hash, id);
    this.names[id] = name;
    this.hashes[id] = hash;
    this.kinds[id] = kindOf(name);
    this.count++;
    return id;
  }

  /** The id of a feature already known, without adding it. */
  lookup(name: string): number | undefined {
    return this.find(name, featureHash(name));
  }

  private find(name: string, hash: number): number | undefined {
    const id = this.byHash.get(hash);
    if (id !== undefined && this.names[id] === name) return id;
    return this.collided.size ? this.collided.get(name) : undefined;
  }

  name(id: number): string {
    return this.names[id] ?? '';
  }

  kind(id: number): FeatureKind {
    return this.kinds[id] as FeatureKind;
  }

  isLead(id: number): boolean {
    return this.kinds[id] === FeatureKind.Lead;
  }

  hold(ids: Int32Array): void {
    for (let i = 0; i < ids.length; i++) (this.refs[ids[i] as number] as number)++;
  }

  release(ids: Int32Array): void {
    for (let i = 0; i < ids.length; i++) (this.refs[ids[i] as number] as number)--;
  }

  /** Frees every id no vector holds (also those interned for an article that was never kept). */
  collect(): void {
    for (let id = 0; id < this.names.length; id++) {
      const name = this.names[id];
      if (name === undefined || this.refs[id] !== 0 || this.df[id] !== 0) continue;
      const hash = this.hashes[id] as number;
      if (this.byHash.get(hash) === id) this.byHash.delete(hash);
      else this.collided.delete(name);
      this.names[id] = undefined;
      this.free.push(id);
      this.count--;
    }
  }

  get size(): number {
    return this.count;
  }

  /** One more than the largest id that can be in use now: the length arrays indexed by id need. */
  get capacity(): number {
    return this.refs.length;
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
    this.kinds = widen(this.kinds, (k) => new Uint8Array(k));
    this.hashes = widen(this.hashes, (k) => new Int32Array(k));
  }
}
