// A store holding the bundled demo corpus (written for the project), imported the way `crosswire ingest`
// imports it (Pipeline + importPaths, in this process), for the tests of the JSON API, the write guard and
// the outgoing feeds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillStoryFacts } from '../../src/facts.js';
import { importPaths, type ImportSummary } from '../../src/importer.js';
import { Pipeline } from '../../src/pipeline.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ROOT } from './helpers.js';

export const DEMO_PATHS = ['html', 'txt', 'feeds'].map((d) => join(ROOT, 'demo', d));

export interface DemoStore {
  store: SqliteStore;
  dir: string;
  imported: ImportSummary;
  close(): Promise<void>;
}

/**
 * A fresh store in a temporary folder, with the demo corpus imported; `close` removes the folder. With
 * `facts` (the default), every story's facts are found and kept first, as the served reader does in the
 * background (src/reader/fill.ts), so that people, places and cards do not depend on what was read before;
 * without, the store is as an import leaves it.
 */
export async function demoStore(options: { facts?: boolean } = {}): Promise<DemoStore> {
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-api-'));
  const store = new SqliteStore(join(dir, 'demo.db'));
  const imported = await importPaths(await Pipeline.open(store), DEMO_PATHS);
  if (options.facts ?? true) await fillStoryFacts(store, 10_000);
  return {
    store,
    dir,
    imported,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An empty store in a temporary folder, for hand-made articles. */
export function emptyStore(): { store: SqliteStore; close(): Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-api-'));
  const store = new SqliteStore(join(dir, 'empty.db'));
  return {
    store,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
