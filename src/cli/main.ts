// The `crosswire` command. Thin: it parses arguments, opens the store, calls the library, prints.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { serve } from '@hono/node-server';
import { evalCluster } from '../eval/cluster.js';
import { evalExtract } from '../eval/extraction.js';
import { evalQuotes } from '../eval/quotes.js';
import { findAttributions } from '../analyze/quotes.js';
import { extractPage } from '../extract/page-input.js';
import { FeedError } from '../ingest/feeds.js';
import { MAX_FILE_BYTES } from '../ingest/files.js';
import { readOpml, writeOpml } from '../ingest/opml.js';
import { decodeServed } from '../ingest/decode.js';
import { type FetchOptions, fetchUrl } from '../ingest/fetcher.js';
import { BadFeedAddress, feedAddress, subscribe } from '../ingest/subscribe.js';
import { pollDue, startPolling } from '../poller.js';
import { importPaths, type ImportSummary } from '../importer.js';
import { Pipeline } from '../pipeline.js';
import { defaultWorkers } from '../prepare-pool.js';
import { createApp } from '../server/app.js';
import { isLoopbackAddress } from '../server/guard.js';
import { startFactsFill } from '../reader/fill.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { storyTies, storyView } from '../stories/story-view.js';
import { ENTITY_TYPES, entitiesOfStore, factsOfStory, fillStoryFacts } from '../facts.js';
import { printEntities, printFacts } from './facts-format.js';
import { progress } from '../util/progress.js';
import {
  printArticle, printExtractEval, printExtracted, printFeeds, printFetchOutcome, printImport, printPollRound, printQuotesEval, printSearch, printStories, printStory, printThread,
} from './format.js';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEMO_PATHS = ['html', 'txt', 'feeds'].map((d) => join(PROJECT_ROOT, 'demo', d));

/** A mistake in what the user asked for (a bad address, a file that is not what it should be): exit code 2. */
class UsageError extends Error {
  readonly exitCode = 2;
}

function dbPath(opts: { db?: string }): string {
  return opts.db ?? process.env['CROSSWIRE_DB'] ?? './crosswire.db';
}

function positiveInt(value: string): number {
  if (!/^\d+$/u.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a positive integer');
  return Number(value);
}

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/u.test(value) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0–65535');
  return n;
}

