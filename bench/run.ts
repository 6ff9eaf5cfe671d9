// `npm run bench -- <target> [options]`: prints numbers, asserts nothing.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outletDomain } from '../src/extract/extract.js';
import { Pipeline } from '../src/pipeline.js';
import { prepare } from '../src/prepare.js';
import { defaultWorkers } from '../src/prepare-pool.js';
import type { NewArticle } from '../src/store/store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { newsStream } from './corpus.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(0)} MB`;
}

async function benchCluster(): Promise<void> {
  const total = arg('articles', 100_000);
  // --days sets the stream's density: 100,000 articles over 365 days fill the window as 20,000 over 73.
  const days = arg('days', 365);
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-bench-'));
  const store = new SqliteStore(join(dir, 'bench.db'));
  const pipeline = await Pipeline.open(store);
  console.log(`cluster: ${total} synthetic articles over ${days} days (about 6 per story), one at a time: analyze + match + store`);
  console.log('articles   art/s(window)  art/s(total)  rss      heap     active stories');
  const started = performance.now();
  let windowStart = started;
  let done = 0;
  let peakRss = 0;
  const step = Math.max(1000, Math.floor(total / 10));
  const workers = arg('workers', defaultWorkers());
  console.log(`${workers} worker thread(s) for extract + analyze; match + store in the main thread`);
  const docs = (function* () {
    for (const record of newsStream({ articles: total, days })) yield { kind: 'record' as const, origin: `bench#${record.id}`, record };
  })();
  await pipeline.ingestAll(docs, () => {
    done++;
    if (done % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
    if (done % step === 0 || done === total) {
      const now = performance.now();
      const m = process.memoryUsage();
      console.log(
        `${String(done).padStart(8)}   ${((step / (now - windowStart)) * 1000).toFixed(0).padStart(12)}  ${((done / (now - started)) * 1000).toFixed(0).padStart(12)}  ${mb(m.rss).padStart(7)}  ${mb(m.heapUsed).padStart(7)}  ${pipeline.matcher.activeStories}`,
      );
      windowStart = now;
    }
  }, workers);
  const seconds = (performance.now() - started) / 1000;
  const stats = await store.stats();
  console.log(`total: ${done} articles in ${seconds.toFixed(1)} s = ${(done / seconds).toFixed(0)} articles/s; peak RSS ${mb(peakRss)}; ${stats.stories} stories stored`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

/** Articles as the pipeline would hand them to the store, placed the way the corpus groups them (its events). */
function storeInputs(total: number): Array<{ event: string; article: NewArticle }> {
  const inputs: Array<{ event: string; article: NewArticle }> = [];
  for (const record of newsStream({ articles: total })) {
    const prepared = prepare({ kind: 'record', origin: `bench#${record.id}`, record });
    if (!prepared.ok) continue;
    const { article, analysis } = prepared;
    const features = { terms: analysis.terms, lead: analysis.lead, mentions: analysis.mentions, numbers: analysis.numbers };
    inputs.push({
      event: record.label,
      article: {
        ...article,
        dedupeKey: createHash('sha256').update(`${analysis.contentHash}\n${article.url ?? ''}`).digest('hex'),
        contentHash: analysis.contentHash,
        outlet: article.outlet ? { name: article.outlet, domain: outletDomain(article) } : null,
        lang: analysis.lang,
        wordCount: analysis.wordCount,
        features,
        minhash: analysis.minhash,
        // Filled in while storing: the story and the original are known only then.
        assignment: { storyId: null, reason: 'new', score: 1, copyOf: null, ties: [] },
        headline: article.title,
      },
    });
  }
  return inputs;
}

/** The story and copy-of a real run would give: the corpus's events are its stories, a cut wire text a copy. */
function place(article: NewArticle, story: { storyId: number; original: NewArticle & { id: number } } | undefined): NewArticle['assignment'] {
  if (!story) return article.assignment;
  const isCopy = story.original.text.startsWith(article.text);
  const ties = article.features.mentions.slice(0, 4).map((m) => ({ feature: m.key, kind: 'entity' as const, weight: 0.25 }));
  return { storyId: story.storyId, reason: isCopy ? 'copy' : 'similar', score: 0.7, copyOf: isCopy ? story.original.id : null, ties };
}

async function benchStore(): Promise<void> {
  const total = arg('articles', 20_000);
  const batchSize = arg('batch', 500);
  console.log(`store: ${total} synthetic articles (about 6 per story), findArticleByKey + saveArticle, ${batchSize} per commit`);
  const prepStart = performance.now();
  const inputs = storeInputs(total);
  console.log(`prepared in ${((performance.now() - prepStart) / 1000).toFixed(1)} s (not timed)`);
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-bench-'));
  const path = join(dir, 'bench.db');
  const store = new SqliteStore(path);
  const stories = new Map<string, { storyId: number; original: NewArticle & { id: number } }>();
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < inputs.length; i += batchSize) {
    await store.beginBatch();
    for (const { event, article } of inputs.slice(i, i + batchSize)) {
      const placed = { ...article, assignment: place(article, stories.get(event)) };
      if ((await store.findArticleByKey(placed.dedupeKey)) !== null) continue;
      const saved = await store.saveArticle(placed);
      if (!stories.has(event)) stories.set(event, { storyId: saved.storyId, original: { ...placed, id: saved.articleId } });
    }
    await store.commitBatch();
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  await store.close();
  const n = inputs.length;
  console.log(`${n} articles in ${(ms / 1000).toFixed(2)} s: ${(ms / n).toFixed(3)} ms/article, ${((n / ms) * 1000).toFixed(0)} articles/s`);
  // On a shared machine the wall clock also counts other processes' turns; CPU time is steadier.
  console.log(`cpu (user + system): ${((cpu.user + cpu.system) / 1000 / n).toFixed(3)} ms/article`);
  console.log(`database file: ${(statSync(path).size / 1048576).toFixed(1)} MB (${(statSync(path).size / n / 1024).toFixed(2)} KB/article)`);
  rmSync(dir, { recursive: true, force: true });
}

const targets: Record<string, () => Promise<void>> = { cluster: benchCluster, store: benchStore };
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--') && !/^\d+$/u.test(a));
for (const name of wanted.length ? wanted : Object.keys(targets)) {
  const run = targets[name];
  if (!run) {
    console.error(`unknown bench target "${name}"; known: ${Object.keys(targets).join(', ')}`);
    process.exitCode = 2;
    continue;
  }
  await run();
}
