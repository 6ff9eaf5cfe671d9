// The embedded Store: one SQLite file in WAL mode, and beside it the FTS5 search index (search-index.ts).
import Database from 'better-sqlite3';
import type { Article, ArticleFacts, EntityType, Feed, Follow, FollowKind, Source, StoryCard, StorySummary, Thread } from '../../model.js';
import type {
  ArticleFeatures, ArticleListing, EntitySummary, MatchRecord, NewArticle, NewFeed, NextIds, PollFailure, PollSuccess, SavedArticle, SearchHit, Store, StoreStats,
  StoredFacts, StoredStoryArticle, StoredStoryFacts, StoredThreadSignature, StoryArticleListing, StoryCursor,
} from '../store.js';
import { snippetOf } from '../snippet.js';
import { MIGRATIONS } from './migrations.js';
import { catchUpSearch, openSearchFile, searchFileOf, searchIds } from './search-index.js';

interface ArticleRow {
  id: number; origin: string; url: string | null; title: string; text: string; byline: string | null;
  published: string | null; ingested_at: string; source_id: number | null; source_name: string | null;
  source_domain: string | null; lang: string; word_count: number; content_hash: string; story_id: number;
  copy_of: number | null; incomplete: string | null; html: string | null; image: string | null;
}

interface StoryRow {
  id: number; headline: string; first_seen: string; last_seen: string; article_count: number;
  report_count: number; outlets: string | null; thread_id: number | null;
}

interface FeedRow {
  id: number; url: string; title: string | null; site_url: string | null; category: string | null; added_at: string;
  etag: string | null; last_modified: string | null; last_polled_at: string | null; last_success_at: string | null;
  last_error: string | null; last_error_at: string | null; error_count: number; next_poll_at: string | null;
  poll_interval_s: number | null; items_seen: number;
}

const ARTICLE_COLUMNS = `a.id, a.origin, a.url, a.title, a.text, a.byline, a.published, a.ingested_at, a.source_id,
  s.name AS source_name, s.domain AS source_domain, a.lang, a.word_count, a.content_hash, a.story_id, a.copy_of,
  a.incomplete, a.html, a.image`;

const STORY_COLUMNS = `st.id, st.headline, st.first_seen, st.last_seen, st.article_count, st.report_count, st.thread_id,
  (SELECT json_group_array(name) FROM (SELECT DISTINCT s.name FROM articles a JOIN sources s ON s.id = a.source_id
   WHERE a.story_id = st.id ORDER BY s.name)) AS outlets`;

interface EntityRow {
  type: EntityType; key: string; name: string; stories: number; reports: number; last_seen: string;
}

interface FollowRow {
  id: number; kind: FollowKind; value: string; label: string; mode: Follow['mode']; created_at: string;
}

// The name most stories give (ties: the longest, then the first alphabetically), with the entity's reach.
const ENTITY_SELECT = `SELECT e.type, e.key,
  (SELECT n.name FROM story_entities n WHERE n.type = e.type AND n.key = e.key
   GROUP BY n.name ORDER BY COUNT(*) DESC, LENGTH(n.name) DESC, n.name LIMIT 1) AS name,
  COUNT(*) AS stories, SUM(e.reports) AS reports, MAX(st.last_seen) AS last_seen
  FROM story_entities e JOIN stories st ON st.id = e.story_id`;

