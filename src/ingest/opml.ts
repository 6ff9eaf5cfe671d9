// OPML, the list of subscriptions every feed reader imports and exports: read into sources, written back.
import { generateOpml, parseOpml } from 'feedsmith';
import { FeedError } from './feeds.js';

export interface OpmlSource {
  /** The feed's address. */
  feedUrl: string;
  title: string | null;
  /** The site's own page, when the list gives it. */
  siteUrl: string | null;
  /** The folder the reader kept it in ("News", "Tech"), if any. */
  category: string | null;
}

type Outline = { text?: string; title?: string; xmlUrl?: string; htmlUrl?: string; outlines?: Outline[] };

/** Every feed in an OPML document, folders flattened (the innermost folder kept), each address once. */
export function readOpml(text: string): OpmlSource[] {
  let doc: { body?: { outlines?: Outline[] } };
  try {
    doc = parseOpml(text) as typeof doc;
  } catch (e) {
    throw new FeedError(`not an OPML subscription list: ${(e as Error).message}`);
  }
  const out: OpmlSource[] = [];
  const seen = new Set<string>();
  const walk = (outlines: readonly Outline[], category: string | null): void => {
    for (const o of outlines) {
      if (o.xmlUrl) {
        let feedUrl: string;
        try {
          feedUrl = new URL(o.xmlUrl).href;
        } catch {
          continue;
        }
        if (!seen.has(feedUrl)) {
          seen.add(feedUrl);
          out.push({ feedUrl, title: feedTitle(o), siteUrl: o.htmlUrl ?? null, category });
        }
      }
      if (o.outlines?.length) walk(o.outlines, o.xmlUrl ? category : (o.title ?? o.text ?? category));
    }
  };
  walk(doc.body?.outlines ?? [], null);
  return out;
}

/** OPML requires a text on every outline: one that only repeats the address (as writeOpml writes it) is no title. */
function feedTitle(o: Outline): string | null {
  const title = o.title ?? o.text ?? null;
  return title === o.xmlUrl ? null : title;
}

/** An OPML 2.0 document of the sources, grouped in folders by category. */
export function writeOpml(sources: readonly OpmlSource[], title = 'Crosswire subscriptions'): string {
  // feedsmith refuses a body without outlines, yet an empty list must export and import back as one.
  if (!sources.length) return emptyOpml(title);
  const outline = (s: OpmlSource): Outline & { type: string } => ({
    text: s.title ?? s.feedUrl,
    ...(s.title ? { title: s.title } : {}),
    type: 'rss',
    xmlUrl: s.feedUrl,
    ...(s.siteUrl ? { htmlUrl: s.siteUrl } : {}),
  });
  const folders = new Map<string, OpmlSource[]>();
  const loose: OpmlSource[] = [];
  for (const s of sources) {
    if (s.category) folders.set(s.category, [...(folders.get(s.category) ?? []), s]);
    else loose.push(s);
  }
  const outlines = [...loose.map(outline), ...[...folders].map(([name, list]) => ({ text: name, title: name, outlines: list.map(outline) }))];
  return generateOpml({ head: { title }, body: { outlines } } as Parameters<typeof generateOpml>[0]);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function emptyOpml(title: string): string {
  const escaped = title.replace(/[&<>]/gu, (c) => XML_ESCAPES[c] ?? c);
  return `<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0">\n  <head>\n    <title>${escaped}</title>\n  </head>\n  <body/>\n</opml>\n`;
}
