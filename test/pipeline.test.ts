// The pipeline over a real store: restarts rebuild the match index, copies and duplicates are told apart.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { rawVector } from '../src/match/features.js';
import { Pipeline } from '../src/pipeline.js';
import { features, prepare } from '../src/prepare.js';
import { fromWire, toWire } from '../src/prepare-wire.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { IngestOutcome, RawDocument } from '../src/model.js';
import { readDocuments } from '../src/ingest/files.js';
import { searchFileOf } from '../src/store/sqlite/search-index.js';
import Database from 'better-sqlite3';
import { tempDir } from './support/helpers.js';

const LEAD = 'Volunteers on the island of Skerra counted 412 nesting puffins on Saturday, the most since the colony was first surveyed in 1998, the Skerra Bird Trust said.';
const BODY = [
  'The trust credited a ban on sand-eel fishing within five miles of the island, introduced four years ago, for the recovery.',
  '“The birds have food close to home again,” said warden Ilse Marrow, who has led the count for eleven years.',
  'Numbers fell to 160 pairs in 2015 after three poor breeding seasons.',
  'The trust will repeat the count in July, when chicks fledge.',
].join('\n\n');

function record(id: string, title: string, text: string, source: string): RawDocument {
  return { kind: 'record', origin: `feed.jsonl#${id}`, record: { id, title, text, source, url: `https://${source.toLowerCase().replace(/\W+/gu, '')}.example/${id}`, published: '2026-06-01T09:00:00Z' } };
}

test('a restarted pipeline keeps matching against the stories already stored', async (t) => {
  const db = join(tempDir(t), 'p.db');
  const first = new SqliteStore(db);
  const p1 = await Pipeline.open(first);
  const original = await p1.ingest(record('a', 'Skerra puffin count is highest since survey began', `${LEAD}\n\n${BODY}`, 'Northwind Wire'));
  assert.equal(original.status, 'new');
  await first.close();

  const second = new SqliteStore(db);
  t.after(() => second.close());
  const p2 = await Pipeline.open(second);
  // The same wire text on another site, under another headline: a copy, in the same story.
  const copy = await p2.ingest(record('b', 'Puffins bounce back on Skerra', `${LEAD}\n\n${BODY}`, 'Coast Gazette'));
  assert.equal(copy.status, 'new');
  assert.ok(original.status === 'new' && copy.status === 'new');
  assert.equal(copy.copyOf, original.articleId);
  assert.equal(copy.storyId, original.storyId);
  // The very same record again is a duplicate, not a third article.
  const again = await p2.ingest(record('a', 'Skerra puffin count is highest since survey began', `${LEAD}\n\n${BODY}`, 'Northwind Wire'));
  assert.equal(again.status, 'duplicate');
  const story = await second.getStorySummary(original.storyId);
  assert.equal(story?.articleCount, 2);
  assert.equal(story?.reportCount, 1, 'one original report, republished once');
});

test('a page that holds no article is reported, not stored', async (t) => {
  const store = new SqliteStore(join(tempDir(t), 'p.db'));
  t.after(() => store.close());
  const p = await Pipeline.open(store);
  const outcome = await p.ingest({ kind: 'html', origin: 'menu.html', html: '<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav></body></html>', url: null });
  assert.equal(outcome.status, 'failed');
  assert.match(outcome.status === 'failed' ? outcome.reason : '', /no article text/u);
  assert.equal((await store.stats()).articles, 0);
});

test('threads: a later story on the same matter joins the earlier story\'s thread, also after a restart', async (t) => {
  const db = join(tempDir(t), 't.db');
  const talks = [
    'Fisheries ministers from Orlandia and Vestmark opened talks in Halden on Monday on dividing the herring quota, after three years in which each country set its own catch.',
    'Orlandia wants 60 percent of the quota; Vestmark offers 45 percent and says the herring spend most of the year in its waters.',
    '"We came to Halden to settle this," said Orlandian minister Petra Lind. Vestmark minister Aksel Dahl said the gap was wide but not impossible.',
  ].join('\n\n');
  const deal = [
    'Orlandia and Vestmark signed a herring quota agreement in Halden on Friday, ending a three-year dispute over the shared stock.',
    'Under the deal Orlandia takes 52 percent of the catch, Vestmark 48 percent, reviewed every three years by the two fisheries ministries.',
    '"Nobody got everything, and that is how we know it is fair," said Orlandian minister Petra Lind, signing beside Vestmark minister Aksel Dahl.',
  ].join('\n\n');
  const other = [
    'Coastguard crews in Tarrow rescued eleven sailors on Sunday after their cargo ship ran aground on a sandbank in a storm.',
    'The ship, carrying timber, was refloated at high tide, harbourmaster Ellis Grange said.',
  ].join('\n\n');
  const doc = (id: string, title: string, text: string, published: string): RawDocument => ({
    kind: 'record', origin: `f.jsonl#${id}`, record: { id, title, text, source: 'Northwind Wire', published, url: `https://northwind.example/${id}` },
  });

  const s1 = new SqliteStore(db);
  const p1 = await Pipeline.open(s1);
  const a = await p1.ingest(doc('talks', 'Orlandia and Vestmark open herring quota talks in Halden', talks, '2026-03-02T09:00:00Z'));
  await s1.close();

  const s2 = new SqliteStore(db);
  t.after(() => s2.close());
  const p2 = await Pipeline.open(s2);
  const b = await p2.ingest(doc('deal', 'Orlandia and Vestmark sign herring deal, ending three-year quarrel', deal, '2026-05-15T09:00:00Z'));
  const c = await p2.ingest(doc('rescue', 'Eleven sailors rescued off Tarrow', other, '2026-05-16T09:00:00Z'));
  assert.ok(a.status === 'new' && b.status === 'new' && c.status === 'new');
  assert.notEqual(a.storyId, b.storyId, 'ten weeks apart: two stories');
  const storyA = await s2.getStorySummary(a.storyId);
  const storyB = await s2.getStorySummary(b.storyId);
  assert.ok(storyA?.threadId);
  assert.equal(storyB?.threadId, storyA?.threadId);
  assert.equal((await s2.getStorySummary(c.storyId))?.threadId, null, 'an unrelated story starts no thread');
  const thread = await s2.getThread(storyA.threadId);
  assert.deepEqual(thread?.stories.map((s) => s.id), [a.storyId, b.storyId], 'the timeline runs oldest first');
});

