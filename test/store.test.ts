// The Store contract against the embedded SQLite store: articles land in stories with the right counts,
// re-imports add nothing, search never breaks on user input, and the data survives a restart.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { minhash } from '../src/analyze/minhash.js';
import type { NewArticle } from '../src/store/store.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { searchFileOf } from '../src/store/sqlite/search-index.js';
import { snippet } from '../src/store/snippet.js';
import { openSearchFile, searchIds } from '../src/store/sqlite/search-index.js';

const dir = mkdtempSync(join(tmpdir(), 'crosswire-store-test-'));
let fileNo = 0;
const tempDb = (): string => join(dir, `store-${++fileNo}.db`);
after(() => rmSync(dir, { recursive: true, force: true }));

let keyNo = 0;
function newArticle(over: Partial<NewArticle> & { storyId?: number | null; copyOf?: number | null } = {}): NewArticle {
  const { storyId = null, copyOf = null, ...rest } = over;
  const title = rest.title ?? 'Dockworkers extend Port Alvera strike as talks stall';
  const text =
    rest.text ??
    'Dockworkers in Port Alvera voted on Thursday to extend their walkout into a second week.\n\nMediators will meet both sides on Monday.';
  return {
    dedupeKey: `key-${++keyNo}`,
    contentHash: `hash-${keyNo}`,
    origin: `test/article-${keyNo}.txt`,
    url: `https://harbourtimes.example/a/${keyNo}`,
    title,
    text,
    byline: 'Ana Ruiz',
    published: '2026-04-03T08:30:00Z',
    outlet: { name: 'Harbour Times', domain: 'harbourtimes.example' },
    lang: 'en',
    wordCount: text.split(/\s+/u).length,
    incomplete: null,
    removed: ['Sign up to read this article'],
    features: {
      terms: { dockworker: 4, strike: 3, alvera: 2 },
      lead: { dockworker: 1, strike: 1, alvera: 1 },
      mentions: [{ key: 'port alvera', text: 'Port Alvera', count: 2, inLead: true }],
      numbers: ['9%'],
    },
    minhash: minhash(text),
    assignment: {
      storyId,
      reason: copyOf !== null ? 'copy' : storyId === null ? 'new' : 'similar',
      score: storyId === null ? 1 : 0.72,
      copyOf,
      ties: [{ feature: 'port alvera', kind: 'entity', weight: 0.5 }],
    },
    headline: title,
    ...rest,
  };
}

describe('SqliteStore: stories and counts', () => {
  let store: SqliteStore;
  before(() => {
    store = new SqliteStore(tempDb());
  });
  after(() => store.close());

  it('opens a new story for an article without a story, headed by its headline', async () => {
    const saved = await store.saveArticle(newArticle({ headline: 'Dockworkers extend Port Alvera strike as talks stall' }));
    const story = await store.getStorySummary(saved.storyId);
    assert.ok(story);
    assert.equal(story.headline, 'Dockworkers extend Port Alvera strike as talks stall');
    assert.equal(story.articleCount, 1);
    assert.equal(story.reportCount, 1);
    assert.deepEqual(story.outlets, ['Harbour Times']);
    assert.equal(story.firstSeen, '2026-04-03T08:30:00Z');
    assert.equal(story.lastSeen, '2026-04-03T08:30:00Z');
  });

  it('counts a second report joining the story, and a copy as an article but not a report', async () => {
    const first = await store.saveArticle(newArticle({ published: '2026-04-03T08:00:00Z' }));
    const second = await store.saveArticle(
      newArticle({
        storyId: first.storyId,
        title: 'Port Alvera strike enters second week',
        outlet: { name: 'Valley Courier', domain: 'valleycourier.example' },
        published: '2026-04-03T10:00:00Z',
      }),
    );
    assert.equal(second.storyId, first.storyId);
    let story = await store.getStorySummary(first.storyId);
    assert.equal(story?.articleCount, 2);
    assert.equal(story?.reportCount, 2);

    const copy = await store.saveArticle(
      newArticle({
        storyId: first.storyId,
        copyOf: first.articleId,
        outlet: { name: 'Southland Post', domain: 'southlandpost.example' },
        published: '2026-04-03T11:00:00Z',
      }),
    );
    story = await store.getStorySummary(first.storyId);
    assert.equal(story?.articleCount, 3, 'a copy is one more article');
    assert.equal(story?.reportCount, 2, 'but not one more independent report');
    assert.deepEqual(story?.outlets, ['Harbour Times', 'Southland Post', 'Valley Courier']);
    assert.equal(story?.firstSeen, '2026-04-03T08:00:00Z');
    assert.equal(story?.lastSeen, '2026-04-03T11:00:00Z');

    const articles = await store.storyArticles(first.storyId);
    assert.deepEqual(articles.map((a) => a.id), [first.articleId, second.articleId, copy.articleId]);
    assert.equal(articles[2]?.copyOf, first.articleId);
    assert.equal(articles[2]?.reason, 'copy');
    assert.deepEqual(articles[0]?.ties, [{ feature: 'port alvera', kind: 'entity', weight: 0.5 }]);
  });

  it('stores the same dedupe key only once and returns the first ids', async () => {
    const a = newArticle();
    const first = await store.saveArticle(a);
    const before = await store.stats();
    const again = await store.saveArticle({ ...a, title: 'A different title', assignment: { ...a.assignment, storyId: null } });
    assert.deepEqual(again, first);
    assert.deepEqual(await store.stats(), before);
    assert.equal(await store.findArticleByKey(a.dedupeKey), first.articleId);
    assert.equal((await store.getArticle(first.articleId))?.title, a.title);
    assert.equal(await store.findArticleByKey('no-such-key'), null);
  });

  it('saves nothing when the story to join does not exist', async () => {
    const before = await store.stats();
    await assert.rejects(store.saveArticle(newArticle({ storyId: 99_999, outlet: { name: 'Brand New Outlet', domain: null } })));
    assert.deepEqual(await store.stats(), before, 'no article, story or source left behind');
  });
});

