// The reader: the story list, a story's coverage with copies under their originals, the JSON API, and
// safe output (escaping, security headers) whatever the ingested pages contained.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { minhash } from '../src/analyze/minhash.js';
import { createApp } from '../src/server/app.js';
import type { NewArticle, SavedArticle } from '../src/store/store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const XSS = '<script>alert(1)</script>';

let keyNo = 0;
function newArticle(o: {
  title: string;
  headline?: string;
  text?: string;
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
  storyId?: number | null;
  copyOf?: number | null;
}): NewArticle {
  const text = o.text ?? 'Dockworkers in Port Alvera extended their walkout.\n\nBut a deal remains distant.';
  const storyId = o.storyId ?? null;
  const copyOf = o.copyOf ?? null;
  return {
    dedupeKey: `server-${++keyNo}`,
    contentHash: `hash-${keyNo}`,
    origin: `test/server-${keyNo}.html`,
    url: o.url === undefined ? `https://outlet.example/${keyNo}` : o.url,
    title: o.title,
    text,
    byline: 'Ana Ruiz',
    published: o.published === undefined ? '2026-04-03T08:30:00Z' : o.published,
    outlet: o.outlet === null ? null : { name: o.outlet ?? 'Harbour Times', domain: null },
    lang: 'en',
    wordCount: 12,
    incomplete: null,
    removed: [],
    features: {
      terms: { dockworker: 3, strike: 2 },
      lead: { dockworker: 1, strike: 1 },
      mentions: [{ key: 'port alvera', text: 'Port Alvera', count: 1, inLead: true }],
      numbers: [],
    },
    minhash: minhash(text),
    assignment: { storyId, reason: copyOf !== null ? 'copy' : storyId === null ? 'new' : 'similar', score: 0.8, copyOf, ties: [] },
    headline: o.headline ?? o.title,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'crosswire-server-test-'));
const store = new SqliteStore(join(dir, 'server.db'));
const app = createApp(store);
let strike: SavedArticle;
let copy: SavedArticle;
let second: SavedArticle;
let evil: SavedArticle;

before(async () => {
  strike = await store.saveArticle(
    newArticle({ title: 'Dockworkers extend Port Alvera strike', outlet: 'Harbour Times', published: '2026-04-03T08:30:00Z' }),
  );
  copy = await store.saveArticle(
    newArticle({
      title: 'Port Alvera dockworkers extend strike (wire copy)',
      headline: 'Dockworkers extend Port Alvera strike',
      outlet: 'Southland Post',
      published: '2026-04-03T09:30:00Z',
      storyId: strike.storyId,
      copyOf: strike.articleId,
    }),
  );
  second = await store.saveArticle(
    newArticle({
      title: 'Port Alvera strike enters second week',
      headline: 'Dockworkers extend Port Alvera strike',
      outlet: 'Valley Courier',
      published: '2026-04-03T10:30:00Z',
      storyId: strike.storyId,
    }),
  );
  evil = await store.saveArticle(
    newArticle({
      title: `Ferry fire ${XSS}`,
      text: `The Island Ferry Company suspended crossings. ${XSS}\n\n<img src=x onerror=alert(2)> was in the page.`,
      outlet: `Evil <b>Outlet</b>`,
      published: '2026-04-04T08:00:00Z',
      url: 'javascript:alert(3)',
    }),
  );
  await store.saveArticle(
    newArticle({
      title: 'Ferry crossings to resume on Friday',
      headline: `Ferry fire ${XSS}`,
      text: '“We will sail again on Friday <img src=x onerror=alert(5)>,” said captain Ivo Brandt.\n\nThe Island Ferry Company said 420 passengers <script>alert(6)</script> had been stranded overnight on the island.',
      outlet: 'Island Courier',
      published: '2026-04-04T09:00:00Z',
      storyId: evil.storyId,
    }),
  );
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string): Promise<{ status: number; body: string; headers: Headers }> {
  const res = await app.request(path);
  return { status: res.status, body: await res.text(), headers: res.headers };
}

describe('home page', () => {
  it('lists story headlines with their counts and outlets, newest first', async () => {
    const { status, body, headers } = await get('/');
    assert.equal(status, 200);
    assert.match(headers.get('content-type') ?? '', /text\/html/u);
    const { document } = parseHTML(body);
    const links = [...document.querySelectorAll('ol.stories li h2 a')].map((a) => [a.getAttribute('href'), a.textContent]);
    assert.deepEqual(links, [
      [`/story/${evil.storyId}`, `Ferry fire ${XSS}`],
      [`/story/${strike.storyId}`, 'Dockworkers extend Port Alvera strike'],
    ]);
    const card = [...document.querySelectorAll('ol.stories > li')].find((li) => li.querySelector(`a[href="/story/${strike.storyId}"]`));
    assert.match(card?.textContent ?? '', /3 outlets · 2 independent reports · 1 copy/u);
  });

  it('tells a new user how to add stories when there are none', async () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'crosswire-server-empty-'));
    const empty = new SqliteStore(join(dir2, 'empty.db'));
    try {
      const res = await createApp(empty).request('/');
      assert.equal(res.status, 200);
      assert.match(await res.text(), /No stories yet/u);
    } finally {
      await empty.close();
      rmSync(dir2, { recursive: true, force: true });
    }
  });
});