async function withStore<T>(opts: { db?: string }, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = new SqliteStore(dbPath(opts));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

async function runImport(store: Store, paths: string[], quiet: boolean): Promise<ImportSummary> {
  const pipeline = await Pipeline.open(store);
  const bar = progress('ingest');
  const summary = await importPaths(
    pipeline,
    paths,
    (_o, s) => {
      if (!quiet) bar.update(s.new + s.duplicates + s.failed.length, `documents · ${s.new} new · ${s.duplicates} duplicates · ${s.failed.length} failed`);
    },
    defaultWorkers(),
  );
  bar.done();
  return summary;
}

/**
 * The write token: none on loopback (only this machine's user reaches it); beyond, the one given
 * (--token or $CROSSWIRE_TOKEN) or a new random one, printed once.
 */
function writeToken(host: string, given: string | undefined): { token: string | null; made: boolean } {
  if (isLoopbackAddress(host)) return { token: null, made: false };
  const token = given ?? (process.env.CROSSWIRE_TOKEN || undefined);
  if (token !== undefined && token.length < 12) throw new UsageError('the write token must be at least 12 characters');
  return token ? { token, made: false } : { token: randomBytes(18).toString('base64url'), made: true };
}

async function startServer(
  store: Store,
  host: string,
  portNumber: number,
  polling: { poll: boolean; allowPrivate?: boolean; token?: string } = { poll: true },
): Promise<void> {
  const { token, made } = writeToken(host, polling.token);
  const app = createApp(store, { access: { token, loopback: isLoopbackAddress(host) }, fetch: fetchPolicy(polling.allowPrivate) });
  await new Promise<void>((resolveListen, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: portNumber }, (info) => {
      const shownHost = host.includes(':') ? `[${host}]` : host;
      out(`Crosswire is serving the reader at http://${shownHost}:${info.port}/  (Ctrl+C to stop)`);
      if (token) out(made ? `Listening beyond this machine: following, muting and subscribing need the token ${token} (sign in at /sign-in; set --token or $CROSSWIRE_TOKEN to choose it)` : 'Listening beyond this machine: following, muting and subscribing need the token you gave (sign in at /sign-in)');
      resolveListen();
    });
    server.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new Error(`${host}:${portNumber} is already in use: choose another with --port N`) : e),
    );
  });
  // The subscribed feeds are polled while the reader is served; the state of each lives in the store.
  const loop = polling.poll
    ? startPolling(store, await Pipeline.open(store), {
        fetch: fetchPolicy(polling.allowPrivate),
        onRound: (reports) => out(printPollRound(reports)),
        onError: (e) => process.stderr.write(`crosswire: polling failed: ${(e as Error).message}\n`),
      })
    : null;
  const fill = startFactsFill(store, { onError: (e) => process.stderr.write(`crosswire: finding story facts failed: ${(e as Error).message}\n`) });
  // Keep running until interrupted; close the store cleanly so the WAL is checkpointed.
  await new Promise<void>((done) => {
    const stop = (): void => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await loop?.stop();
  await fill.stop();
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('crosswire')
    .description('Open news intelligence: ingest outlets, fold copies, group stories.')
    .option('--db <path>', 'database file (default: $CROSSWIRE_DB or ./crosswire.db)')
    .showHelpAfterError()
    .exitOverride();
  let code = 0;
  const g = (): { db?: string } => program.opts<{ db?: string }>();

  program
    .command('ingest')
    .description('import articles from files or folders (.txt, .html, .json, .jsonl), recursively')
    .argument('<paths...>', 'files or folders')
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'no progress display')
    .action(async (paths: string[], opts: { json?: boolean; quiet?: boolean }) => {
      await withStore(g(), async (store) => {
        const summary = await runImport(store, paths, Boolean(opts.quiet));
        out(opts.json ? JSON.stringify(summary, null, 2) : printImport(summary));
        if (summary.new + summary.duplicates === 0 && summary.failed.length) code = 1;
      });
    });

  program
    .command('stories')
    .description('stories, newest first')
    .option('--limit <n>', 'how many', positiveInt, 50)
    .option('--offset <n>', 'skip this many', (v) => (v === '0' ? 0 : positiveInt(v)), 0)
    .option('--json', 'machine-readable output')
    .action(async (opts: { limit: number; offset: number; json?: boolean }) => {
      await withStore(g(), async (store) => {
        const summaries = await store.listStories({ limit: opts.limit, offset: opts.offset });
        const stories = await Promise.all(
          summaries.map(async (s) => {
            const articles = await store.storyArticles(s.id);
            return {
              ...s,
              articles: articles.map((a) => ({ id: a.id, origin: a.origin, source: a.source?.name ?? null, title: a.title, copyOf: a.copyOf })),
            };
          }),
        );
        out(opts.json ? JSON.stringify(stories, null, 2) : printStories(stories));
      });
    });

  program
    .command('story')
    .description('one story: its articles, what ties them, and its facts across outlets (summary, corroboration, quotes, figures, entities)')
    .argument('<id>', 'story id', positiveInt)
    .option('--why', 'for each article, the features it matched on and the score')
    .option('--json', 'machine-readable output')
    .action(async (id: number, opts: { json?: boolean; why?: boolean }) => {
      await withStore(g(), async (store) => {
        const summary = await store.getStorySummary(id);
        if (!summary) throw new Error(`no story ${id}`);
        const articles = await store.storyArticles(id);
        const story = storyView(summary, articles, storyTies(articles));
        const thread = summary.threadId === null ? null : await store.getThread(summary.threadId);
        const facts = await factsOfStory(store, articles);
        if (opts.json) {
          const why = opts.why ? { why: articles.map((a) => ({ id: a.id, reason: a.reason, score: a.score, ties: a.ties, nearest: a.nearest })) } : {};
          out(JSON.stringify({ ...story, thread, facts, ...why }, null, 2));
        } else out(`${printStory(story, opts.why ? articles : null, thread)}\n\n${printFacts(facts)}`);
      });
    });

  program
    .command('entities')
    .description('people, organisations and places across the store, each under one name with its other forms, most-covered first')
    .option('--type <type>', 'only people, organisations or places: person | organisation | place', (v) => {
      if (!(ENTITY_TYPES as readonly string[]).includes(v)) throw new InvalidArgumentError(`one of ${ENTITY_TYPES.join(', ')}`);
      return v;
    })
    .option('--limit <n>', 'how many', positiveInt, 50)
    .option('--json', 'machine-readable output')
    .action(async (opts: { type?: string; limit: number; json?: boolean }) => {
      await withStore(g(), async (store) => {
        const bar = progress('finding facts', process.stderr);
        const all = await entitiesOfStore(store, (done, total) => bar.update(done, `of ${total} stories`));
        bar.done();
        const entities = all.filter((e) => !opts.type || e.type === opts.type).slice(0, opts.limit);
        out(opts.json ? JSON.stringify(entities, null, 2) : printEntities(entities));
      });
    });

  program
    .command('thread')
    .description('a thread: the stories of one ongoing matter, as a timeline')
    .argument('<id>', 'thread id', positiveInt)
    .option('--json', 'machine-readable output')
    .action(async (id: number, opts: { json?: boolean }) => {
      await withStore(g(), async (store) => {
        const thread = await store.getThread(id);
        if (!thread) throw new Error(`no thread ${id}`);
        out(opts.json ? JSON.stringify(thread, null, 2) : printThread(thread));
      });
    });

  program
    .command('article')
    .description('one stored article: metadata and clean text')
    .argument('<id>', 'article id', positiveInt)
    .option('--json', 'machine-readable output')
    .action(async (id: number, opts: { json?: boolean }) => {
      await withStore(g(), async (store) => {
        const article = await store.getArticle(id);
        if (!article) throw new Error(`no article ${id}`);
        out(opts.json ? JSON.stringify(article, null, 2) : printArticle(article));
      });
    });

  program
    .command('extract')
    .description('the article in a web page or a scraped text file, with its metadata (nothing is stored)')
    .argument('<file>', 'an .html or .txt file, or - for standard input')
    .option('--url <url>', 'the address the page was fetched from')
    .option('--json', 'machine-readable output')
    .action((file: string, opts: { url?: string; json?: boolean }) => {
      if (file !== '-' && !existsSync(file)) throw new Error(`${file}: no such file`);
      if (file !== '-' && statSync(file).size > MAX_FILE_BYTES) throw new Error(`${file}: larger than ${MAX_FILE_BYTES / 1048576} MB`);
      const bytes = file === '-' ? readFileSync(0) : readFileSync(file);
      const article = extractPage(file === '-' ? 'stdin' : file, bytes, opts.url ?? null);
      out(opts.json ? JSON.stringify(article, null, 2) : printExtracted(article));
    });

  program
    .command('search')
    .description('full-text search over titles and text')
    .argument('<query...>', 'words to find')
    .option('--limit <n>', 'how many', positiveInt, 20)
    .option('--json', 'machine-readable output')
    .action(async (query: string[], opts: { limit: number; json?: boolean }) => {
      await withStore(g(), async (store) => {
        const hits = await store.search(query.join(' '), opts.limit);
        out(opts.json ? JSON.stringify(hits, null, 2) : printSearch(hits));
      });
    });

  addSourcesCommands(program, g);
  addFetchCommands(program, g, () => {
    code = 1;
  });

  const evalCmd = program.command('eval').description('measure quality on public data sets');
  evalCmd
    .command('cluster')
    .description('story clustering: B-cubed precision, recall and F1 on a labelled JSONL file')
    .requiredOption('--input <file>', 'JSONL records {id, title, text, label?, published?}')
    .option('--output <file>', 'write the assignment {record id: story id} as JSON')
    .option('--shuffle <seed>', 'feed undated records in a random order drawn from this seed instead of file order')
    .option('--json', 'machine-readable output')
    .action(async (opts: { input: string; output?: string; json?: boolean; shuffle?: string }) => {
      if (!existsSync(opts.input)) throw new Error(`input not found: ${opts.input}`);
      const shuffle = opts.shuffle === undefined ? undefined : Number(opts.shuffle);
      if (shuffle !== undefined && !(Number.isInteger(shuffle) && shuffle >= 0)) throw new Error(`--shuffle takes a whole number (a seed), not "${opts.shuffle}"`);
      const bar = progress('eval cluster');
      const r = await evalCluster(opts.input, { onProgress: (done, total) => bar.update(done, `of ${total} records`), ...(shuffle === undefined ? {} : { shuffle }) });
      bar.done();
      if (opts.output) writeFileSync(opts.output, `${JSON.stringify(r.assignment)}\n`);
      const metrics =
        r.f1 === undefined ? {} : { precision: round(r.precision), recall: round(r.recall), f1: round(r.f1) };
      const result = { ...metrics, stories: r.stories, ...(r.gold_stories === undefined ? {} : { gold_stories: r.gold_stories }), articles: r.articles, seconds: round(r.seconds, 2) };
      if (opts.json) out(JSON.stringify(result));
      else {
        const lines = [
          `input           ${opts.input}`,
          `order           ${shuffle === undefined ? 'by publication time, else file order' : `by publication time, else shuffled (seed ${shuffle})`}`,
          `articles        ${r.articles}${r.failed ? ` (${r.failed} failed)` : ''}`,
        ];
        if (r.f1 !== undefined) {
          lines.push(`B-cubed P       ${round(r.precision)}`, `B-cubed R       ${round(r.recall)}`, `B-cubed F1      ${round(r.f1)}`);
        } else lines.push('(no labels: metrics left out)');
        lines.push(`stories         ${r.stories}${r.gold_stories === undefined ? '' : ` (gold ${r.gold_stories})`}`, `seconds         ${round(r.seconds, 2)}`);
        out(lines.join('\n'));
      }
    });

  evalCmd
    .command('extract')
    .description("article extraction: the data set's own metric over every page, beside the published extractors in DIR/peers")
    .requiredOption('--input <dir>', 'a folder with gold.jsonl ({id, url, html, body} or {id, url, html, with, without}) and the pages')
    .option('--output <file>', 'write the extracted texts as {id: {"articleBody": text}}, the benchmark\'s own format')
    .option('--json', 'machine-readable output (with the title mismatches, when the data set has title labels)')
    .option('--verbose', 'list the pages whose extracted title does not match the title labels (eval/labels/)')
    .action((opts: { input: string; output?: string; json?: boolean; verbose?: boolean }) => {
      if (!existsSync(join(opts.input, 'gold.jsonl'))) throw new Error(`no gold.jsonl in ${opts.input}`);
      const bar = progress('eval extract');
      const r = evalExtract(opts.input, { onProgress: (done, total) => bar.update(done, `of ${total} pages`) });
      bar.done();
      if (opts.output) writeFileSync(opts.output, `${JSON.stringify(r.predictions)}\n`);
      const summary = {
        input: opts.input, pages: r.pages, failed: r.failed, metric: r.metric,
        ...(r.scores ? { scores: roundAll(r.scores) } : {}),
        peers: r.peers.map((p) => ({ ...roundAll(p), name: p.name })),
        ...(r.titleScore ? { title_exact_match: { matched: r.titleScore.matched, total: r.titleScore.total, rate: round(r.titleScore.matched / (r.titleScore.total || 1)), mismatches: r.titleScore.mismatches } } : {}),
        seconds: round(r.seconds, 2), pages_per_second: round(r.pages / (r.seconds || 1), 1),
      };
      if (opts.json) {
        out(JSON.stringify(summary));
        return;
      }
      out(printExtractEval(summary, { mismatches: opts.verbose === true }));
    });

  evalCmd
    .command('quotes')
    .description('who said what: attribution content P/R/F1 and speaker accuracy on PolNeAR-format JSONL, all attributions and direct quotes')
    .requiredOption('--input <file>', 'JSONL rows {id, text, attributions?: [{content, source?, cue?}]} with character offsets into text')
    .option('--output <file>', 'write the predictions as {article id: [{content, source, cue, speaker, direct}]}')
    .option('--json', 'machine-readable output')
    .action((opts: { input: string; output?: string; json?: boolean }) => {
      if (!existsSync(opts.input)) throw new Error(`input not found: ${opts.input}`);
      const bar = progress('eval quotes');
      const r = evalQuotes(opts.input, findAttributions, { onProgress: (done, total) => bar.update(done, `of ${total} articles`) });
      bar.done();
      if (opts.output) writeFileSync(opts.output, `${JSON.stringify(r.predictions)}\n`);
      const m = r.metrics;
      const summary = {
        input: opts.input, articles: r.articles, failed: r.failed,
        ...(m ? { scored: m.rows, gold_dropped: m.gold_dropped, all: roundAll(m.all), direct: roundAll(m.direct) } : {}),
        seconds: round(r.seconds, 2), pages_per_second: round(r.articles / (r.seconds || 1), 1),
      };
      out(opts.json ? JSON.stringify(summary) : printQuotesEval(summary));
    });

  program
    .command('serve')
    .description('serve the web reader')
    .option('--port <n>', 'port', port, 8080)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--no-poll', 'do not poll the subscribed feeds in the background')
    .option('--allow-private', 'let polling fetch from this machine and the local network')
    .option('--token <token>', 'the token writes need when listening beyond loopback (default: $CROSSWIRE_TOKEN, else a new one, printed)')
    .action(async (opts: { port: number; host: string; poll: boolean; allowPrivate?: boolean; token?: string }) => {
      await withStore(g(), (store) => startServer(store, opts.host, opts.port, { poll: opts.poll, ...(opts.allowPrivate ? { allowPrivate: true } : {}), ...(opts.token ? { token: opts.token } : {}) }));
    });

  program
    .command('start')
    .description('ingest the bundled demo corpus if the store is empty, then serve the reader')
    .option('--port <n>', 'port', port, 8080)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (opts: { port: number; host: string }) => {
      await withStore(g(), async (store) => {
        if ((await store.stats()).articles === 0) {
          out(`Empty store at ${dbPath(g())}: ingesting the demo corpus…`);
          const summary = await runImport(store, DEMO_PATHS, false);
          out(printImport(summary));
          // Its stories' facts are found before the first page, not while the reader waits for it.
          await fillStoryFacts(store, Number.MAX_SAFE_INTEGER);
        }
        await startServer(store, opts.host, opts.port);
      });
    });

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`crosswire: ${e.message}\n`);
      return e.exitCode;
    }
    const err = e as { code?: string; exitCode?: number; message?: string };
    if (err.code?.startsWith('commander.')) return err.exitCode ?? 1;
    throw e;
  }
  return code;
}

