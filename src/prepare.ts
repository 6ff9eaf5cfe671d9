// The stages that need nothing but the document itself — extract, then analyze — run here, so that
// they can run in worker threads while matching (which needs the shared state) stays in order. Whatever
// else depends on the document alone is worked out here too, off the main thread.
import { createHash } from 'node:crypto';
import { analyze } from './analyze/analyze.js';
import { contentTerms } from './analyze/tokens.js';
import { extract, outletDomain } from './extract/extract.js';
import { parseJsonLine } from './ingest/records.js';
import type { Analysis, ExtractedArticle, RawDocument } from './model.js';
import type { RawVector } from './match/features.js';
import type { ArticleFeatures } from './store/store.js';

export type Prepared =
  | {
      ok: true;
      origin: string;
      kind: RawDocument['kind'];
      article: ExtractedArticle;
      analysis: Analysis;
      /** Idempotency key: content and address (or outlet), so that re-running an import stores nothing twice. */
      dedupeKey: string;
      outlet: { name: string; domain: string | null } | null;
      /** Content terms of the title: a story's headline is chosen by them (see chooseHeadline). */
      titleTerms: string[];
      /** `features(analysis)` as JSON, when a worker thread serialised it already (it is stored so). */
      featuresJson?: string;
      /** `rawVector(features(analysis))`, when a worker thread built it already. */
      raw?: RawVector;
    }
  | { ok: false; origin: string; reason: string };

/** What matching compares an article by, and what the store keeps of it to rebuild the match index. */
export function features(analysis: Analysis): ArticleFeatures {
  return { terms: analysis.terms, lead: analysis.lead, mentions: analysis.mentions, numbers: analysis.numbers };
}

/** Never throws: a document that cannot be prepared comes back with the reason. */
export function prepare(raw: RawDocument): Prepared {
  const doc = raw.kind === 'line' ? (parseJsonLine(raw.file, raw.line, raw.lineNumber) ?? { kind: 'error' as const, origin: raw.origin, reason: 'blank line' }) : raw;
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
    const analysis = analyze(article);
    return {
      ok: true,
      origin: doc.origin,
      kind: doc.kind,
      article,
      analysis,
      dedupeKey: createHash('sha256').update(`${analysis.contentHash}\n${article.url ?? article.outlet ?? ''}`).digest('hex'),
      outlet: article.outlet ? { name: article.outlet, domain: outletDomain(article) } : null,
      titleTerms: contentTerms(article.title),
    };
  } catch (e) {
    return { ok: false, origin: doc.origin, reason: `analysis failed: ${(e as Error).message}` };
  }
}
