// Article metadata from the page's own declarations: JSON-LD, OpenGraph, article:* and plain meta tags.
import { parseDate } from './dates.js';
import { chooseHeadline, stripOutletFromTitle } from './headline.js';

export { stripOutletFromTitle };
import type { PageFacts } from './page-tree.js';

/** What the page shows, for what its head does not say or says for search engines only. */
export interface VisibleFacts {
  /** Texts of its <h1> elements, then of its <h2> elements, in page order. */
  h1: string[];
  h2: string[];
  /** The first byline element's text. */
  byline: string | null;
}

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  modified: string | null;
  outlet: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  /**
   * The pictures the page declares as its own, as written (maybe relative), most trusted first: JSON-LD
   * `image`, og:image, twitter:image, `<link rel="image_src">`. The caller resolves and vets them.
   */
  images: string[];
}

/** The host of an address, relative ones ("/news/dredging") read against the page's own. */
function hostOf(url: string | null, base: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url, base ?? undefined).hostname || null;
  } catch {
    return null;
  }
}

function meta(facts: PageFacts, ...names: string[]): string | null {
  for (const name of names) {
    const content = facts.meta.get(name.toLowerCase());
    if (content) return content;
  }
  return null;
}

/** Meta tags naming the page's picture, most trusted first (the secure_url is the same picture over https). */
const DECLARED_IMAGE_META = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface JsonLd {
  articles: Array<Record<string, Json>>;
  /** Nodes by @id: a graph refers to its picture as {"@id": "…#primaryimage"}. */
  byId: Map<string, Record<string, Json>>;
}

function readJsonLd(facts: PageFacts): JsonLd {
  const out: Array<Record<string, Json>> = [];
  const byId = new Map<string, Record<string, Json>>();
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const id = node['@id'];
      if (typeof id === 'string' && !byId.has(id) && Object.keys(node).length > 1) byId.set(id, node);
      const type = node['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && /Article|BlogPosting|Report|NewsArticle/u.test(t))) out.push(node);
      if (node['@graph']) visit(node['@graph']);
    }
  };
  for (const script of facts.jsonLd) {
    try {
      visit(JSON.parse(script) as Json);
    } catch {
      // Broken JSON-LD is common; the other sources of metadata still apply.
    }
  }
  return { articles: out, byId };
}

/** JSON-LD `image`: an address, an ImageObject (url or contentUrl), a reference to one, or a list of these. */
function ldImages(value: Json | undefined, byId: JsonLd['byId'], depth = 0): string[] {
  if (!value || depth > 3) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap((v) => ldImages(v, byId, depth + 1));
  if (typeof value === 'object') {
    const url = value['url'] ?? value['contentUrl'];
    if (typeof url === 'string') return ldImages(url, byId, depth + 1);
    const id = value['@id'];
    const node = typeof id === 'string' ? byId.get(id) : undefined;
    return node ? ldImages(node, byId, depth + 1) : [];
  }
  return [];
}

function names(value: Json | undefined): string[] {
  if (!value) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'object') {
    const name = value['name'];
    return typeof name === 'string' ? [name] : [];
  }
  return [];
}

/**
 * What the page says about itself. `visible` is what the page shows: its headings (the headline is the one
 * the declared titles vouch for, headline.ts) and a byline element's text where the head names no author.
 */
export function readMetadata(facts: PageFacts, visible: VisibleFacts = { h1: [], h2: [], byline: null }, pageUrl: string | null = null): PageMetadata {
  const jsonLd = readJsonLd(facts);
  const ld = jsonLd.articles[0];
  const str = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const outlet = meta(facts, 'og:site_name', 'application-name') ?? names(ld?.['publisher'])[0] ?? null;
  const title = chooseHeadline({
    declared: [str(ld?.['headline']), meta(facts, 'og:title'), meta(facts, 'twitter:title'), facts.title],
    h1: visible.h1,
    h2: visible.h2,
    outlet,
    host: hostOf(facts.canonical, pageUrl) ?? hostOf(meta(facts, 'og:url'), pageUrl) ?? hostOf(pageUrl, null),
  });
  const authors = names(ld?.['author']);
  const published = parseDate(
    meta(facts, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued') ??
      str(ld?.['datePublished']) ??
      facts.times[0] ??
      null,
  );
  const modified = parseDate(
    meta(facts, 'article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dc.date.modified') ?? str(ld?.['dateModified']) ?? null,
  );
  const canonical = facts.canonical ?? meta(facts, 'og:url') ?? str(ld?.['url']) ?? null;
  return {
    title,
    byline: authors.length ? authors.join(', ') : (meta(facts, 'author', 'article:author', 'byl', 'dc.creator') ?? visible.byline),
    published,
    modified,
    outlet,
    canonicalUrl: canonical,
    lang: facts.lang ?? meta(facts, 'og:locale', 'language', 'content-language'),
    images: [
      ...ldImages(ld?.['image'], jsonLd.byId),
      ...DECLARED_IMAGE_META.map((name) => facts.meta.get(name)).filter((v): v is string => !!v),
      ...(facts.imageSrc ? [facts.imageSrc] : []),
    ],
  };
}
