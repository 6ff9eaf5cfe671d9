// `crosswire eval extract`: the benchmark's metrics, and the command over a small data set written here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { evalExtract } from '../src/eval/extraction.js';
import { segmentCounts, segmentScores, shingleCounts, shingleScores } from '../src/eval/extraction-metrics.js';
import { normaliseTitle, readTitleLabels, scoreTitles, titleHash, titleMatches } from '../src/eval/titles.js';
import { printExtractEval } from '../src/cli/format.js';
import { ROOT, SKIP_NO_SHARED, cli, sharedPath, tempDir } from './support/helpers.js';

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

test('title labels: the headline is compared as NFC with whitespace runs collapsed, by SHA-256 of that form', () => {
  // Decomposed "é" (e + combining acute) is the same title as the composed one once in NFC.
  assert.equal(normaliseTitle('Caf\u0065\u0301 owners  protest\n\tnew\u00a0rents '), 'Caf\u00e9 owners protest new rents');
  // A fixed vector: SHA-256 of "abc" in UTF-8.
  assert.equal(titleHash('  abc\n'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  const label = titleHash('Ferry pier to close after engineers find rot');
  assert.ok(titleMatches(' Ferry pier  to close after\nengineers find rot ', label));
  assert.ok(titleMatches('Ferry pier to close after engineers find rot', label.toUpperCase()));
  // Nothing else is folded: case, quotes, an outlet suffix and an ellipsis all count.
  for (const other of ['ferry pier to close after engineers find rot', 'Ferry pier to close after engineers find rot | Valley Courier', 'Ferry pier to close after engineers find rot.']) {
    assert.ok(!titleMatches(other, label), other);
  }
  assert.ok(!titleMatches('Mayor: \u2018We had no choice\u2019', titleHash("Mayor: 'We had no choice'")));
  assert.ok(!titleMatches('Ferry pier to close\u2026', titleHash('Ferry pier to close...')));
  const s = scoreTitles({ a: label, b: titleHash('Council votes nine to four'), gone: label }, { a: 'Ferry pier to close after engineers find rot', b: 'Council votes  9 to 4 ' }, ['a', 'b', 'unlabelled']);
  assert.deepEqual(s, { matched: 1, total: 2, mismatches: [{ id: 'b', title: 'Council votes 9 to 4' }] });
});

test('eval extract scores the extracted titles against the labels named after the data-set folder, and prints the figure', (t) => {
  const dir = join(tempDir(t), 'harbour-set');
  const labelsDir = tempDir(t);
  mkdirSync(dir);
  const article = (title: string, h1: string) =>
    `<html><head><title>${title}</title></head><body><article><h1>${h1}</h1><p>${GOLD}</p><p>The authority said the new pilots would start training in October.</p></article></body></html>`;
  writeFileSync(join(dir, 'a.html'), article('Pilots end strike', 'Pilots end strike'));
  writeFileSync(join(dir, 'b.html'), article('Port reopens', 'Port reopens'));
  writeFileSync(join(dir, 'gold.jsonl'), ['a', 'b'].map((id) => JSON.stringify({ id, url: null, html: `${id}.html`, body: GOLD })).join('\n'));
  assert.equal(evalExtract(dir, { labelsDir }).titleScore, undefined, 'no labels file: no title metric');
  assert.doesNotMatch(printExtractEval({ input: dir, pages: 2, failed: [], metric: 'shingles', peers: [], seconds: 1, pages_per_second: 2 }), /title/u);

  writeFileSync(join(labelsDir, `${basename(dir)}.titles.json`), JSON.stringify({ a: titleHash('Pilots end strike'), b: titleHash('Port reopens after strike') }));
  assert.deepEqual(readTitleLabels(basename(dir), labelsDir), { a: titleHash('Pilots end strike'), b: titleHash('Port reopens after strike') });
  const r = evalExtract(dir, { labelsDir });
  assert.equal(r.titles['a'], 'Pilots end strike');
  assert.deepEqual(r.titleScore, { matched: 1, total: 2, mismatches: [{ id: 'b', title: 'Port reopens' }] });
  const summary = { input: dir, pages: 2, failed: [], metric: r.metric, peers: [], seconds: 1, pages_per_second: 2, title_exact_match: { ...(r.titleScore as NonNullable<typeof r.titleScore>), rate: 0.5 } };
  const printed = printExtractEval(summary);
  assert.match(printed, /^title exact-match: 1\/2 \(50\.0%\)/mu);
  assert.doesNotMatch(printed, /Port reopens/u, 'the mismatches are listed only on request');
  assert.match(printExtractEval(summary, { mismatches: true }), /^ {2}b {2}"Port reopens"$/mu);

  writeFileSync(join(labelsDir, `${basename(dir)}.titles.json`), JSON.stringify({ a: 'Pilots end strike' }));
  assert.throws(() => evalExtract(dir, { labelsDir }), /not a SHA-256/u, 'plain-text labels are refused');
});

const scrapinghub = sharedPath('data', 'extraction', 'scrapinghub-dev');

test('eval extract prints the title exact-match on scrapinghub-dev from the project\'s own labels, and lists the misses on request', { skip: scrapinghub ? false : SKIP_NO_SHARED }, (t) => {
  const elsewhere = tempDir(t);
  const db = join(elsewhere, 'unused.db');
  // From a folder outside the project: the labels are found beside the code, not in the cwd.
  const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(ROOT, 'test', 'support', 'cli-entry.ts'), '--db', db, 'eval', 'extract', '--input', scrapinghub as string, '--json'], {
    cwd: elsewhere,
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(r.status, 0, r.stderr);
  const summary = JSON.parse(r.stdout) as { title_exact_match?: { matched: number; total: number; rate: number; mismatches: Array<{ id: string; title: string }> } };
  const tm = summary.title_exact_match;
  assert.ok(tm, 'the labels in eval/labels/scrapinghub-dev.titles.json are found whatever the cwd');
  assert.equal(tm.total, 90);
  assert.equal(tm.matched + tm.mismatches.length, 90);
  assert.ok(tm.mismatches.every((m) => /^[0-9a-f]{64}$/u.test(m.id) && typeof m.title === 'string'));
  const printed = cli(db, 'eval', 'extract', '--input', scrapinghub as string, '--verbose');
  assert.equal(printed.code, 0, printed.stderr);
  assert.ok(printed.stdout.includes(`title exact-match: ${tm.matched}/90 (${((100 * tm.matched) / 90).toFixed(1)}%)`), printed.stdout);
  for (const m of tm.mismatches) assert.ok(printed.stdout.includes(m.id), `${m.id} listed`);
});

test('the metric reproduces the published scores of the peers on scrapinghub-dev', { skip: scrapinghub ? false : SKIP_NO_SHARED }, () => {
  const r = evalExtract(scrapinghub as string);
  const f1 = Object.fromEntries(r.peers.map((p) => [p.name, Math.round(p.f1 * 1000) / 1000]));
  assert.deepEqual(
    { Diffbot: f1['Diffbot'], AutoExtract: f1['AutoExtract'], trafilatura: f1['trafilatura'], readability_js: f1['readability_js'], goose3: f1['goose3'] },
    { Diffbot: 0.976, AutoExtract: 0.971, trafilatura: 0.951, readability_js: 0.948, goose3: 0.907 },
  );
});
