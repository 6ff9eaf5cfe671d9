// Local files and folders → raw documents, one at a time, so that an import of any size runs in
// constant memory. Bad files become error documents; they never stop the walk.
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RawDocument } from '../model.js';
import { DecodeError, declaredCharset, decodeText, looksBinary } from './decode.js';
import { parseJsonFile } from './records.js';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const TEXT = new Set(['.txt', '.text']);
const HTML = new Set(['.html', '.htm', '.xhtml']);
const JSON_FILE = new Set(['.json']);
const JSON_LINES = new Set(['.jsonl', '.ndjson']);

export function isSupported(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return TEXT.has(ext) || HTML.has(ext) || JSON_FILE.has(ext) || JSON_LINES.has(ext);
}

/** Every supported file under the paths, in a stable (sorted) order. Named files are taken whatever their type. */
export async function* listFiles(paths: readonly string[]): AsyncGenerator<{ path: string } | { path: string; error: string }> {
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch (e) {
      yield { path: p, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
      continue;
    }
    if (info.isDirectory()) {
      let entries;
      try {
        entries = await readdir(p, { withFileTypes: true });
      } catch (e) {
        yield { path: p, error: `cannot list folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
        continue;
      }
      const children = entries
        .filter((d) => !d.name.startsWith('.'))
        .filter((d) => d.isDirectory() || isSupported(d.name))
        .map((d) => join(p, d.name))
        .sort();
      yield* listFiles(children);
    } else if (isSupported(p)) {
      yield { path: p };
    } else {
      yield { path: p, error: `unsupported file type "${extname(p) || '(none)'}" (expected .txt, .html, .json or .jsonl)` };
    }
  }
}

async function* readJsonLines(path: string): AsyncGenerator<RawDocument> {
  const head = Buffer.alloc(8192);
  const fd = await open(path, 'r');
  const { bytesRead } = await fd.read(head, 0, head.length, 0);
  await fd.close();
  if (bytesRead === 0) {
    yield { kind: 'error', origin: path, reason: 'empty file' };
    return;
  }
  if (looksBinary(head.subarray(0, bytesRead))) {
    yield { kind: 'error', origin: path, reason: 'binary file (not text)' };
    return;
  }
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    const text = n === 1 ? line.replace(/^\uFEFF/u, '') : line;
    if (text.trim()) yield { kind: 'line', origin: `${path}:${n}`, file: path, line: text, lineNumber: n };
  }
}

/** Reads one file into raw documents (one, or one per record). */
export async function* readDocuments(path: string): AsyncGenerator<RawDocument> {
  const ext = extname(path).toLowerCase();
  try {
    if (JSON_LINES.has(ext)) {
      yield* readJsonLines(path);
      return;
    }
    const info = await stat(path);
    if (info.size > MAX_FILE_BYTES) {
      yield { kind: 'error', origin: path, reason: `file too large (${(info.size / 1048576).toFixed(1)} MB; limit ${MAX_FILE_BYTES / 1048576} MB)` };
      return;
    }
    const bytes = await readFile(path);
    if (HTML.has(ext)) {
      const { text } = decodeText(bytes, declaredCharset(bytes));
      yield { kind: 'html', origin: path, html: text, url: null };
    } else if (JSON_FILE.has(ext)) {
      yield* parseJsonFile(path, decodeText(bytes).text);
    } else {
      yield { kind: 'text', origin: path, text: decodeText(bytes).text };
    }
  } catch (e) {
    const reason = e instanceof DecodeError ? e.message : `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    yield { kind: 'error', origin: path, reason };
  }
}
