// `crosswire eval quotes`: the span matching and metrics on small texts written here, the command over a small
// JSONL file, and (when ../shared is present) a run over the PolNeAR dev set.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { findAttributions } from '../src/analyze/quotes.js';
import { printQuotesEval } from '../src/cli/format.js';
import type { Attribution } from '../src/model.js';
import {
  contentOverlap, evalQuotes, isDirectSpan, matchSpans, readQuoteRows, rowCounts, scoreQuotes, speakerCorrect, spanCore, type GoldAttribution, type QuoteRow, type Span,
} from '../src/eval/quotes.js';
import { SKIP_NO_SHARED, cli, sharedPath, tempDir } from './support/helpers.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The span of the first `part` in `text` (at or after `from`). */
function at(text: string, part: string, from = 0): Span {
  const i = text.indexOf(part, from);
  assert.ok(i >= 0, `"${part}" is not in the text`);
  return [i, i + part.length];
}

function pred(content: Span, more: Partial<Attribution> = {}): Attribution {
  return { content, source: null, cue: null, speaker: null, direct: false, ...more };
}

test('span match: exact, ≥ 50% of the longer span matches, less does not', () => {
  assert.equal(contentOverlap(LETTERS, [0, 10], [0, 10]), 10);
  // 6 of 10 characters shared: 60% of the longer, a match, whichever side is longer.
  assert.equal(contentOverlap(LETTERS, [4, 10], [0, 10]), 6);
  assert.equal(contentOverlap(LETTERS, [4, 14], [0, 10]), 6);
  // 4 of 10: 40%, no match.
  assert.equal(contentOverlap(LETTERS, [6, 16], [0, 10]), 0);
  // All of a short prediction inside a long gold is still 40% of the longer: no match (symmetric).
  assert.equal(contentOverlap(LETTERS, [0, 4], [0, 10]), 0);
  assert.equal(contentOverlap(LETTERS, [0, 10], [0, 4]), 0);
  // Exactly half matches.
  assert.equal(contentOverlap(LETTERS, [5, 15], [0, 10]), 5);
  assert.equal(contentOverlap(LETTERS, [20, 26], [0, 10]), 0);
});

test('span match: spans are compared without surrounding spaces, quotation marks and punctuation', () => {
  const text = 'Asked about the strike, she said: “No,” and left.';
  assert.deepEqual(spanCore(text, at(text, ' “No,”')), at(text, 'No'));
  // `“No,”` is 5 characters, `No` 2: matched only because both cores are `No`.
  assert.equal(contentOverlap(text, at(text, 'No'), at(text, '“No,”')), 2);
  // A span of punctuation alone keeps its own extent.
  assert.deepEqual(spanCore(text, at(text, ': ')), at(text, ': '));
});

test('matching is one to one, greedy by largest overlap', () => {
  // One prediction over two golds, half of each: it may match either, but only one.
  assert.deepEqual(matchSpans(LETTERS, [[0, 20]], [[0, 10], [10, 20]]).length, 1);
  // Two predictions on one gold: the one with the larger overlap takes it.
  assert.deepEqual(matchSpans(LETTERS, [[3, 10], [0, 9]], [[0, 10]]), [[1, 0]]);
  // Greedy by overlap, not by order: prediction 0 overlaps gold 1 more, so prediction 1 gets gold 0.
  assert.deepEqual(matchSpans(LETTERS, [[2, 12], [0, 9]], [[0, 10], [2, 12]]), [[1, 0], [0, 1]]);
  assert.deepEqual(matchSpans(LETTERS, [], [[0, 10]]), []);

  const text = `${LETTERS}${LETTERS}`;
  const c = rowCounts({ id: 'r', text, attributions: [{ content: [0, 10] }, { content: [10, 20] }] }, [pred([0, 20])]);
  assert.deepEqual(c.all, { predicted: 1, gold: 2, matched: 1, speaker_total: 0, speaker_correct: 0 });
  const s = scoreQuotes([{ id: 'r', text, attributions: [{ content: [0, 10] }, { content: [10, 20] }] }], { r: [pred([0, 20])] });
  assert.equal(s?.all.precision, 1);
  assert.equal(s?.all.recall, 0.5);
  assert.ok(Math.abs((s?.all.f1 ?? 0) - 2 / 3) < 1e-12);
});

