// Article metadata from the page's own declarations: JSON-LD, OpenGraph, article:* and plain meta tags.
import { parseDate } from './dates.js';
import { collapseSpaces } from '../util/spaces.js';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  outlet: string | null;
  canonicalUrl: string | null;
  lang: string | null;
}

interface MinimalElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

interface MinimalDocument {
  querySelector(selector: string): MinimalElement | null;
  querySelectorAll(selector: string): ArrayLike<MinimalElement>;
  documentElement: MinimalElement | null;
  title?: string;
}

function meta(doc: MinimalDocument, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"]`) ?? doc.querySelector(`meta[name="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function jsonLdArticles(doc: MinimalDocument): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = [];
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const type = node['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && /Article|BlogPosting|Report|NewsArticle/u.test(t))) out.push(node);
      if (node['@graph']) visit(node['@graph']);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]?.textContent ?? '') as Json);
    } catch {
      // Broken JSON-LD is common; the other sources of metadata still apply.
    }
  }
  return out;
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

export function readMetadata(doc: MinimalDocument): PageMetadata {
  const ld = jsonLdArticles(doc)[0];
  const str = (v: Json | undefined): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const outlet = meta(doc, 'og:site_name', 'application-name') ?? names(ld?.['publisher'])[0] ?? null;
  const rawTitle =
    str(ld?.['headline']) ?? meta(doc, 'og:title', 'twitter:title') ?? doc.querySelector('h1')?.textContent?.trim() ?? doc.title ?? null;
  const authors = names(ld?.['author']);
  const timeEl = doc.querySelector('time[datetime]');
  const published = parseDate(
    meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued') ??
      str(ld?.['datePublished']) ??
      timeEl?.getAttribute('datetime') ??
      null,
  );
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url') ?? str(ld?.['url']) ?? null;
  return {
    title: rawTitle ? stripOutletFromTitle(collapseSpaces(rawTitle), outlet) : null,
    byline: authors.length ? authors.join(', ') : meta(doc, 'author', 'article:author', 'byl', 'dc.creator'),
    published,
    outlet,
    canonicalUrl: canonical,
    lang: doc.documentElement?.getAttribute('lang') ?? meta(doc, 'og:locale', 'language', 'content-language'),
  };
}
