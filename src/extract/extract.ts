// The extract stage: any raw document → an article with clean text and metadata.
import type { ExtractedArticle, NewsRecord, ParsedDocument } from '../model.js';
import { collapseSpaces } from '../util/spaces.js';
import { parseDate } from './dates.js';
import { compareWithFeed } from './feed-check.js';
import { outletOfSyndicationNote } from './furniture.js';
import { extractHtml } from './html.js';
import { extractText } from './text.js';

/**
 * A record with its page: the article as the page holds it, checked against the record's own text (a
 * feed's full text or summary, feed-check.ts), with the record's own statements where the page is silent.
 * A page that yields no article leaves the record's text in its place, marked.
 */
function fromRecordPage(origin: string, r: NewsRecord, html: string): ExtractedArticle {
  const fromFeed = fromRecord(origin, r);
  const page = extractHtml({ origin, html, url: r.url ?? null });
  if (!page.text && fromFeed.text) return { ...fromFeed, incomplete: `${page.incomplete ?? 'no article text in the page'}; the record's own text is kept instead` };
  return {
    ...page,
    url: r.url ?? page.url,
    title: page.title || fromFeed.title,
    published: page.published ?? fromFeed.published,
    outlet: r.source ?? page.outlet ?? fromFeed.outlet,
    lang: r.lang ?? page.lang,
    incomplete: page.incomplete ?? compareWithFeed(page.text, fromFeed.text),
  };
}

function fromRecord(origin: string, r: NewsRecord): ExtractedArticle {
  // Records are already clean; only normalise line breaks and spacing.
  const text = r.text
    .normalize('NFC')
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
  const article = extractKind(doc);
  // A page that names no outlet may still say who published it in its syndication note.
  if (!article.outlet) {
    const named = outletOfSyndicationNote(article.removed);
    if (named) return { ...article, outlet: named };
  }
  return article;
}

function extractKind(doc: Exclude<ParsedDocument, { kind: 'error' }>): ExtractedArticle {
  switch (doc.kind) {
    case 'text':
      return extractText({ origin: doc.origin, text: doc.text });
    case 'html':
      return extractHtml({ origin: doc.origin, html: doc.html, url: doc.url });
    case 'record':
      return doc.record.html ? fromRecordPage(doc.origin, doc.record, doc.record.html) : fromRecord(doc.origin, doc.record);
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