test('speaker: right by overlapping source span or by name, over matched pairs with a gold source', () => {
  const text = 'Mr. Blinken said the talks with Wang Yi had been useful.';
  const gold: GoldAttribution = { content: at(text, 'the talks with Wang Yi had been useful'), source: at(text, 'Mr. Blinken'), cue: at(text, 'said') };
  const content = gold.content;
  assert.ok(speakerCorrect(text, gold, { source: at(text, 'Blinken'), speaker: null }), 'part of the source span');
  assert.ok(speakerCorrect(text, gold, { source: at(text, 'Mr. Blinken said'), speaker: 'someone else' }), 'a longer source span');
  assert.ok(!speakerCorrect(text, gold, { source: [3, 4], speaker: null }), 'sharing only a space is no overlap');
  assert.ok(!speakerCorrect(text, gold, { source: at(text, 'Wang Yi'), speaker: null }));
  assert.ok(speakerCorrect(text, gold, { source: null, speaker: 'Antony Blinken' }), 'the last word of the gold source');
  assert.ok(speakerCorrect(text, gold, { source: null, speaker: '  mr.   BLINKEN ' }), 'the gold source text, case and spaces aside');
  assert.ok(!speakerCorrect(text, gold, { source: null, speaker: 'Blinkenson' }), 'a word, not a substring');
  assert.ok(!speakerCorrect(text, gold, { source: null, speaker: 'Wang Yi' }));
  assert.ok(!speakerCorrect(text, gold, { source: null, speaker: null }));

  const noSource: GoldAttribution = { content: [0, 3], source: null };
  assert.ok(!speakerCorrect(text, noSource, { source: [0, 3], speaker: 'Mr.' }));

  // Counted over matched pairs whose gold has a source: the unmatched and the sourceless are not.
  const row: QuoteRow & { attributions: GoldAttribution[] } = { id: 'r', text, attributions: [gold, { content: at(text, 'Wang Yi') }] };
  const c = rowCounts(row, [pred(content, { speaker: 'Blinken' }), pred(at(text, 'Wang Yi'), { speaker: 'Blinken' })]);
  assert.deepEqual(c.all, { predicted: 2, gold: 2, matched: 2, speaker_total: 1, speaker_correct: 1 });
  const wrong = rowCounts(row, [pred(content, { speaker: 'Wang Yi' })]);
  assert.deepEqual(wrong.all, { predicted: 1, gold: 2, matched: 1, speaker_total: 1, speaker_correct: 0 });
  assert.equal(scoreQuotes([row], { r: [pred(content, { speaker: 'Wang Yi' })] })?.all.speaker_accuracy, 0);
  assert.equal(scoreQuotes([row], { r: [pred(at(text, 'Wang Yi'))] })?.all.speaker_accuracy, null);
});

