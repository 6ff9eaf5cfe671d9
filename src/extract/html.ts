// HTML page → article. A first extractor: the page's declared metadata, Readability for the main
// content, and the shared furniture model to drop chrome that Readability leaves in.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractedArticle } from '../model.js';
import { isCaption, isFurnitureLine, wordCount } from './furniture.js';
import { readMetadata } from './metadata.js';
import { collapseSpaces } from '../util/spaces.js';

const MIN_ARTICLE_WORDS = 20;

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DD', 'DT', 'TD', 'TH']);

interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
}

/** Block-level text of a fragment, one entry per paragraph, whitespace collapsed. */
function paragraphs(root: Node): Array<{ text: string; tag: string }> {
  const out: Array<{ text: string; tag: string }> = [];
  let inline = '';
  const flushInline = (): void => {
    const t = collapseSpaces(inline).trim();
    if (t) out.push({ text: t, tag: 'DIV' });
    inline = '';
  };
  const walk = (node: Node): void => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (!child) continue;
      if (child.nodeType === 3) inline += child.textContent ?? '';
      else if (child.nodeType === 1) {
        if (BLOCKS.has(child.nodeName)) {
          flushInline();
          const t = collapseSpaces(child.textContent ?? '').trim();
          if (t) out.push({ text: t, tag: child.nodeName });
        } else if (child.nodeName === 'BR') {
          inline += '\n';
        } else if (['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'TABLE', 'TBODY', 'TR', 'FIGURE', 'HEADER', 'FOOTER'].includes(child.nodeName)) {
          flushInline();
          walk(child);
          flushInline();
        } else {
          inline += child.textContent ?? '';
        }
      }
    }
  };
  walk(root);
  flushInline();
  return out;
}

export interface HtmlInput {
  origin: string;
  html: string;
  url?: string | null;
}

export function extractHtml({ origin, html, url = null }: HtmlInput): ExtractedArticle {
  // linkedom needs a document element; text or a fragment saved as .html gets one wrapped around it.
  const { document } = parseHTML(/<html[\s>]/iu.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const meta = readMetadata(document as never);
  const reader = new Readability(document as never, { charThreshold: 200, keepClasses: false });
  const result = reader.parse();
  const removed: string[] = [];
  let text = '';
  if (result?.content) {
    const { document: fragment } = parseHTML(`<!doctype html><html><body>${result.content}</body></html>`);
    const kept: string[] = [];
    const titleKey = (meta.title ?? result.title ?? '').toLowerCase().trim();
    for (const p of paragraphs(fragment.body as unknown as Node)) {
      if (isFurnitureLine(p.text) || isCaption(p.text) || p.tag === 'FIGCAPTION' || p.text.toLowerCase() === titleKey) {
        removed.push(p.text);
      } else {
        kept.push(p.text);
      }
    }
    text = kept.join('\n\n');
  }
  // A few stray words (a menu label, a lone heading) are not an article.
  const words = wordCount(text);
  const incomplete = !text ? 'no article text found in the page' : words < MIN_ARTICLE_WORDS ? `no article text found in the page (only ${words} words)` : null;
  if (incomplete) text = '';
  const byline = (meta.byline ?? result?.byline ?? null)?.replace(/^\s*by\s+/iu, '').trim() || null;
  return {
    origin,
    url: meta.canonicalUrl ?? url,
    title: meta.title ?? result?.title ?? '',
    text,
    byline,
    published: meta.published ?? (result?.publishedTime ? result.publishedTime : null),
    outlet: meta.outlet ?? result?.siteName ?? null,
    lang: meta.lang ?? result?.lang ?? null,
    removed,
    incomplete,
  };
}
