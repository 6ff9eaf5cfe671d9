// The synthetic stream (corpus.ts) as a file to import, shared by the benchmarks that import it the way
// `crosswire ingest` would (`cluster`, `serve`).
import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { newsStream } from './corpus.js';

/**
 * The stream written to a JSON Lines file, so that the benchmark imports it as `crosswire ingest` would:
 * the file read line by line, each line parsed where it is prepared. Writing it is not timed.
 */
export async function corpusFile(path: string, articles: number, days: number, large = 0): Promise<number> {
  const out = createWriteStream(path);
  for (const record of newsStream({ articles, days, large })) {
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return statSync(path).size;
}

export function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(0)} MB`;
}
