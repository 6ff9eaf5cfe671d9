import { evalCluster } from '../src/eval/cluster.ts';
const params = JSON.parse(process.argv[3] ?? '{}');
for (const f of (process.argv[2] ?? 'ecbplus,neus-val').split(',')) {
  const r = await evalCluster(`../shared/data/clustering/${f}.jsonl`, { params });
  console.log(f, JSON.stringify({ p: r.precision?.toFixed(4), r: r.recall?.toFixed(4), f1: r.f1?.toFixed(4), stories: r.stories, gold: r.gold_stories, s: r.seconds.toFixed(1), failed: r.failed }));
}
