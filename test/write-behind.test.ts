import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { newsStream } from '../bench/corpus.js';
import { readDocuments } from '../src/ingest/files.js';
import type { IngestOutcome } from '../src/model.js';
import { Pipeline } from '../src/pipeline.js';
import { prepare } from '../src/prepare.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { NewArticle } from '../src/store/store.js';
import { StoreWriteError, WriteBehind } from '../src/store/write-behind.js';
import { tempDir } from './support/helpers.js';

/** Every article's story exists and every copy's original is stored: nothing points at a write that was undone. */
function assertWhole(path: string): void {
  const db = new Database(path, { readonly: true });
  const orphans = db
    .prepare(
      `SELECT COUNT(*) AS n FROM articles a
       WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)
          OR (a.copy_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles o WHERE o.id = a.copy_of))`,
    )
    .get() as { n: number };
  const counted = db
    .prepare('SELECT COUNT(*) AS n FROM stories s WHERE article_count <> (SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id)')
    .get() as { n: number };
  db.close();
  assert.equal(orphans.n, 0, 'no article points at a story or an original that is not there');
  assert.equal(counted.n, 0, "every story's article count is its articles");
}

test('a write that fails in the writer thread ends the import with its reason, keeps what was committed, and a re-run takes in the rest once', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'stream.jsonl');
  const records = [...newsStream({ articles: 1200, seed: 5 })];
  // A record repeated inside the stream is a duplicate, not a second article, while its batch is still open.
  const lines = records.map((r) => JSON.stringify(r));
  lines.splice(640, 0, lines[630] as string);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const failing = `${file}#${records[700]?.id}`;
  const path = join(dir, 'news.db');
  const store = new SqliteStore(path);
  t.after(() => store.close());
  // SQLite itself refuses one article, well past the 200 documents after which the writer thread takes over.
  const db = new Database(path);
  db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.origin = '${failing}' BEGIN SELECT RAISE(ABORT, 'the disk is full'); END`);
  const pipeline = await Pipeline.open(store);
  const first: IngestOutcome[] = [];
  await assert.rejects(
    pipeline.ingestAll(readDocuments(file), (o) => first.push(o), 1),
    (e: Error) => e instanceof StoreWriteError && e.message === `could not store ${failing}: the disk is full`,
  );
  assert.ok(first.some((o) => o.status === 'duplicate' && o.origin === `${file}#${records[630]?.id}`), 'the repeated record is a duplicate');
  const kept = (await store.stats()).articles;
  assert.ok(kept >= 200 && kept < 700, `the batches before the failing one stay stored (${kept})`);
  assert.equal(await store.findArticleByOrigin(failing), null);
  assertWhole(path);

  // The same pipeline goes on, its indexes rebuilt from what the store holds.
  db.exec('DROP TRIGGER refuse');
  db.close();
  const second: IngestOutcome[] = [];
  await pipeline.ingestAll(readDocuments(file), (o) => second.push(o), 1);
  assert.equal(second.filter((o) => o.status === 'new').length, 1200 - kept);
  assert.equal(second.filter((o) => o.status === 'duplicate').length, kept + 1);
  assert.equal((await store.stats()).articles, 1200, 'every record stored, none twice');
  assert.ok((await store.findArticleByOrigin(failing)) !== null);
  assertWhole(path);
});

test('the writer thread stops an import when another process wrote between two of its batches', async (t) => {
  const path = join(tempDir(t), 'news.db');
  const store = new SqliteStore(path);
  t.after(() => store.close());
  const article = (n: number): NewArticle => {
    const p = prepare({ kind: 'text', origin: `note-${n}.txt`, text: `Harbour note ${n}\n\nThe harbour master logged ${n} arrivals before noon on the quay.` });
    assert.ok(p.ok);
    return {
      dedupeKey: p.dedupeKey, contentHash: p.analysis.contentHash, origin: p.origin, url: null, title: p.article.title, text: p.article.text,
      byline: null, published: null, outlet: null, lang: p.analysis.lang, wordCount: p.analysis.wordCount, incomplete: null, removed: [],
      features: { terms: {}, lead: {}, mentions: [], numbers: [] }, minhash: p.analysis.minhash,
      assignment: { storyId: null, reason: 'new', score: 0, copyOf: null, ties: [] }, headline: p.article.title,
    };
  };
  // However long the gap, the next batch goes on with its ids: the case the writer must catch.
  const writer = WriteBehind.start(store, { followsAtOnceMs: Number.POSITIVE_INFINITY });
  assert.ok(writer);
  await writer.beginBatch();
  const kept = await writer.saveArticle(article(1));
  writer.handOver();
  while ((await store.findArticleByKey(article(1).dedupeKey)) === null) await new Promise((r) => setTimeout(r, 5));
  const other = new SqliteStore(path);
  const intruder = await other.saveArticle(article(2));
  await other.close();
  assert.equal(intruder.articleId, kept.articleId + 1);
  await writer.beginBatch();
  const lost = await writer.saveArticle(article(3));
  assert.equal(lost.articleId, intruder.articleId, 'the id the writer chose is the one the other process took');
  await assert.rejects(writer.close(), /another process wrote to the store between two batches of this import/);
  assert.equal((await store.stats()).articles, 2, 'the first batch and the other process stay; the batch after is not written');
  assert.equal(await store.findArticleByKey(article(3).dedupeKey), null);
});
