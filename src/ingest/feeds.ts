// A feed's text → its items, whatever the format (RSS 0.9x/2.0, RSS 1.0/RDF, Atom, JSON Feed): feedsmith
// reads the formats; this module turns each into the one shape ingestion needs, with addresses made
// absolute and each item's text as plain paragraphs. Dates stay as the feed wrote them: the extract stage
// normalises every date the same way (extract/dates.ts), feed or page.
import { parseFeed } from 'feedsmith';
import { Parser } from 'htmlparser2';
import type { NewsRecord } from '../model.js';
import { collapseSpaces } from '../util/spaces.js';

export class FeedError extends Error {}

export interface FeedItem {
  /** The feed's own identifier for the item (RSS guid, Atom id, JSON Feed id, RDF about), if any. */
  guid: string | null;
  /** The item's page, absolute. */
  url: string | null;
  title: string;
  /** The item's text as the feed gives it, as plain paragraphs: a summary or the whole article. */
  text: string;
  /** The item's full content as HTML, when the feed carries it (content:encoded, Atom content, content_html). */
  contentHtml: string | null;
  /** As the feed wrote it (RFC 822, ISO 8601, ...). */
  published: string | null;
  author: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  /** The site the feed belongs to. */
  link: string | null;
  items: FeedItem[];
}

type Loose = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);
/** Atom text constructs come as {value}; plain formats as strings. */
const textOf = (v: unknown): string | null => str(v) ?? (v && typeof v === 'object' ? str((v as Loose)['value']) : null);
const first = <T>(v: unknown): T | undefined => (Array.isArray(v) ? (v[0] as T | undefined) : undefined);

function absolute(url: string | null, base: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** Block-level tags: where a feed's HTML breaks into paragraphs. */
const BREAKS = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'section', 'article', 'figcaption']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** HTML (or plain text, which passes through) → paragraphs separated by a blank line. */
export function htmlToText(html: string): string {
  if (!/[<&]/u.test(html)) return html.split(/\n\s*\n/u).map((p) => collapseSpaces(p).trim()).filter(Boolean).join('\n\n');
  let out = '';
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skip++;
        else if (BREAKS.has(name)) out += '\n\n';
      },
      onclosetag(name) {
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        else if (BREAKS.has(name)) out += '\n\n';
      },
      ontext(t) {
        if (!skip) out += t;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out
    .split(/\n\s*\n/u)
    .map((p) => collapseSpaces(p).trim())
    .filter(Boolean)
    .join('\n\n');
}

function item(raw: Loose, format: ParsedFeed['format'], base: string | null): FeedItem {
  let guid: string | null;
  let link: string | null;
  let summary: string | null;
  let content: string | null;
  let published: string | null;
  let author: string | null;
  const dc = (raw['dc'] ?? {}) as Loose;
  switch (format) {
    case 'atom': {
      const links = (Array.isArray(raw['links']) ? raw['links'] : []) as Loose[];
      const alternate = links.find((l) => !l['rel'] || l['rel'] === 'alternate') ?? links[0];
      guid = str(raw['id']);
      link = str(alternate?.['href']);
      content = textOf(raw['content']);
      summary = textOf(raw['summary']);
      published = str(raw['published']) ?? str(raw['updated']);
      author = str(first<Loose>(raw['authors'])?.['name']);
      break;
    }
    case 'json': {
      guid = str(raw['id']);
      link = str(raw['url']) ?? str(raw['external_url']);
      content = str(raw['content_html']);
      summary = str(raw['summary']) ?? str(raw['content_text']);
      published = str(raw['date_published']) ?? str(raw['date_modified']);
      author = str(first<Loose>(raw['authors'])?.['name']) ?? str((raw['author'] as Loose | undefined)?.['name']);
      break;
    }
    default: {
      // RSS and RDF.
      const rdf = (raw['rdf'] ?? {}) as Loose;
      guid = textOf(raw['guid']) ?? str(rdf['about']);
      link = str(raw['link']) ?? (raw['guid'] && (raw['guid'] as Loose)['isPermaLink'] !== false ? textOf(raw['guid']) : null);
      content = str((raw['content'] as Loose | undefined)?.['encoded']);
      summary = str(raw['description']);
      published = str(raw['pubDate']) ?? str(first(dc['dates'])) ?? str(dc['date']);
      author = str(first(dc['creators'])) ?? str(dc['creator']) ?? str(first<Loose>(raw['authors'])?.['name']) ?? str(raw['author']);
    }
  }
  const url = absolute(link, base) ?? (guid && /^https?:\/\//iu.test(guid) ? guid : null);
  const html = content ?? (summary && /<[a-z]/iu.test(summary) ? summary : null);
  return {
    guid,
    url,
    title: htmlToText(textOf(raw['title']) ?? ''),
    text: htmlToText(content ?? summary ?? ''),
    contentHtml: html,
    published,
    author,
  };
}

/** Reads a feed; a text that is not a feed, or a feed too broken to read, raises a FeedError saying so. */
export function parseFeedText(text: string, feedUrl: string | null = null): ParsedFeed {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(text) as { format: string; feed: unknown };
  } catch (e) {
    const why = (e as Error).message || String(e);
    throw new FeedError(/unrecognized/iu.test(why) ? 'not a feed (no RSS, Atom, RDF or JSON Feed document found)' : `malformed feed: ${why}`);
  }
  const format = parsed.format as ParsedFeed['format'];
  const feed = (parsed.feed ?? {}) as Loose;
  const link = format === 'json' ? str(feed['home_page_url']) : format === 'atom' ? str(first<Loose>(feed['links'])?.['href']) : str(feed['link']);
  const base = feedUrl ?? link;
  const rawItems = (format === 'atom' ? feed['entries'] : feed['items']) as Loose[] | undefined;
  // An item the feed gives twice (the same guid, or the same address) is read once.
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const raw of rawItems ?? []) {
    const it = item(raw, format, base);
    const key = it.guid ?? it.url;
    if (key && seen.has(key)) continue;
    if (key) seen.add(key);
    items.push(it);
  }
  return { format, title: textOf(feed['title']), link: absolute(link, feedUrl), items };
}

/**
 * An item as a news record for the extract stage. The id is the feed's guid, else the page's address: a
 * republished item keeps its guid when its address changes, and keeps its address when a feed has no guids.
 */
export function itemRecord(it: FeedItem, outlet: string | null): NewsRecord | null {
  const id = it.guid ?? it.url;
  if (!id || (!it.title && !it.text)) return null;
  return { id, title: it.title, text: it.text, url: it.url, source: outlet, published: it.published };
}
