// An HTML page as the extractor needs it: a light element tree of what could be read (scripts, styles,
// forms and embedded media are dropped while parsing), and the facts the page states about itself in
// its head and markup (meta tags, JSON-LD, title, canonical link, language, <time> values). One pass of
// htmlparser2's tokenizer: no full DOM is built, which is what makes this several times cheaper than a
// DOM implementation.
import { Parser } from 'htmlparser2';
import { dropInvisible } from '../util/spaces.js';

export interface Element {
  tag: string;
  /** class and id, lower-cased, space-separated: what names a block's role on most sites. */
  hint: string;
  attrs: Readonly<Record<string, string>>;
  children: Array<Element | string>;
  parent: Element | null;
}

export interface PageFacts {
  title: string | null;
  /** Meta tags by lower-cased name or property, first value kept. */
  meta: Map<string, string>;
  jsonLd: string[];
  canonical: string | null;
  lang: string | null;
  /** datetime attributes of <time> elements, in page order. */
  times: string[];
  /** `<base href>`: what the page's relative addresses are relative to, when it is not the page's own address. */
  base: string | null;
  /** `<link rel="image_src">`: an older way than og:image to name the page's picture. */
  imageSrc: string | null;
}

/** Elements whose content is never article text; skipped whole while parsing. (Not <form>: some sites wrap the whole page in one.) */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'select', 'option', 'textarea', 'button', 'input', 'dialog', 'map', 'head', 'rt', 'rp',
]);

/** Text outside ASCII, the only text NFC can change. */
const NON_ASCII = /[^\u0000-\u007f]/u;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/iu;

/**
 * Attributes kept on elements: the rest (styles, data, handlers) are of no use to extraction. A picture's
 * size and lazy-loaded address (data-src, srcset) tell the article's own picture from icons and pixels.
 */
const KEPT_ATTRIBUTES = new Set([
  'href', 'itemprop', 'role', 'datetime', 'lang', 'rel', 'content', 'name', 'property', 'type', 'aria-hidden', 'hidden', 'src', 'alt',
  'width', 'height', 'data-src', 'srcset',
]);

/**
 * Class names that file a post under its categories and tags (WordPress writes "category-no-newsletter",
 * "tag-sidebar-tables" on the article itself) say what the post is about, not what the element is for;
 * so do flags of what it has or shows ("enable-pin-share", "has-sidebar"), and a BEM modifier
 * ("report__section--ads") says how an element looks or what it carries beside its text.
 */
const TAXONOMY_CLASS = /(?:^|\s)(?:category|tag|tags|topic|topics|kategorie|schlagwort|has|with|no|enable|enabled|show|is)-\S*/gu;

function hintOf(className: string | undefined, id: string | undefined): string {
  const classes = className ? className.toLowerCase().replace(TAXONOMY_CLASS, ' ').replace(/--[\w-]+/gu, '') : '';
  return `${classes} ${id?.toLowerCase() ?? ''}`.replace(/\s+/gu, ' ').trim();
}

export function parsePage(html: string): { root: Element; facts: PageFacts } {
  const root: Element = { tag: '#root', hint: '', attrs: {}, children: [], parent: null };
  const facts: PageFacts = { title: null, meta: new Map(), jsonLd: [], canonical: null, lang: null, times: [], base: null, imageSrc: null };
  let current = root;
  // Inside a skipped element: how deep, and whether its text is wanted anyway (JSON-LD, <title>).
  let skipDepth = 0;
  let skipTag = '';
  let capture: 'json-ld' | 'title' | null = null;
  /** The skip depth at which the captured element opened: it ends when that element closes. */
  let captureAt = 0;
  let captured = '';
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'meta') {
          const key = (attribs['property'] ?? attribs['name'] ?? attribs['itemprop'] ?? attribs['http-equiv'])?.toLowerCase();
          const content = attribs['content']?.trim();
          if (key && content && !facts.meta.has(key)) facts.meta.set(key, content);
        } else if (name === 'link' && attribs['rel'] && attribs['href']) {
          const rel = attribs['rel'].toLowerCase();
          if (rel === 'canonical') facts.canonical ??= attribs['href'];
          else if (rel === 'image_src') facts.imageSrc ??= attribs['href'];
        } else if (name === 'base' && attribs['href'] && !facts.base) {
          facts.base = attribs['href'];
        } else if (name === 'html' && attribs['lang'] && !facts.lang) {
          facts.lang = attribs['lang'];
        } else if (name === 'time' && attribs['datetime']) {
          facts.times.push(attribs['datetime']);
        }
        const jsonLd = name === 'script' && attribs['type']?.toLowerCase() === 'application/ld+json';
        if (skipDepth) {
          skipDepth++;
          if ((name === 'title' && skipTag === 'head' && !facts.title) || jsonLd) {
            capture = jsonLd ? 'json-ld' : 'title';
            captureAt = skipDepth;
            captured = '';
          }
          return;
        }
        if (SKIPPED.has(name) || attribs['hidden'] !== undefined || attribs['aria-hidden'] === 'true' || (attribs['style'] !== undefined && HIDDEN_STYLE.test(attribs['style']))) {
          skipDepth = 1;
          skipTag = name;
          if (jsonLd) {
            capture = 'json-ld';
            captureAt = 1;
            captured = '';
          }
          return;
        }
        if (name === 'title') {
          capture = 'title';
          captured = '';
        }
        const attrs: Record<string, string> = {};
        for (const k in attribs) if (KEPT_ATTRIBUTES.has(k)) attrs[k] = attribs[k] as string;
        const hint = hintOf(attribs['class'], attribs['id']);
        const el: Element = { tag: name, hint, attrs, children: [], parent: current };
        current.children.push(el);
        current = el;
      },
      ontext(raw) {
        const text = dropInvisible(raw);
        if (capture) captured += text;
        if (skipDepth || capture === 'title') return;
        const last = current.children[current.children.length - 1];
        // The tokenizer may cut a text run at entities ("e&#769;"): keep it one string, and bring every
        // accented letter to one form (NFC) across the cut; only the last few characters can combine with it.
        if (typeof last === 'string') {
          const joined = NON_ASCII.test(text) ? last.slice(0, -4) + (last.slice(-4) + text).normalize('NFC') : last + text;
          current.children[current.children.length - 1] = joined;
        } else current.children.push(NON_ASCII.test(text) ? text.normalize('NFC') : text);
      },
      onclosetag(name) {
        if (capture === 'title' && name === 'title' && (!skipDepth || skipDepth === captureAt)) {
          if (!facts.title) facts.title = captured.trim() || null;
          capture = null;
        }
        if (skipDepth) {
          if (capture === 'json-ld' && skipDepth === captureAt) {
            facts.jsonLd.push(captured);
            capture = null;
          }
          skipDepth--;
          return;
        }
        // The parser closes elements in order, implied ones included: walk up to the one closed.
        let el: Element | null = current;
        while (el && el.tag !== name) el = el.parent;
        if (el?.parent) current = el.parent;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  return { root, facts };
}
