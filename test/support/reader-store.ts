// Hand-made stores for the reader and story-cache tests: articles saved straight into a SqliteStore with the
// times, outlets, stories and copies a test asks for (no matching), and a store that counts its calls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minhash } from '../../src/analyze/minhash.js';
import type { NewArticle, SavedArticle, Store } from '../../src/store/store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

/** The latest time of the hand-made stores: every article is dated some hours before it. */
export const LATEST = Date.parse('2026-05-10T12:00:00.000Z');

/** The ISO time `hours` before LATEST. */
export function hoursAgo(hours: number): string {
  return new Date(LATEST - hours * 3_600_000).toISOString();
}

export interface ReaderDoc {
  title: string;
  text: string;
  /** Outlet name; null for none. Default "Harbour Times". */
  outlet?: string | null;
  /** Hours before LATEST it was published. Default 0. */
  age?: number;
  /** Story to join; null (default) opens a new one. */
  storyId?: number | null;
  copyOf?: number | null;
  supersedes?: number;
  headline?: string;
}

let keyNo = 0;

export function readerArticle(d: ReaderDoc): NewArticle {
  const n = ++keyNo;
  const storyId = d.storyId ?? null;
  const copyOf = d.copyOf ?? null;
  const outlet = d.outlet === undefined ? 'Harbour Times' : d.outlet;
  return {
    dedupeKey: `reader-${n}`,
    contentHash: `reader-hash-${n}`,
    origin: `test/reader-${n}.txt`,
    url: outlet ? `https://${outlet.toLowerCase().replace(/[^a-z]+/gu, '-')}.example/${n}` : null,
    title: d.title,
    text: d.text,
    byline: null,
    published: hoursAgo(d.age ?? 0),
    outlet: outlet ? { name: outlet, domain: null } : null,
    lang: 'en',
    wordCount: d.text.split(/\s+/u).length,
    incomplete: null,
    removed: [],
    features: { terms: {}, lead: {}, mentions: [], numbers: [] },
    minhash: minhash(d.text),
    assignment: { storyId, reason: copyOf !== null ? 'copy' : storyId === null ? 'new' : 'similar', score: 0.8, copyOf, ties: [] },
    ...(d.supersedes !== undefined ? { supersedes: d.supersedes } : {}),
    headline: d.headline ?? d.title,
  };
}

export interface ReaderStore {
  store: SqliteStore;
  path: string;
  save(d: ReaderDoc): Promise<SavedArticle>;
  /** Saves a story's reports (the first opens it, the others join it) and returns their ids. */
  story(...docs: ReaderDoc[]): Promise<{ storyId: number; articleIds: number[] }>;
}

/** A fresh store in its own temp folder, closed and removed when the test ends. */
export function readerStore(t: { after(fn: () => Promise<void> | void): void }): ReaderStore {
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-reader-'));
  const path = join(dir, 'reader.db');
  const store = new SqliteStore(path);
  t.after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const save = (d: ReaderDoc) => store.saveArticle(readerArticle(d));
  return {
    store,
    path,
    save,
    async story(...docs) {
      const [first, ...rest] = docs;
      if (!first) throw new Error('a story needs an article');
      const opened = await save(first);
      const articleIds = [opened.articleId];
      for (const d of rest) {
        articleIds.push((await save({ headline: first.title, ...d, storyId: opened.storyId })).articleId);
      }
      return { storyId: opened.storyId, articleIds };
    },
  };
}

/** The store with every call counted by method name: to see what was (not) recomputed. */
export function countingStore(store: Store): { store: Store; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const counted = new Proxy(store, {
    get(target, prop, receiver) {
      const v: unknown = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function' || typeof prop !== 'string') return v;
      return (...args: unknown[]) => {
        calls.set(prop, (calls.get(prop) ?? 0) + 1);
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: counted, calls };
}
