// Scores the HTML extractor (extract/html.ts) on an extraction data set with the
// metrics of `crosswire eval extract`, without building, and lists the N worst pages: for tuning.
// `node --import tsx scripts/eval-own-extractor.ts [scrapinghub-dev|trafilatura-eval] [N]`
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageHtml, readGold } from '../src/eval/extraction.js';
import { extractHtml } from '../src/extract/html.js';
import { type PageCounts, type SegmentCounts, segmentCounts, segmentScores, shingleCounts, shingleScores } from '../src/eval/extraction-metrics.js';

const set = process.argv[2] ?? 'scrapinghub-dev';
const dir = join('..', 'shared', 'data', 'extraction', set);
const rows = readGold(dir);
let ms = 0;
const shingles: Array<PageCounts & { id: string }> = [];
const segments: SegmentCounts[] = [];
const perPage: Record<string, string> = {};
for (const r of rows) {
  const html = pageHtml(dir, r);
  const started = performance.now();
  const text = extractHtml({ origin: r.id, html, url: r.url }).text;
  ms += performance.now() - started;
  if (r.body !== undefined) shingles.push({ id: r.id, ...shingleCounts(r.body, text) });
  else segments.push(segmentCounts(text, r.with ?? [], r.without ?? []));
  perPage[r.id] = JSON.stringify(r.body !== undefined ? shingles[shingles.length - 1] : segments[segments.length - 1]);
}
const scores = shingles.length ? shingleScores(shingles) : segmentScores(segments);
console.log(`${set}: ${rows.length} pages, P ${scores.precision.toFixed(4)} R ${scores.recall.toFixed(4)} F1 ${scores.f1.toFixed(4)}, ${(ms / rows.length).toFixed(2)} ms/page`);
const worst = Number(process.argv[3] ?? 0);
const share = (a: number, b: number): number => (a + b ? a / (a + b) : 0);
for (const c of shingles.sort((a, b) => Math.min(share(a.tp, a.fp), share(a.tp, a.fn)) - Math.min(share(b.tp, b.fp), share(b.tp, b.fn))).slice(0, worst)) {
  console.log(`  ${c.id.slice(0, 16)} P ${share(c.tp, c.fp).toFixed(3)} R ${share(c.tp, c.fn).toFixed(3)}`);
}

// Pages whose counts changed since the last run: what a change did, page by page.
const last = `/tmp/eval-own-extractor.${set}.json`;
if (existsSync(last)) {
  const before = JSON.parse(readFileSync(last, 'utf8')) as Record<string, string>;
  for (const [id, now] of Object.entries(perPage)) if (before[id] !== undefined && before[id] !== now) console.log(`  changed ${id.slice(0, 16)}: ${before[id]} → ${now}`);
}
writeFileSync(last, JSON.stringify(perPage));
