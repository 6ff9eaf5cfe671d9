// `crosswire eval cluster`: the same ingestion and matching as `crosswire ingest`, one record at a time,
// in a temporary store, scored against the records' gold labels (which the pipeline never sees).
import { mkdtempSync, rmSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseDate } from '../extract/dates.js';
import type { MatchParams } from '../match/features.js';
import type { NewsRecord } from '../model.js';
import { Pipeline } from '../pipeline.js';
import { toRecord } from '../ingest/records.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { rng } from '../util/random.js';
import { bcubed } from './bcubed.js';

export interface ClusterEvalResult {
  precision?: number;
  recall?: number;
  f1?: number;
  stories: number;
  gold_stories?: number;
  articles: number;
  failed: number;
  seconds: number;
  assignment: Record<string, string>;
}

interface LabelledRecord {
  record: NewsRecord;
  label: string | null;
  order: number;
}

async function readRecords(path: string): Promise<LabelledRecord[]> {
  const out: LabelledRecord[] = [];
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new Error(`${path}:${n}: invalid JSON: ${(e as Error).message}`);
    }
    const record = toRecord(value);
    if (typeof record === 'string') throw new Error(`${path}:${n}: ${record}`);
    const label = (value as Record<string, unknown>)['label'];
    out.push({ record, label: typeof label === 'string' || typeof label === 'number' ? String(label) : null, order: n });
  }
  return out;
}

/**
 * The order records arrive in: by publication time where they carry one, file order otherwise. With a
 * seed, file order is replaced by a reproducible random one: an online matcher's result depends on
 * arrival order, and a file grouped by story (NeuS is) arrives more kindly than any real stream would.
 */
export function streamOrder<T extends { record: NewsRecord; order: number }>(rows: readonly T[], seed?: number): T[] {
  const position = new Map<T, number>(rows.map((r) => [r, r.order]));
  if (seed !== undefined) {
    const shuffled = [...rows];
    const random = rng(seed);
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j] as T, shuffled[i] as T];
    }
    shuffled.forEach((r, i) => position.set(r, i));
  }
  const time = (r: T): number => {
    const p = parseDate(r.record.published);
    return p ? Date.parse(p) : Number.NaN;
  };
  return [...rows].sort((a, b) => {
    const ta = time(a);
    const tb = time(b);
    if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta - tb;
    return (position.get(a) as number) - (position.get(b) as number);
  });
}

export async function evalCluster(
  input: string,
  options: { params?: Partial<MatchParams>; onProgress?: (done: number, total: number) => void; shuffle?: number } = {},
): Promise<ClusterEvalResult> {
  const rows = await readRecords(input);
  const ordered = streamOrder(rows, options.shuffle);
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-eval-'));
  const store = new SqliteStore(join(dir, 'eval.db'));
  const started = performance.now();
  try {
    // A fixed clock: records without dates all "arrive" at one moment, as one batch of news would.
    const pipeline = await Pipeline.open(store, { params: options.params, clock: () => Date.parse('2026-01-01T00:00:00Z') });
    const articleOf = new Map<string, number>();
    let failed = 0;
    for (const [i, row] of ordered.entries()) {
      const outcome = await pipeline.ingest({ kind: 'record', origin: `${input}#${row.record.id}`, record: row.record });
      if (outcome.status === 'failed') failed++;
      else articleOf.set(row.record.id, outcome.articleId);
      options.onProgress?.(i + 1, ordered.length);
    }
    // Stories can merge after an article joined one, so the assignment is read back at the end.
    const assignment: Record<string, string> = {};
    for (const [id, articleId] of articleOf) {
      const a = await store.getArticle(articleId);
      if (a?.storyId != null) assignment[id] = String(a.storyId);
    }
    const seconds = (performance.now() - started) / 1000;
    const stories = new Set(Object.values(assignment)).size;
    const labelled = rows.filter((r) => r.label !== null);
    const result: ClusterEvalResult = { stories, articles: rows.length, failed, seconds, assignment };
    if (labelled.length) {
      const gold = new Map(labelled.map((r) => [r.record.id, r.label as string]));
      // An article that failed ingestion is its own singleton: it was not grouped with anything.
      const predicted = new Map(labelled.map((r) => [r.record.id, assignment[r.record.id] ?? `failed:${r.record.id}`]));
      Object.assign(result, bcubed(predicted, gold), { gold_stories: new Set(gold.values()).size });
    }
    return result;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
