// A story's facts are found when it is first read and kept in the store; facts written by an older version
// of the finders are found again, and a store too busy to keep them still serves the reader.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { FACTS_VERSION } from '../src/analyze/facts.js';
import { factsOfStory } from '../src/facts.js';
import type { RawDocument } from '../src/model.js';
import { Pipeline } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { tempDir } from './support/helpers.js';

function record(id: string, title: string, text: string, source: string): RawDocument {
  return { kind: 'record', origin: `feed.jsonl#${id}`, record: { id, title, text, source, url: `https://${source.toLowerCase().replace(/\W+/gu, '')}.example/${id}`, published: '2026-06-01T09:00:00Z' } };
}

const FIRST = [
  'Volunteers on the island of Skerra counted 412 nesting puffins on Saturday, the most since the colony was first surveyed, the Skerra Bird Trust said.',
  '“The birds have food close to home again,” said warden Ilse Marrow, who has led the count for eleven years.',
  'The trust credited a ban on sand-eel fishing within five miles of the island for the recovery.',
].join('\n\n');
const SECOND = [
  'A record 412 puffins were counted nesting on Skerra at the weekend, according to the Skerra Bird Trust.',
  '“The birds have food close to home again,” warden Ilse Marrow said after the count on Saturday.',
  'Fishing for sand eels has been banned within five miles of the island for four years.',
].join('\n\n');

test('facts are found on first reading, kept, and found again only when the finders change', async (t) => {
  const store = new SqliteStore(join(tempDir(t), 'f.db'));
  t.after(() => store.close());
  const pipeline = await Pipeline.open(store);
  const a = await pipeline.ingest(record('a', 'Skerra puffin count is highest since survey began', FIRST, 'Northwind Wire'));
  const b = await pipeline.ingest(record('b', 'Record puffin numbers on Skerra', SECOND, 'Island Courier'));
  assert.ok(a.status === 'new' && b.status === 'new');
  assert.equal(a.storyId, b.storyId, 'one story');
  const articles = await store.storyArticles(a.storyId);
  assert.equal((await store.articleFacts(articles.map((x) => x.id))).size, 0, 'nothing is found at ingest');

  const facts = await factsOfStory(store, articles);
  const puffins = facts.claims.find((c) => c.versions.some((v) => v.value === 412));
  assert.equal(puffins?.status, 'corroborated');
  const quote = facts.quotes.find((q) => q.speaker === 'Ilse Marrow');
  assert.equal(quote?.reports, 2);
  const kept = await store.articleFacts(articles.map((x) => x.id));
  assert.equal(kept.size, 2);
  assert.ok([...kept.values()].every((f) => f.version === FACTS_VERSION));

  // Facts from an older finder (here: none at all) are not trusted: the story reads as before.
  await store.saveArticleFacts(articles.map((x) => ({ articleId: x.id, version: FACTS_VERSION - 1, facts: { entities: [], attributions: [], claims: [] } })));
  assert.deepEqual(await factsOfStory(store, articles), facts);
  // Facts of the current version are read, not found again.
  const stored = [...(await store.articleFacts([articles[0]?.id ?? 0])).values()][0];
  assert.equal(stored?.version, FACTS_VERSION);
  await store.saveArticleFacts(articles.map((x) => ({ articleId: x.id, version: FACTS_VERSION, facts: { entities: [], attributions: [], claims: [] } })));
  const fromStore = await factsOfStory(store, articles);
  assert.equal(fromStore.claims.length, 0);
  assert.equal(fromStore.quotes.length, 0);
  assert.ok(fromStore.summary.length > 0, 'the summary is made from the texts themselves');
});
