// The article's chosen blocks as clean HTML for display: paragraphs, headings, quotes, code and lists,
// with their inline markup (inline-html.ts), then checked by sanitize-html (safe-html.ts). It shows
// exactly the text of the article's paragraphs: nothing the text extractor left out comes back here.
import type { Block } from './content.js';
import type { Element } from './page-tree.js';
import { BLOCK_TAGS } from './block-tags.js';
import { type InlineRun, escapeText, inlineRuns } from './inline-html.js';
import { sanitizeArticleHtml } from './safe-html.js';

/** The page's h1 is the article's title, shown apart: headings inside the article start at h2. */
const LEAF_TAGS: Readonly<Record<string, string>> = { h1: 'h2', h2: 'h2', h3: 'h3', h4: 'h4', h5: 'h4', h6: 'h4', pre: 'pre' };

/** An element that gives a block its place: a list, one of its items, or a quotation. */
interface Frame {
  el: Element;
  tag: 'ul' | 'ol' | 'li' | 'blockquote';
}

/** The lists, items and quotes around a block's element, outermost first, up to the nearest other block. */
function framesOf(owner: Element): Frame[] {
  const out: Frame[] = [];
  for (let a: Element | null = owner.tag === 'li' || owner.tag === 'blockquote' ? owner : owner.parent; a; a = a.parent) {
    if (a.tag === 'li') {
      out.push({ el: a, tag: 'li' });
      // Items outside a list (a <li> in a <div>) still make one.
      const list = a.parent;
      if (!list) break;
      out.push({ el: list, tag: list.tag === 'ol' ? 'ol' : 'ul' });
      a = list;
    } else if (a.tag === 'blockquote') out.push({ el: a, tag: 'blockquote' });
    else if (BLOCK_TAGS.has(a.tag)) break;
  }
  return out.reverse();
}

/**
 * An item or quote around every block is the page's frame (articles set inside a list of posts), not the
 * article's; a list then left without its item goes too.
 */
function withoutPageFrame(paths: Frame[][]): Frame[][] {
  const count = new Map<Element, number>();
  for (const path of paths) for (const f of path) count.set(f.el, (count.get(f.el) ?? 0) + 1);
  return paths.map((path) => {
    const kept = path.filter((f) => f.tag === 'ul' || f.tag === 'ol' || count.get(f.el) !== paths.length);
    return kept.filter((f, i) => (f.tag !== 'ul' && f.tag !== 'ol') || kept[i + 1]?.tag === 'li');
  });
}

/** Each block's inline HTML: the run of its element whose text is the block's, else its text escaped. */
function contentsOf(blocks: readonly Block[], base: URL | null): string[] {
  const runs = new Map<Element, Array<InlineRun | null>>();
  return blocks.map((b) => {
    let own = runs.get(b.owner);
    if (!own) runs.set(b.owner, (own = inlineRuns(b.owner, base)));
    const at = own.findIndex((r) => r !== null && r.text === b.text);
    if (at < 0) return escapeText(b.text);
    const run = own[at] as InlineRun;
    // Used once: an element whose text is cut by nested blocks gives several runs, maybe alike.
    own[at] = null;
    return run.html;
  });
}

/** The blocks as sanitized HTML, in order; null when there are none. Deterministic: same page, same bytes. */
export function articleHtml(blocks: readonly Block[], base: URL | null): string | null {
  if (!blocks.length) return null;
  const contents = contentsOf(blocks, base);
  const paths = withoutPageFrame(blocks.map((b) => framesOf(b.owner)));
  let out = '';
  const open: Frame[] = [];
  /** The frame whose last content is a run of text: a second run there needs a break between them. */
  let textIn: Element | null = null;
  blocks.forEach((b, i) => {
    const path = paths[i] as Frame[];
    let shared = 0;
    while (shared < open.length && shared < path.length && open[shared]?.el === path[shared]?.el) shared++;
    while (open.length > shared) {
      out += `</${(open.pop() as Frame).tag}>\n`;
      textIn = null;
    }
    for (const f of path.slice(shared)) {
      out += `<${f.tag}>`;
      open.push(f);
      textIn = null;
    }
    const html = contents[i] as string;
    if (path.length && path[path.length - 1]?.el === b.owner) {
      // The item's or quote's own text, written straight into it.
      if (textIn === b.owner) out += '<br>';
      out += html;
      textIn = b.owner;
    } else {
      const tag = LEAF_TAGS[b.owner.tag] ?? 'p';
      out += `<${tag}>${html}</${tag}>\n`;
      textIn = null;
    }
  });
  while (open.length) out += `</${(open.pop() as Frame).tag}>\n`;
  return sanitizeArticleHtml(out.trimEnd());
}