describe('SqliteStore: listing, reading, sources', () => {
  let store: SqliteStore;
  before(() => {
    store = new SqliteStore(tempDb());
  });
  after(() => store.close());

  it('lists stories newest first by last seen, not by creation', async () => {
    const a = await store.saveArticle(newArticle({ headline: 'Story A', published: '2026-04-01T09:00:00Z' }));
    const b = await store.saveArticle(newArticle({ headline: 'Story B', published: '2026-04-03T09:00:00Z' }));
    const c = await store.saveArticle(newArticle({ headline: 'Story C', published: '2026-04-02T09:00:00Z' }));
    assert.deepEqual((await store.listStories({ limit: 10, offset: 0 })).map((s) => s.headline), ['Story B', 'Story C', 'Story A']);

    await store.saveArticle(newArticle({ storyId: a.storyId, headline: 'Story A, updated', published: '2026-04-05T09:00:00Z' }));
    const list = await store.listStories({ limit: 10, offset: 0 });
    assert.deepEqual(list.map((s) => s.id), [a.storyId, b.storyId, c.storyId]);
    assert.equal(list[0]?.headline, 'Story A, updated', 'the headline follows the latest choice');
    assert.deepEqual((await store.listStories({ limit: 1, offset: 1 })).map((s) => s.id), [b.storyId]);
  });

  it('times a story by the articles that state a time: an undated scrape neither makes an old story new nor moves it', async () => {
    const s = new SqliteStore(tempDb());
    try {
      // Opened by a scrape without a date: timed by intake, as nothing better is known yet.
      const first = await s.saveArticle(newArticle({ headline: 'Quay wall repairs', published: null }));
      const opened = await s.getStorySummary(first.storyId);
      assert.ok(opened && Date.parse(opened.lastSeen) > Date.parse('2026-11-01'), 'an undated story is as new as its intake');
      // A dated report joins: the story takes its time, from June, not the scrape's intake.
      await s.saveArticle(newArticle({ storyId: first.storyId, headline: 'Quay wall repairs', published: '2026-06-17T10:00:00Z' }));
      await s.saveArticle(newArticle({ storyId: first.storyId, headline: 'Quay wall repairs', published: '2026-06-18T06:30:00Z' }));
      // Another undated scrape joins later: the story stays in June.
      await s.saveArticle(newArticle({ storyId: first.storyId, headline: 'Quay wall repairs', published: null }));
      const story = await s.getStorySummary(first.storyId);
      assert.equal(story?.firstSeen, '2026-06-17T10:00:00Z');
      assert.equal(story?.lastSeen, '2026-06-18T06:30:00Z');
      assert.equal(story?.articleCount, 4);
    } finally {
      await s.close();
    }
  });

  it('round-trips an article: title, text, byline, published, source', async () => {
    const input = newArticle({
      title: 'Ferry “suspended” in São Miguel',
      text: 'The Island Ferry Company suspended night crossings.\n\n“Nobody was hurt,” said captain Inês Morrow.',
      byline: 'Marek Olsen, Ana Ruiz',
      published: '2026-04-03T07:15:00Z',
      outlet: { name: 'Southland Post', domain: 'southlandpost.example' },
      incomplete: null,
    });
    const { articleId, storyId } = await store.saveArticle(input);
    const a = await store.getArticle(articleId);
    assert.ok(a);
    assert.equal(a.title, input.title);
    assert.equal(a.text, input.text);
    assert.equal(a.byline, input.byline);
    assert.equal(a.published, input.published);
    assert.equal(a.url, input.url);
    assert.equal(a.origin, input.origin);
    assert.equal(a.lang, 'en');
    assert.equal(a.contentHash, input.contentHash);
    assert.equal(a.storyId, storyId);
    assert.equal(a.copyOf, null);
    assert.equal(a.source?.name, 'Southland Post');
    assert.equal(a.source?.domain, 'southlandpost.example');
    assert.ok(!Number.isNaN(Date.parse(a.ingestedAt)));
    assert.equal(await store.getArticle(987_654), null);
  });

  it('keeps an article without an outlet or date, and marks it incomplete', async () => {
    const { articleId } = await store.saveArticle(newArticle({ outlet: null, published: null, byline: null, incomplete: 'teaser only' }));
    const a = await store.getArticle(articleId);
    assert.equal(a?.source, null);
    assert.equal(a?.published, null);
    assert.equal(a?.byline, null);
    assert.equal(a?.incomplete, 'teaser only');
  });

  it('counts articles per source, one source per outlet name', async () => {
    const sources = await store.listSources();
    const names = sources.map((s) => s.name);
    assert.equal(new Set(names).size, names.length);
    const harbour = sources.find((s) => s.name === 'Harbour Times');
    assert.equal(harbour?.articles, 4);
    assert.equal(harbour?.domain, 'harbourtimes.example');
    assert.equal((await store.stats()).sources, sources.length);
  });
});

