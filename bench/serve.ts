// `npm run bench -- serve [--articles 100000] [--days 365] [--sample 300] [--rebuild] [--workers N]`: the
// reader's server time over a large store. The store is the synthetic stream (corpus.ts) imported through
// the real pipeline, as `bench cluster` imports it; building it takes minutes, so it is kept in
// `.tmp/bench-serve-<articles>-<generator fingerprint>.db` and reused (`--rebuild` builds it again). Each
// run reads a copy of it, so that the facts a story page finds and keeps never make a later run's "cold"
// pages warm. The app is called in-process (`app.request`): server time without the network.
// Prints numbers; asserts nothing.
import { createHash } from 'node:crypto';
import { closeSync, constants, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { readDocuments } from '../src/ingest/files.js';
import type { StorySummary } from '../src/model.js';
import { Pipeline } from '../src/pipeline.js';
import { defaultWorkers } from '../src/prepare-pool.js';
import { createApp } from '../src/server/app.js';
import { searchFileOf } from '../src/store/sqlite/search-index.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { rng } from '../src/util/random.js';
import { corpusFile, mb } from './corpus-file.js';
import { numberOption } from './options.js';

const ROOT = join(import.meta.dirname, '..');
const CACHE = join(ROOT, '.tmp');
/** Stories of at least this many articles get a line of their own. */
const LARGE = 50;

/** What the store's content depends on besides its size: the generator's source and the stream's span. */
function fingerprint(days: number, large: number): string {
  const source = readFileSync(join(import.meta.dirname, 'corpus.ts'));
  return createHash('sha256').update(source).update(`days=${days}`).update(`large=${large}`).digest('hex').slice(0, 10);
}

/** A store file and its search index file, removed or moved together. */
function storeFiles(path: string): string[] {
  return [path, `${path}-wal`, `${path}-shm`, searchFileOf(path), `${searchFileOf(path)}-wal`, `${searchFileOf(path)}-shm`];
}

function removeStore(path: string): void {
  for (const f of storeFiles(path)) rmSync(f, { force: true });
}

/**
 * Imports the stream into a new store at `path` through the pipeline (workers prepare, this thread matches
 * and stores), with its search index brought up to date. Built under a temporary name and renamed when
 * done, so that an interrupted build is never taken for a finished one.
 */
async function buildStore(path: string, articles: number, days: number, large: number): Promise<number> {
  const partial = path.replace(/\.db$/u, `.build-${process.pid}.db`);
  const file = path.replace(/\.db$/u, `.build-${process.pid}.jsonl`);
  removeStore(partial);
  try {
    const bytes = await corpusFile(file, articles, days, large);
    const workers = numberOption('workers', defaultWorkers());
    console.log(`building: ${articles} synthetic articles over ${days} days (${mb(bytes)} of JSON Lines), ${workers} worker thread(s)`);
    const started = performance.now();
    const store = new SqliteStore(partial);
    try {
      const pipeline = await Pipeline.open(store);
      let done = 0;
      const step = Math.max(1000, Math.floor(articles / 10));
      await pipeline.ingestAll(readDocuments(file), () => {
        if (++done % step === 0) console.log(`  ${String(done).padStart(8)} articles, ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }, workers);
      await store.indexSearch();
    } finally {
      await store.close();
    }
    for (const f of [partial, searchFileOf(partial)]) {
      renameSync(f, f === partial ? path : searchFileOf(path));
    }
    return performance.now() - started;
  } finally {
    rmSync(file, { force: true });
    removeStore(partial);
  }
}

interface Stats {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles. */
function stats(ms: readonly number[]): Stats | null {
  if (!ms.length) return null;
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
  return { n: sorted.length, mean: sorted.reduce((s, x) => s + x, 0) / sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] as number };
}

type App = ReturnType<typeof createApp>;

/** The host a browser names when it reads the reader on this machine: the app answers loopback names only. */
const HEADERS = { host: 'localhost:8080' };

/**
 * A pass of timed requests: each one's server time, and its CPU time (the process's, every thread: the
 * garbage collector's too), which a busy machine skews much less than the wall clock.
 */
interface Pass {
  ms: number[];
  cpuMs: number[];
}

function row(label: string, pass: Pass, note = ''): string {
  const s = stats(pass.ms);
  if (!s) return `${label.padEnd(30)} (none)`;
  const f = (x: number): string => x.toFixed(1).padStart(8);
  const cpu = stats(pass.cpuMs) as Stats;
  return `${label.padEnd(30)}${String(s.n).padStart(5)}${f(s.mean)}${f(s.p50)}${f(s.p95)}${f(s.p99)}${f(s.max)}${f(cpu.mean)}${f(cpu.p95)}${note ? `  ${note}` : ''}`;
}

/** Times `paths` one after the other; `each` sees every result. */
async function pass(app: App, paths: readonly string[], each?: (i: number, t: { ms: number; bytes: number }) => void): Promise<Pass> {
  const ms: number[] = [];
  const cpuMs: number[] = [];
  for (const [i, path] of paths.entries()) {
    const cpu = process.cpuUsage();
    const t = await timed(app, path);
    const used = process.cpuUsage(cpu);
    ms.push(t.ms);
    cpuMs.push((used.user + used.system) / 1000);
    each?.(i, t);
  }
  return { ms, cpuMs };
}

/** Server time of one request, the whole body read; anything but 200 stops the benchmark. */
async function timed(app: App, path: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const res = await app.request(path, { headers: HEADERS });
  const body = await res.text();
  const ms = performance.now() - start;
  if (res.status !== 200) throw new Error(`GET ${path}: status ${res.status}`);
  return { ms, bytes: body.length };
}

function shuffle<T>(items: T[], r: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/**
 * Stories weighted as readers' traffic is: a third the newest (the first pages of the list), the largest
 * (at most a tenth of the sample, every story of LARGE articles or more among them where there are few),
 * the rest drawn evenly from the whole archive. Deterministic; returned in a shuffled order.
 */
function sampleStories(all: readonly StorySummary[], size: number, r: () => number): StorySummary[] {
  const picked = new Map<number, StorySummary>();
  const take = (s: StorySummary | undefined): void => {
    if (s && picked.size < size) picked.set(s.id, s);
  };
  for (const s of all.slice(0, Math.ceil(size / 3))) take(s);
  const bySize = [...all].sort((a, b) => b.articleCount - a.articleCount || a.id - b.id);
  for (const s of bySize.slice(0, Math.max(10, Math.ceil(size / 10)))) take(s);
  const rest = shuffle(all.filter((s) => !picked.has(s.id)), r);
  for (const s of rest) take(s);
  return shuffle([...picked.values()], r);
}

export async function benchServe(): Promise<void> {
  const articles = numberOption('articles', 100_000);
  const days = numberOption('days', 365);
  const sampleSize = numberOption('sample', 300);
  // One event in 400 runs long (50–200 reports): a reader's store has large stories, and they are the
  // pages most read.
  const large = numberOption('large', 0.0025);
  mkdirSync(CACHE, { recursive: true });
  const cached = join(CACHE, `bench-serve-${articles}-${fingerprint(days, large)}.db`);
  console.log(`serve: the reader (createApp, app.request in-process) over ${articles} synthetic articles; store ${cached.slice(ROOT.length + 1)}`);
  if (process.argv.includes('--rebuild')) removeStore(cached);
  if (existsSync(cached) && existsSync(searchFileOf(cached))) {
    console.log('store: reused (--rebuild builds it again)');
  } else {
    removeStore(cached);
    const ms = await buildStore(cached, articles, days, large);
    console.log(`store: built in ${(ms / 1000).toFixed(1)} s (import + search index)`);
  }

  // A copy per run: the cold story pages find facts and keep them in the store.
  const work = cached.replace(/\.db$/u, `.run-${process.pid}.db`);
  removeStore(work);
  const copyStart = performance.now();
  copyFileSync(cached, work, constants.COPYFILE_FICLONE);
  copyFileSync(searchFileOf(cached), searchFileOf(work), constants.COPYFILE_FICLONE);
  // On disk before the first request: else the first checkpoint's fsync, under a story page that keeps its
  // facts, would write out the whole copy.
  for (const f of [work, searchFileOf(work)]) {
    const fd = openSync(f, 'r+');
    fsyncSync(fd);
    closeSync(fd);
  }
  const copyMs = performance.now() - copyStart;
  const store = new SqliteStore(work);
  try {
    const all = await store.listStories({ limit: Number.MAX_SAFE_INTEGER, offset: 0 });
    const { articles: stored, stories } = await store.stats();
    const largest = all.reduce((m, s) => Math.max(m, s.articleCount), 0);
    const large = all.filter((s) => s.articleCount >= LARGE).length;
    console.log(
      `store: ${stored} articles, ${stories} stories, largest story ${largest} articles (${large} of ${LARGE} or more); ` +
        `${mb(statSync(cached).size)} + ${mb(statSync(searchFileOf(cached)).size)} search index on disk (copied for this run in ${(copyMs / 1000).toFixed(1)} s)`,
    );

    const r = rng(20_260_101);
    const sample = sampleStories(all, sampleSize, r);
    const inSample = new Set(sample.map((s) => s.id));
    const app = createApp(store);

    // Words to search for: from the headlines of the sample (rarer), and the longer word that the most of
    // the sample's stories use (found in most articles).
    const words = sample.map((s) => {
      const ws = s.headline.match(/\p{L}{4,}/gu) ?? ['news'];
      return (ws[Math.floor(r() * ws.length)] as string).toLowerCase();
    });
    const counts = new Map<string, number>();
    for (const s of sample.slice(0, 30)) {
      const first = (await store.storyArticles(s.id))[0];
      for (const w of new Set(first?.text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'said';

    // Warm-up: the JIT, the statement cache and SQLite's page cache, on stories outside the sample.
    const others = all.filter((s) => !inSample.has(s.id)).slice(0, 20);
    for (const s of others) {
      await timed(app, `/story/${s.id}`);
      await timed(app, `/api/stories/${s.id}`);
    }
    for (let i = 0; i < 5; i++) await timed(app, '/');
    for (const w of ['alpha', common, 'report']) await timed(app, `/search?q=${encodeURIComponent(w)}`);

    const load = loadavg()[0] ?? 0;
    const storyPaths = sample.map((s) => `/story/${s.id}`);
    let bodyBytes = 0;
    const cold = await pass(app, storyPaths, (_, t) => (bodyBytes += t.bytes));
    const warm = await pass(app, storyPaths);
    const api = await pass(app, sample.map((s) => `/api/stories/${s.id}`));
    const front = await pass(app, Array.from({ length: 100 }, () => '/'));
    const search = await pass(app, words.map((w) => `/search?q=${encodeURIComponent(w)}`));
    const searchCommon = await pass(app, Array.from({ length: 20 }, () => `/search?q=${encodeURIComponent(common)}`));
    const isLarge = sample.map((s) => s.articleCount >= LARGE);
    const largeOnly = (p: Pass): Pass => ({ ms: p.ms.filter((_, i) => isLarge[i]), cpuMs: p.cpuMs.filter((_, i) => isLarge[i]) });
    const coldLarge = largeOnly(cold);
    const warmLarge = largeOnly(warm);

    const sizes = sample.map((s) => s.articleCount);
    console.log(
      `sample: ${sample.length} stories (newest, largest, and drawn from the archive; seeded), ${(sizes.reduce((a, b) => a + b, 0) / sizes.length).toFixed(1)} articles on average, ` +
        `up to ${Math.max(...sizes)}; story pages ${(bodyBytes / sample.length / 1024).toFixed(1)} KB on average`,
    );
    console.log(`machine load (1 min average) ${load.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end, on ${availableParallelism()} cores; cpu: the process's CPU time per request, which a busy machine skews less`);
    console.log(`${'server time, ms'.padEnd(30)}${'n'.padStart(5)}${'mean'.padStart(8)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}${'cpu'.padStart(8)}${'cpu p95'.padStart(8)}`);
    console.log(row('GET /story/ID cold', cold, 'first reading: finds and keeps its facts'));
    console.log(row('GET /story/ID warm', warm, 'facts kept'));
    console.log(row('GET /api/stories/ID', api, 'facts kept'));
    console.log(row('GET /', front, 'top stories'));
    console.log(row('GET /search?q=WORD', search, 'a headline word per sampled story'));
    console.log(row(`GET /search?q=${common}`, searchCommon, 'a word of most articles'));
    if (coldLarge.ms.length) {
      console.log(row(`  cold, ${LARGE}+ articles`, coldLarge));
      console.log(row(`  warm, ${LARGE}+ articles`, warmLarge));
    } else {
      console.log(`stories of ${LARGE} or more articles: none in the store`);
    }
  } finally {
    await store.close();
    removeStore(work);
  }
}
