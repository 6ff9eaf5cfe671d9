// The background pass that finds stories' facts while the reader is served: on a store in a file it runs
// in a worker thread of its own, and every story ends up with kept facts the pages can read.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { FACTS_VERSION } from '../src/analyze/facts.js';
import { keptStoryFacts } from '../src/facts.js';
import { importPaths } from '../src/importer.js';
import { Pipeline } from '../src/pipeline.js';
import { startFactsFill } from '../src/reader/fill.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { cli, ROOT, tempDir } from './support/helpers.js';

const DEMO = ['html', 'txt', 'feeds'].map((d) => join(ROOT, 'demo', d));

/** Waits (polling, never timing anything) until no story lacks facts, or gives up after many polls. */
async function untilRead(store: SqliteStore): Promise<number> {
  for (let i = 0; i < 600; i++) {
    const left = await store.countStoriesLackingFacts(FACTS_VERSION);
    if (left === 0) return 0;
    await sleep(100);
  }
  return store.countStoriesLackingFacts(FACTS_VERSION);
}

describe('finding stories’ facts in the background', () => {
  it('reads every story of a store in a file from a worker thread, and stops cleanly', async (t) => {
    const db = join(tempDir(t), 'fill.db');
    assert.equal(cli(db, 'ingest', '--quiet', ...DEMO).code, 0);
    const store = new SqliteStore(db);
    t.after(() => store.close());
    assert.equal(await store.countStoriesLackingFacts(FACTS_VERSION), 12, 'the demo corpus makes 12 stories, none read yet');
    const errors: unknown[] = [];
    let reported = 0;
    const fill = startFactsFill(store, { idleMs: 50, onError: (e) => errors.push(e), onFound: (n) => (reported += n) });
    assert.equal(await untilRead(store), 0, 'every story read');
    await fill.stop();
    assert.deepEqual(errors, []);
    assert.equal(reported, 12, 'progress reported story by story');
    // What the worker kept is what a page reads, and what this thread would have found.
    const [top] = await store.listStories({ limit: 1 });
    assert.ok(top);
    const kept = await store.storyFacts(top.id);
    assert.equal(kept?.version, FACTS_VERSION);
    assert.equal(kept?.articleCount, top.articleCount);
    assert.ok((kept?.facts.entities.length ?? 0) > 0 && (kept?.card.lede.length ?? 0) > 0);
    assert.deepEqual(await keptStoryFacts(store, top), kept?.facts);
    assert.ok((await store.listEntities({ limit: 5, offset: 0 })).length > 0, 'who is in the stories is known');
  });

  it('reads an in-memory store (which no other thread can see) in this thread', async () => {
    const store = new SqliteStore(':memory:');
    try {
      assert.equal(store.location(), null);
      await importPaths(await Pipeline.open(store), DEMO);
      const fill = startFactsFill(store, { idleMs: 50 });
      assert.equal(await untilRead(store), 0, 'every story read');
      await fill.stop();
      assert.ok((await store.listEntities({ limit: 5, offset: 0 })).length > 0);
    } finally {
      await store.close();
    }
  });
});