describe('SqliteStore: search', () => {
  let store: SqliteStore;
  let strikeId: number;
  let ferryId: number;
  before(async () => {
    store = new SqliteStore(tempDb());
    strikeId = (await store.saveArticle(newArticle())).articleId;
    ferryId = (
      await store.saveArticle(
        newArticle({
          title: 'Ferry crossings suspended in São Miguel',
          text: 'The Island Ferry Company suspended all night crossings after an engine fire.\n\nNobody was hurt.',
          published: '2026-04-04T08:00:00Z',
        }),
      )
    ).articleId;
  });
  after(() => store.close());

  it('finds an article by a word in its text, and marks it in the snippet', async () => {
    const hits = await store.search('walkout', 10);
    assert.deepEqual(hits.map((h) => h.articleId), [strikeId]);
    const hit = hits[0];
    assert.ok(hit?.snippet.includes('walkout'));
    assert.deepEqual(hit?.highlights.map(([a, b]) => hit.snippet.slice(a, b)), ['walkout'], 'the word is marked where it stands');
    assert.equal(hits[0]?.source, 'Harbour Times');
    assert.equal(hits[0]?.title, 'Dockworkers extend Port Alvera strike as talks stall');
  });

  it('finds an article by a word in its title, case-insensitively and without accents', async () => {
    assert.deepEqual((await store.search('ALVERA', 10)).map((h) => h.articleId), [strikeId]);
    assert.deepEqual((await store.search('sao miguel', 10)).map((h) => h.articleId), [ferryId]);
  });

  it('requires all words of a query', async () => {
    assert.deepEqual((await store.search('ferry walkout', 10)).map((h) => h.articleId), []);
    assert.deepEqual((await store.search('engine fire', 10)).map((h) => h.articleId), [ferryId]);
  });

  it('ranks a common word over its newest matches only, by relevance among them', () => {
    const index = openSearchFile(':memory:');
    try {
      const add = index.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
      // The oldest article is the most relevant (the word in its title), but lies outside a window of 3.
      add.run(1, 'Harbour strike', 'harbour');
      for (let id = 2; id <= 6; id++) add.run(id, 'Council budget', id === 5 ? 'the harbour and the harbour again' : 'a harbour');
      assert.deepEqual(searchIds(index, '"harbour"', 10, 0, 3), [5, 4, 6], 'the newest three, the densest first');
      assert.equal(searchIds(index, '"harbour"', 10, 0, 100)[0], 1, 'with a window wider than the matches, every match is ranked');
      assert.deepEqual(searchIds(index, '"harbour"', 10, 2, 3), [6], 'pages go on within the window');
    } finally {
      index.close();
    }
  });

  it('returns nothing for a query of punctuation only', async () => {
    for (const q of ['', '   ', '!!!', '"*"', '()', '-', '…']) assert.deepEqual(await store.search(q, 10), [], JSON.stringify(q));
  });

  it('never throws on FTS syntax in user input', async () => {
    for (const q of ['"', '*', 'AND (', 'NEAR', 'NEAR(ferry walkout, 2)', 'title:ferry', 'ferry OR', 'NOT ferry', '"unterminated', '^ferry', 'ferry*', "o'clock", '{ } [ ] :']) {
      const hits = await store.search(q, 10);
      assert.ok(Array.isArray(hits), JSON.stringify(q));
    }
    assert.deepEqual((await store.search('ferry*', 10)).map((h) => h.articleId), [ferryId], 'an operator character is ignored, the word still searched');
  });
});