describe('for you', () => {
  it('when empty, offers the people and places in the news to follow, and following one fills it', async () => {
    const { document } = parseHTML((await get('/for-you')).body);
    assert.equal(document.querySelectorAll('ol.stories > li').length, 0);
    const follow = [...document.querySelectorAll('ul.coverage form[action="/following"]')].find(
      (f) => f.querySelector('input[name=mode]')?.getAttribute('value') === 'follow',
    );
    assert.ok(follow, 'a Follow button for someone in the news');
    const data = new URLSearchParams();
    for (const input of follow.querySelectorAll('input')) data.set(input.getAttribute('name') ?? '', input.getAttribute('value') ?? '');
    const res = await app.request('/following', { method: 'POST', body: data, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    try {
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), '/for-you', 'back to For you');
      const after = parseHTML((await get('/for-you')).body).document;
      assert.ok(after.querySelectorAll('ol.stories > li').length >= 1, 'their stories are now listed');
    } finally {
      for (const f of await store.listFollows()) await store.removeFollow(f.id);
    }
  });
});

describe('following forms', () => {
  it('send the reader back only to a page of this site, never to another one', async () => {
    const cases: Array<[string, string]> = [
      ['/search?q=ferry%20fire', '/search?q=ferry%20fire'],
      ['//evil.example/', '/following'],
      ['/\t/evil.example/', '/following'],
      ['/\n/evil.example/', '/following'],
      ['/\\evil.example/', '/following'],
      ['https://evil.example/', '/following'],
      ['javascript:alert(1)', '/following'],
    ];
    try {
      for (const [back, expected] of cases) {
        const body = new URLSearchParams({ kind: 'topic', value: 'ferry', mode: 'follow', back });
        const res = await app.request('/following', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
        assert.equal(res.status, 303, JSON.stringify(back));
        assert.equal(res.headers.get('location')?.replace(/\?done=.*$/u, ''), expected, JSON.stringify(back));
      }
    } finally {
      for (const f of await store.listFollows()) await store.removeFollow(f.id);
    }
  });
});

describe('story page', () => {
  it('shows the headline and every article of the story', async () => {
    const { status, body } = await get(`/story/${strike.storyId}`);
    assert.equal(status, 200);
    const { document } = parseHTML(body);
    assert.equal(document.querySelector('h1')?.textContent, 'Dockworkers extend Port Alvera strike');
    for (const id of [strike.articleId, copy.articleId, second.articleId]) {
      assert.ok(document.querySelector(`a[href="/article/${id}"]`), `article ${id} is linked`);
    }
    assert.match(document.querySelector('p.meta')?.textContent ?? '', /3 articles · 2 independent reports · 3 outlets/u);
  });

  it('folds a copy under its original, and lists originals at the top level with their outlets', async () => {
    const { document } = parseHTML((await get(`/story/${strike.storyId}`)).body);
    const originals = [...document.querySelectorAll('#coverage ul.coverage > li')];
    assert.deepEqual(
      originals.map((li) => [li.querySelector('.outlet')?.textContent, li.querySelector(':scope > div > a')?.getAttribute('href')]),
      [
        ['Harbour Times', `/article/${strike.articleId}`],
        ['Valley Courier', `/article/${second.articleId}`],
      ],
    );
    const folded = originals[0]?.querySelector('details.copies');
    assert.match(folded?.querySelector('summary')?.textContent ?? '', /Republished once: Southland Post/u);
    assert.ok(folded?.querySelector(`a[href="/article/${copy.articleId}"]`), 'the copy is linked inside its original');
    assert.equal(originals[1]?.querySelector('details.copies'), null, 'an independent report has no copies');
  });

  it('shows what ties the story together', async () => {
    const { document } = parseHTML((await get(`/story/${strike.storyId}`)).body);
    const tags = [...document.querySelectorAll('#ties li')].map((li) => li.textContent);
    assert.ok(tags.includes('Port Alvera'), `tags: ${tags.join(', ')}`);
  });

  it('answers 404 for a story that does not exist or a malformed id', async () => {
    for (const path of ['/story/999', '/story/0', '/story/abc', '/story/-1', '/no/such/page']) {
      const { status, body } = await get(path);
      assert.equal(status, 404, path);
      assert.match(body, /not found|no such story/iu, path);
    }
  });
});

describe('article page', () => {
  it('shows the title, source, byline and each paragraph', async () => {
    const { status, body } = await get(`/article/${strike.articleId}`);
    assert.equal(status, 200);
    const { document } = parseHTML(body);
    assert.equal(document.querySelector('article h1')?.textContent, 'Dockworkers extend Port Alvera strike');
    const paras = [...document.querySelectorAll('article p')].map((p) => p.textContent);
    assert.ok(paras.includes('Dockworkers in Port Alvera extended their walkout.'));
    assert.ok(paras.includes('But a deal remains distant.'));
    assert.match(document.querySelector('p.meta')?.textContent ?? '', /Harbour Times · Ana Ruiz · 2026-04-03 08:30/u);
    assert.equal(document.querySelector(`a[href="/story/${strike.storyId}"]`)?.textContent, '← The story');
  });

  it('answers 404 for an unknown article', async () => {
    assert.equal((await get('/article/424242')).status, 404);
  });
});

describe('JSON API', () => {
  it('/api/stories returns the story list as JSON', async () => {
    const res = await app.request('/api/stories');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/json/u);
    const data = (await res.json()) as { stories: Array<{ id: number; headline: string; articleCount: number; reportCount: number }> };
    const s = data.stories.find((x) => x.id === strike.storyId);
    assert.equal(s?.headline, 'Dockworkers extend Port Alvera strike');
    assert.equal(s?.articleCount, 3);
    assert.equal(s?.reportCount, 2);
    assert.equal(data.stories.length, 2);
  });

  it('/api/stories pages by cursor, and rejects a bad limit or cursor', async () => {
    const first = (await (await app.request('/api/stories?order=latest&limit=1')).json()) as { stories: Array<{ id: number }>; next: string | null };
    assert.deepEqual(first.stories.map((s) => s.id), [evil.storyId]);
    assert.ok(first.next);
    const second = (await (await app.request(`/api/stories?order=latest&limit=1&cursor=${first.next}`)).json()) as { stories: Array<{ id: number }>; next: string | null };
    assert.deepEqual(second.stories.map((s) => s.id), [strike.storyId]);
    assert.equal(second.next, null);
    for (const [path, message] of [['/api/stories?limit=0', /limit/u], ['/api/stories?limit=abc', /limit/u], ['/api/stories?cursor=nonsense', /cursor/u], ['/api/stories?order=best', /order/u]] as const) {
      const bad = await app.request(path);
      assert.equal(bad.status, 400, path);
      assert.match(((await bad.json()) as { error: string }).error, message, path);
    }
  });

  it('/api/stories/:id returns the story with its articles and copies', async () => {
    const res = await app.request(`/api/stories/${strike.storyId}`);
    assert.equal(res.status, 200);
    const story = (await res.json()) as { headline: string; articles: Array<{ id: number; copyOf: number | null; source: string | null }> };
    assert.equal(story.headline, 'Dockworkers extend Port Alvera strike');
    assert.deepEqual(
      story.articles.map((a) => [a.id, a.copyOf, a.source]),
      [
        [strike.articleId, null, 'Harbour Times'],
        [copy.articleId, strike.articleId, 'Southland Post'],
        [second.articleId, null, 'Valley Courier'],
      ],
    );
  });

  it('/api/stories/abc gives 400 with an error message, an unknown id 404', async () => {
    const bad = await app.request('/api/stories/abc');
    assert.equal(bad.status, 400);
    const err = (await bad.json()) as { error?: unknown };
    assert.equal(typeof err.error, 'string');
    assert.match(String(err.error), /positive integer/u);

    const missing = await app.request('/api/stories/999');
    assert.equal(missing.status, 404);
    assert.match(((await missing.json()) as { error: string }).error, /999/u);
  });
});

