// `npm run bench -- poll [--feeds 50] [--items 200]`: one polling round over feeds served on 127.0.0.1 by
// this process, every item new: fetch, parse, extract, analyze, match and store. Prints items per second.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pipeline } from '../src/pipeline.js';
import { pollDue } from '../src/poller.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { newsStream } from './corpus.js';
import { numberOption } from './options.js';


const escapeXml = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** RSS documents of `items` items each, the synthetic news stream's articles as full text. */
function feeds(count: number, items: number, base: string): string[] {
  const stream = newsStream({ articles: count * items, days: 30 });
  const out: string[] = [];
  for (let f = 0; f < count; f++) {
    const entries: string[] = [];
    for (let i = 0; i < items; i++) {
      const r = stream.next().value as { id: string; title: string; text: string; url?: string | null; published?: string | null };
      const paragraphs = r.text.split(/\n+/u).map((p) => `<p>${escapeXml(p)}</p>`).join('');
      entries.push(
        `<item><title>${escapeXml(r.title)}</title><link>${base}/outlet${f}/${r.id}</link><guid isPermaLink="false">${r.id}</guid>` +
          `<pubDate>${new Date(r.published ?? Date.now()).toUTCString()}</pubDate><description>${escapeXml(paragraphs)}</description></item>`,
      );
    }
    out.push(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Outlet ${f}</title><link>https://outlet${f}.example/</link>${entries.join('')}</channel></rss>`);
  }
  return out;
}

export async function benchPoll(): Promise<void> {
  const count = numberOption('feeds', 50);
  const items = numberOption('items', 200);
  let docs: string[] = [];
  // Items link to pages on the same server (404s): an item the poll takes for a summary has its page
  // looked for without leaving this machine.
  const server = createServer((req, res) => {
    const n = Number(/^\/feed\/(\d+)\.xml$/u.exec(req.url ?? '')?.[1] ?? -1);
    const body = docs[n];
    if (body) res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  docs = feeds(count, items, `http://127.0.0.1:${port}`);
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-bench-poll-'));
  const store = new SqliteStore(join(dir, 'poll.db'));
  try {
    for (let f = 0; f < count; f++) await store.addFeed({ url: `http://127.0.0.1:${port}/feed/${f}.xml` });
    const pipeline = await Pipeline.open(store);
    const cpu = process.cpuUsage();
    const started = performance.now();
    const reports = await pollDue(store, pipeline, { fetch: { allowAddress: () => true } });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const stored = reports.reduce((n, r) => n + r.newItems, 0);
    const failed = reports.filter((r) => r.status === 'failed');
    console.log(`poll: ${count} local feeds of ${items} items (full text in the feed), one round`);
    console.log(`  ${stored} new items in ${seconds.toFixed(1)} s = ${(stored / seconds).toFixed(0)} items/s; ${failed.length} feeds failed`);
    console.log(`  cpu ${(((used.user + used.system) / 1000) / Math.max(1, stored)).toFixed(2)} ms/item (this thread)`);
  } finally {
    await store.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