/** Thrown inside saveArticle's transaction when the key is already stored, to undo what it wrote. */
const DUPLICATE = Symbol('duplicate article');

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly searchDb: Database.Database;
  private readonly searchPath: string;
  /** Names this store in its search file (see search-index.ts). */
  private readonly storeId: string;
  private readonly statements = new Map<string, Database.Statement>();
  /** Whether the open batch has saved an article: if it never commits, what it cached is void. */
  private batchSaved = false;
  /** Source ids by name: every article names its outlet, and there are few. */
  private readonly sources = new Map<string, { id: number; domain: string | null }>();

  constructor(private readonly path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // SQLite's default page cache is 2 MB; the articles' unique keys are random hashes, so past a few
    // thousand articles every insert read index pages back from the file. 64 MB holds the indexes of a
    // store of a few hundred thousand articles, and is bounded whatever the store grows to.
    this.db.pragma('cache_size = -65536');
    try {
      this.migrate();
      this.storeId = (this.db.prepare("SELECT value FROM store_meta WHERE key = 'store_id'").get() as { value: string }).value;
      this.searchPath = searchFileOf(path);
      this.searchDb = openSearchFile(this.searchPath);
    } catch (e) {
      this.db.close();
      throw e;
    }
  }

  location(): string | null {
    return this.path === ':memory:' || this.path === '' ? null : this.path;
  }

  identity(): string {
    return this.storeId;
  }

  /** Prepared statements are cached: preparing one costs more than running it. */
  private sql(text: string): Database.Statement {
    let s = this.statements.get(text);
    if (!s) this.statements.set(text, (s = this.db.prepare(text)));
    return s;
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = this.db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
    const current = row.v ?? 0;
    const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
    if (current > latest) {
      throw new Error(`database schema version ${current} is newer than this Crosswire (${latest}); upgrade Crosswire`);
    }
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(m.version);
      })();
    }
  }

  async findArticleByOrigin(origin: string): Promise<number | null> {
    const row = this.sql('SELECT id FROM articles WHERE origin = ? LIMIT 1').get(origin) as { id: number } | undefined;
    return row?.id ?? null;
  }

  async findArticleByKey(dedupeKey: string): Promise<number | null> {
    const row = this.sql('SELECT id FROM articles WHERE dedupe_key = ?').get(dedupeKey) as { id: number } | undefined;
    return row?.id ?? null;
  }

  async saveArticle(a: NewArticle): Promise<SavedArticle> {
    const batched = this.db.inTransaction;
    // A batch that SQLite rolled back by itself (a full disk) left nothing to index, and maybe sources unmade.
    if (!batched) this.forgetBatch();
    let saved: SavedArticle | null;
    try {
      saved = this.db.transaction(() => this.insertArticle(a))();
    } catch (e) {
      // The article's savepoint is undone, and with it any source it created.
      this.sources.clear();
      if (e === DUPLICATE) saved = null;
      else throw e;
    }
    if (!saved) {
      // Stored meanwhile under the same key: the caller looked it up first, so this is rare.
      const row = this.sql('SELECT id, story_id FROM articles WHERE dedupe_key = ?').get(a.dedupeKey) as { id: number; story_id: number };
      return { articleId: row.id, storyId: row.story_id };
    }
    if (batched) this.batchSaved = true;
    return saved;
  }

  /**
   * The writes of saveArticle, in as few statements as it takes: the unique key itself detects a duplicate
   * (no lookup before the insert), and a new story is inserted with its first article counted.
   */
  private insertArticle(a: NewArticle): SavedArticle {
    const sourceId = a.outlet ? this.sourceId(a.outlet.name, a.outlet.domain) : null;
    const now = new Date().toISOString();
    const time = a.published ?? now;
    const reports = a.assignment.copyOf === null && a.supersedes === undefined ? 1 : 0;
    let storyId = a.assignment.storyId;
    if (storyId === null) {
      storyId = a.ids?.storyId ?? this.nextStoryId();
      this
        .sql('INSERT INTO stories (id, headline, first_seen, last_seen, article_count, report_count) VALUES (?, ?, ?, ?, 1, ?)')
        .run(storyId, a.headline, time, time, reports);
    }
    const inserted = this
      .sql(
        `INSERT INTO articles (id, dedupe_key, content_hash, origin, url, title, text, byline, published, ingested_at,
          source_id, lang, word_count, incomplete, removed, story_id, copy_of, match_reason, match_score,
          match_ties, match_nearest, features, minhash, html, image)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (dedupe_key) DO NOTHING`,
      )
      .run(
        a.ids?.articleId ?? null, a.dedupeKey, a.contentHash, a.origin, a.url, a.title, a.text, a.byline, a.published, now, sourceId,
        a.lang, a.wordCount, a.incomplete, JSON.stringify(a.removed), storyId, a.assignment.copyOf,
        a.assignment.reason, a.assignment.score, JSON.stringify(a.assignment.ties), a.assignment.nearest ?? null, typeof a.features === 'string' ? a.features : JSON.stringify(a.features),
        Buffer.from(a.minhash.buffer, a.minhash.byteOffset, a.minhash.byteLength), a.html ?? null, a.image ?? null,
      );
    // Thrown to undo the story opened for it.
    if (inserted.changes === 0) throw DUPLICATE;
    const articleId = Number(inserted.lastInsertRowid);
    if (a.assignment.storyId !== null) {
      // An article that states no time is dated by when it was taken in, which says nothing of the story:
      // a scrape of a June report imported in November must not make a June story "new". Its times come
      // from the articles that state one; only a story none of whose articles does is timed by intake.
      this
        .sql(
          `UPDATE stories SET headline = @headline,
             first_seen = CASE WHEN NOT dated.before THEN (CASE WHEN @published IS NULL THEN MIN(first_seen, @time) ELSE @time END)
                               WHEN @published IS NULL THEN first_seen ELSE MIN(first_seen, @time) END,
             last_seen = CASE WHEN NOT dated.before THEN (CASE WHEN @published IS NULL THEN MAX(last_seen, @time) ELSE @time END)
                              WHEN @published IS NULL THEN last_seen ELSE MAX(last_seen, @time) END,
             article_count = article_count + 1, report_count = report_count + @reports
           FROM (SELECT EXISTS (SELECT 1 FROM articles WHERE story_id = @story AND id <> @article AND published IS NOT NULL) AS before) AS dated
           WHERE id = @story`,
        )
        .run({ headline: a.headline, published: a.published, time, reports, story: storyId, article: articleId });
    }
    if (a.supersedes !== undefined) {
      // The previous original and its copies now point at this earlier version; the report count stands.
      this.sql('UPDATE articles SET copy_of = ? WHERE (id = ? OR copy_of = ?) AND story_id = ?').run(articleId, a.supersedes, a.supersedes, storyId);
    }
    return { articleId, storyId };
  }

  async articleFacts(articleIds: readonly number[]): Promise<Map<number, StoredFacts>> {
    const out = new Map<number, StoredFacts>();
    const read = this.sql('SELECT version, facts FROM article_facts WHERE article_id = ?');
    for (const id of articleIds) {
      const row = read.get(id) as { version: number; facts: string } | undefined;
      if (row) out.set(id, { version: row.version, facts: JSON.parse(row.facts) as ArticleFacts });
    }
    return out;
  }

  async saveArticleFacts(entries: ReadonlyArray<{ articleId: number } & StoredFacts>): Promise<void> {
    const write = this.sql('INSERT OR REPLACE INTO article_facts (article_id, version, facts) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const e of entries) write.run(e.articleId, e.version, JSON.stringify(e.facts));
    })();
  }

  /** Forgets what only the open batch held, once it is gone. */
  private forgetBatch(): void {
    if (this.batchSaved) this.sources.clear();
    this.batchSaved = false;
  }

  async mergeStories(from: number, into: number, headline: string, score: number): Promise<void> {
    this.db.transaction(() => {
      const a = this.sql('SELECT first_seen, last_seen, article_count, report_count FROM stories WHERE id = ?').get(from) as
        | { first_seen: string; last_seen: string; article_count: number; report_count: number }
        | undefined;
      if (!a || from === into) return;
      this.sql('UPDATE articles SET story_id = ? WHERE story_id = ?').run(into, from);
      this.sql(
        `UPDATE stories SET headline = ?, first_seen = MIN(first_seen, ?), last_seen = MAX(last_seen, ?),
           article_count = article_count + ?, report_count = report_count + ? WHERE id = ?`,
      ).run(headline, a.first_seen, a.last_seen, a.article_count, a.report_count, into);
      // The surviving story keeps its thread, or takes the merged one's.
      this.sql('UPDATE stories SET thread_id = COALESCE(thread_id, (SELECT thread_id FROM stories WHERE id = ?)) WHERE id = ?').run(from, into);
      this.sql('DELETE FROM stories WHERE id = ?').run(from);
      this.sql('UPDATE story_merges SET into_id = ? WHERE into_id = ?').run(into, from);
      this.sql('INSERT OR REPLACE INTO story_merges (from_id, into_id, score, merged_at) VALUES (?, ?, ?, ?)').run(
        from, into, score, new Date().toISOString(),
      );
    })();
  }

  async splitStory(from: number, articleIds: readonly number[], headlines: { kept: string; moved: string }, newId?: number): Promise<number> {
    return this.db.transaction(() => {
      const now = new Date().toISOString();
      const to = newId ?? this.nextStoryId();
      this.sql('INSERT INTO stories (id, headline, first_seen, last_seen) VALUES (?, ?, ?, ?)').run(to, headlines.moved, now, now);
      const move = this.sql('UPDATE articles SET story_id = ? WHERE id = ? AND story_id = ?');
      for (const id of articleIds) move.run(to, id, from);
      // Counts and times are recounted from the articles: both halves are small, and this cannot drift.
      const recount = this.sql(
        `UPDATE stories SET headline = ?,
           first_seen = (SELECT MIN(COALESCE(published, ingested_at)) FROM articles WHERE story_id = stories.id),
           last_seen = (SELECT MAX(COALESCE(published, ingested_at)) FROM articles WHERE story_id = stories.id),
           article_count = (SELECT COUNT(*) FROM articles WHERE story_id = stories.id),
           report_count = (SELECT COUNT(*) FROM articles WHERE story_id = stories.id AND copy_of IS NULL)
         WHERE id = ?`,
      );
      recount.run(headlines.kept, from);
      recount.run(headlines.moved, to);
      return to;
    })();
  }

  async resolveStory(id: number): Promise<number | null> {
    if (this.sql('SELECT 1 FROM stories WHERE id = ?').get(id)) return id;
    const row = this.sql('SELECT into_id FROM story_merges WHERE from_id = ?').get(id) as { into_id: number } | undefined;
    return row?.into_id ?? null;
  }

  private sourceId(name: string, domain: string | null): number {
    let source = this.sources.get(name);
    if (!source) {
      source = this.sql('SELECT id, domain FROM sources WHERE name = ?').get(name) as { id: number; domain: string | null } | undefined;
      source ??= { id: Number(this.sql('INSERT INTO sources (name, domain) VALUES (?, ?)').run(name, domain).lastInsertRowid), domain };
      this.sources.set(name, source);
    }
    if (!source.domain && domain) {
      // Another process may have set it meanwhile: the first domain known stays.
      this.sql('UPDATE sources SET domain = ? WHERE id = ? AND domain IS NULL').run(domain, source.id);
      source.domain = domain;
    }
    return source.id;
  }

  async getArticle(id: number): Promise<Article | null> {
    const row = this.db
      .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?`)
      .get(id) as ArticleRow | undefined;
    return row ? toArticle(row) : null;
  }

  async listStories({ limit, offset = 0, before }: { limit: number; offset?: number; before?: StoryCursor }): Promise<StorySummary[]> {
    const rows = before
      ? (this.sql(
          `SELECT ${STORY_COLUMNS} FROM stories st WHERE (st.last_seen, st.id) < (?, ?) ORDER BY st.last_seen DESC, st.id DESC LIMIT ? OFFSET ?`,
        ).all(before.lastSeen, before.id, limit, offset) as StoryRow[])
      : (this.sql(`SELECT ${STORY_COLUMNS} FROM stories st ORDER BY st.last_seen DESC, st.id DESC LIMIT ? OFFSET ?`).all(limit, offset) as StoryRow[]);
    return rows.map(toStorySummary);
  }

  async listArticles({ limit, beforeId }: { limit: number; beforeId?: number }): Promise<ArticleListing[]> {
    const rows = this.sql(
      `SELECT a.id, a.title, a.url, a.published, a.ingested_at, a.source_id, s.name AS source_name, s.domain AS source_domain,
         a.lang, a.word_count, a.story_id, a.copy_of
       FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id < ? ORDER BY a.id DESC LIMIT ?`,
    ).all(beforeId ?? Number.MAX_SAFE_INTEGER, limit) as ArticleRow[];
    return rows.map((r) => ({
      id: r.id, title: r.title, url: r.url, published: r.published, ingestedAt: r.ingested_at,
      source: r.source_id !== null && r.source_name !== null ? { id: r.source_id, name: r.source_name, domain: r.source_domain } : null,
      lang: r.lang, wordCount: r.word_count, storyId: r.story_id, copyOf: r.copy_of,
    }));
  }

  async storySummaries(ids: readonly number[]): Promise<StorySummary[]> {
    if (!ids.length) return [];
    const rows = this.sql(`SELECT ${STORY_COLUMNS} FROM stories st WHERE st.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as StoryRow[];
    const byId = new Map(rows.map((r) => [r.id, toStorySummary(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async activeStories(since: string, limit: number): Promise<Array<Omit<StorySummary, 'outlets'>>> {
    const rows = this.sql(
      `SELECT id, headline, first_seen, last_seen, article_count, report_count, thread_id FROM stories
       WHERE last_seen >= ? ORDER BY last_seen DESC, id DESC LIMIT ?`,
    ).all(since, limit) as Array<Omit<StoryRow, 'outlets'>>;
    return rows.map((r) => {
      const { outlets: _, ...rest } = toStorySummary({ ...r, outlets: null });
      return rest;
    });
  }

  async storyFacts(storyId: number): Promise<StoredStoryFacts | null> {
    const row = this.sql('SELECT version, article_count, facts, card, ties FROM story_facts WHERE story_id = ?').get(storyId) as
      | { version: number; article_count: number; facts: string; card: string; ties: string }
      | undefined;
    if (!row) return null;
    return {
      version: row.version, articleCount: row.article_count, facts: JSON.parse(row.facts) as StoredStoryFacts['facts'],
      card: JSON.parse(row.card) as StoryCard, ties: JSON.parse(row.ties) as StoredStoryFacts['ties'],
    };
  }

  async saveStoryFacts(storyId: number, f: StoredStoryFacts): Promise<boolean> {
    return this.db.transaction((): boolean => {
      const story = this.sql('SELECT article_count FROM stories WHERE id = ?').get(storyId) as { article_count: number } | undefined;
      if (!story || story.article_count !== f.articleCount) return false;
      this.sql('INSERT OR REPLACE INTO story_facts (story_id, version, article_count, facts, card, ties) VALUES (?, ?, ?, ?, ?, ?)').run(
        storyId, f.version, f.articleCount, JSON.stringify(f.facts), JSON.stringify(f.card), JSON.stringify(f.ties),
      );
      this.sql('DELETE FROM story_entities WHERE story_id = ?').run(storyId);
      const insert = this.sql('INSERT OR IGNORE INTO story_entities (story_id, type, key, name, reports) VALUES (?, ?, ?, ?, ?)');
      for (const e of f.facts.entities) insert.run(storyId, e.type, e.key, e.name, e.reports);
      return true;
    })();
  }

  async storyCards(ids: readonly number[]): Promise<Map<number, { version: number; card: StoryCard }>> {
    if (!ids.length) return new Map();
    const rows = this.sql('SELECT story_id, version, card FROM story_facts WHERE story_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{
      story_id: number; version: number; card: string;
    }>;
    return new Map(rows.map((r) => [r.story_id, { version: r.version, card: JSON.parse(r.card) as StoryCard }]));
  }

  async storiesLackingFacts(version: number, limit: number): Promise<number[]> {
    const rows = this.sql(
      `SELECT st.id FROM stories st LEFT JOIN story_facts f ON f.story_id = st.id
       WHERE f.story_id IS NULL OR f.version < ? ORDER BY st.last_seen DESC, st.id DESC LIMIT ?`,
    ).all(version, limit) as Array<{ id: number }>;
    return rows.map((r) => r.id);
  }

  async countStoriesLackingFacts(version: number): Promise<number> {
    const row = this.sql(
      'SELECT COUNT(*) AS n FROM stories st LEFT JOIN story_facts f ON f.story_id = st.id WHERE f.story_id IS NULL OR f.version < ?',
    ).get(version) as { n: number };
    return row.n;
  }

  async storiesNaming(entities: ReadonlyArray<{ type: EntityType; key: string }>, { limit, before }: { limit: number; before?: StoryCursor }): Promise<StorySummary[]> {
    if (!entities.length) return [];
    const rows = this.sql(
      `SELECT ${STORY_COLUMNS} FROM stories st
       WHERE st.id IN (SELECT e.story_id FROM story_entities e JOIN json_each(?) j
                       ON e.type = json_extract(j.value, '$.type') AND e.key = json_extract(j.value, '$.key'))
         AND (? IS NULL OR (st.last_seen, st.id) < (?, ?))
       ORDER BY st.last_seen DESC, st.id DESC LIMIT ?`,
    ).all(JSON.stringify(entities), before?.lastSeen ?? null, before?.lastSeen ?? null, before?.id ?? null, limit) as StoryRow[];
    return rows.map(toStorySummary);
  }

  async whichStoriesName(storyIds: readonly number[], entities: ReadonlyArray<{ type: EntityType; key: string }>): Promise<Set<number>> {
    if (!storyIds.length || !entities.length) return new Set();
    const rows = this.sql(
      `SELECT DISTINCT e.story_id FROM story_entities e JOIN json_each(?) j
         ON e.type = json_extract(j.value, '$.type') AND e.key = json_extract(j.value, '$.key')
       WHERE e.story_id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(entities), JSON.stringify(storyIds)) as Array<{ story_id: number }>;
    return new Set(rows.map((r) => r.story_id));
  }

  async listEntities({ type, limit, offset }: { type?: EntityType; limit: number; offset: number }): Promise<EntitySummary[]> {
    const rows = this.sql(
      `${ENTITY_SELECT} WHERE (? IS NULL OR e.type = ?) GROUP BY e.type, e.key
       ORDER BY stories DESC, reports DESC, e.key LIMIT ? OFFSET ?`,
    ).all(type ?? null, type ?? null, limit, offset) as EntityRow[];
    return rows.map(toEntitySummary);
  }

  async getEntity(type: EntityType, key: string): Promise<EntitySummary | null> {
    const row = this.sql(`${ENTITY_SELECT} WHERE e.type = ? AND e.key = ? GROUP BY e.type, e.key`).get(type, key) as EntityRow | undefined;
    return row ? toEntitySummary(row) : null;
  }

  async entityKeysEndingWith(type: EntityType, lastWord: string): Promise<string[]> {
    const rows = this.sql(`SELECT DISTINCT key FROM story_entities WHERE type = ? AND key LIKE ? ESCAPE '\\'`).all(
      type, `% ${lastWord.replace(/[\\%_]/gu, (c) => `\\${c}`)}`,
    ) as Array<{ key: string }>;
    return rows.map((r) => r.key);
  }

  async getSource(id: number): Promise<(Source & { articles: number; copies: number; stories: number; lastSeen: string | null }) | null> {
    const row = this.sql(
      `SELECT s.id, s.name, s.domain, COUNT(a.id) AS articles, COUNT(a.copy_of) AS copies, COUNT(DISTINCT a.story_id) AS stories,
         MAX(COALESCE(a.published, a.ingested_at)) AS lastSeen
       FROM sources s LEFT JOIN articles a ON a.source_id = s.id WHERE s.id = ? GROUP BY s.id`,
    ).get(id) as (Source & { articles: number; copies: number; stories: number; lastSeen: string | null }) | undefined;
    return row ?? null;
  }

  async storiesFromSource(sourceId: number, { limit, before }: { limit: number; before?: StoryCursor }): Promise<StorySummary[]> {
    const rows = this.sql(
      `SELECT ${STORY_COLUMNS} FROM stories st
       WHERE st.id IN (SELECT story_id FROM articles WHERE source_id = ?)
         AND (? IS NULL OR (st.last_seen, st.id) < (?, ?))
       ORDER BY st.last_seen DESC, st.id DESC LIMIT ?`,
    ).all(sourceId, before?.lastSeen ?? null, before?.lastSeen ?? null, before?.id ?? null, limit) as StoryRow[];
    return rows.map(toStorySummary);
  }

  async reportsByOutlets(storyIds: readonly number[], outlets: readonly string[]): Promise<Map<number, { reports: number; fromOutlets: number }>> {
    if (!storyIds.length) return new Map();
    const rows = this.sql(
      `SELECT a.story_id, COUNT(*) AS reports, SUM(s.name IN (SELECT value FROM json_each(?))) AS fromOutlets
       FROM articles a LEFT JOIN sources s ON s.id = a.source_id
       WHERE a.story_id IN (SELECT value FROM json_each(?)) AND a.copy_of IS NULL GROUP BY a.story_id`,
    ).all(JSON.stringify(outlets), JSON.stringify(storyIds)) as Array<{ story_id: number; reports: number; fromOutlets: number | null }>;
    return new Map(rows.map((r) => [r.story_id, { reports: r.reports, fromOutlets: r.fromOutlets ?? 0 }]));
  }

  async searchStories(query: string, limit: number): Promise<number[]> {
    const match = ftsQuery(query);
    if (!match) return [];
    await this.indexSearch();
    const ids = searchIds(this.searchDb, match, limit);
    if (!ids.length) return [];
    const rows = this.sql('SELECT id, story_id FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{
      id: number; story_id: number;
    }>;
    const storyOf = new Map(rows.map((r) => [r.id, r.story_id]));
    return [...new Set(ids.flatMap((id) => storyOf.get(id) ?? []))];
  }

  async listFollows(): Promise<Follow[]> {
    return (this.sql('SELECT * FROM follows ORDER BY created_at, id').all() as FollowRow[]).map(toFollow);
  }

  async saveFollow(f: { kind: FollowKind; value: string; label: string; mode: Follow['mode'] }): Promise<Follow> {
    const row = this.sql(
      `INSERT INTO follows (kind, value, label, mode, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (kind, value) DO UPDATE SET label = excluded.label, mode = excluded.mode RETURNING *`,
    ).get(f.kind, f.value, f.label, f.mode, new Date().toISOString()) as FollowRow;
    return toFollow(row);
  }

  async removeFollow(id: number): Promise<boolean> {
    return this.sql('DELETE FROM follows WHERE id = ?').run(id).changes > 0;
  }

  async getStorySummary(id: number): Promise<StorySummary | null> {
    const row = this.sql(`SELECT ${STORY_COLUMNS} FROM stories st WHERE st.id = ?`).get(id) as StoryRow | undefined;
    return row ? toStorySummary(row) : null;
  }

  async storyArticles(storyId: number): Promise<StoredStoryArticle[]> {
    const rows = this.db
      .prepare(
        `SELECT ${ARTICLE_COLUMNS}, a.match_score, a.match_reason, a.match_ties, ${NEAREST}, a.features, a.removed
         FROM articles a LEFT JOIN sources s ON s.id = a.source_id
         WHERE a.story_id = ? ORDER BY COALESCE(a.published, a.ingested_at), a.id`,
      )
      .all(storyId) as Array<ArticleRow & MatchRow & { features: string; removed: string | null }>;
    return rows.map((r) => ({
      ...toArticle(r),
      ...matchOf(r),
      features: JSON.parse(r.features) as ArticleFeatures,
      removed: r.removed ? (JSON.parse(r.removed) as string[]) : [],
    }));
  }

  async storyArticleList(storyId: number): Promise<StoryArticleListing[]> {
    const rows = this.sql(
      `SELECT a.id, a.origin, a.url, a.title, '' AS text, a.byline, a.published, a.ingested_at, a.source_id, s.name AS source_name,
         s.domain AS source_domain, a.lang, a.word_count, a.content_hash, a.story_id, a.copy_of, a.incomplete, NULL AS html, a.image,
         a.match_score, a.match_reason, a.match_ties, ${NEAREST}
       FROM articles a LEFT JOIN sources s ON s.id = a.source_id
       WHERE a.story_id = ? ORDER BY COALESCE(a.published, a.ingested_at), a.id`,
    ).all(storyId) as Array<ArticleRow & MatchRow>;
    return rows.map((r) => {
      const { text: _text, html: _html, ...article } = toArticle(r);
      return { ...article, ...matchOf(r) };
    });
  }

  /**
   * Search finds committed articles: outside a batch, the index first takes in whatever was committed
   * since it last did; inside one, the batch's own articles are found once it commits.
   */
  async search(query: string, limit: number, offset = 0): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (!match) return [];
    await this.indexSearch();
    const ids = searchIds(this.searchDb, match, limit, offset);
    if (!ids.length) return [];
    const rows = this.sql(
      `SELECT a.id, a.story_id, a.title, a.text, s.name AS source, a.published
       FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids)) as Array<{ id: number; story_id: number | null; title: string; text: string; source: string | null; published: string | null }>;
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      const cut = snippetOf(r.text, query);
      return [{ articleId: r.id, storyId: r.story_id, title: r.title, source: r.source, published: r.published, snippet: cut.text, highlights: cut.highlights }];
    });
  }

  async indexSearch(): Promise<void> {
    if (!this.db.inTransaction) catchUpSearch(this.db, this.searchDb, this.storeId);
  }

  async loadMatchRecords(since: string | null): Promise<MatchRecord[]> {
    const rows = this.db
      .prepare(
        `SELECT a.id, a.story_id, a.title, COALESCE(a.published, a.ingested_at) AS time, a.published IS NULL AS undated,
           a.copy_of, a.features, a.minhash
         FROM articles a JOIN stories st ON st.id = a.story_id
         WHERE ? IS NULL OR st.last_seen >= ?
         ORDER BY a.id`,
      )
      .all(since, since) as Array<{
        id: number; story_id: number; title: string; time: string; undated: number; copy_of: number | null; features: string; minhash: Buffer;
      }>;
    return rows.map((r) => ({
      articleId: r.id,
      storyId: r.story_id,
      title: r.title,
      time: r.time,
      undated: r.undated === 1,
      copyOf: r.copy_of,
      features: JSON.parse(r.features) as ArticleFeatures,
      minhash: new Uint32Array(r.minhash.buffer.slice(r.minhash.byteOffset, r.minhash.byteOffset + r.minhash.byteLength)),
    }));
  }

  async saveThreadSignature(storyId: number, signature: StoredThreadSignature): Promise<void> {
    this.sql('UPDATE stories SET thread_signature = ? WHERE id = ?').run(JSON.stringify(signature), storyId);
  }

  async linkThread(storyId: number, linkedStoryId: number, threadId: number | null, newThreadId?: number): Promise<number> {
    return this.db.transaction((): number => {
      let id = threadId;
      if (id === null) {
        const first = this.sql('SELECT headline FROM stories WHERE id = ?').get(linkedStoryId) as { headline: string } | undefined;
        id = newThreadId ?? this.nextId('threads');
        this.sql('INSERT INTO threads (id, title, created_at) VALUES (?, ?, ?)').run(id, first?.headline ?? '(thread)', new Date().toISOString());
        this.sql('UPDATE stories SET thread_id = ? WHERE id = ?').run(id, linkedStoryId);
      }
      this.sql('UPDATE stories SET thread_id = ? WHERE id = ?').run(id, storyId);
      return id;
    })();
  }

  async loadThreadSignatures(since: string | null): Promise<Array<{ storyId: number; threadId: number | null; signature: StoredThreadSignature }>> {
    const rows = this.sql(
      `SELECT id, thread_id, thread_signature FROM stories
       WHERE thread_signature IS NOT NULL AND (? IS NULL OR last_seen >= ?) ORDER BY id`,
    ).all(since, since) as Array<{ id: number; thread_id: number | null; thread_signature: string }>;
    return rows.map((r) => ({ storyId: r.id, threadId: r.thread_id, signature: JSON.parse(r.thread_signature) as StoredThreadSignature }));
  }

  async getThread(id: number): Promise<Thread | null> {
    const t = this.sql('SELECT id, title FROM threads WHERE id = ?').get(id) as { id: number; title: string } | undefined;
    if (!t) return null;
    const rows = this.sql(`SELECT ${STORY_COLUMNS} FROM stories st WHERE st.thread_id = ? ORDER BY st.first_seen, st.id`).all(id) as StoryRow[];
    return { id: t.id, title: t.title, stories: rows.map(toStorySummary) };
  }

  async latestActivity(): Promise<string | null> {
    return (this.sql('SELECT MAX(last_seen) AS t FROM stories').get() as { t: string | null }).t;
  }

  async listSources(): Promise<Array<Source & { articles: number }>> {
    return this.db
      .prepare(
        `SELECT s.id, s.name, s.domain, COUNT(a.id) AS articles FROM sources s LEFT JOIN articles a ON a.source_id = s.id
         GROUP BY s.id ORDER BY articles DESC, s.name`,
      )
      .all() as Array<Source & { articles: number }>;
  }

  async addFeed(f: NewFeed): Promise<{ feed: Feed; added: boolean }> {
    return this.db.transaction(() => {
      // Looked up first: an insert that meets the address already there would still use up an id.
      const added =
        this.feedWhere('url = ?', f.url) === null &&
        this.sql('INSERT INTO feeds (url, title, site_url, category, added_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING')
          .run(f.url, f.title ?? null, f.siteUrl ?? null, f.category ?? null, new Date().toISOString()).changes > 0;
      if (!added) {
        // What the user already named stays; a later list only fills in what was missing.
        this.sql('UPDATE feeds SET title = COALESCE(title, ?), site_url = COALESCE(site_url, ?), category = COALESCE(category, ?) WHERE url = ?')
          .run(f.title ?? null, f.siteUrl ?? null, f.category ?? null, f.url);
      }
      return { feed: this.feedWhere('url = ?', f.url) as Feed, added };
      // Immediate: the look-up reads before the insert writes, and SQLite will not turn a read into a write
      // while another process writes (an import beside the server); taking the write lock first waits for it.
    }).immediate();
  }

  async listFeeds(): Promise<Feed[]> {
    return (this.sql('SELECT * FROM feeds ORDER BY id').all() as FeedRow[]).map(toFeed);
  }

  async getFeed(idOrUrl: number | string): Promise<Feed | null> {
    return typeof idOrUrl === 'number' ? this.feedWhere('id = ?', idOrUrl) : this.feedWhere('url = ?', idOrUrl);
  }

  private feedWhere(condition: 'id = ?' | 'url = ?', value: number | string): Feed | null {
    const row = this.sql(`SELECT * FROM feeds WHERE ${condition}`).get(value) as FeedRow | undefined;
    return row ? toFeed(row) : null;
  }

  async removeFeed(idOrUrl: number | string): Promise<boolean> {
    // Its feed_items go with it (ON DELETE CASCADE).
    const column = typeof idOrUrl === 'number' ? 'id' : 'url';
    return this.sql(`DELETE FROM feeds WHERE ${column} = ?`).run(idOrUrl).changes > 0;
  }

  async feedsDue(now: Date): Promise<Feed[]> {
    // NULL (never polled) sorts first: a new subscription is read before the overdue ones.
    const rows = this.sql('SELECT * FROM feeds WHERE next_poll_at IS NULL OR next_poll_at <= ? ORDER BY next_poll_at, id').all(now.toISOString());
    return (rows as FeedRow[]).map(toFeed);
  }

  async recordPollSuccess(feedId: number, p: PollSuccess): Promise<void> {
    // The last error stays on record (with its time) as history; error_count says whether the feed is failing now.
    this.sql(
      `UPDATE feeds SET etag = ?, last_modified = ?, last_polled_at = ?, last_success_at = ?, next_poll_at = ?,
         poll_interval_s = ?, error_count = 0, items_seen = items_seen + ? WHERE id = ?`,
    ).run(p.etag, p.lastModified, p.polledAt.toISOString(), p.polledAt.toISOString(), p.nextPollAt.toISOString(), p.intervalS, p.newItems, feedId);
  }

  async recordPollFailure(feedId: number, p: PollFailure): Promise<void> {
    this.sql(
      `UPDATE feeds SET last_polled_at = ?, last_error = ?, last_error_at = ?, error_count = error_count + 1, next_poll_at = ?
       WHERE id = ?`,
    ).run(p.polledAt.toISOString(), p.error, p.polledAt.toISOString(), p.nextPollAt.toISOString(), feedId);
  }

  async seenFeedItem(feedId: number, keys: readonly string[]): Promise<boolean> {
    if (!keys.length) return false;
    return Boolean(
      this.sql('SELECT 1 FROM feed_items WHERE feed_id = ? AND item_key IN (SELECT value FROM json_each(?)) LIMIT 1').get(feedId, JSON.stringify(keys)),
    );
  }

  async rememberFeedItem(feedId: number, keys: readonly string[], url: string | null, articleId: number | null): Promise<void> {
    // A key seen before keeps its first sighting, and takes the item's current address: items move.
    const remember = this.sql(
      `INSERT INTO feed_items (feed_id, item_key, url, article_id, seen_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (feed_id, item_key) DO UPDATE SET url = COALESCE(excluded.url, url), article_id = COALESCE(excluded.article_id, article_id)`,
    );
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const key of new Set(keys)) remember.run(feedId, key, url, articleId, now);
    })();
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string): number => (this.sql(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: count('articles'), stories: count('stories'), sources: count('sources') };
  }

  async beginBatch(): Promise<void> {
    // Inside it, each write's own transaction becomes a savepoint: a failing article still rolls back alone.
    if (this.db.inTransaction) return;
    this.forgetBatch();
    this.db.exec('BEGIN IMMEDIATE');
  }

  async commitBatch(): Promise<void> {
    if (!this.db.inTransaction) return;
    this.db.exec('COMMIT');
    this.batchSaved = false;
  }

  async abandonBatch(): Promise<void> {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.forgetBatch();
  }

  async nextIds(): Promise<NextIds> {
    return { article: this.nextId('articles'), story: this.nextStoryId(), thread: this.nextId('threads') };
  }

  private nextId(table: 'articles' | 'threads'): number {
    return ((this.sql(`SELECT MAX(id) AS id FROM ${table}`).get() as { id: number | null }).id ?? 0) + 1;
  }

  /** Past every story there is and every story there was: a merged story's id stays its survivor's alias. */
  private nextStoryId(): number {
    const row = this.sql('SELECT MAX(COALESCE((SELECT MAX(id) FROM stories), 0), COALESCE((SELECT MAX(from_id) FROM story_merges), 0)) AS id').get() as { id: number };
    return row.id + 1;
  }

  async close(): Promise<void> {
    await this.commitBatch();
    this.db.close();
    this.searchDb.close();
  }
}

