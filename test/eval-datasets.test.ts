// Clustering quality on the public data sets in ../shared/data (skipped when they are absent).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evalCluster } from '../src/eval/cluster.js';
import { SKIP_NO_SHARED, sharedPath } from './support/helpers.js';

const ecb = sharedPath('data', 'clustering', 'ecbplus.jsonl');

test('ECB+ story clustering, one article at a time: B-cubed F1 ≥ 0.85', { skip: ecb ? false : SKIP_NO_SHARED }, async (t) => {
  const r = await evalCluster(ecb as string);
  t.diagnostic(`ECB+ P ${r.precision?.toFixed(4)} R ${r.recall?.toFixed(4)} F1 ${r.f1?.toFixed(4)} stories ${r.stories} (gold ${r.gold_stories})`);
  assert.equal(r.articles, 982);
  assert.ok((r.f1 ?? 0) >= 0.85, `F1 ${r.f1}`);
});
