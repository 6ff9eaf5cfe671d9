import { evalCluster } from '../src/eval/cluster.ts';
const grid = JSON.parse(process.argv[2]);
const files = (process.argv[3] ?? 'ecbplus,neus-val').split(',');
function* combos(keys: string[], i = 0, cur: Record<string, unknown> = {}): Generator<Record<string, unknown>> {
  if (i === keys.length) { yield { ...cur }; return; }
  for (const v of grid[keys[i]]) { cur[keys[i]] = v; yield* combos(keys, i + 1, cur); }
}
for (const params of combos(Object.keys(grid))) {
  const out: string[] = [];
  for (const f of files) {
    const r = await evalCluster(`../shared/data/clustering/${f}.jsonl`, { params });
    out.push(`${f} p=${r.precision?.toFixed(3)} r=${r.recall?.toFixed(3)} f1=${r.f1?.toFixed(3)} n=${r.stories}`);
  }
  console.log(JSON.stringify(params), '|', out.join(' | '));
}
