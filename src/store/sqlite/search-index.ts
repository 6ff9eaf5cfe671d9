// The search index: FTS5 over the articles' titles and texts, in a file of its own beside the store.
// It is derived data, so it is written off the ingest path: after each committed batch by a worker thread
// when the import has one, otherwise by the importing thread, and by any reader before it searches. Each
// pass indexes the committed articles past the index's watermark while holding the search file's write
// lock, so passes from several connections never index an article twice.
import Database from 'better-sqlite3';
import { SEARCH_DEPTH } from '../store.js';

/** Articles read and indexed per transaction of the search file: a rebuild of a large store stays in small steps. */
const CHUNK = 2000;

/** The search file of a store file: `news.db` → `news.search.db`. An in-memory store has an in-memory index. */
export function searchFileOf(storePath: string): string {
  if (storePath === ':memory:' || storePath === '') return ':memory:';
  return storePath.endsWith('.db') ? `${storePath.slice(0, -3)}.search.db` : `${storePath}.search.db`;
}

export function openSearchFile(path: string): Database.Database {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 10000');
    // Contentless: the store holds the text, the index only what finds it (snippets are cut from the store's text).
    db.exec(`
      CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
        title, text, content='', tokenize='unicode61 remove_diacritics 2'
      );
      -- What the index holds: articles of this store up to this id, the last of them with this dedupe key.
      CREATE TABLE IF NOT EXISTS search_state (store_id TEXT NOT NULL, indexed_up_to INTEGER NOT NULL, last_key TEXT);
    `);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

interface State {
  store_id: string;
  indexed_up_to: number;
  last_key: string | null;
}

/**
 * Indexes the articles committed to `store` that the search file lacks; returns how many. `store` must
 * not be inside a transaction of its own: it would see that transaction's uncommitted articles.
 */
export function catchUpSearch(store: Database.Database, search: Database.Database, storeId: string): number {
  if (store.inTransaction) throw new Error('the search index reads committed articles only; commit first');
  const read = store.prepare('SELECT id, dedupe_key, title, text FROM articles WHERE id > ? ORDER BY id LIMIT ?');
  const keyOf = store.prepare('SELECT dedupe_key FROM articles WHERE id = ?');
  const insert = search.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
  let indexed = 0;
  for (;;) {
    search.exec('BEGIN IMMEDIATE');
    try {
      let state = search.prepare('SELECT store_id, indexed_up_to, last_key FROM search_state').get() as State | undefined;
      // A search file left by another store, or by this one before it was restored from an older copy
      // (whose articles' ids are then given again to other articles).
      const lastKey = state?.indexed_up_to ? (keyOf.get(state.indexed_up_to) as { dedupe_key: string } | undefined)?.dedupe_key ?? null : null;
      if (!state || state.store_id !== storeId || lastKey !== state.last_key) {
        search.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')").run();
        search.prepare('DELETE FROM search_state').run();
        state = { store_id: storeId, indexed_up_to: 0, last_key: null };
        search.prepare('INSERT INTO search_state (store_id, indexed_up_to, last_key) VALUES (?, 0, NULL)').run(storeId);
      }
      const rows = read.all(state.indexed_up_to, CHUNK) as Array<{ id: number; dedupe_key: string; title: string; text: string }>;
      for (const r of rows) insert.run(r.id, r.title, r.text);
      const newest = rows[rows.length - 1];
      if (newest) search.prepare('UPDATE search_state SET indexed_up_to = ?, last_key = ?').run(newest.id, newest.dedupe_key);
      search.exec('COMMIT');
      indexed += rows.length;
      if (rows.length < CHUNK) return indexed;
    } catch (e) {
      if (search.inTransaction) search.exec('ROLLBACK');
      throw e;
    }
  }
}

/** Article ids matching an FTS5 query, best first (title matches weigh four times the text's). */
/**
 * Ranking by relevance scores every match: a word in most of a large store's articles took 100–190 ms
 * over 100,000 of them. A query is ranked over its newest `window` matches instead (found by rowid, which
 * costs no scoring): a news reader searching a common word wants what is recent among the relevant.
 */
export function searchIds(search: Database.Database, match: string, limit: number, offset = 0, window = SEARCH_DEPTH): number[] {
  const edge = search
    .prepare('SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?')
    .get(match, window - 1) as { id: number } | undefined;
  const rows = search
    .prepare('SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ? ORDER BY bm25(articles_fts, 4.0, 1.0), rowid LIMIT ? OFFSET ?')
    .all(match, edge?.id ?? 0, limit, offset) as Array<{ id: number }>;
  return rows.map((r) => r.id);
}

/**
 * Keeps the search file of a store file caught up from a thread of its own (the import's writer), through
 * a read-only connection: it reads what is committed even while its thread's own connection holds a batch open.
 */
export class SearchCatchUp {
  private readonly store: Database.Database;
  private readonly search: Database.Database;

  constructor(
    storePath: string,
    private readonly storeId: string,
  ) {
    this.store = new Database(storePath, { readonly: true, fileMustExist: true });
    this.store.pragma('busy_timeout = 10000');
    try {
      this.search = openSearchFile(searchFileOf(storePath));
    } catch (e) {
      this.store.close();
      throw e;
    }
  }

  run(): number {
    return catchUpSearch(this.store, this.search, this.storeId);
  }

  close(): void {
    this.store.close();
    this.search.close();
  }
}