describe('SqliteStore: match records', () => {
  it('returns features and an identical minhash signature, filtered by story last seen', async () => {
    const store = new SqliteStore(tempDb());
    try {
      const oldText = 'Late frost destroys much of the Valmora vineyard harvest, growers said on Wednesday morning.';
      const old = newArticle({ text: oldText, minhash: minhash(oldText), published: '2026-03-01T09:00:00Z' });
      const recent = newArticle({ published: '2026-04-03T09:00:00Z' });
      const savedOld = await store.saveArticle(old);
      const savedRecent = await store.saveArticle(recent);
      const copy = await store.saveArticle(newArticle({ storyId: savedRecent.storyId, copyOf: savedRecent.articleId, published: '2026-04-03T10:00:00Z' }));

      const all = await store.loadMatchRecords(null);
      assert.deepEqual(all.map((r) => r.articleId), [savedOld.articleId, savedRecent.articleId, copy.articleId]);
      const r0 = all[0];
      assert.ok(r0);
      assert.ok(r0.minhash instanceof Uint32Array);
      assert.equal(r0.minhash.length, old.minhash.length);
      assert.deepEqual([...r0.minhash], [...old.minhash]);
      assert.deepEqual(r0.features, old.features);
      assert.equal(r0.storyId, savedOld.storyId);
      assert.equal(r0.time, '2026-03-01T09:00:00Z');
      assert.equal(all[2]?.copyOf, savedRecent.articleId);

      const since = await store.loadMatchRecords('2026-04-01T00:00:00Z');
      assert.deepEqual(since.map((r) => r.articleId), [savedRecent.articleId, copy.articleId]);

      // An article that stated no date comes back with its ingestion time, marked as such.
      const undated = await store.saveArticle(newArticle({ published: null }));
      const records = await store.loadMatchRecords(null);
      assert.deepEqual(records.map((r) => r.undated), [false, false, false, true]);
      assert.equal(records.at(-1)?.articleId, undated.articleId);
      assert.ok(Math.abs(Date.parse(records.at(-1)?.time ?? '') - Date.now()) < 60_000, 'its time is when it was stored');
    } finally {
      await store.close();
    }
  });
});

