// Worker thread entry: makes an import's writes in the order sent, on a connection of its own (see
// write-behind.ts), and after each commit brings the search index up to date, off the matching thread.
import { parentPort, workerData } from 'node:worker_threads';
import { SearchCatchUp } from './sqlite/search-index.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { NextIds } from './store.js';
import type { WriterReply, WriterRequest } from './write-behind.js';

const port = parentPort;
if (!port) throw new Error('writer-thread runs as a worker thread');
const path = (workerData as { path: string }).path;
const store = new SqliteStore(path);
const search = new SearchCatchUp(path, store.identity());
/** Whether a commit left articles the search index lacks. */
let searchBehind = false;
/** The first write that failed: its batch is undone and every later write refused, as they may build on it. */
let failure: string | null = null;
let queue: Promise<void> = Promise.resolve();

const reply = (r: WriterReply): void => port.postMessage(r);

port.on('message', (requests: WriterRequest[]) => {
  queue = queue.then(async () => {
    for (const request of requests) await handle(request);
  });
});

async function handle(request: WriterRequest): Promise<void> {
  if (request.op === 'close') {
    try {
      if (failure !== null) await store.abandonBatch();
      await store.close();
      catchUpSearch();
      search.close();
    } catch (e) {
      failure ??= `could not close the store: ${(e as Error).message}`;
    }
    reply({ op: 'closed', error: failure });
    return;
  }
  if (failure !== null) {
    // Only a begin that waits for its ids is answered; the rest is refused without a word.
    if (request.op === 'begin' && !request.expect) reply({ op: 'failed', error: failure });
    return;
  }
  try {
    await write(request);
  } catch (e) {
    failure = `${what(request)}: ${(e as Error).message}`;
    await store.abandonBatch().catch(() => undefined);
    reply(request.op === 'begin' && !request.expect ? { op: 'failed', error: failure } : { op: 'fault', error: failure });
  }
}

async function write(request: Exclude<WriterRequest, { op: 'close' }>): Promise<void> {
  switch (request.op) {
    case 'begin': {
      await store.beginBatch();
      const next = await store.nextIds();
      if (!request.expect) reply({ op: 'begun', next });
      else if (!sameIds(next, request.expect)) {
        throw new Error(
          'another process wrote to the store between two batches of this import; what was imported so far is kept: run the import again to take in the rest',
        );
      }
      // Indexed once the matching thread has gone on, so that it never waits for the index.
      catchUpSearch();
      return;
    }
    case 'article': {
      const { ids } = request.article;
      const saved = await store.saveArticle(request.article);
      // Only another writer could have stored the same key meanwhile, and the batch's lock rules that out.
      if (ids && saved.articleId !== ids.articleId) throw new Error(`already stored as article ${saved.articleId}`);
      return;
    }
    case 'split':
      await store.splitStory(request.from, request.articleIds, request.headlines, request.to);
      return;
    case 'merge':
      await store.mergeStories(request.from, request.into, request.headline, request.score);
      return;
    case 'link':
      await store.linkThread(request.storyId, request.linkedStoryId, request.threadId, request.newThreadId);
      return;
    case 'signature':
      await store.saveThreadSignature(request.storyId, request.signature);
      return;
    case 'commit':
      await store.commitBatch();
      reply({ op: 'committed', articlesBelow: (await store.nextIds()).article });
      searchBehind = true;
      return;
  }
}

function sameIds(a: NextIds, b: NextIds): boolean {
  return a.article === b.article && a.story === b.story && a.thread === b.thread;
}

function catchUpSearch(): void {
  if (!searchBehind) return;
  searchBehind = false;
  try {
    search.run();
  } catch {
    // The search index is derived data (readers bring it up to date before they search): failing to
    // extend it must not fail the import.
  }
}

function what(request: Exclude<WriterRequest, { op: 'close' }>): string {
  switch (request.op) {
    case 'article':
      return `could not store ${request.article.origin}`;
    case 'begin':
      return 'could not begin a batch';
    case 'commit':
      return 'could not commit a batch';
    case 'split':
      return `could not split story ${request.from}`;
    case 'merge':
      return `could not merge story ${request.from} into ${request.into}`;
    case 'link':
      return `could not link story ${request.storyId} into a thread`;
    case 'signature':
      return `could not keep the thread signature of story ${request.storyId}`;
  }
}
