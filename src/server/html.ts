// HTML for the reader's pages: every value is escaped here, in one place, and every page has one frame.
import { SCRIPT_PATH, STYLE_PATH } from './assets.js';
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

/** Tagged template: interpolated values are escaped unless wrapped with `raw`. */
export class Raw {
  constructor(readonly html: string) {}
}

export function raw(html: string): Raw {
  return new Raw(html);
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    const rendered = Array.isArray(v)
      ? v.map((x) => (x instanceof Raw ? x.html : escapeHtml(x))).join('')
      : v instanceof Raw
        ? v.html
        : escapeHtml(v);
    out += rendered + (strings[i + 1] ?? '');
  });
  return new Raw(out);
}

export type Section = 'top' | 'latest' | 'for-you' | 'following' | 'entities' | 'outlets' | 'search' | null;

const NAV: ReadonlyArray<[Exclude<Section, null>, string, string]> = [
  ['top', '/', 'Top stories'],
  ['latest', '/latest', 'Latest'],
  ['for-you', '/for-you', 'For you'],
  ['entities', '/entities', 'People & places'],
  ['outlets', '/outlets', 'Outlets'],
  ['following', '/following', 'Following'],
];

export interface PageOptions {
  section?: Section;
  /** The search box's current query. */
  query?: string;
  /** Feeds of this page, announced to feed readers. */
  feeds?: Array<{ type: 'application/atom+xml' | 'application/feed+json'; href: string; title: string }>;
}

/** A whole page: the site header (brand, sections, search) around `body`. */
export function page(title: string, body: Raw, options: PageOptions = {}): string {
  const section = options.section ?? null;
  return `<!doctype html>${html`<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · Crosswire</title>
<link rel="stylesheet" href="${STYLE_PATH}">
${(options.feeds ?? []).map((f) => html`<link rel="alternate" type="${f.type}" href="${f.href}" title="${f.title}">`)}
<script src="${SCRIPT_PATH}" defer></script></head>
<body><a class="skip" href="#content">Skip to content</a>
<header class="site"><div class="bar"><a class="brand" href="/">Crosswire</a>
<nav class="main" aria-label="Sections">${NAV.map(([key, href, label]) => html`<a href="${href}"${raw(key === section ? ' aria-current="page"' : '')}>${label}</a>`)}</nav>
<form class="search" action="/search" method="get" role="search"><label class="skip" for="q">Search</label><input id="q" name="q" type="search" placeholder="Search stories" value="${options.query ?? ''}"></form></div></header>
<main id="content">${body}</main></body></html>`.html}`;
}

/** A time as a reader reads it, in a <time> element the script may turn into "3 h ago". */
export function time(iso: string | null | undefined): Raw {
  if (!iso) return raw('');
  const shown = iso.replace('T', ' ').replace(/:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?$/u, '');
  return html`<time datetime="${iso}">${shown}</time>`;
}

/** A line of facts about something, separated by dots that read as text too (without the stylesheet). */
export function meta(parts: ReadonlyArray<Raw | string | false | null | undefined>, className = 'meta muted'): Raw {
  const shown = parts.filter((p): p is Raw | string => Boolean(p) && !(p instanceof Raw && !p.html));
  return html`<p class="${className}">${shown.map((p, i) => html`${i ? ' · ' : ''}<span>${p}</span>`)}</p>`;
}

/** "3 articles", "1 article"; "2 copies". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
