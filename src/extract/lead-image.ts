// The article's picture: what the page declares (metadata.ts reads it), else the first picture in the
// article that is not an icon, a logo or a tracking pixel. Only absolute web addresses come out.
import type { Block } from './content.js';
import type { Element } from './page-tree.js';
import { pictureAddress } from './urls.js';

/** Smaller than this on a side, a picture is an icon, a button or a pixel, not the article's. */
const MIN_SIDE = 100;
/** Words of a file name, or folders, that mark site furniture rather than a news picture. */
const FURNITURE_WORD = /(?:^|[^a-z0-9])(?:logos?|icons?|favicon|sprites?|avatars?|badges?|emojis?|placeholder|gravatar|1x1|default)(?:$|[^a-z0-9])/u;
const FURNITURE_FOLDER = /\/(?:icons?|logos?|sprites?|emojis?|(?:bl)?avatars?|badges?)\//u;
/** Whole file names of placeholders and pixels (a word like "loading" alone may name a news picture). */
const PLACEHOLDER_FILE = /^(?:blank|transparent|spacer|pixel|px|clear|dot|empty|loading|loader|spinner|grey|gray)\.[a-z]+$/u;
/** Hosts that serve counting pixels, or people's and sites' icons. */
const PIXEL_HOST = /^(?:pixel|beacon|track(?:ing)?|stats?|analytics)\.|(?:^|\.)gravatar\.com$/u;
const VECTOR_OR_ICON = /\.(?:svg|ico)$/u;
/** class and id words of a picture (or what holds it) that is not the article's. */
const FURNITURE_HINT =
  /(?:^|[\s_-])(?:logos?|icons?|avatars?|author|byline|badges?|emojis?|sprites?|pixel|tracking|ads?|advert\w*|sponsor\w*|promo\w*|related|share|sharing|social|newsletter|profile|headshot)(?:$|[\s_-])/u;

/** `src` as an absolute web address of a picture that could be the article's, or null. */
export function pictureUrl(src: string, base: URL | null): string | null {
  const address = pictureAddress(src, base);
  if (address === null) return null;
  const u = new URL(address);
  const path = decodeSafely(u.pathname).toLowerCase();
  const file = path.slice(path.lastIndexOf('/') + 1);
  if (VECTOR_OR_ICON.test(file) || FURNITURE_WORD.test(file) || PLACEHOLDER_FILE.test(file) || FURNITURE_FOLDER.test(path) || PIXEL_HOST.test(u.hostname)) {
    return null;
  }
  return address;
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A side given in pixels ("1", "1px", "640"); null when not stated or relative ("100%"). */
function side(value: string | undefined): number | null {
  const m = value === undefined ? null : /^\s*(\d+)(?:\.\d+)?\s*(?:px)?\s*$/u.exec(value);
  return m ? Number(m[1]) : null;
}

function tooSmall(img: Element): boolean {
  const w = side(img.attrs['width']);
  const h = side(img.attrs['height']);
  return (w !== null && w < MIN_SIDE) || (h !== null && h < MIN_SIDE);
}

/** The addresses an <img> may load: a lazy loader's data-src first (src is then a placeholder), then src, then srcset's first. */
function sourcesOf(img: Element): string[] {
  const out: string[] = [];
  for (const key of ['data-src', 'src'] as const) if (img.attrs[key]) out.push(img.attrs[key]);
  const first = img.attrs['srcset']?.trim().split(/\s+/u)[0]?.replace(/,$/u, '');
  if (first) out.push(first);
  return out;
}

/** The element holding all the blocks: where the article's pictures are. */
function commonAncestor(blocks: readonly Block[]): Element | null {
  const first = blocks[0]?.owner;
  if (!first) return null;
  const chain: Element[] = [];
  for (let e: Element | null = first; e; e = e.parent) chain.push(e);
  const depth = new Map(chain.map((e, i) => [e, i]));
  let highest = 0;
  for (const b of blocks) {
    let e: Element | null = b.owner;
    while (e && !depth.has(e)) e = e.parent;
    if (e) highest = Math.max(highest, depth.get(e) as number);
  }
  return chain[highest] ?? null;
}

/**
 * The first picture in the article, from its start to the end of its last block (pictures after the text
 * belong to what follows it: related stories, promotions), that is big enough and not furniture.
 */
export function firstArticlePicture(blocks: readonly Block[], base: URL | null): string | null {
  const region = commonAncestor(blocks);
  const last = blocks[blocks.length - 1]?.owner;
  if (!region || !last) return null;
  const END = null;
  const stack: Array<{ el: Element; furniture: boolean } | null> = [{ el: region, furniture: false }];
  while (stack.length) {
    const entry = stack.pop();
    if (entry === END || entry === undefined) break;
    const { el } = entry;
    const furniture = entry.furniture || (el.hint !== '' && FURNITURE_HINT.test(el.hint));
    if (el.tag === 'img' && !furniture && !tooSmall(el)) {
      for (const src of sourcesOf(el)) {
        const url = pictureUrl(src, base);
        if (url) return url;
      }
    }
    if (el === last) stack.push(END);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (c !== undefined && typeof c !== 'string') stack.push({ el: c, furniture });
    }
  }
  return null;
}
