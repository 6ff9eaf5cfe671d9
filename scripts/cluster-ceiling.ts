// How far the matcher's own article vectors can go on a labelled clustering set, whatever the algorithm:
// every pair scored as the matcher scores an article against a one-report story (idf over the whole set,
// body and lead each normalised, lead weighing `leadWeight`), then
// - nearest-neighbour accuracy: how often an article's most similar other article has its gold label;
// - batch average-link and single-link clustering, all articles at once, at a sweep of thresholds chosen
//   afterwards with the labels (what no online run may do): an upper bound for that linkage.
// - the same average link over locally scaled similarities (Zelnik-Manor and Perona's self-tuning
//   scaling: s(i,j) / sqrt(σi σj), σ the similarity to an article's k-th nearest neighbour), which
//   judges a pair against how alike each article is to its own neighbourhood.
// Run: node --import tsx scripts/cluster-ceiling.ts ../shared/data/clustering/neus-val.jsonl
// Quadratic in memory (n² doubles): meant for sets of a few thousand records.
import { readFileSync } from 'node:fs';
import { bcubed } from '../src/eval/bcubed.js';
import { toRecord } from '../src/ingest/records.js';
import { DEFAULT_PARAMS, ENTITY_PREFIX, LEAD_PREFIX, NUMBER_PREFIX, rawVector } from '../src/match/features.js';
import { features, prepare } from '../src/prepare.js';

const file = process.argv[2];
if (!file) throw new Error('usage: cluster-ceiling.ts FILE.jsonl');

interface Doc {
  id: string;
  label: string;
  vector: Map<string, number>;
}

function readDocs(path: string): Doc[] {
  const raw: Array<{ id: string; label: string; names: string[]; strengths: Float64Array }> = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const value = JSON.parse(line) as Record<string, unknown>;
    const record = toRecord(value);
    if (typeof record === 'string') continue;
    const p = prepare({ kind: 'record', origin: record.id ?? '', record });
    if (!p.ok) continue;
    const r = rawVector(features(p.analysis));
    raw.push({ id: String(value['id']), label: String(value['label']), names: r.names, strengths: r.strengths });
  }
  const df = new Map<string, number>();
  for (const d of raw) for (const n of new Set(d.names)) df.set(n, (df.get(n) ?? 0) + 1);
  const n = raw.length;
  const lead = DEFAULT_PARAMS.leadWeight;
  return raw.map((d) => {
    const v = new Map<string, number>();
    d.names.forEach((name, i) => {
      const boost = name[0] === ENTITY_PREFIX ? DEFAULT_PARAMS.entityBoost : name[0] === NUMBER_PREFIX ? DEFAULT_PARAMS.numberBoost : 1;
      v.set(name, (d.strengths[i] as number) * boost * Math.max(0.01, Math.log((n + 1) / ((df.get(name) as number) + 0.5))));
    });
    let body2 = 0;
    let lead2 = 0;
    for (const [name, w] of v) {
      if (name[0] === LEAD_PREFIX) lead2 += w * w;
      else body2 += w * w;
    }
    for (const [name, w] of v) v.set(name, name[0] === LEAD_PREFIX ? (lead2 ? (lead * w) / Math.sqrt(lead2) : 0) : body2 ? ((1 - lead) * w) / Math.sqrt(body2) : 0);
    return { id: d.id, label: d.label, vector: v };
  });
}

function similarities(docs: readonly Doc[]): Float64Array {
  const n = docs.length;
  const sim = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = (docs[i] as Doc).vector;
      const b = (docs[j] as Doc).vector;
      const [small, large] = a.size < b.size ? [a, b] : [b, a];
      let s = 0;
      for (const [name, w] of small) s += w * (large.get(name) ?? 0);
      sim[i * n + j] = s;
      sim[j * n + i] = s;
    }
  }
  return sim;
}

