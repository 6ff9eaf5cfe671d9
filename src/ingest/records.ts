// JSON and JSON Lines news records.
import type { NewsRecord, ParsedDocument, RawDocument } from '../model.js';

function asString(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return null;
}

/** Checks one parsed value is a news record; returns the reason when it is not. */
export function toRecord(value: unknown): NewsRecord | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const o = value as Record<string, unknown>;
  const id = asString(o['id']);
  const title = asString(o['title']) ?? '';
  const text = asString(o['text']) ?? asString(o['body']) ?? asString(o['content']);
  if (id === null) return 'record has no "id"';
  if (text === null && !title && asString(o['html']) === null) return `record ${id} has neither "title" nor "text"`;
  return {
    id,
    title,
    text: text ?? '',
    url: asString(o['url']),
    source: asString(o['source']),
    published: asString(o['published']),
    lang: asString(o['lang']),
    html: asString(o['html']),
  };
}

export function recordDocument(file: string, value: unknown, where: string): ParsedDocument {
  const r = toRecord(value);
  if (typeof r === 'string') return { kind: 'error', origin: `${file}${where}`, reason: r };
  return { kind: 'record', origin: `${file}#${r.id}`, record: r };
}

/** Parses one JSON Lines line; blank lines yield nothing. */
export function parseJsonLine(file: string, line: string, lineNumber: number): ParsedDocument | null {
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { kind: 'error', origin: `${file}:${lineNumber}`, reason: `invalid JSON on line ${lineNumber}: ${(e as Error).message}` };
  }
  return recordDocument(file, value, `:${lineNumber}`);
}

/** A .json file holds one record, an array of records, or `{"articles": [...]}`. */
export function parseJsonFile(file: string, text: string): RawDocument[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return [{ kind: 'error', origin: file, reason: `invalid JSON: ${(e as Error).message}` }];
  }
  const list =
    Array.isArray(value) ? value
    : value && typeof value === 'object' && Array.isArray((value as Record<string, unknown>)['articles'])
      ? ((value as Record<string, unknown>)['articles'] as unknown[])
      : [value];
  return list.map((v, i) => recordDocument(file, v, list.length > 1 ? `[${i}]` : ''));
}
