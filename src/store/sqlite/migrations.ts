// Versioned schema. A migration is never edited once released: add a new one.
export const MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        domain TEXT
      );
      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        headline TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        article_count INTEGER NOT NULL DEFAULT 0,
        report_count INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX stories_last_seen ON stories(last_seen DESC, id DESC);
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        dedupe_key TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        origin TEXT NOT NULL,
        url TEXT,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        byline TEXT,
        published TEXT,
        ingested_at TEXT NOT NULL,
        source_id INTEGER REFERENCES sources(id),
        lang TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        incomplete TEXT,
        removed TEXT NOT NULL DEFAULT '[]',
        story_id INTEGER NOT NULL REFERENCES stories(id),
        copy_of INTEGER REFERENCES articles(id),
        match_reason TEXT NOT NULL,
        match_score REAL NOT NULL,
        match_ties TEXT NOT NULL DEFAULT '[]',
        features TEXT NOT NULL,
        minhash BLOB NOT NULL
      );
      CREATE INDEX articles_story ON articles(story_id);
      CREATE INDEX articles_content_hash ON articles(content_hash);
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
      END;
    `,
  },
  {
    version: 2,
    sql: `
      -- Stories found later to be one: the old id keeps resolving to the surviving story.
      CREATE TABLE story_merges (
        from_id INTEGER PRIMARY KEY,
        into_id INTEGER NOT NULL,
        score REAL NOT NULL,
        merged_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    sql: `
      -- Threads: stories about one ongoing matter, weeks or months apart.
      CREATE TABLE threads (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      ALTER TABLE stories ADD COLUMN thread_id INTEGER REFERENCES threads(id);
      -- The story's compact signature (JSON), so the thread index survives a restart.
      ALTER TABLE stories ADD COLUMN thread_signature TEXT;
      CREATE INDEX stories_thread ON stories(thread_id);
    `,
  },
  {
    version: 4,
    sql: `
      -- The store writes an article's search index entry itself: inside a batch it writes them all at the
      -- commit, because FTS5 flushes its pending entries at every savepoint, and the trigger (run in the
      -- article's savepoint) made each article a segment of its own to be merged again.
      DROP TRIGGER articles_fts_insert;
      -- Nothing looks articles up by content hash (the dedupe key holds it), and an index of random hashes
      -- rewrote a scattered page for nearly every article of a batch.
      DROP INDEX articles_content_hash;
    `,
  },
  {
    version: 5,
    sql: `
      -- The search index moves to a file of its own (search-index.ts), written off the ingest path. It is
      -- derived data: the new file is built from the articles on first use.
      DROP TRIGGER articles_fts_delete;
      DROP TRIGGER articles_fts_update;
      DROP TABLE articles_fts;
      -- Names this store, so that a search file is never taken for another store's.
      CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO store_meta (key, value) VALUES ('store_id', lower(hex(randomblob(16))));
    `,
  },
  {
    version: 6,
    sql: `
      -- The article as a page showed it: its sanitized HTML for display, and its lead picture's address.
      -- Articles stored before have neither (NULL), as text and feed records never do.
      ALTER TABLE articles ADD COLUMN html TEXT;
      ALTER TABLE articles ADD COLUMN image TEXT;
    `,
  },
  {
    version: 7,
    sql: `
      -- Subscriptions: the feeds to poll, with their polling state, so that a restart resumes where it
      -- stopped (conditional-request validators, the next poll) and every failure stays visible on its feed.
      -- Not to be confused with "sources", the outlets that articles name.
      CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        site_url TEXT,
        category TEXT,
        added_at TEXT NOT NULL,
        etag TEXT,
        last_modified TEXT,
        last_polled_at TEXT,
        last_success_at TEXT,
        last_error TEXT,
        last_error_at TEXT,
        error_count INTEGER NOT NULL DEFAULT 0,
        next_poll_at TEXT,
        poll_interval_s INTEGER,
        items_seen INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX feeds_next_poll ON feeds(next_poll_at);
      -- The items a feed has shown, each under every key it is known by (its guid, its address), so that
      -- an item is recognised on a later poll even when its address or its guid changed.
      CREATE TABLE feed_items (
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        url TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed_id, item_key)
      ) WITHOUT ROWID;
      CREATE INDEX feed_items_url ON feed_items(feed_id, url);
    `,
  },
  {
    version: 8,
    // A feed item stored by a poll that was killed before it remembered the item is found again by its
    // origin ("<feed>#<guid>"), whatever its text became since.
    sql: `CREATE INDEX articles_origin ON articles(origin);`,
  },
  {
    version: 9,
    // What each article says, fact by fact (entities, quotes, figures), as JSON. `version` is the version
    // of the fact finders that wrote it: a store written by older finders is brought up to date lazily.
    sql: `CREATE TABLE article_facts (
      article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      version INTEGER NOT NULL,
      facts TEXT NOT NULL
    );`,
  },
  {
    version: 10,
    sql: `
      -- A story's facts compared across its reports (StoryFacts, JSON) and its card for lists (a one-line
      -- summary, key people and places), with the finders' version and the article count they were found
      -- over. Derived data: any article joining, leaving or changing its copy status drops them (triggers
      -- below), and they are found again on the next reading or by the server's background pass.
      CREATE TABLE story_facts (
        story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        article_count INTEGER NOT NULL,
        facts TEXT NOT NULL,
        card TEXT NOT NULL
      );
      -- The people, organisations and places each story names, to find a person's stories without reading
      -- every story's facts.
      CREATE TABLE story_entities (
        story_id INTEGER NOT NULL,
        type TEXT NOT NULL,
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        reports INTEGER NOT NULL,
        PRIMARY KEY (story_id, type, key)
      ) WITHOUT ROWID;
      CREATE INDEX story_entities_entity ON story_entities(type, key);
      CREATE TRIGGER story_facts_article_in AFTER INSERT ON articles BEGIN
        DELETE FROM story_facts WHERE story_id = NEW.story_id;
        DELETE FROM story_entities WHERE story_id = NEW.story_id;
      END;
      CREATE TRIGGER story_facts_article_moved AFTER UPDATE OF story_id, copy_of ON articles BEGIN
        DELETE FROM story_facts WHERE story_id IN (OLD.story_id, NEW.story_id);
        DELETE FROM story_entities WHERE story_id IN (OLD.story_id, NEW.story_id);
      END;
      -- The reader's follows and mutes: people, organisations and places (value "type:key"), topics (a
      -- word or phrase) and outlets (their name).
      CREATE TABLE follows (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('entity', 'topic', 'outlet')),
        value TEXT NOT NULL,
        label TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('follow', 'mute')),
        created_at TEXT NOT NULL,
        UNIQUE (kind, value)
      );
      CREATE INDEX articles_source ON articles(source_id);
    `,
  },
  {
    version: 11,
    // What ties a story's reports is kept with its facts, so that its page need not read every article's
    // features. Kept facts are derived data: those kept before are dropped, to be found again with ties.
    sql: `
      DELETE FROM story_facts;
      DELETE FROM story_entities;
      ALTER TABLE story_facts ADD COLUMN ties TEXT NOT NULL DEFAULT '[]';
      -- A follow's id is never given again once removed: a page still showing the old Unfollow button
      -- must not remove whatever was followed since under the same number.
      CREATE TABLE follows_kept (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('entity', 'topic', 'outlet')),
        value TEXT NOT NULL,
        label TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('follow', 'mute')),
        created_at TEXT NOT NULL,
        UNIQUE (kind, value)
      );
      INSERT INTO follows_kept SELECT id, kind, value, label, mode, created_at FROM follows;
      DROP TABLE follows;
      ALTER TABLE follows_kept RENAME TO follows;
    `,
  },
  {
    version: 12,
    // A subscription's id is never given again once removed either: "crosswire unsubscribe 7" run twice
    // (a retried script, an old page) must not remove the feed subscribed since under the same number.
    // The items table is rebuilt with it, as dropping the old feeds table would delete its rows.
    sql: `
      CREATE TABLE feeds_kept (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        url TEXT NOT NULL UNIQUE,
        title TEXT,
        site_url TEXT,
        category TEXT,
        added_at TEXT NOT NULL,
        etag TEXT,
        last_modified TEXT,
        last_polled_at TEXT,
        last_success_at TEXT,
        last_error TEXT,
        last_error_at TEXT,
        error_count INTEGER NOT NULL DEFAULT 0,
        next_poll_at TEXT,
        poll_interval_s INTEGER,
        items_seen INTEGER NOT NULL DEFAULT 0
      );
      INSERT INTO feeds_kept SELECT id, url, title, site_url, category, added_at, etag, last_modified, last_polled_at,
        last_success_at, last_error, last_error_at, error_count, next_poll_at, poll_interval_s, items_seen FROM feeds;
      CREATE TABLE feed_items_kept (
        feed_id INTEGER NOT NULL REFERENCES feeds_kept(id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        url TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed_id, item_key)
      ) WITHOUT ROWID;
      -- Only rows the foreign keys allow: a store edited by hand with them off may hold others.
      INSERT INTO feed_items_kept
        SELECT i.feed_id, i.item_key, i.url, (SELECT a.id FROM articles a WHERE a.id = i.article_id), i.seen_at
        FROM feed_items i WHERE i.feed_id IN (SELECT id FROM feeds_kept);
      DROP TABLE feed_items;
      DROP TABLE feeds;
      ALTER TABLE feeds_kept RENAME TO feeds;
      ALTER TABLE feed_items_kept RENAME TO feed_items;
      CREATE INDEX feeds_next_poll ON feeds(next_poll_at);
      CREATE INDEX feed_items_url ON feed_items(feed_id, url);
    `,
  },
  {
    // An article that opened a story keeps the most similar story it fell short of, for --why.
    version: 13,
    sql: `ALTER TABLE articles ADD COLUMN match_nearest INTEGER;`,
  },
];