test('direct quotes: content inside curly, straight or angle quotation marks', () => {
  const curly = 'The mayor said: “We will rebuild the pier before summer.” Work starts on Monday.';
  assert.ok(isDirectSpan(curly, at(curly, '“We will rebuild the pier before summer.”')), 'marks inside the span');
  assert.ok(isDirectSpan(curly, at(curly, 'We will rebuild the pier before summer')), 'marks around the span, punctuation between');
  assert.ok(!isDirectSpan(curly, at(curly, 'Work starts on Monday')));

  const straight = '"Not today," the harbour master said. "Maybe tomorrow."';
  assert.ok(isDirectSpan(straight, at(straight, 'Not today')));
  assert.ok(isDirectSpan(straight, at(straight, '"Not today,"')));
  assert.ok(isDirectSpan(straight, at(straight, 'Maybe tomorrow.')));
  assert.ok(!isDirectSpan(straight, at(straight, 'the harbour master')));

  const apostrophes = "''Not today,'' the harbour master said, adding that the pier was closed.";
  assert.ok(isDirectSpan(apostrophes, at(apostrophes, 'Not today')), 'two apostrophes stand for a quotation mark');

  const split = '“The pier is safe,” she said. “The ferry is not.”';
  assert.ok(isDirectSpan(split, [0, split.length]), 'a quote split by its cue is still all quotation');

  const angle = 'Le maire a déclaré : « Nous reconstruirons la jetée. »';
  assert.ok(isDirectSpan(angle, at(angle, 'Nous reconstruirons la jetée.')));

  const indirect = 'She said that the pier would be rebuilt. Critics called the plan “reckless.”';
  assert.ok(!isDirectSpan(indirect, at(indirect, 'the pier would be rebuilt')), 'indirect speech');
  assert.ok(!isDirectSpan(indirect, at(indirect, 'the plan “reckless.”')), 'a quoted word inside indirect speech');
  // A quote that closes just before a new paragraph does not make the next one direct.
  // Nor does one that closes just before it on the same line: that mark ends the quotation before.
  const after = 'Critics called the plan “reckless.” That, the mayor said, was unfair.';
  assert.ok(!isDirectSpan(after, at(after, 'That, the mayor said, was unfair')));
  const archive = "She called it ''a disgrace.'' That, he added, was ''the real scandal.''";
  assert.ok(!isDirectSpan(archive, at(archive, "That, he added, was ''the real scandal.''")));
  const next = '“Yes.”\n\nThe council agreed to vote again in June.';
  assert.ok(!isDirectSpan(next, at(next, 'The council agreed to vote again in June')));
});

test('direct subset: predicted-direct against gold-direct, matched among themselves', () => {
  const text = '“The pier will reopen in May,” the mayor said. She added that the ferry would return later.';
  const quote = at(text, '“The pier will reopen in May,”');
  const reported = at(text, 'the ferry would return later');
  const row = { id: 'r', text, attributions: [{ content: quote, source: at(text, 'the mayor') }, { content: reported, source: at(text, 'She') }] };
  const good = rowCounts(row, [pred(at(text, 'The pier will reopen in May'), { direct: true, source: at(text, 'the mayor') }), pred(reported, { source: at(text, 'She') })]);
  assert.deepEqual(good.all, { predicted: 2, gold: 2, matched: 2, speaker_total: 2, speaker_correct: 2 });
  assert.deepEqual(good.direct, { predicted: 1, gold: 1, matched: 1, speaker_total: 1, speaker_correct: 1 });
  // The quote found but not marked direct: a miss in the subset, a match overall.
  const unmarked = rowCounts(row, [pred(quote)]);
  assert.deepEqual(unmarked.all, { predicted: 1, gold: 2, matched: 1, speaker_total: 1, speaker_correct: 0 });
  assert.deepEqual(unmarked.direct, { predicted: 0, gold: 1, matched: 0, speaker_total: 0, speaker_correct: 0 });
  // Indirect speech marked direct is not a direct prediction: the subset is decided by the same test on
  // both sides, so a finder cannot grow it by flagging everything.
  const overmarked = rowCounts(row, [pred(reported, { direct: true })]);
  assert.deepEqual(overmarked.direct, { predicted: 0, gold: 1, matched: 0, speaker_total: 0, speaker_correct: 0 });
});

test('rows without attributions are left out of the metrics; with none at all there are no metrics', () => {
  const text = 'The council met on Tuesday. “We agreed,” the chair said.';
  const content = at(text, 'We agreed');
  const scored: QuoteRow = { id: 'a', text, attributions: [{ content, source: at(text, 'the chair') }] };
  const unscored: QuoteRow = { id: 'b', text };
  const predictions = { a: [pred(content, { direct: true, source: at(text, 'the chair') })], b: [pred(content), pred(at(text, 'The council met'))] };
  assert.equal(scoreQuotes([unscored], predictions), undefined);
  const s = scoreQuotes([scored, unscored], predictions);
  assert.equal(s?.rows, 1);
  assert.deepEqual({ p: s?.all.precision, r: s?.all.recall, speaker: s?.all.speaker_accuracy }, { p: 1, r: 1, speaker: 1 });
  assert.equal(s?.direct.f1, 1);
  // An empty list is gold too: every prediction is then a false positive.
  assert.equal(scoreQuotes([{ id: 'b', text, attributions: [] }], predictions)?.all.precision, 0);
});

