// HTML page → article: the page read into a light tree (page-tree.ts), its declared metadata
// (metadata.ts), and its article found among the furniture (content.ts).
import type { ExtractedArticle } from '../model.js';
import { collapseSpaces } from '../util/spaces.js';
import { findContent } from './content.js';
import { mentionsConsent, wordCount } from './furniture.js';
import { dateLine, urlDate } from './dates.js';
import { type VisibleFacts, readMetadata } from './metadata.js';
import { type Element, parsePage } from './page-tree.js';
import { articleHtml } from './article-html.js';
import { firstArticlePicture, pictureUrl } from './lead-image.js';
import { pageBase } from './urls.js';

const MIN_ARTICLE_WORDS = 15;
/**
 * Only this much of a page is read: news pages weigh 0.1–2 MB and their article comes early, while a 40 MB
 * page (a data dump, a runaway template) would take seconds to read whole.
 */
export const MAX_HTML_CHARS = 4 * 1024 * 1024;
/** A byline names a few people; a longer text in a byline element is something else. */
const MAX_BYLINE_WORDS = 10;
const BYLINE_HINT = /(?:^|[\s_-])(?:byline|author|autor|auteur)(?:$|[\s_-])/u;

/** Pages that stand in for an article: what they say, and how short the text found beside it must be. */
const JAVASCRIPT_WALL = /\b(?:enable|turn on|activate|aktivieren sie) javascript\b|\bjavascript (?:is )?(?:disabled|required|deaktiviert)\b|\byour browser is (?:not supported|out of date)\b/iu;
const PAYWALL_TEXT =
  /\b(?:subscribe|subscription) to (?:continue|keep) reading\b|\bthis (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:subscribers|members)\b|\bto (?:read|continue reading) (?:the (?:full|rest of the|whole) (?:article|story)|more)\b[^.]{0,40}\b(?:subscribe|sign in|log in)\b|\bsubscribers only\b/iu;
const PAYWALL_HINT = /(?:^|[\s_-])(?:paywall|paywalled|meter(?:ed)?-?wall|subscriber-only|premium-wall)(?:$|[\s_-])/u;
const TEASER_MAX_WORDS = 250;

export interface HtmlInput {
  origin: string;
  html: string;
  url?: string | null;
}

/**
 * Tags that run on inside a word or sentence. Every other element is set apart by a space: a headline's
 * kicker and its main line are often two spans that only the style sheet puts on separate lines.
 */
const RUN_IN = new Set(['a', 'b', 'i', 'em', 'strong', 'sup', 'sub', 'small', 'mark', 'abbr', 'code', 'u', 's', 'q', 'cite', 'font', 'wbr']);

function textOf(el: Element): string {
  let out = '';
  const stack: Array<Element | string> = [el];
  while (stack.length) {
    const n = stack.pop() as Element | string;
    if (typeof n === 'string') out += n;
    else {
      if (!RUN_IN.has(n.tag)) {
        out += ' ';
        stack.push(' ');
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Element | string);
    }
  }
  return collapseSpaces(out).trim();
}

/** Headings kept as headline candidates: a page's own headline comes early, sidebars bring dozens. */
const MAX_HEADINGS = 30;

/** What the page shows: its <h1> and <h2> texts in page order, and the first byline element's text. */
function visibleFacts(root: Element): VisibleFacts {
  const h1: string[] = [];
  const h2: string[] = [];
  let byline: string | null = null;
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop() as Element;
    if (el.tag === 'h1' || el.tag === 'h2') {
      const list = el.tag === 'h1' ? h1 : h2;
      const text = textOf(el);
      if (text && list.length < MAX_HEADINGS) list.push(text);
    }
    if (byline === null && (el.attrs['rel'] === 'author' || el.attrs['itemprop'] === 'author' || (el.hint !== '' && BYLINE_HINT.test(el.hint)))) {
      const text = textOf(el).replace(/^\s*(?:by|von|par|por|di)\s+/iu, '').trim();
      const words = wordCount(text);
      if (words > 0 && words <= MAX_BYLINE_WORDS) byline = text;
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (c !== undefined && typeof c !== 'string') stack.push(c);
    }
  }
  return { h1, h2, byline };
}

export function extractHtml({ origin, html, url = null }: HtmlInput): ExtractedArticle {
  const cut = html.length > MAX_HTML_CHARS;
  const { root, facts } = parsePage(cut ? html.slice(0, MAX_HTML_CHARS) : html);
  const meta = readMetadata(facts, visibleFacts(root), url);
  const content = findContent(root, meta.title ?? facts.title);
  let text = content.paragraphs.join('\n\n');
  // A few stray words (a menu label, a lone heading) are not an article.
  const words = wordCount(text);
  const where = cut ? `in the first ${MAX_HTML_CHARS / 1048576} MB of the page` : 'in the page';
  const incomplete = !text ? `no article text found ${where}` : words < MIN_ARTICLE_WORDS ? `no article text found ${where} (only ${words} words)` : null;
  if (incomplete) text = '';
  const wall = selfCheck(root, words) ?? incomplete;
  const byline = meta.byline?.replace(/^\s*by\s+/iu, '').trim() || null;
  const address = meta.canonicalUrl ?? url;
  const base = pageBase(facts.base, url, meta.canonicalUrl);
  // The picture the page declares was chosen for the article by its editors; one in the text comes after.
  const declared = meta.images.map((src) => pictureUrl(src, base)).find((u) => u !== null);
  const image = declared ?? (text ? firstArticlePicture(content.blocks, base) : null);
  // Where the head states no date: a dateline shown on the page, else the date in the article's address.
  const published = meta.published ?? content.removed.map(dateLine).find((d) => d !== null) ?? urlDate(address) ?? urlDate(url);
  return {
    origin,
    url: address,
    title: meta.title ?? '',
    text,
    byline,
    published,
    modified: meta.modified,
    outlet: meta.outlet,
    lang: meta.lang,
    removed: content.removed,
    incomplete: wall,
    html: text ? articleHtml(content.blocks, base) : null,
    image,
  };
}

/**
 * Says why a page did not hold the whole article, where it can tell: a page asking for JavaScript, a
 * consent wall, or a paywall that shows only the article's start (that start is kept, marked).
 */
function selfCheck(root: Element, words: number): string | null {
  if (words >= TEASER_MAX_WORDS) return null;
  const page = textOf(root);
  // Walls stand instead of the article: only a page where no article was found is one.
  if (words < MIN_ARTICLE_WORDS && JAVASCRIPT_WALL.test(page)) return 'the page asks for JavaScript instead of showing the article';
  if (words < MIN_ARTICLE_WORDS && mentionsConsent(page)) return 'consent wall: the page shows a consent notice instead of the article';
  if (PAYWALL_TEXT.test(page) || hasHint(root, PAYWALL_HINT)) return 'paywall: the page holds only the start of the article';
  return null;
}

function hasHint(root: Element, hint: RegExp): boolean {
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop() as Element;
    if (el.hint !== '' && hint.test(el.hint)) return true;
    for (const c of el.children) if (typeof c !== 'string') stack.push(c);
  }
  return false;
}
