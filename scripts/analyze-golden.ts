// Golden output of the prepare stage (extract + analyze), so that a speed-up can be shown to change
// nothing: run it on the unmodified code to write a baseline, then after each change with --against.
//
//   npx tsx scripts/analyze-golden.ts /tmp/golden-base.jsonl
//   npx tsx scripts/analyze-golden.ts /tmp/golden-new.jsonl --against /tmp/golden-base.jsonl
//
// The baseline belongs outside the repository: part of it comes from shared data that must not be copied in.
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { newsStream } from '../bench/corpus.js';
import { listFiles, readDocuments } from '../src/ingest/files.js';
import type { RawDocument } from '../src/model.js';
import { prepare } from '../src/prepare.js';
import { sentences } from '../src/analyze/tokens.js';

const SHARED = process.env['CROSSWIRE_SHARED'] ?? '/work/shared';
const ROOT = join(import.meta.dirname, '..');

/** Every document of the golden set, labelled by the set it comes from. */
async function* documents(): AsyncGenerator<[string, RawDocument]> {
  for (const record of newsStream({ articles: 5000, days: 30 })) {
    yield ['bench', { kind: 'record', origin: `bench#${record.id}`, record }];
  }
  const fileSets: Array<[string, string[]]> = [
    ['demo', [join(ROOT, 'demo')]],
    ['data', ['ecbplus.jsonl', 'neus-val.jsonl'].map((f) => join(SHARED, 'data/clustering', f))],
    ['seeds', [join(SHARED, 'seeds')]],
  ];
  for (const [set, paths] of fileSets) {
    const present = paths.filter((p) => existsSync(p));
    if (present.length < paths.length) console.error(`warning: ${set}: missing ${paths.filter((p) => !present.includes(p)).join(', ')}`);
    // The CLI's own path from files to documents, so that the golden set sees what an import sees.
    for await (const file of listFiles(present)) {
      if ('error' in file) yield [set, { kind: 'error', origin: file.path, reason: file.error }];
      else for await (const doc of readDocuments(file.path)) yield [set, doc];
    }
  }
}

/** One line per document; origins are made relative so the baseline does not depend on where the repo lives. */
function serialise(set: string, doc: RawDocument): string {
  const p = prepare(doc);
  const origin = p.origin.replace(ROOT, '.').replace(SHARED, '$shared');
  if (!p.ok) return JSON.stringify({ set, origin, ok: false, reason: p.reason });
  // Key order is kept as produced: terms' insertion order is part of what must not change.
  const a = p.analysis;
  return JSON.stringify({
    set,
    origin,
    ok: true,
    kind: p.kind,
    article: { ...p.article, origin: undefined },
    lang: a.lang,
    sentences: sentences(p.article.text),
    wordCount: a.wordCount,
    terms: a.terms,
    lead: a.lead,
    mentions: a.mentions,
    numbers: a.numbers,
    contentHash: a.contentHash,
    minhash: Array.from(a.minhash),
  });
}

/** Names the fields that differ between two lines of the same document. */
function fieldsThatDiffer(a: string, b: string): string[] {
  const x = JSON.parse(a) as Record<string, unknown>;
  const y = JSON.parse(b) as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...keys].filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
}

const out = process.argv[2];
if (!out || out.startsWith('--')) {
  console.error('usage: analyze-golden.ts OUTPUT.jsonl [--against BASELINE.jsonl]');
  process.exit(2);
}
const againstAt = process.argv.indexOf('--against');
const against = againstAt >= 0 ? process.argv[againstAt + 1] : undefined;

const stream = createWriteStream(out);
const counts: Record<string, number> = {};
const started = performance.now();
for await (const [set, doc] of documents()) {
  counts[set] = (counts[set] ?? 0) + 1;
  if (!stream.write(`${serialise(set, doc)}\n`)) await once(stream, 'drain');
}
stream.end();
await once(stream, 'finish');
console.log(`wrote ${out}: ${JSON.stringify(counts)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

if (against) {
  const base = readFileSync(against, 'utf8').split('\n');
  const mine = readFileSync(out, 'utf8').split('\n');
  let differing = 0;
  for (let i = 0; i < Math.max(base.length, mine.length); i++) {
    const a = base[i] ?? '';
    const b = mine[i] ?? '';
    if (a === b) continue;
    differing++;
    if (differing <= 20) {
      const origin = (JSON.parse(a || b) as { origin: string }).origin;
      console.log(`differs: line ${i + 1} ${origin}: ${a && b ? fieldsThatDiffer(a, b).join(', ') : 'missing line'}`);
    }
  }
  console.log(differing ? `${differing} document(s) differ from ${against}` : `identical to ${against} (${mine.length - 1} documents)`);
  process.exitCode = differing ? 1 : 0;
}