/** `crosswire poll` and `crosswire fetch`: reading the network, within the address policy. */
function addFetchCommands(program: Command, g: () => { db?: string }, fail: () => void): void {
  program
    .command('poll')
    .description('one polling round: every subscribed feed that is due is fetched and its new items stored')
    .option('--allow-private', 'also fetch from this machine and the local network (intranet feeds, tests)')
    .option('--json', 'print the round as JSON')
    .action(async (opts: { allowPrivate?: boolean; json?: boolean }) => {
      await withStore(g(), async (store) => {
        const pipeline = await Pipeline.open(store);
        const reports = await pollDue(store, pipeline, { fetch: fetchPolicy(opts.allowPrivate) });
        out(opts.json ? JSON.stringify(reports, null, 2) : printPollRound(reports));
        if (reports.length && reports.every((r) => r.status === 'failed')) fail();
      });
    });

  program
    .command('fetch')
    .description('fetch one web page, extract its article and store it')
    .argument('<url>', 'the page address (http or https)')
    .option('--allow-private', 'also fetch from this machine and the local network')
    .option('--json', 'print the outcome as JSON')
    .action(async (url: string, opts: { allowPrivate?: boolean; json?: boolean }) => {
      const result = await fetchUrl(url, fetchPolicy(opts.allowPrivate));
      if (result.kind !== 'ok') {
        const why = result.kind === 'error' ? `${result.code}: ${result.message}` : 'not modified';
        // An address the user got wrong is a usage error; a site that failed to answer is not.
        if (result.kind === 'error' && (result.code === 'bad-url' || result.code === 'refused-address')) throw new UsageError(`${url}: ${why}`);
        process.stderr.write(`crosswire: ${url}: ${why}\n`);
        fail();
        return;
      }
      if (result.truncated) process.stderr.write(`crosswire: ${url}: the page is larger than the size limit; only its start was read\n`);
      const html = decodeServed(result.body, result.charset);
      await withStore(g(), async (store) => {
        const pipeline = await Pipeline.open(store);
        const outcome = await pipeline.ingest({ kind: 'html', origin: result.url, html, url: result.url });
        out(opts.json ? JSON.stringify({ ...outcome, truncated: result.truncated }, null, 2) : printFetchOutcome(outcome, result.url));
        if (outcome.status === 'failed') fail();
      });
    });
}

