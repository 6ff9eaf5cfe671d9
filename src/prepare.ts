// The stages that need nothing but the document itself — extract, then analyze — run here, so that
// they can run in worker threads while matching (which needs the shared state) stays in order.
import { analyze } from './analyze/analyze.js';
import { extract } from './extract/extract.js';
import type { Analysis, ExtractedArticle, RawDocument } from './model.js';

export type Prepared =
  | { ok: true; origin: string; kind: RawDocument['kind']; article: ExtractedArticle; analysis: Analysis }
  | { ok: false; origin: string; reason: string };

/** Never throws: a document that cannot be prepared comes back with the reason. */
export function prepare(doc: RawDocument): Prepared {
  if (doc.kind === 'error') return { ok: false, origin: doc.origin, reason: doc.reason };
  let article: ExtractedArticle;
  try {
    article = extract(doc);
  } catch (e) {
    return { ok: false, origin: doc.origin, reason: `extraction failed: ${(e as Error).message}` };
  }
  // A feed record may be a headline alone; a page or a scrape without text holds no article.
  if (!article.text.trim() && (doc.kind !== 'record' || !article.title)) {
    return { ok: false, origin: doc.origin, reason: article.incomplete ?? 'no article text found' };
  }
  try {
    return { ok: true, origin: doc.origin, kind: doc.kind, article, analysis: analyze(article) };
  } catch (e) {
    return { ok: false, origin: doc.origin, reason: `analysis failed: ${(e as Error).message}` };
  }
}