test('reading PolNeAR-format rows: missing or null source and cue, backwards spans, bad offsets', (t) => {
  const dir = tempDir(t);
  const text = '“Rates will hold,” the governor said, “for now.”';
  const path = join(dir, 'rows.jsonl');
  writeFileSync(
    path,
    [
      { id: 'x', text, attributions: [{ content: [0, 18], cue: [32, 36] }, { source: null, cue: null, content: [37, 48] }, { source: [19, 31], cue: [32, 36], content: [37, 18] }] },
      { id: 7, text },
    ].map((r) => JSON.stringify(r)).join('\n') + '\n\n',
  );
  const rows = readQuoteRows(path);
  assert.equal(rows.length, 2);
  assert.deepEqual(rows[0]?.attributions, [{ content: [0, 18], source: null, cue: [32, 36] }, { content: [37, 48], source: null, cue: null }]);
  assert.equal(rows[0]?.dropped, 1);
  assert.equal(rows[1]?.id, '7');
  assert.equal(rows[1]?.attributions, undefined);
  assert.equal(scoreQuotes(rows, {})?.gold_dropped, 1);

  writeFileSync(path, JSON.stringify({ id: 'y', text, attributions: [{ content: [0, 999] }] }));
  assert.throws(() => readQuoteRows(path), /rows\.jsonl:1: attribution 1: "content"/u);
  writeFileSync(path, JSON.stringify({ id: 'y', attributions: [] }));
  assert.throws(() => readQuoteRows(path), /needs a "text"/u);
});

test('evalQuotes runs the finder on every row, times it, and scores the rows with gold', (t) => {
  const dir = tempDir(t);
  const text = '“The pier will reopen in May,” the mayor said.';
  const path = join(dir, 'rows.jsonl');
  writeFileSync(path, [{ id: 'a', text, attributions: [{ content: [0, 30], source: [31, 40], cue: [41, 45] }] }, { id: 'b', text: 'boom' }].map((r) => JSON.stringify(r)).join('\n'));
  const seen: number[] = [];
  const finder = (s: string): Attribution[] => {
    if (s === 'boom') throw new Error('finder failed');
    return [{ ...pred([1, 28], { source: [31, 40], speaker: 'the mayor', direct: true }), extra: 1 } as Attribution];
  };
  const r = evalQuotes(path, finder, { onProgress: (done) => seen.push(done) });
  assert.deepEqual(seen, [1, 2]);
  assert.equal(r.articles, 2);
  assert.deepEqual(r.failed, [{ id: 'b', reason: 'finder failed' }]);
  assert.deepEqual(r.predictions, { a: [{ content: [1, 28], source: [31, 40], cue: null, speaker: 'the mayor', direct: true }], b: [] });
  assert.equal(r.metrics?.all.f1, 1);
  assert.equal(r.metrics?.direct.speaker_accuracy, 1);
  assert.ok(r.seconds >= 0);
  const printed = printQuotesEval({
    input: path, articles: 2, failed: r.failed, scored: 1, gold_dropped: 0, all: r.metrics?.all, direct: r.metrics?.direct, seconds: 0, pages_per_second: 10,
  });
  assert.match(printed, /all attributions\s+1\.000\s+1\.000\s+1\.000\s+1\s+1\s+1\s+1\.000 \(1\/1\)/u);
  assert.match(printed, /direct quotes/u);
  assert.match(printQuotesEval({ input: path, articles: 1, failed: [], seconds: 0, pages_per_second: 1 }), /metrics left out/u);
});

