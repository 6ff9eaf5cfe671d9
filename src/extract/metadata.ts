// Article metadata from the page's own declarations: JSON-LD, OpenGraph, article:* and plain meta tags.
import { parseDate } from './dates.js';
import type { PageFacts } from './page-tree.js';
import { collapseSpaces } from '../util/spaces.js';

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

/** "Headline | Outlet" and "Headline - Outlet": drop the outlet part of a <title>. */
export function stripOutletFromTitle(title: string, outlet: string | null): string {
  const t = title.trim();
  const o = outlet?.trim().toLowerCase();
  // Only a first or last segment that names the outlet goes; the headline's own dashes stay as written.
  const last = /^(.*\S)\s+[|–—-]\s+([^|–—-]+)$/u.exec(t);
  if (last?.[1] && last[2] && (last[2].trim().toLowerCase() === o || (!o && /\|/u.test(t) && last[2].split(/\s+/u).length <= 4))) {
    return last[1].trim();
  }
  const first = /^([^|–—-]+?)\s+[|–—-]\s+(\S.*)$/u.exec(t);
  if (first?.[1] && first[2] && first[1].trim().toLowerCase() === o) return first[2].trim();
  return t;
}

/**
 * What the page says about itself. `visible` is what the page shows where the head says nothing: its
 * first <h1> and a byline element's text.
 */
export function readMetadata(facts: PageFacts, visible: { h1: string | null; byline: string | null } = { h1: null, byline: null }): PageMetadata {
  const jsonLd = readJsonLd(facts);
  const ld = jsonLd.articles[0];
  const str = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const outlet = meta(facts, 'og:site_name', 'application-name') ?? names(ld?.['publisher'])[0] ?? null;
  const rawTitle = str(ld?.['headline']) ?? meta(facts, 'og:title', 'twitter:title') ?? visible.h1 ?? facts.title ?? null;
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
    title: rawTitle ? stripOutletFromTitle(collapseSpaces(rawTitle), outlet) : null,
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