describe('SqliteStore: persistence and schema', () => {
  it('keeps the data when the same file is opened again', async () => {
    const path = tempDb();
    const first = new SqliteStore(path);
    const input = newArticle({ title: 'Millbrook bridge closed after cracks found' });
    const saved = await first.saveArticle(input);
    const stats = await first.stats();
    await first.close();

    const reopened = new SqliteStore(path);
    try {
      assert.deepEqual(await reopened.stats(), stats);
      assert.equal((await reopened.getArticle(saved.articleId))?.title, 'Millbrook bridge closed after cracks found');
      assert.deepEqual((await reopened.search('millbrook', 5)).map((h) => h.articleId), [saved.articleId], 'the search index survives too');
      assert.equal(await reopened.findArticleByKey(input.dedupeKey), saved.articleId);
      const next = await reopened.saveArticle(newArticle({ storyId: saved.storyId }));
      assert.ok(next.articleId > saved.articleId);
      assert.equal((await reopened.getStorySummary(saved.storyId))?.articleCount, 2);
    } finally {
      await reopened.close();
    }
    const raw = new Database(path, { readonly: true });
    try {
      const versions = (raw.prepare('SELECT version FROM schema_version ORDER BY version').all() as Array<{ version: number }>).map((r) => r.version);
      assert.deepEqual(versions, [...new Set(versions)], 'migrations are recorded once, not re-run');
      assert.equal(versions[0], 1);
    } finally {
      raw.close();
    }
  });

  it('refuses a database from a newer Crosswire with a clear error, and leaves it untouched', async () => {
    const path = tempDb();
    const store = new SqliteStore(path);
    await store.saveArticle(newArticle());
    await store.close();
    const raw = new Database(path);
    raw.prepare('INSERT INTO schema_version (version) VALUES (?)').run(99);
    raw.close();

    assert.throws(() => new SqliteStore(path), /schema version 99 is newer.*upgrade/iu);

    const check = new Database(path, { readonly: true });
    try {
      assert.equal((check.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n, 1);
    } finally {
      check.close();
    }
  });
});

describe('SqliteStore: the story an article came closest to', () => {
  it('keeps it, follows it when it is merged into another, and drops it once it is the article’s own story', async () => {
    const store = new SqliteStore(tempDb());
    try {
      const a = await store.saveArticle(newArticle());
      const near = (over: Partial<NewArticle>, storyId: number): NewArticle => {
        const article = newArticle(over);
        return { ...article, assignment: { ...article.assignment, score: 0.09, nearest: storyId } };
      };
      const b = await store.saveArticle(near({ title: 'Alvera port strike: mediators named' }, a.storyId));
      const nearestOf = async (storyId: number, articleId: number): Promise<number | null | undefined> => (await store.storyArticles(storyId)).find((x) => x.id === articleId)?.nearest;
      assert.equal(await nearestOf(b.storyId, b.articleId), a.storyId);
      assert.equal((await store.storyArticleList(b.storyId)).find((x) => x.id === b.articleId)?.nearest, a.storyId);
      // The story it came closest to goes into a third: it now points at the third.
      const c = await store.saveArticle(newArticle({ title: 'A third strand', published: '2026-04-06T09:00:00Z' }));
      await store.mergeStories(a.storyId, c.storyId, 'Port Alvera strike', 0.25);
      assert.equal(await nearestOf(b.storyId, b.articleId), c.storyId);
      // Its own story takes that one in: it came closest to itself, which says nothing.
      await store.mergeStories(c.storyId, b.storyId, 'Port Alvera strike', 0.3);
      assert.equal(await nearestOf(b.storyId, b.articleId), null);
    } finally {
      await store.close();
    }
  });
});

describe('SqliteStore: merging stories', () => {
  it('moves every article into the surviving story, adds up the counts, and keeps the old id resolving', async () => {
    const store = new SqliteStore(tempDb());
    try {
      const a = await store.saveArticle(newArticle({ published: '2026-04-03T08:00:00Z' }));
      const b = await store.saveArticle(newArticle({ title: 'Alvera port strike: mediators named', published: '2026-04-05T09:00:00Z' }));
      await store.saveArticle(newArticle({ storyId: b.storyId, copyOf: b.articleId, published: '2026-04-05T10:00:00Z' }));
      assert.notEqual(a.storyId, b.storyId);

      await store.mergeStories(b.storyId, a.storyId, 'Port Alvera strike and the mediators', 0.3);
      const story = await store.getStorySummary(a.storyId);
      assert.equal(story?.articleCount, 3);
      assert.equal(story?.reportCount, 2);
      assert.equal(story?.headline, 'Port Alvera strike and the mediators');
      assert.equal(story?.firstSeen, '2026-04-03T08:00:00Z');
      assert.equal(story?.lastSeen, '2026-04-05T10:00:00Z');
      assert.equal(await store.getStorySummary(b.storyId), null);
      assert.equal(await store.resolveStory(b.storyId), a.storyId);
      assert.equal(await store.resolveStory(a.storyId), a.storyId);
      assert.equal(await store.resolveStory(9999), null);
      assert.equal((await store.stats()).stories, 1);
      assert.equal((await store.storyArticles(a.storyId)).length, 3);

      // A chain of merges still resolves to the survivor.
      const c = await store.saveArticle(newArticle({ title: 'A third strand', published: '2026-04-06T09:00:00Z' }));
      await store.mergeStories(a.storyId, c.storyId, 'Port Alvera strike', 0.25);
      assert.equal(await store.resolveStory(b.storyId), c.storyId);
    } finally {
      await store.close();
    }
  });

  it('never gives a merged story’s id to a new story, so its old address keeps leading to the survivor', async () => {
    const store = new SqliteStore(tempDb());
    try {
      const a = await store.saveArticle(newArticle({ published: '2026-04-03T08:00:00Z' }));
      const b = await store.saveArticle(newArticle({ title: 'Alvera port strike: mediators named', published: '2026-04-05T09:00:00Z' }));
      // The newest story goes: its id is the largest there was.
      await store.mergeStories(b.storyId, a.storyId, 'Port Alvera strike', 0.3);
      assert.deepEqual(await store.nextIds(), { article: b.articleId + 1, story: b.storyId + 1, thread: 1 });
      const c = await store.saveArticle(newArticle({ title: 'Ferry timetable changes for the summer', published: '2026-04-07T09:00:00Z' }));
      assert.equal(c.storyId, b.storyId + 1);
      assert.equal(await store.resolveStory(b.storyId), a.storyId);
      const split = await store.splitStory(a.storyId, [b.articleId], { kept: 'Port Alvera strike', moved: 'Mediators named' });
      assert.equal(split, c.storyId + 1);
    } finally {
      await store.close();
    }
  });
});

describe('SqliteStore: splitting a story', () => {
  it('moves the given articles into a new story and recounts both halves', async () => {
    const store = new SqliteStore(tempDb());
    try {
      const a = await store.saveArticle(newArticle({ published: '2026-04-03T08:00:00Z' }));
      const b = await store.saveArticle(newArticle({ storyId: a.storyId, published: '2026-04-03T09:00:00Z' }));
      const c = await store.saveArticle(newArticle({ storyId: a.storyId, title: 'Ferry crews strike at Lindholm', published: '2026-04-04T09:00:00Z' }));
      const d = await store.saveArticle(newArticle({ storyId: a.storyId, copyOf: c.articleId, published: '2026-04-04T10:00:00Z' }));
      const to = await store.splitStory(a.storyId, [c.articleId, d.articleId], { kept: 'Port Alvera strike', moved: 'Ferry crews strike at Lindholm' });
      const kept = await store.getStorySummary(a.storyId);
      const moved = await store.getStorySummary(to);
      assert.equal(kept?.articleCount, 2);
      assert.equal(kept?.reportCount, 2);
      assert.equal(kept?.lastSeen, '2026-04-03T09:00:00Z');
      assert.equal(moved?.headline, 'Ferry crews strike at Lindholm');
      assert.equal(moved?.articleCount, 2);
      assert.equal(moved?.reportCount, 1, 'the copy moved with its original');
      assert.equal(moved?.firstSeen, '2026-04-04T09:00:00Z');
      assert.deepEqual((await store.storyArticles(to)).map((x) => x.id), [c.articleId, d.articleId]);
      assert.equal(b.storyId, a.storyId);
    } finally {
      await store.close();
    }
  });
});

/** FTS5's own check of the search file, and that it holds every article once. */
function assertIndexIntact(path: string): void {
  const store = new Database(path, { readonly: true });
  const search = new Database(searchFileOf(path));
  try {
    search.exec("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
    const indexed = (search.prepare('SELECT rowid AS id FROM articles_fts ORDER BY rowid').all() as Array<{ id: number }>).map((r) => r.id);
    const articles = (store.prepare('SELECT id FROM articles ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
    assert.deepEqual(indexed, articles);
  } finally {
    search.close();
    store.close();
  }
}

describe('SqliteStore: batches', () => {
  it('makes a batch searchable when it commits, for this store and for other readers', async () => {
    const path = tempDb();
    const store = new SqliteStore(path);
    const reader = new SqliteStore(path);
    const readerHits = async (): Promise<number> => (await reader.search('millbrook', 10)).length;
    try {
      await store.beginBatch();
      const first = await store.saveArticle(newArticle({ title: 'Millbrook bridge closed after cracks found' }));
      const newOutlet = { name: 'Millbrook Gazette', domain: null };
      await assert.rejects(store.saveArticle(newArticle({ title: 'Millbrook lost article', storyId: 9999, outlet: newOutlet })), 'an article in no story fails alone');
      const second = await store.saveArticle(newArticle({ title: 'Millbrook bridge to reopen in May', outlet: newOutlet }));
      const again = await store.saveArticle(newArticle({ dedupeKey: `key-${keyNo}`, title: 'Millbrook duplicate' }));
      assert.deepEqual(again, second, 'a key already stored in the batch returns the first ids');
      assert.equal((await store.listSources()).find((s) => s.name === 'Millbrook Gazette')?.articles, 1, 'the outlet undone with the failed article is made again');
      const third = await store.saveArticle(newArticle({ title: 'Millbrook council blames the contractor' }));
      assert.deepEqual(await store.search('millbrook', 10), [], 'uncommitted articles are not searchable: the batch could still be lost');
      assert.equal(await readerHits(), 0);
      await store.commitBatch();
      assert.equal(await readerHits(), 3);
      assert.deepEqual((await store.search('millbrook', 10)).map((h) => h.articleId).sort((x, y) => x - y), [first.articleId, second.articleId, third.articleId]);
      const unbatched = await store.saveArticle(newArticle({ title: 'Millbrook ferry runs meanwhile' }));
      assert.equal(await readerHits(), 4, 'outside a batch an article is searchable once saved');
      assert.equal((await store.search('ferry', 10))[0]?.articleId, unbatched.articleId);
    } finally {
      await reader.close();
      await store.close();
    }
    assertIndexIntact(path);
  });
});

describe('SqliteStore: the search file', () => {
  it('is built afresh when it belongs to another store, or to an older copy of this one', async () => {
    const path = tempDb();
    const first = new SqliteStore(path);
    await first.saveArticle(newArticle({ title: 'Millbrook bridge closed after cracks found' }));
    const bridge = await first.saveArticle(newArticle({ title: 'Millbrook bridge to reopen in May' }));
    assert.equal((await first.search('millbrook', 10)).length, 2);
    await first.close();

    // The store restored from a copy taken before the second article: its id is given to another article.
    const restored = new Database(path);
    restored.prepare('DELETE FROM articles WHERE id = ?').run(bridge.articleId);
    restored.close();
    const again = new SqliteStore(path);
    const ferry = await again.saveArticle(newArticle({ title: 'Ferry crossings suspended', text: 'No crossings tonight.' }));
    assert.equal(ferry.articleId, bridge.articleId);
    assert.deepEqual((await again.search('reopen', 10)).map((h) => h.title), [], 'an id is never found by words of the article it used to be');
    assert.deepEqual((await again.search('ferry', 10)).map((h) => h.articleId), [ferry.articleId]);
    await again.close();

    // Another store in the same place, the old search file left beside it.
    rmSync(path);
    for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    const other = new SqliteStore(path);
    const harbour = await other.saveArticle(newArticle({ title: 'Harbour dredging starts', text: 'Dredgers arrived at dawn.' }));
    assert.deepEqual(await other.search('millbrook', 10), [], "the old store's articles are not found in the new one");
    assert.deepEqual((await other.search('dredging', 10)).map((h) => h.articleId), [harbour.articleId]);
    await other.close();
    assertIndexIntact(path);
  });

  it('is caught up by another connection to the same files (a writer thread), and never indexes an article twice', async () => {
    const path = tempDb();
    const store = new SqliteStore(path);
    const writer = new SqliteStore(path);
    await writer.beginBatch();
    for (let i = 0; i < 5; i++) await writer.saveArticle(newArticle({ title: `Millbrook bridge report ${i}` }));
    await writer.commitBatch();
    await writer.indexSearch();
    await writer.indexSearch();
    await store.indexSearch();
    assert.equal((await store.search('millbrook', 10)).length, 5);
    await writer.close();
    await store.close();
    assertIndexIntact(path);
  });
});

describe('snippet', () => {
  it('shows where the query words are densest, marked, with ellipses where text is cut', () => {
    const text = 'The council met on Monday. Nothing was decided about the bridge. Later that week, engineers said the Millbrook bridge would reopen in May once the cracks are repaired and tested.';
    assert.equal(snippet(text, 'millbrook reopen', 8), '…said the [Millbrook] bridge would [reopen] in May…');
    assert.equal(snippet('Ferry crossings suspended in São Miguel tonight', 'sao miguel', 12), 'Ferry crossings suspended in [São] [Miguel] tonight');
    assert.equal(snippet('Short text without the word', 'absent', 3), 'Short text without…', 'no match: the start of the text');
  });
});

/** A database as Crosswire wrote it up to schema version 3 (the search index filled by a trigger, features as JSON). */
function v3Database(path: string, articles: NewArticle[]): void {
  const raw = new Database(path);
  try {
    raw.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.version <= 3)) {
      raw.exec(m.sql);
      raw.prepare('INSERT INTO schema_version (version) VALUES (?)').run(m.version);
    }
    const source = raw.prepare("INSERT INTO sources (name, domain) VALUES ('Harbour Times', 'harbourtimes.example')").run().lastInsertRowid;
    for (const a of articles) {
      const time = a.published ?? '2026-04-03T08:30:00Z';
      const story = raw.prepare('INSERT INTO stories (headline, first_seen, last_seen, article_count, report_count) VALUES (?, ?, ?, 1, 1)')
        .run(a.headline, time, time).lastInsertRowid;
      raw.prepare(
        `INSERT INTO articles (dedupe_key, content_hash, origin, url, title, text, byline, published, ingested_at, source_id, lang,
           word_count, removed, story_id, match_reason, match_score, match_ties, features, minhash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        a.dedupeKey, a.contentHash, a.origin, a.url, a.title, a.text, a.byline, a.published, time, source, a.lang, a.wordCount,
        JSON.stringify(a.removed), story, a.assignment.reason, a.assignment.score, JSON.stringify(a.assignment.ties),
        JSON.stringify(a.features), Buffer.from(a.minhash.buffer),
      );
    }
  } finally {
    raw.close();
  }
}

describe('SqliteStore: a page\'s HTML and picture', () => {
  let store: SqliteStore;
  before(() => {
    store = new SqliteStore(tempDb());
  });
  after(() => store.close());

  it('keeps a page\'s HTML and lead picture, and gives them back with the article and in its story', async () => {
    const html = '<p>The <em>Island Ferry Company</em> suspended <a href="https://islandferry.example/notice" rel="nofollow noopener noreferrer">night crossings</a>.</p>\n<ul><li>Day crossings run as usual.</li></ul>';
    const image = 'https://southlandpost.example/img/ferry.jpg';
    const { articleId, storyId } = await store.saveArticle(newArticle({ html, image }));
    const a = await store.getArticle(articleId);
    assert.equal(a?.html, html);
    assert.equal(a?.image, image);
    const inStory = (await store.storyArticles(storyId)).find((s) => s.id === articleId);
    assert.equal(inStory?.html, html);
    assert.equal(inStory?.image, image);
    // Text and feed records have neither.
    const plain = await store.getArticle((await store.saveArticle(newArticle())).articleId);
    assert.equal(plain?.html, null);
    assert.equal(plain?.image, null);
  });
});

describe('SqliteStore: upgrading a store written by an earlier version', () => {
  it('still searches and reloads what a version 3 store holds, and stores new articles beside it', async () => {
    const path = tempDb();
    const old = [
      newArticle({ title: 'Millbrook bridge closed after cracks found', published: '2026-04-01T08:00:00Z' }),
      newArticle({ title: 'Ferry crossings suspended in São Miguel', published: '2026-04-02T08:00:00Z' }),
    ];
    v3Database(path, old);
    const store = new SqliteStore(path);
    try {
      const millbrook = await store.search('millbrook', 10);
      assert.deepEqual(millbrook.map((h) => h.title), ['Millbrook bridge closed after cracks found']);
      assert.equal(millbrook[0]?.source, 'Harbour Times');
      assert.deepEqual((await store.search('sao miguel', 10)).map((h) => h.title), ['Ferry crossings suspended in São Miguel']);
      const records = await store.loadMatchRecords(null);
      assert.deepEqual(records.map((r) => r.features), old.map((a) => a.features));
      assert.deepEqual(records.map((r) => [...r.minhash]), old.map((a) => [...a.minhash]));
      assert.equal(await store.findArticleByKey(old[0]?.dedupeKey ?? ''), records[0]?.articleId);
      const before = await store.getArticle(records[0]?.articleId ?? 0);
      assert.deepEqual([before?.title, before?.html, before?.image], ['Millbrook bridge closed after cracks found', null, null], 'an article stored before pages kept HTML has none');

      await store.beginBatch();
      const added = await store.saveArticle(newArticle({ title: 'Millbrook bridge to reopen in May', storyId: records[0]?.storyId ?? null }));
      await store.commitBatch();
      assert.deepEqual((await store.search('millbrook', 10)).map((h) => h.articleId).sort((x, y) => x - y), [records[0]?.articleId, added.articleId]);
      assert.deepEqual((await store.loadMatchRecords(null)).map((r) => r.features), [...old, newArticle()].map((a) => a.features));
      assert.equal((await store.getStorySummary(added.storyId))?.articleCount, 2);
    } finally {
      await store.close();
    }
    assertIndexIntact(path);
  });
});
