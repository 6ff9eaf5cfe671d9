// `npm run bench -- <target> [options]`: prints numbers, asserts nothing.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pipeline } from '../src/pipeline.js';
import { features, prepare } from '../src/prepare.js';
import { defaultWorkers } from '../src/prepare-pool.js';
import { fromWire, toWire } from '../src/prepare-wire.js';
import { analyze } from '../src/analyze/analyze.js';
import { detectLanguage, LANGUAGE_SAMPLE } from '../src/analyze/language.js';
import { extract } from '../src/extract/extract.js';
import type { ParsedDocument } from '../src/model.js';
import { readDocuments } from '../src/ingest/files.js';
import type { NewArticle } from '../src/store/store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { newsStream } from './corpus.js';
import { corpusFile, mb } from './corpus-file.js';
import { benchExtract } from './extract.js';
import { benchFacts } from './facts.js';
import { benchPoll } from './poll.js';
import { benchServe } from './serve.js';
import { numberOption } from './options.js';


/** The synthetic stream as the documents an import would read. */
function* corpusDocs(articles: number, days?: number): Generator<ParsedDocument & { kind: 'record'; record: { label: string } }> {
  for (const record of newsStream({ articles, ...(days !== undefined ? { days } : {}) })) {
    yield { kind: 'record', origin: `bench#${record.id}`, record };
  }
}