/** Turns free text into an FTS5 query of quoted terms, so that user input can never be a syntax error. */
export function ftsQuery(query: string): string {
  const terms = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.map((t) => `"${t}"`).join(' ');
}

function toArticle(r: ArticleRow): Article {
  return {
    id: r.id,
    origin: r.origin,
    url: r.url,
    title: r.title,
    text: r.text,
    byline: r.byline,
    published: r.published,
    ingestedAt: r.ingested_at,
    source: r.source_id !== null && r.source_name !== null ? { id: r.source_id, name: r.source_name, domain: r.source_domain } : null,
    lang: r.lang,
    wordCount: r.word_count,
    contentHash: r.content_hash,
    storyId: r.story_id,
    copyOf: r.copy_of,
    incomplete: r.incomplete,
    html: r.html,
    image: r.image,
  };
}

function toEntitySummary(r: EntityRow): EntitySummary {
  return { type: r.type, key: r.key, name: r.name, stories: r.stories, reports: r.reports, lastSeen: r.last_seen };
}

function toFollow(r: FollowRow): Follow {
  return { id: r.id, kind: r.kind, value: r.value, label: r.label, mode: r.mode, createdAt: r.created_at };
}

function toFeed(r: FeedRow): Feed {
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    siteUrl: r.site_url,
    category: r.category,
    addedAt: r.added_at,
    etag: r.etag,
    lastModified: r.last_modified,
    lastPolledAt: r.last_polled_at,
    lastSuccessAt: r.last_success_at,
    lastError: r.last_error,
    lastErrorAt: r.last_error_at,
    errorCount: r.error_count,
    nextPollAt: r.next_poll_at,
    pollIntervalS: r.poll_interval_s,
    itemsSeen: r.items_seen,
  };
}

function toStorySummary(r: StoryRow): StorySummary {
  return {
    id: r.id,
    headline: r.headline,
    articleCount: r.article_count,
    reportCount: r.report_count,
    outlets: r.outlets ? (JSON.parse(r.outlets) as string[]) : [],
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    threadId: r.thread_id,
  };
}

/**
 * The story an article that opened its own came closest to, as that story is now: one merged away is
 * found under the story it went into, and none is left when that is the article's own story.
 */
const NEAREST = `NULLIF(COALESCE((SELECT m.into_id FROM story_merges m WHERE m.from_id = a.match_nearest), a.match_nearest), a.story_id) AS match_nearest`;

/** How an article was placed, as its row keeps it. */
interface MatchRow {
  match_score: number;
  match_reason: string;
  match_ties: string;
  match_nearest: number | null;
}

function matchOf(r: MatchRow): Pick<StoredStoryArticle, 'score' | 'reason' | 'ties' | 'nearest'> {
  return { score: r.match_score, reason: r.match_reason as StoredStoryArticle['reason'], ties: JSON.parse(r.match_ties) as StoredStoryArticle['ties'], nearest: r.match_nearest };
}
