// An import: files and folders through the pipeline, one document at a time, with a tally.
import { listFiles, readDocuments } from './ingest/files.js';
import type { IngestOutcome, RawDocument } from './model.js';
import type { Pipeline } from './pipeline.js';

export interface ImportSummary {
  files: number;
  new: number;
  duplicates: number;
  failed: Array<{ origin: string; reason: string }>;
  stories: number[];
  seconds: number;
}

export async function importPaths(
  pipeline: Pipeline,
  paths: readonly string[],
  onOutcome?: (outcome: IngestOutcome, summary: ImportSummary) => void,
  workers = 0,
): Promise<ImportSummary> {
  const started = performance.now();
  const summary: ImportSummary = { files: 0, new: 0, duplicates: 0, failed: [], stories: [], seconds: 0 };
  const stories = new Set<number>();
  async function* documents(): AsyncGenerator<RawDocument> {
    for await (const file of listFiles(paths)) {
      summary.files++;
      if ('error' in file) yield { kind: 'error', origin: file.path, reason: file.error };
      else yield* readDocuments(file.path);
    }
  }
  await pipeline.ingestAll(
    documents(),
    (outcome) => {
      if (outcome.status === 'new') {
        summary.new++;
        stories.add(outcome.storyId);
      } else if (outcome.status === 'duplicate') summary.duplicates++;
      else summary.failed.push({ origin: outcome.origin, reason: outcome.reason });
      onOutcome?.(outcome, summary);
    },
    workers,
  );
  summary.stories = [...stories].sort((a, b) => a - b);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
