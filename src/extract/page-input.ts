// One page or scrape given whole (a file, standard input) → its article: decoded, told HTML from text,
// and extracted. What `crosswire extract` runs.
import { declaredCharset, decodeText, looksBinary } from '../ingest/decode.js';
import type { ExtractedArticle } from '../model.js';
import { extractHtml } from './html.js';
import { extractText } from './text.js';

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|main|header|table)\b/iu;

/** Throws a clear error for input that holds no text at all. */
export function extractPage(origin: string, bytes: Uint8Array, url: string | null = null): ExtractedArticle {
  if (!bytes.length) throw new Error(`${origin}: empty input`);
  if (looksBinary(bytes.subarray(0, 8192))) throw new Error(`${origin}: binary input (not text)`);
  const { text } = decodeText(bytes, declaredCharset(bytes));
  const isHtml = /\.x?html?$/iu.test(origin) || HTML_START.test(text);
  return isHtml ? extractHtml({ origin, html: text, url }) : { ...extractText({ origin, text }), ...(url ? { url } : {}) };
}
