// How a prepared document crosses from a worker thread to the main thread. Structured cloning, and
// JSON.parse alike, rebuild an object with hundreds of distinct keys (a term vector) one hidden class
// at a time, which cost the main thread more per article than matching it; term vectors travel as
// parallel arrays instead, and the rest as JSON.
import { type Prepared, features } from './prepare.js';

export interface WirePrepared {
  json: string;
  minhash?: Uint32Array;
  terms?: [string[], number[]];
  lead?: [string[], number[]];
}

type Vector = Record<string, number>;

function split(v: Vector): [string[], number[]] {
  const keys = Object.keys(v);
  return [keys, keys.map((k) => v[k] as number)];
}

function join([keys, values]: [string[], number[]]): Vector {
  // Without a prototype V8 keeps the object as a hash table from the start (see analyze.ts).
  const v = Object.create(null) as Vector;
  for (let i = 0; i < keys.length; i++) v[keys[i] as string] = values[i] as number;
  return v;
}

export function toWire(p: Prepared): WirePrepared {
  if (!p.ok) return { json: JSON.stringify(p) };
  const { minhash, terms, lead, ...analysis } = p.analysis;
  // The features are also serialised here, once, in the form the store keeps them.
  const json = JSON.stringify({ ...p, analysis, featuresJson: JSON.stringify(features(p.analysis)) });
  return { json, minhash, terms: split(terms), lead: split(lead) };
}

export function fromWire(w: WirePrepared): Prepared {
  const p = JSON.parse(w.json) as Prepared;
  if (p.ok) {
    p.analysis.minhash = w.minhash ?? new Uint32Array(0);
    p.analysis.terms = join(w.terms ?? [[], []]);
    p.analysis.lead = join(w.lead ?? [[], []]);
  }
  return p;
}