const HARBOUR = '“The pier will reopen in May,” Mayor Ana Ortiz said on Tuesday. She said that the ferry would return in June.';
const JSONL_ROWS = [
  {
    id: 'harbour-1',
    publisher: 'Harbour Times',
    published: '2024-05-02',
    title: 'Pier to reopen',
    wire: null,
    text: HARBOUR,
    attributions: [
      { source: at(HARBOUR, 'Mayor Ana Ortiz'), cue: at(HARBOUR, 'said'), content: at(HARBOUR, '“The pier will reopen in May,”') },
      { source: at(HARBOUR, 'She'), cue: at(HARBOUR, 'said', 50), content: at(HARBOUR, 'the ferry would return in June') },
    ],
  },
  { id: 'harbour-2', publisher: 'Harbour Times', published: null, title: 'No gold', wire: null, text: '“We are ready,” the harbour master told reporters.' },
];

test('eval quotes --json --output: the metrics and the predictions file', (t) => {
  const dir = tempDir(t);
  const input = join(dir, 'quotes.jsonl');
  writeFileSync(input, `${JSONL_ROWS.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const output = join(dir, 'pred.json');
  const r = cli(join(dir, 'db.sqlite'), 'eval', 'quotes', '--input', input, '--json', '--output', output);
  assert.equal(r.code, 0, r.stderr);
  const summary = JSON.parse(r.stdout) as Record<string, unknown> & { all: Record<string, unknown>; direct: Record<string, unknown> };
  assert.equal(summary['articles'], 2);
  assert.equal(summary['scored'], 1);
  for (const subset of [summary.all, summary.direct]) {
    for (const k of ['precision', 'recall', 'f1']) assert.ok(typeof subset[k] === 'number' && subset[k] >= 0 && subset[k] <= 1, `${k}: ${String(subset[k])}`);
    for (const k of ['matched', 'predicted', 'gold', 'speaker_correct', 'speaker_total']) assert.equal(typeof subset[k], 'number');
  }
  assert.equal(summary.all['gold'], 2);
  assert.equal(summary.direct['gold'], 1);
  assert.equal(typeof summary['pages_per_second'], 'number');

  const predictions = JSON.parse(readFileSync(output, 'utf8')) as Record<string, unknown>;
  assert.deepEqual(Object.keys(predictions).sort(), ['harbour-1', 'harbour-2']);
  const span = (x: unknown): boolean => Array.isArray(x) && x.length === 2 && x.every((n) => Number.isInteger(n)) && (x[0] as number) <= (x[1] as number);
  for (const [id, list] of Object.entries(predictions)) {
    assert.ok(Array.isArray(list), id);
    for (const a of list as Array<Record<string, unknown>>) {
      assert.deepEqual(Object.keys(a).sort(), ['content', 'cue', 'direct', 'source', 'speaker']);
      assert.ok(span(a['content']));
      assert.ok(a['source'] === null || span(a['source']));
      assert.ok(a['cue'] === null || span(a['cue']));
      assert.ok(a['speaker'] === null || typeof a['speaker'] === 'string');
      assert.equal(typeof a['direct'], 'boolean');
    }
  }

  // Plain text: the table; without any gold, the metrics are left out.
  const text = cli(join(dir, 'db.sqlite'), 'eval', 'quotes', '--input', input);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /all attributions/u);
  assert.match(text.stdout, /direct quotes/u);
  assert.match(text.stdout, /pages\/s/u);
  const bare = join(dir, 'bare.jsonl');
  writeFileSync(bare, `${JSON.stringify(JSONL_ROWS[1])}\n`);
  const none = cli(join(dir, 'db.sqlite'), 'eval', 'quotes', '--input', bare, '--json');
  assert.equal(none.code, 0, none.stderr);
  const noMetrics = JSON.parse(none.stdout) as Record<string, unknown>;
  assert.equal(noMetrics['articles'], 1);
  assert.equal(noMetrics['all'], undefined);
});

const polnearDev = sharedPath('data', 'quotes', 'polnear-dev.jsonl');

test('PolNeAR dev: the metrics are computed', { skip: polnearDev ? false : SKIP_NO_SHARED }, (t) => {
  const r = evalQuotes(polnearDev as string, findAttributions);
  const m = r.metrics;
  assert.ok(m, 'the dev rows carry gold attributions');
  t.diagnostic(
    `PolNeAR dev (${m.rows} articles, ${(r.articles / (r.seconds || 1)).toFixed(0)} pages/s): ` +
      `all P ${m.all.precision.toFixed(3)} R ${m.all.recall.toFixed(3)} F1 ${m.all.f1.toFixed(3)} speaker ${m.all.speaker_accuracy?.toFixed(3) ?? '-'} (${m.all.speaker_correct}/${m.all.speaker_total}); ` +
      `direct P ${m.direct.precision.toFixed(3)} R ${m.direct.recall.toFixed(3)} F1 ${m.direct.f1.toFixed(3)} speaker ${m.direct.speaker_accuracy?.toFixed(3) ?? '-'} (${m.direct.speaker_correct}/${m.direct.speaker_total})`,
  );
  assert.equal(r.articles, 84);
  assert.ok(m.all.gold > 2000 && m.direct.gold > 300, `gold ${m.all.gold}, direct ${m.direct.gold}`);
  for (const s of [m.all, m.direct]) {
    for (const x of [s.precision, s.recall, s.f1]) assert.ok(x >= 0 && x <= 1, String(x));
    assert.ok(s.speaker_accuracy === null || (s.speaker_accuracy >= 0 && s.speaker_accuracy <= 1));
  }
});

test('speaker accuracy cannot be had for nothing: a source over the whole text, a speaker string of many names, a description matched by name', () => {
  const text = 'Mr. Blinken told reporters on Friday that the talks had been useful. He said they would go on. The White House said nothing.';
  const blinken: GoldAttribution = { content: at(text, 'the talks had been useful'), source: at(text, 'Mr. Blinken'), cue: null };
  const he: GoldAttribution = { content: at(text, 'they would go on'), source: at(text, 'He'), cue: null };
  const house: GoldAttribution = { content: at(text, 'nothing'), source: at(text, 'The White House'), cue: null };
  assert.ok(speakerCorrect(text, blinken, { source: null, speaker: 'Antony Blinken' }), 'the same name, resolved');
  assert.ok(speakerCorrect(text, blinken, { source: at(text, 'Blinken'), speaker: null }), 'the span, by the content rule');
  assert.ok(!speakerCorrect(text, blinken, { source: [0, text.length], speaker: null }), 'a span over everything');
  assert.ok(!speakerCorrect(text, blinken, { source: at(text, 'Mr. '), speaker: null }), 'a span overlapping only a title');
  assert.ok(!speakerCorrect(text, blinken, { source: null, speaker: text }), 'the whole text as a name');
  assert.ok(!speakerCorrect(text, he, { source: null, speaker: 'he' }), 'a pronoun is matched by its span only');
  assert.ok(speakerCorrect(text, he, { source: at(text, 'He'), speaker: 'Antony Blinken' }));
  assert.ok(!speakerCorrect(text, house, { source: null, speaker: 'Some House' }), 'only part of the name');
  assert.ok(speakerCorrect(text, house, { source: null, speaker: 'the White House' }));
  // The head of a source with an appositive or a qualifier names the speaker.
  const framed = 'Huma Abedin, vice chairwoman of the Clinton campaign, said the plan was ready. Stacy Baker of Columbia, South Carolina, said she agreed.';
  const abedin: GoldAttribution = { content: at(framed, 'the plan was ready'), source: at(framed, 'Huma Abedin, vice chairwoman of the Clinton campaign,'), cue: null };
  const baker: GoldAttribution = { content: at(framed, 'she agreed'), source: at(framed, 'Stacy Baker of Columbia, South Carolina,'), cue: null };
  assert.ok(speakerCorrect(framed, abedin, { source: null, speaker: 'Huma Abedin' }));
  assert.ok(!speakerCorrect(framed, abedin, { source: null, speaker: 'Hillary Clinton' }), 'a name in the appositive is not the speaker');
  assert.ok(speakerCorrect(framed, baker, { source: null, speaker: 'Stacy Baker' }));
  assert.ok(!speakerCorrect(framed, baker, { source: null, speaker: 'South Carolina' }));
});