/** `crosswire sources …`: the feeds subscribed to, kept in the store with the state of their polling. */
function addSourcesCommands(program: Command, g: () => { db?: string }): void {
  const sources = program.command('sources').description('the feeds subscribed to: add, import, export, list, remove');

  sources
    .command('add')
    .description("subscribe to a feed, given its address or its site's home page (the feed the page announces, else the usual feed addresses)")
    .argument('<url>', 'a feed or a site (http or https)')
    .option('--title <title>', 'a name for it')
    .option('--category <name>', 'the folder to keep it in')
    .option('--allow-private', 'also look on this machine and the local network')
    .option('--no-check', 'keep the address as given, without reading it (offline)')
    .action(async (url: string, opts: { title?: string; category?: string; allowPrivate?: boolean; check: boolean }) => {
      await withStore(g(), async (store) => {
        const done = await subscribe(store, url, { title: opts.title ?? null, category: opts.category ?? null, check: opts.check, fetch: fetchPolicy(opts.allowPrivate) }).catch(
          (e: unknown) => {
            throw e instanceof BadFeedAddress ? new UsageError(e.message) : e;
          },
        );
        if (done.note) out(done.note);
        out(done.added ? `added feed ${done.feed.id}: ${done.feed.url}` : `already subscribed: feed ${done.feed.id}: ${done.feed.url}`);
      });
    });

  sources
    .command('import')
    .description('subscribe to every feed of an OPML subscription list (feeds already there are left as they are)')
    .argument('<file>', 'an .opml file, as feed readers export them')
    .action(async (file: string) => {
      const listed = readSubscriptionList(file);
      const usable = listed.filter((s) => isHttp(s.feedUrl));
      await withStore(g(), async (store) => {
        let added = 0;
        await store.beginBatch();
        for (const s of usable) {
          if ((await store.addFeed({ url: s.feedUrl, title: s.title, siteUrl: s.siteUrl, category: s.category })).added) added++;
        }
        await store.commitBatch();
        const skipped = listed.length - usable.length;
        out(`${added} added, ${usable.length - added} already present${skipped ? `, ${skipped} skipped (not an http or https address)` : ''}`);
      });
    });

  sources
    .command('export')
    .description('the subscriptions as an OPML list, for a feed reader or `sources import`')
    .option('--output <file>', 'write it to this file instead of standard output')
    .action(async (opts: { output?: string }) => {
      await withStore(g(), async (store) => {
        const feeds = await store.listFeeds();
        const opml = writeOpml(feeds.map((f) => ({ feedUrl: f.url, title: f.title, siteUrl: f.siteUrl, category: f.category })));
        if (opts.output === undefined) out(opml);
        else {
          writeFileSync(opts.output, opml.endsWith('\n') ? opml : `${opml}\n`);
          out(`${feeds.length} feed${feeds.length === 1 ? '' : 's'} written to ${opts.output}`);
        }
      });
    });

  sources
    .command('list')
    .description('the subscriptions and their health: last success, last error, failures in a row, next poll')
    .option('--json', 'machine-readable output, every field')
    .action(async (opts: { json?: boolean }) => {
      await withStore(g(), async (store) => {
        const feeds = await store.listFeeds();
        out(opts.json ? JSON.stringify(feeds, null, 2) : printFeeds(feeds, new Date()));
      });
    });

  sources
    .command('remove')
    .description('unsubscribe from a feed; the articles already taken from it stay')
    .argument('<feed>', 'its id (see `sources list`) or its address')
    .action(async (which: string) => {
      const key = /^\d+$/u.test(which) ? Number(which) : feedAddressOf(which);
      await withStore(g(), async (store) => {
        const feed = await store.getFeed(key);
        if (!feed || !(await store.removeFeed(feed.id))) throw new UsageError(`no feed ${which} (see crosswire sources list)`);
        out(`removed feed ${feed.id}: ${feed.url}`);
      });
    });
}

