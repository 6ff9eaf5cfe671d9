// Title exact-match against the project's own hand labels. The labels are stored as SHA-256 hashes of the
// normalised headline, so that no text of a data set is kept in the project (eval/labels/README.md).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** eval/labels/ of the project: the same from src/eval/ (tsx) and dist/eval/ (built), whatever the cwd. */
export const LABELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'eval', 'labels');

/** The form labels and predictions are compared in: Unicode NFC, every run of whitespace one space, trimmed. */
export function normaliseTitle(title: string): string {
  return title.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Lower-case hex SHA-256 of the normalised title (UTF-8). */
export function titleHash(title: string): string {
  return createHash('sha256').update(normaliseTitle(title), 'utf8').digest('hex');
}

export function titleMatches(predicted: string, labelHash: string): boolean {
  return titleHash(predicted) === labelHash.toLowerCase();
}

/** `{page id: hash}` from `labelsDir/<name>.titles.json`, or null when the data set has no title labels. */
export function readTitleLabels(name: string, labelsDir: string = LABELS_DIR): Record<string, string> | null {
  const path = join(labelsDir, `${name}.titles.json`);
  if (!existsSync(path)) return null;
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${path}: expected {"<id>": "<sha256 hex>"}`);
  for (const [id, hash] of Object.entries(parsed)) {
    if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/iu.test(hash)) throw new Error(`${path}: the label of ${id} is not a SHA-256 hex digest`);
  }
  return parsed as Record<string, string>;
}

export interface TitleScore {
  /** Labelled pages whose extracted title matches the label. */
  matched: number;
  /** Labelled pages among the data set's rows. */
  total: number;
  /** The labelled pages whose title does not match, with the title extracted. */
  mismatches: Array<{ id: string; title: string }>;
}

/** Exact match of the predicted titles on the pages that have a label (a page without a prediction counts as ''). */
export function scoreTitles(labels: Record<string, string>, predicted: Record<string, string>, ids: string[]): TitleScore {
  const labelled = ids.filter((id) => Object.hasOwn(labels, id));
  const mismatches = labelled
    .filter((id) => !titleMatches(predicted[id] ?? '', labels[id] as string))
    .map((id) => ({ id, title: normaliseTitle(predicted[id] ?? '') }));
  return { matched: labelled.length - mismatches.length, total: labelled.length, mismatches };
}
