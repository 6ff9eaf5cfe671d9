// `crosswire poll` and `crosswire fetch` as a user runs them, against servers started here on 127.0.0.1:
// a round killed half-way and run again stores every item exactly once; a page outside the address
// policy is refused before any request.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { ROOT, tempDir } from './support/helpers.js';

interface Run {
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  kill: () => void;
}

/** `crosswire --db DB ARGS` from source, without blocking this process (the servers here must answer it). */
function run(db: string, ...args: string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'support', 'cli-entry.ts'), '--db', db, ...args], {
    cwd: ROOT,
    env: { ...process.env, CROSSWIRE_DB: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { done, kill: () => child.kill('SIGKILL') };
}

async function listen(t: { after(fn: () => unknown): void }, server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return (server.address() as AddressInfo).port;
}

const PLACES = ['Port Alvera', 'Tindvik', 'Lindholm', 'Skerra', 'Millbrook', 'Southland', 'Northwind', 'Coldwater'];
const TOPICS = ['ferry timetable', 'harbour dues', 'fishing quota', 'bridge repairs', 'school roof', 'lifeboat crew', 'wind farm', 'ice warning'];

/** A feed of n items, each its own report: distinct places, topics, numbers and dates. */
function bigFeed(n: number, base = 'https://harbourtimes.example'): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    const place = PLACES[i % PLACES.length] as string;
    const topic = TOPICS[Math.floor(i / PLACES.length) % TOPICS.length] as string;
    const text = `Officials in ${place} said on day ${i} that the ${topic} would change after a meeting with ${i + 3} residents, who asked for ${i * 7 + 11} new places and a vote before ${1990 + (i % 30)}.`;
    items.push(`<item><title>${place}: ${topic} number ${i}</title><link>${base}/n/${i}</link><guid isPermaLink="false">item-${i}</guid><pubDate>${new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toUTCString()}</pubDate><description>${text}</description></item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Times</title><link>https://harbourtimes.example/</link>${items.join('')}</channel></rss>`;
}

const articleCount = (db: string): number => {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (conn.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    conn.close();
  }
};

test('a poll of 1,000 items killed half-way (SIGKILL) and run again ends with exactly the 1,000 items', { timeout: 180_000 }, async (t) => {
  // The items' pages are on the same server (a 404 each): the poll tries them, as it does for items that
  // carry only a summary, without leaving this machine.
  let feed = '';
  // Each page answers after a few milliseconds, so that the round lasts seconds on any machine and is
  // killed while it runs.
  const port = await listen(t, createServer((req, res) => {
    if (req.url === '/feed.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
    else setTimeout(() => res.writeHead(404).end(), 5);
  }));
  feed = bigFeed(1000, `http://127.0.0.1:${port}`);
  const db = join(tempDir(t), 'kill.db');
  const added = await run(db, 'sources', 'add', '--allow-private', `http://127.0.0.1:${port}/feed.xml`).done;
  assert.equal(added.code, 0, added.stderr);

  const first = run(db, 'poll', '--allow-private');
  // Kill it once some, but not all, items are stored.
  let seen = 0;
  for (let i = 0; i < 2400 && seen < 50; i++) {
    await new Promise((r) => setTimeout(r, 50));
    try {
      seen = articleCount(db);
    } catch {
      seen = 0;
    }
  }
  first.kill();
  const killed = await first.done;
  assert.equal(killed.signal, 'SIGKILL');
  const partial = articleCount(db);
  assert.ok(partial > 0 && partial < 1000, `killed after ${partial} items`);

  const second = await run(db, 'poll', '--allow-private').done;
  assert.equal(second.code, 0, second.stderr);
  assert.equal(articleCount(db), 1000);
  const third = await run(db, 'poll', '--allow-private').done;
  assert.match(third.stdout, /no feed is due/u);
  assert.equal(articleCount(db), 1000);
});

test('crosswire fetch stores one page; without --allow-private a page on this machine is refused and never requested', async (t) => {
  let hits = 0;
  const page = `<!doctype html><html><head><title>Pilots end strike | Harbour Times</title></head><body><article><h1>Pilots end strike</h1>${[
    'The harbour authority in Port Alvera agreed on Friday to hire six more pilots before winter, ending a strike that had kept ships waiting offshore for two weeks.',
    'Shipping lines had diverted eleven vessels to Tindvik during the walkout, according to figures released by the port on Thursday evening.',
  ].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const port = await listen(t, createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  }));
  const db = join(tempDir(t), 'fetch.db');
  const refused = await run(db, 'fetch', `http://127.0.0.1:${port}/pilots`).done;
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /refused-address/u);
  assert.equal(hits, 0);
  const stored = await run(db, 'fetch', '--allow-private', `http://127.0.0.1:${port}/pilots`).done;
  assert.equal(stored.code, 0, stored.stderr);
  assert.match(stored.stdout, /stored: article 1 in story/u);
  assert.equal(hits, 1);
});

test("crosswire sources add finds a site's feed: the one its home page announces, else a usual address; a site without one is an error", async (t) => {
  const small = bigFeed(2);
  const routes: Record<string, { type: string; body: string }> = {
    '/': { type: 'text/html', body: '<html><head><link rel="alternate" type="application/rss+xml" title="News" href="/news.rss"></head><body>Harbour Times</body></html>' },
    '/news.rss': { type: 'application/rss+xml', body: small },
    '/plain/': { type: 'text/html', body: '<html><body>No feed announced here</body></html>' },
  };
  const withFeedPath = await listen(t, createServer((req, res) => {
    const r = req.url === '/feed' ? { type: 'application/rss+xml', body: small } : routes[req.url ?? ''];
    if (r) res.writeHead(200, { 'content-type': r.type }).end(r.body);
    else res.writeHead(404).end();
  }));
  const bare = await listen(t, createServer((req, res) => (req.url === '/' ? res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Just a page</p>') : res.writeHead(404).end())));
  const db = join(tempDir(t), 'add.db');
  const announced = await run(db, 'sources', 'add', '--allow-private', `http://127.0.0.1:${withFeedPath}/`).done;
  assert.equal(announced.code, 0, announced.stderr);
  assert.match(announced.stdout, new RegExp(`its feed is http://127\\.0\\.0\\.1:${withFeedPath}/news\\.rss`, 'u'));
  const usual = await run(db, 'sources', 'add', '--allow-private', `http://127.0.0.1:${withFeedPath}/plain/`).done;
  assert.match(usual.stdout, new RegExp(`its feed is http://127\\.0\\.0\\.1:${withFeedPath}/feed\\b`, 'u'));
  const none = await run(db, 'sources', 'add', '--allow-private', `http://127.0.0.1:${bare}/`).done;
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no feed found/u);
  const list = await run(db, 'sources', 'list', '--json').done;
  assert.deepEqual((JSON.parse(list.stdout) as Array<{ url: string; title: string }>).map((f) => f.title), ['Harbour Times', 'Harbour Times']);
});
