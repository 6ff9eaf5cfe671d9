// `crosswire eval extract`: the benchmark's metrics, and the command over a small data set written here.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { evalExtract } from '../src/eval/extraction.js';
import { segmentCounts, segmentScores, shingleCounts, shingleScores } from '../src/eval/extraction-metrics.js';
import { SKIP_NO_SHARED, sharedPath, tempDir } from './support/helpers.js';

const GOLD = 'Harbour pilots in Port Alvera ended their strike on Friday after the port authority agreed to hire six more pilots before winter.';

test('body shingles: a page is scored by 4-grams of word tokens, normalised so that each page weighs the same', () => {
  assert.deepEqual(shingleCounts(GOLD, GOLD), { tp: 1, fp: 0, fn: 0 });
  // Punctuation and spacing are not tokens: the same words score the same.
  assert.deepEqual(shingleCounts(GOLD, GOLD.replace(/ /gu, '\n\n').replace('.', '!')), { tp: 1, fp: 0, fn: 0 });
  const withMenu = shingleCounts(GOLD, `Home News Sport Weather\n${GOLD}`);
  assert.ok(withMenu.fp > 0 && withMenu.fn === 0, 'furniture before the article costs precision only');
  const cut = shingleCounts(GOLD, GOLD.split(' ').slice(0, 10).join(' '));
  assert.ok(cut.fn > 0 && cut.fp === 0, 'a cut article costs recall only');
  assert.ok(Math.abs(cut.tp + cut.fn - 1) < 1e-12);
  // Case matters, as in the benchmark.
  assert.ok(shingleCounts('Port Alvera strike ends', 'port alvera strike ends').tp === 0);
  // Fewer than four tokens make one shingle.
  assert.deepEqual(shingleCounts('Strike ends', 'Strike ends'), { tp: 1, fp: 0, fn: 0 });
});

test('body shingles: precision and recall are means over pages, F1 their harmonic mean', () => {
  const pages = [shingleCounts(GOLD, GOLD), shingleCounts(GOLD, ''), shingleCounts(GOLD, `Sign up for our newsletter today ${GOLD}`)];
  const s = shingleScores(pages);
  // The empty prediction has no precision to average, and recall 0.
  assert.equal(s.recall, (1 + 0 + 1) / 3);
  assert.ok(s.precision < 1 && s.precision > 0.5);
  assert.ok(Math.abs(s.f1 - (2 * s.precision * s.recall) / (s.precision + s.recall)) < 1e-12);
});

test('segments: passages that must appear and must not, counted over all pages', () => {
  const a = segmentCounts('The ferry left at dawn.\n\nIt carried 40 cars.', ['ferry left at dawn', 'carried 40 cars'], ['Subscribe now']);
  const b = segmentCounts('Subscribe now! The bridge is shut.', ['bridge is shut', 'reopens in May'], ['Subscribe now', 'Cookie settings']);
  assert.deepEqual(a, { tp: 2, fn: 0, fp: 0, tn: 1 });
  assert.deepEqual(b, { tp: 1, fn: 1, fp: 1, tn: 1 });
  const s = segmentScores([a, b]);
  assert.equal(s.precision, 3 / 4);
  assert.equal(s.recall, 3 / 4);
  assert.equal(s.accuracy, 5 / 7);
});

test('eval extract runs every page, scores it with the gold text, and scores the peers the same way', (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'html'));
  mkdirSync(join(dir, 'peers'));
  const body = [GOLD, 'The authority said the new pilots would start training in October.', 'Shipping lines had diverted eleven vessels during the two-week strike.'];
  const page = `<!doctype html><html><head><title>Pilots end strike</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Pilots end strike</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article><footer>© Harbour Times · Privacy · Contact</footer></body></html>`;
  writeFileSync(join(dir, 'html', 'a.html.gz'), gzipSync(page));
  writeFileSync(join(dir, 'html', 'b.html'), '<html><body><p>Only a menu</p></body></html>');
  writeFileSync(
    join(dir, 'gold.jsonl'),
    [{ id: 'a', url: 'https://harbourtimes.example/pilots', html: 'html/a.html.gz', body: body.join('\n') }, { id: 'b', url: null, html: 'html/b.html', body: 'A story the page never held.' }]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  );
  writeFileSync(join(dir, 'peers', 'everything.json'), JSON.stringify({ version: '1', output: { a: { articleBody: `Home News ${body.join(' ')} Privacy Contact` }, b: { articleBody: 'Only a menu' } } }));
  const r = evalExtract(dir);
  assert.equal(r.pages, 2);
  assert.equal(r.metric, 'shingles');
  assert.match(r.predictions['a']?.articleBody ?? '', /Harbour pilots in Port Alvera/u);
  assert.doesNotMatch(r.predictions['a']?.articleBody ?? '', /Privacy|Home News/u);
  assert.equal(r.peers[0]?.name, 'everything');
  assert.ok((r.scores?.precision ?? 0) > (r.peers[0]?.precision ?? 1), 'the article without its furniture is more precise than the whole page');
});

const scrapinghub = sharedPath('data', 'extraction', 'scrapinghub-dev');

test('the metric reproduces the published scores of the peers on scrapinghub-dev', { skip: scrapinghub ? false : SKIP_NO_SHARED }, () => {
  const r = evalExtract(scrapinghub as string);
  const f1 = Object.fromEntries(r.peers.map((p) => [p.name, Math.round(p.f1 * 1000) / 1000]));
  assert.deepEqual(
    { Diffbot: f1['Diffbot'], AutoExtract: f1['AutoExtract'], trafilatura: f1['trafilatura'], readability_js: f1['readability_js'], goose3: f1['goose3'] },
    { Diffbot: 0.976, AutoExtract: 0.971, trafilatura: 0.951, readability_js: 0.948, goose3: 0.907 },
  );
});
