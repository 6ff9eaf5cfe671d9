// An import: files and folders through the pipeline, one document at a time, with a tally.
import { listFiles, readDocuments } from './ingest/files.js';
import type { IngestOutcome } from './model.js';
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
): Promise<ImportSummary> {
  const started = performance.now();
  const summary: ImportSummary = { files: 0, new: 0, duplicates: 0, failed: [], stories: [], seconds: 0 };
  const stories = new Set<number>();
  for await (const file of listFiles(paths)) {
    summary.files++;
    if ('error' in file) {
      const outcome: IngestOutcome = { status: 'failed', origin: file.path, reason: file.error };
      summary.failed.push({ origin: file.path, reason: file.error });
      onOutcome?.(outcome, summary);
      continue;
    }
    for await (const doc of readDocuments(file.path)) {
      let outcome: IngestOutcome;
      try {
        outcome = await pipeline.ingest(doc);
      } catch (e) {
        // One bad document must not end the import; the store keeps everything committed so far.
        outcome = { status: 'failed', origin: doc.origin, reason: `internal error: ${(e as Error).message}` };
      }
      if (outcome.status === 'new') {
        summary.new++;
        stories.add(outcome.storyId);
      } else if (outcome.status === 'duplicate') summary.duplicates++;
      else summary.failed.push({ origin: outcome.origin, reason: outcome.reason });
      onOutcome?.(outcome, summary);
    }
  }
  summary.stories = [...stories].sort((a, b) => a - b);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