function score(docs: readonly Doc[], clusterOf: (i: number) => number): string {
  const predicted = new Map(docs.map((d, i) => [d.id, String(clusterOf(i))]));
  const r = bcubed(predicted, new Map(docs.map((d) => [d.id, d.label])));
  return `P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)} stories ${new Set(predicted.values()).size}`;
}

const THRESHOLDS = [0.3, 0.25, 0.2, 0.17, 0.15, 0.13, 0.11, 0.1, 0.09, 0.08, 0.07, 0.05];
const SCALED_THRESHOLDS = [1.3, 1.2, 1.1, 1.0, 0.9, 0.8, 0.7, 0.6, 0.5];

/** Average-link agglomeration, closest pair first, reporting the partition as it passes each threshold. */
function averageLink(docs: readonly Doc[], sim: Float64Array, thresholds = THRESHOLDS, label = 'average link'): void {
  const n = docs.length;
  const sums = new Float64Array(sim);
  const size = new Array<number>(n).fill(1);
  const alive = new Array<boolean>(n).fill(true);
  const owner = Array.from({ length: n }, (_, i) => i);
  let t = 0;
  for (;;) {
    let best = -1;
    let ba = -1;
    let bb = -1;
    for (let a = 0; a < n; a++) {
      if (!alive[a]) continue;
      for (let b = a + 1; b < n; b++) {
        if (!alive[b]) continue;
        const v = (sums[a * n + b] as number) / ((size[a] as number) * (size[b] as number));
        if (v > best) [best, ba, bb] = [v, a, b];
      }
    }
    while (t < thresholds.length && (ba < 0 || best < (thresholds[t] as number))) console.log(`  ${label} ≥ ${(thresholds[t++] as number).toFixed(2)}: ${score(docs, (i) => owner[i] as number)}`);
    if (t >= thresholds.length || ba < 0) return;
    for (let c = 0; c < n; c++) {
      if (!alive[c] || c === ba || c === bb) continue;
      sums[ba * n + c] = sums[c * n + ba] = (sums[ba * n + c] as number) + (sums[bb * n + c] as number);
    }
    size[ba] = (size[ba] as number) + (size[bb] as number);
    alive[bb] = false;
    for (let i = 0; i < n; i++) if (owner[i] === bb) owner[i] = ba;
  }
}

/** s(i,j) / sqrt(σi σj), σi the similarity of article i to its k-th nearest other article. */
function locallyScaled(sim: Float64Array, n: number, k: number): Float64Array {
  const sigma = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = Float64Array.from(sim.subarray(i * n, i * n + n).filter((_, j) => j !== i)).sort();
    // A floor keeps an article with no neighbour at all from dividing by zero.
    sigma[i] = Math.max(0.02, row[row.length - k] ?? 0);
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] = (sim[i * n + j] as number) / Math.sqrt((sigma[i] as number) * (sigma[j] as number));
  return out;
}

function singleLink(docs: readonly Doc[], sim: Float64Array, threshold: number): string {
  const n = docs.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x] as number] as number;
    return x;
  };
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if ((sim[i * n + j] as number) >= threshold) parent[find(i)] = find(j);
  return score(docs, find);
}

const docs = readDocs(file);
const sim = similarities(docs);
const n = docs.length;
let right = 0;
for (let i = 0; i < n; i++) {
  let best = -1;
  let bj = -1;
  for (let j = 0; j < n; j++) if (j !== i && (sim[i * n + j] as number) > best) [best, bj] = [sim[i * n + j] as number, j];
  if (bj >= 0 && (docs[bj] as Doc).label === (docs[i] as Doc).label) right++;
}
console.log(`${file}: ${n} articles, nearest neighbour in the same gold story: ${(right / n).toFixed(3)}`);
averageLink(docs, sim);
for (const t of [0.25, 0.2, 0.17, 0.15, 0.13]) console.log(`  single link ≥ ${t.toFixed(2)}: ${singleLink(docs, sim, t)}`);
for (const k of [3, 5]) averageLink(docs, locallyScaled(sim, n, k), SCALED_THRESHOLDS, `scaled (k = ${k}) average link`);