/** The address policy of a fetch: public addresses only, unless the user opens the local network. */
function fetchPolicy(allowPrivate: boolean | undefined): FetchOptions {
  return allowPrivate ? { allowAddress: () => true } : {};
}

function isHttp(url: string): boolean {
  return /^https?:$/u.test(new URL(url).protocol);
}

/** The normalised address of a feed the user named; a usage error when it cannot be one. */
function feedAddressOf(text: string): string {
  try {
    return feedAddress(text);
  } catch (e) {
    throw e instanceof BadFeedAddress ? new UsageError(e.message) : e;
  }
}

/** The feeds of an OPML file; anything else is refused before a single feed is added. */
function readSubscriptionList(file: string): ReturnType<typeof readOpml> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`${file}: no such file`);
  if (statSync(file).size > MAX_FILE_BYTES) throw new UsageError(`${file}: larger than ${MAX_FILE_BYTES / 1048576} MB`);
  try {
    return readOpml(readFileSync(file, 'utf8'));
  } catch (e) {
    if (e instanceof FeedError) throw new UsageError(`${file}: ${e.message}`);
    throw e;
  }
}

function roundAll<T extends object>(scores: T): T {
  return Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])) as T;
}

function round(x: number | undefined, digits = 4): number {
  const f = 10 ** digits;
  return Math.round((x ?? 0) * f) / f;
}
