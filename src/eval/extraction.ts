// `crosswire eval extract`: every page of an extraction data set through Crosswire's HTML extractor,
// scored with the data set's own published metric, beside the published outputs of other extractors.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../extract/html.js';
import { declaredCharset, decodeText } from '../ingest/decode.js';
import { type PageCounts, type Scores, type SegmentCounts, segmentCounts, segmentScores, shingleCounts, shingleScores } from './extraction-metrics.js';
import { LABELS_DIR, readTitleLabels, scoreTitles, type TitleScore } from './titles.js';

export interface GoldRow {
  id: string;
  url: string | null;
  html: string;
  body?: string;
  with?: string[];
  without?: string[];
}

export interface PeerScores extends Scores {
  name: string;
}

export interface ExtractEvalResult {
  pages: number;
  /** Pages whose extraction threw: scored as an empty text. */
  failed: Array<{ id: string; reason: string }>;
  /** Which metric the gold rows allow: body shingles, passages in and out, or none. */
  metric: 'shingles' | 'segments' | null;
  scores?: Scores & { accuracy?: number };
  peers: PeerScores[];
  /** Extraction alone (decoding included, reading files not). */
  seconds: number;
  predictions: Record<string, { articleBody: string }>;
  /** The extracted titles, by page id. */
  titles: Record<string, string>;
  /** Title exact-match, when the project has title labels for the data set (eval/labels/<folder name>.titles.json). */
  titleScore?: TitleScore;
}

export interface ExtractEvalOptions {
  onProgress?: (done: number, total: number) => void;
  /** Where the title labels are looked for: the project's eval/labels/ unless told. */
  labelsDir?: string;
}

/** The rows of `dir/gold.jsonl`, each checked to name a page. */
export function readGold(dir: string): GoldRow[] {
  const path = join(dir, 'gold.jsonl');
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      let row: Partial<GoldRow>;
      try {
        row = JSON.parse(line) as Partial<GoldRow>;
      } catch (e) {
        throw new Error(`${path}:${n}: invalid JSON: ${(e as Error).message}`);
      }
      if (typeof row.id !== 'string' || typeof row.html !== 'string') throw new Error(`${path}:${n}: a row needs "id" and "html"`);
      return row as GoldRow;
    });
}

export function pageBytes(dir: string, row: GoldRow): Buffer {
  const raw = readFileSync(join(dir, row.html));
  return row.html.endsWith('.gz') ? gunzipSync(raw) : raw;
}

/** A row's page as text, decoded as ingestion decodes it. */
export function pageHtml(dir: string, row: GoldRow): string {
  const bytes = pageBytes(dir, row);
  return decodeText(bytes, declaredCharset(bytes)).text;
}

/** The published outputs in `dir/peers/*.json` (`{"output": {id: {"articleBody"}}}`), by extractor name. */
function readPeers(dir: string): Map<string, Record<string, { articleBody?: string }>> {
  const peers = new Map<string, Record<string, { articleBody?: string }>>();
  let files: string[];
  try {
    files = readdirSync(join(dir, 'peers')).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return peers;
  }
  for (const f of files) {
    const parsed = JSON.parse(readFileSync(join(dir, 'peers', f), 'utf8')) as { output?: Record<string, { articleBody?: string }> };
    if (parsed.output) peers.set(basename(f, '.json'), parsed.output);
  }
  return peers;
}

export function evalExtract(dir: string, { onProgress, labelsDir = LABELS_DIR }: ExtractEvalOptions = {}): ExtractEvalResult {
  const rows = readGold(dir);
  const predictions: Record<string, { articleBody: string }> = {};
  const titles: Record<string, string> = {};
  const failed: ExtractEvalResult['failed'] = [];
  let ms = 0;
  rows.forEach((row, i) => {
    const bytes = pageBytes(dir, row);
    const started = performance.now();
    let text = '';
    let title = '';
    try {
      const html = decodeText(bytes, declaredCharset(bytes)).text;
      ({ text, title } = extractHtml({ origin: row.id, html, url: row.url }));
    } catch (e) {
      failed.push({ id: row.id, reason: (e as Error).message });
    }
    ms += performance.now() - started;
    predictions[row.id] = { articleBody: text };
    titles[row.id] = title;
    onProgress?.(i + 1, rows.length);
  });

  const withBody = rows.filter((r) => typeof r.body === 'string');
  const withSegments = rows.filter((r) => Array.isArray(r.with) || Array.isArray(r.without));
  let metric: ExtractEvalResult['metric'] = null;
  let scores: ExtractEvalResult['scores'];
  const peers: PeerScores[] = [];
  if (withBody.length) {
    metric = 'shingles';
    const score = (predicted: (id: string) => string): Scores =>
      shingleScores(withBody.map((r): PageCounts => shingleCounts(r.body as string, predicted(r.id))));
    scores = score((id) => predictions[id]?.articleBody ?? '');
    for (const [name, output] of readPeers(dir)) peers.push({ name, ...score((id) => output[id]?.articleBody ?? '') });
    peers.sort((a, b) => b.f1 - a.f1);
  } else if (withSegments.length) {
    metric = 'segments';
    scores = segmentScores(withSegments.map((r): SegmentCounts => segmentCounts(predictions[r.id]?.articleBody ?? '', r.with ?? [], r.without ?? [])));
  }
  const labels = readTitleLabels(basename(resolve(dir)), labelsDir);
  const titleScore = labels ? scoreTitles(labels, titles, rows.map((r) => r.id)) : undefined;
  return { pages: rows.length, failed, metric, ...(scores ? { scores } : {}), peers, seconds: ms / 1000, predictions, titles, ...(titleScore ? { titleScore } : {}) };
}
