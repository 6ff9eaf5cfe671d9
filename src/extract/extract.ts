// The extract stage: any raw document → an article with clean text and metadata.
import type { ExtractedArticle, NewsRecord, ParsedDocument } from '../model.js';
import { collapseSpaces } from '../util/spaces.js';
import { parseDate } from './dates.js';
import { extractHtml } from './html.js';
import { extractText } from './text.js';

function fromRecord(origin: string, r: NewsRecord): ExtractedArticle {
  // Records are already clean; only normalise line breaks and spacing.
  const text = r.text
    .replace(/\r\n?/gu, '\n')
    .split(/\n\s*\n|\n/u)
    .map((p) => collapseSpaces(p).trim())
    .filter(Boolean)
    .join('\n\n');
  let domain: string | null = null;
  try {
    domain = r.url ? new URL(r.url).hostname.replace(/^www\./u, '') : null;
  } catch {
    domain = null;
  }
  return {
    origin,
    url: r.url ?? null,
    title: collapseSpaces(r.title).trim(),
    text,
    byline: null,
    published: parseDate(r.published),
    outlet: r.source ?? domain,
    lang: r.lang ?? null,
    removed: [],
    incomplete: text ? null : r.title.trim() ? 'headline only: the record has no text' : 'the record has neither title nor text',
    // A record's text is plain; a picture it may name is not read yet.
    html: null,
    image: null,
  };
}

export function extract(doc: Exclude<ParsedDocument, { kind: 'error' }>): ExtractedArticle {
  switch (doc.kind) {
    case 'text':
      return extractText({ origin: doc.origin, text: doc.text });
    case 'html':
      return extractHtml({ origin: doc.origin, html: doc.html, url: doc.url });
    case 'record':
      return fromRecord(doc.origin, doc.record);
  }
}

export function outletDomain(article: ExtractedArticle): string | null {
  if (!article.url) return null;
  try {
    return new URL(article.url).hostname.replace(/^www\./u, '').toLowerCase();
  } catch {
    return null;
  }
}