async function benchCluster(): Promise<void> {
  const total = numberOption('articles', 100_000);
  // --days sets the stream's density: 100,000 articles over 365 days fill the window as 20,000 over 73.
  const days = numberOption('days', 365);
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-bench-'));
  const store = new SqliteStore(join(dir, 'bench.db'));
  const pipeline = await Pipeline.open(store);
  const file = join(dir, 'corpus.jsonl');
  const bytes = await corpusFile(file, total, days);
  console.log(`cluster: ${total} synthetic articles over ${days} days (about 6 per story, ${mb(bytes)} of JSON Lines), imported one at a time: analyze + match + store`);
  // The heap is read after a full collection where the runtime allows one (npm run bench passes --expose-gc):
  // what is live, not garbage the collector has not got round to.
  console.log('articles   art/s(window)  art/s(total)  rss      live heap  active stories');
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let windowStart = started;
  let done = 0;
  let peakRss = 0;
  const step = Math.max(1000, Math.floor(total / 10));
  const workers = numberOption('workers', defaultWorkers());
  console.log(`${workers} worker thread(s) for extract + analyze; match in the main thread; store in a writer thread (with at least one worker)`);
  await pipeline.ingestAll(readDocuments(file), () => {
    done++;
    if (done % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
    if (done % step === 0 || done === total) {
      const now = performance.now();
      (globalThis as { gc?: () => void }).gc?.();
      const m = process.memoryUsage();
      console.log(
        `${String(done).padStart(8)}   ${((step / (now - windowStart)) * 1000).toFixed(0).padStart(12)}  ${((done / (now - started)) * 1000).toFixed(0).padStart(12)}  ${mb(m.rss).padStart(7)}  ${mb(m.heapUsed).padStart(9)}  ${pipeline.matcher.activeStories}`,
      );
      windowStart = now;
    }
  }, workers);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const stats = await store.stats();
  console.log(`total: ${done} articles in ${seconds.toFixed(1)} s = ${(done / seconds).toFixed(0)} articles/s; peak RSS ${mb(peakRss)}; ${stats.stories} stories stored`);
  // Every thread's CPU time (the process's, so also the workers' and the garbage collector's): with two
  // cores, 1,000 articles a second leaves at most 2 ms of it per article, however the work is spread.
  console.log(`cpu (all threads, user + system): ${((cpu.user + cpu.system) / 1000 / done).toFixed(3)} ms/article`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The main thread's share of `cluster` alone: match + store over articles prepared beforehand (untimed),
 * in CPU time as well as wall time, so that a busy machine skews the figure less.
 */
async function benchMatch(): Promise<void> {
  const total = numberOption('articles', 20_000);
  const days = numberOption('days', 73);
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-bench-'));
  const store = new SqliteStore(join(dir, 'bench.db'));
  const pipeline = await Pipeline.open(store);
  console.log(`match: ${total} synthetic articles over ${days} days, prepared first; then match + store, one at a time`);
  const prepared: Array<ReturnType<typeof prepare> | undefined> = [];
  // As a worker thread hands them over: with the raw vectors built, the term objects not rebuilt.
  for (const doc of corpusDocs(total, days)) prepared.push(fromWire(toWire(prepare(doc))));
  const cpu = process.cpuUsage();
  const started = performance.now();
  await store.beginBatch();
  for (let i = 0; i < prepared.length; i++) {
    const p = prepared[i] as ReturnType<typeof prepare>;
    // Placed articles are let go, as in a real import: a heap holding all of them would bill GC to matching.
    prepared[i] = undefined;
    await pipeline.place(p);
    if (i % 500 === 499) {
      await store.commitBatch();
      await store.beginBatch();
    }
  }
  await store.commitBatch();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(
    `${total} articles: ${((total / wall) * 1000).toFixed(0)} articles/s wall, ${(cpuMs / total).toFixed(3)} ms CPU per article ` +
      `(${(1000 / (cpuMs / total)).toFixed(0)} articles/s of CPU); ${pipeline.matcher.activeStories} active stories, ` +
      `${pipeline.matcher.vocabularySize} features in memory`,
  );
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

/** Rate line for a timed loop. */
function rate(label: string, count: number, ms: number): string {
  return `${label}: ${count} articles in ${(ms / 1000).toFixed(2)} s = ${((count / ms) * 1000).toFixed(0)} articles/s, ${(ms / count).toFixed(3)} ms/article`;
}

/** The prepare stage alone (extract + analyze), in this thread: what each worker spends per article. */
async function benchAnalyze(): Promise<void> {
  const total = numberOption('articles', 20_000);
  const days = numberOption('days', 73);
  // Records are made up front so that generating them is not timed.
  const docs: ParsedDocument[] = [...corpusDocs(total, days)];
  console.log(`analyze: prepare() on ${total} synthetic articles in the main thread`);
  // A warm-up pass on a slice of the stream lets the JIT settle; the timed pass then runs on the whole of it.
  const warm = Math.min(docs.length, 2000);
  for (let i = 0; i < warm; i++) prepare(docs[i] as ParsedDocument);
  let failed = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const doc of docs) if (!prepare(doc).ok) failed++;
  const { user, system } = process.cpuUsage(cpu);
  // CPU time as well as wall time: on a shared machine the first is the steadier figure.
  const cpuMs = (user + system) / 1000 / total;
  console.log(`${rate('prepare', total, performance.now() - started)}, cpu ${cpuMs.toFixed(3)} ms/article${failed ? ` (${failed} failed)` : ''}`);
  // The split between the two stages, timed per call: cheap enough not to distort it much.
  let extractMs = 0;
  let analyzeMs = 0;
  let languageMs = 0;
  for (const doc of docs) {
    if (doc.kind === 'error') continue;
    const t0 = performance.now();
    const article = extract(doc);
    const t1 = performance.now();
    analyze(article);
    const t2 = performance.now();
    // Language detection again on its own, as analyze calls it: the largest single part of analyze.
    detectLanguage(`${article.title}. ${article.text.slice(0, LANGUAGE_SAMPLE)}`, article.lang);
    extractMs += t1 - t0;
    analyzeMs += t2 - t1;
    languageMs += performance.now() - t2;
  }
  const perArticle = (ms: number): string => `${(ms / total).toFixed(3)} ms/article`;
  console.log(`  extract ${perArticle(extractMs)}, analyze ${perArticle(analyzeMs)} (of which language detection about ${perArticle(languageMs)})`);
}

/** Articles as the pipeline would hand them to the store, placed the way the corpus groups them (its events). */
function storeInputs(total: number): Array<{ event: string; article: NewArticle }> {
  const inputs: Array<{ event: string; article: NewArticle }> = [];
  for (const doc of corpusDocs(total)) {
    const prepared = prepare(doc);
    if (!prepared.ok) continue;
    const { article, analysis, dedupeKey, outlet } = prepared;
    inputs.push({
      event: doc.record.label,
      article: {
        ...article,
        dedupeKey,
        contentHash: analysis.contentHash,
        outlet,
        lang: analysis.lang,
        wordCount: analysis.wordCount,
        features: features(analysis),
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
  const ties = (typeof article.features === 'string' ? [] : article.features.mentions).slice(0, 4).map((m) => ({ feature: m.key, kind: 'entity' as const, weight: 0.25 }));
  return { storyId: story.storyId, reason: isCopy ? 'copy' : 'similar', score: 0.7, copyOf: isCopy ? story.original.id : null, ties };
}

async function benchStore(): Promise<void> {
  const total = numberOption('articles', 20_000);
  const batchSize = numberOption('batch', 500);
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

const targets: Record<string, () => Promise<void>> = { cluster: benchCluster, analyze: benchAnalyze, match: benchMatch, store: benchStore, extract: benchExtract, poll: benchPoll, facts: benchFacts, serve: benchServe };
// Targets are the bare words: an option's value ("--input DIR", "--articles 100000") is not one.
const args = process.argv.slice(2);
const wanted = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
for (const name of wanted.length ? wanted : Object.keys(targets)) {
  const run = targets[name];
  if (!run) {
    console.error(`unknown bench target "${name}"; known: ${Object.keys(targets).join(', ')}`);
    process.exitCode = 2;
    continue;
  }
  await run();
}
