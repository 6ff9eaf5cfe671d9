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
}

function meta(facts: PageFacts, ...names: string[]): string | null {
  for (const name of names) {
    const content = facts.meta.get(name.toLowerCase());
    if (content) return content;
  }
  return null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function jsonLdArticles(facts: PageFacts): Array<Record<string, Json>> {
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
  for (const script of facts.jsonLd) {
    try {
      visit(JSON.parse(script) as Json);
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

/**
 * What the page says about itself. `visible` is what the page shows where the head says nothing: its
 * first <h1> and a byline element's text.
 */
export function readMetadata(facts: PageFacts, visible: { h1: string | null; byline: string | null } = { h1: null, byline: null }): PageMetadata {
  const ld = jsonLdArticles(facts)[0];
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
  };
}