test('ingesting with worker threads gives exactly the results of ingesting in one thread', async (t) => {
  const { newsStream } = await import('../bench/corpus.js');
  // A JSON Lines file, whose lines are parsed by whichever thread prepares them: a broken line and a blank
  // one come after the first 200 documents, where the worker threads have taken over.
  const lines = [...newsStream({ articles: 320, seed: 11 })].map((r) => JSON.stringify(r));
  lines.splice(250, 0, '{"id": "broken", "title": "Half a rec', '   ');
  const file = join(tempDir(t), 'stream.jsonl');
  writeFileSync(file, `\uFEFF${lines.join('\n')}\n`);
  const run = async (workers: number): Promise<string[]> => {
    const path = join(tempDir(t), `w${workers}.db`);
    const store = new SqliteStore(path);
    const pipeline = await Pipeline.open(store);
    const outcomes: string[] = [];
    const outcome = (o: IngestOutcome): string =>
      o.status === 'new' ? `${o.origin} ${o.storyId} ${o.copyOf}` : o.status === 'failed' ? `${o.origin} failed: ${o.reason}` : `${o.origin} ${o.status}`;
    await pipeline.ingestAll(readDocuments(file), (o) => outcomes.push(outcome(o)), workers);
    assert.equal((await store.stats()).articles, 320, 'every good line is stored, and nothing twice');
    await store.close();
    // The import itself (a worker thread, when there is one) has brought the search index up to date.
    const search = new Database(searchFileOf(path), { readonly: true });
    assert.equal((search.prepare('SELECT COUNT(*) AS n FROM articles_fts').get() as { n: number }).n, 320);
    search.close();
    return outcomes;
  };
  const single = await run(0);
  assert.equal(single.length, 321);
  assert.equal(single[0]?.split(' ')[0], `${file}#${lines[0] ? (JSON.parse(lines[0]) as { id: string }).id : ''}`, 'a record is named by its file and id, the byte-order mark ignored');
  assert.match(single[250] ?? '', new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:251 failed: invalid JSON on line 251`, 'u'));
  assert.deepEqual(await run(1), single);
});

test('a document handed over by a worker thread carries everything its preparation found', () => {
  const doc = record('w1', 'Puffin count on Skerra is the highest since 1998', `${LEAD}\n\n${BODY}`, 'Island Post');
  const prepared = prepare(doc);
  assert.ok(prepared.ok);
  const handed = fromWire(structuredClone(toWire(prepared)));
  assert.ok(handed.ok);
  // The term objects are rebuilt only when read; read, they are the same, prototype-free as analyze made them.
  assert.deepEqual({ ...handed.analysis.terms }, { ...prepared.analysis.terms });
  assert.deepEqual({ ...handed.analysis.lead }, { ...prepared.analysis.lead });
  assert.equal(Object.getPrototypeOf(handed.analysis.terms), null);
  assert.deepEqual({ ...handed, analysis: { ...handed.analysis, terms: {}, lead: {} }, raw: undefined, featuresJson: undefined }, {
    ...prepared,
    analysis: { ...prepared.analysis, terms: {}, lead: {} },
    raw: undefined,
    featuresJson: undefined,
  });
  assert.equal(handed.featuresJson, JSON.stringify(features(prepared.analysis)));
  assert.deepEqual(handed.raw, rawVector(features(prepared.analysis)));
});

test('a page keeps its HTML and lead picture through a worker thread\'s hand-over and into the store', async (t) => {
  const page = `<html><head><title>Puffin count on Skerra | Island Post</title><meta property="og:image" content="/img/puffins.jpg"></head>
<body><nav><a href="/">Home</a></nav><article><p>${LEAD}</p><p>The trust credited a <a href="/fishing-ban">ban on sand-eel fishing</a> for the <em>recovery</em>.</p>
${BODY.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const doc: RawDocument = { kind: 'html', origin: 'skerra.html', html: page, url: 'https://islandpost.example/2026/06/puffins' };
  const prepared = prepare(doc);
  assert.ok(prepared.ok);
  assert.equal(prepared.article.image, 'https://islandpost.example/img/puffins.jpg');
  assert.match(prepared.article.html ?? '', /<a href="https:\/\/islandpost\.example\/fishing-ban" rel="nofollow noopener noreferrer">ban on sand-eel fishing<\/a> for the <em>recovery<\/em>/u);
  const handed = fromWire(structuredClone(toWire(prepared)));
  assert.ok(handed.ok);
  assert.equal(handed.article.html, prepared.article.html);
  assert.equal(handed.article.image, prepared.article.image);

  const store = new SqliteStore(join(tempDir(t), 'p.db'));
  t.after(() => store.close());
  const outcome = await (await Pipeline.open(store)).place(handed);
  assert.equal(outcome.status, 'new');
  const stored = await store.getArticle(outcome.status === 'new' ? outcome.articleId : 0);
  assert.equal(stored?.html, prepared.article.html);
  assert.equal(stored?.image, 'https://islandpost.example/img/puffins.jpg');
});