describe('story facts', () => {
  it('shows the cited summary, the figures and who said what, every value escaped', async () => {
    const { status, body } = await get(`/story/${evil.storyId}`);
    assert.equal(status, 200);
    const { document } = parseHTML(body);
    const summary = [...document.querySelectorAll('ol.summary li')].map((li) => li.textContent ?? '');
    assert.ok(summary.length >= 1, 'a summary');
    assert.ok(summary.every((s) => /\[[^\]]+\]$/u.test(s.trim())), `each sentence cites its outlets: ${summary.join(' | ')}`);
    const figures = document.querySelector('table.matrix')?.textContent ?? '';
    assert.match(figures, /420/u);
    assert.match(figures, /Island Courier/u);
    const statements = document.querySelector('ul.statements')?.textContent ?? '';
    assert.match(statements, /Ivo Brandt/u);
    assert.match(statements, /<img src=x onerror=alert\(5\)>/u, 'the quotation is shown as the text it is');
    assert.equal(document.querySelectorAll('img, script:not([src^="/static/reader."])').length, 0, 'no element but the reader\'s own script');
  });

  it('carries the facts whole in the story JSON', async () => {
    const res = await app.request(`/api/stories/${evil.storyId}`);
    const json = (await res.json()) as { facts: { summary: unknown[]; claims: Array<{ status: string }>; quotes: Array<{ speaker: string }>; tally: Record<string, number> } };
    assert.ok(json.facts.summary.length >= 1);
    assert.ok(json.facts.quotes.some((q) => q.speaker === 'Ivo Brandt'));
    assert.equal(json.facts.tally.conflict, 0);
  });
});

describe('search page', () => {
  it('finds an article and links to it', async () => {
    const { status, body } = await get('/search?q=walkout');
    assert.equal(status, 200);
    const { document } = parseHTML(body);
    const hrefs = [...document.querySelectorAll('ol.stories a')].map((a) => a.getAttribute('href'));
    assert.ok(hrefs.includes(`/article/${strike.articleId}`));
    assert.ok(!hrefs.includes(`/article/${evil.articleId}`));
  });

  it('does not break on FTS syntax in the query', async () => {
    for (const q of ['"', '*', 'AND (', 'NEAR']) {
      const { status } = await get(`/search?q=${encodeURIComponent(q)}`);
      assert.equal(status, 200, q);
    }
  });
});

describe('safe output', () => {
  const pages = (): string[] => ['/', `/story/${evil.storyId}`, `/article/${evil.articleId}`, `/search?q=${encodeURIComponent('ferry')}`, `/search?q=${encodeURIComponent(XSS)}`];

  it('escapes a title containing <script> on every page', async () => {
    for (const path of pages()) {
      const { body } = await get(path);
      assert.ok(!body.includes('<script>'), `raw <script> in ${path}`);
      assert.ok(!body.includes('<img src=x'), `raw <img> in ${path}`);
      assert.ok(!body.includes('<b>Outlet</b>'), `raw outlet markup in ${path}`);
    }
    const { body } = await get('/');
    assert.ok(body.includes('Ferry fire &lt;script&gt;alert(1)&lt;/script&gt;'), 'the title is shown as text');
    const { document } = parseHTML((await get(`/article/${evil.articleId}`)).body);
    assert.equal(document.querySelector('article h1')?.textContent, `Ferry fire ${XSS}`, 'the reader sees the literal title');
    assert.deepEqual([...document.querySelectorAll('script')].map((x) => x.getAttribute('src')?.replace(/\.[0-9a-f]+\.js$/u, '')), ['/static/reader'], 'only the reader\'s own script');
  });

  it('sends a Content-Security-Policy and nosniff on pages, errors and JSON', async () => {
    for (const path of ['/', `/story/${strike.storyId}`, '/story/999', '/api/stories', '/api/stories/abc']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/u, path);
      assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/u, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    }
  });

  it(
    'links to the original only when its URL is http(s)',
    async () => {
      const { document } = parseHTML((await get(`/article/${evil.articleId}`)).body);
      for (const a of document.querySelectorAll('a')) {
        assert.doesNotMatch(a.getAttribute('href') ?? '', /^\s*javascript:/iu);
      }
    },
  );
});
