// The article inside a page tree: the page's text cut into blocks (paragraphs, headings, list items,
// cells), each judged content-like or not by its length, its share of link text and the furniture model;
// the article is the element whose blocks hold the most content-like words net of the rest; then its
// blocks are kept, less furniture, captions and link lists.
// See docs/decisions.md, "Extraction", for what was measured.
import type { Element } from './page-tree.js';
import { isBareUrl, isCaption, isConsentNotice, isCreditLine, isDateline, isFurnitureLine, wordCount } from './furniture.js';
import { collapseSpaces } from '../util/spaces.js';
import { BLOCK_TAGS } from './block-tags.js';

/** Chinese, Japanese and Korean script, written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const CJK_ANY = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Words, where a run of CJK characters counts one word per two characters (roughly their word length). */
function textUnits(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk ? wordCount(text.replace(CJK, ' ')) + Math.ceil(cjk / 2) : wordCount(text);
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that hold page furniture by their very kind. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header']);
/** class and id words of page furniture: comments, sharing, related links, promotions, navigation. */
const FURNITURE_HINT =
  /(?:^|[\s_-])(?:comments?|commentlist|share|sharing|social|related|recommend\w*|newsletter|promo\w*|advert\w*|ads?|sponsor\w*|sidebar|footer|nav|navbar|navigation|menu|breadcrumbs?|cookie\w*|consent|gdpr|subscribe|subscription|signup|popup|modal|tags|tagline|toolbar|outbrain|taboola|disqus|masthead|banner|pagination|pager|trending|popular|bio|biography|aside|secondary|authors?|authorbox|autor|autoren|autorin|autorbox|auteur)(?:$|[\s_-])/u;

/** Inside an article, section or main element: a <header> there is the article's own, not the site's masthead. */
function withinContent(e: Element): boolean {
  for (let a = e.parent; a; a = a.parent) if (a.tag === 'article' || a.tag === 'section' || a.tag === 'main') return true;
  return false;
}

/** What the networks' embed codes call the quoted post, or sites call its wrapper. */
const EMBED_HINT = /(?:^|[\s_-])(?:embed(?:ded)?|tweet|twitter-tweet|instagram-media|tiktok-embed)(?:$|[\s_-])/u;

/**
 * A post from a social network that the article quotes, embedded in its text: its wrapper is often named
 * "social", but it is not furniture. The post itself is a blockquote, named as an embed by its wrapper or by
 * itself; an embed without one is a placeholder (a consent notice).
 */
function isEmbeddedPost(e: Element): boolean {
  const named = EMBED_HINT.test(e.hint);
  if (!named && !e.hint.includes('social')) return false;
  const stack = [...e.children];
  while (stack.length) {
    const c = stack.pop();
    if (c === undefined || typeof c === 'string') continue;
    if (c.tag === 'blockquote' && (named || EMBED_HINT.test(c.hint))) return true;
    stack.push(...c.children);
  }
  return false;
}

/**
 * Microdata properties that hold metadata, not prose: sites repeat the headline, keywords, author and
 * dates in elements styled invisible. (articleBody, text and description are prose.)
 */
const METADATA_PROPS = /^(?:name|keywords|headline|alternativeheadline|datepublished|datemodified|datecreated|image|url|author|publisher|logo|thumbnailurl|mainentityofpage|wordcount|inlanguage|genre|articlesection|identifier|isaccessibleforfree|copyrightholder|copyrightyear|contenturl|embedurl|uploaddate|duration)$/u;

const ARTICLE_BODY_WEIGHT = 2;
/** What sites call the article's introduction, in English, German, French and Spanish. */
const INTRO_HINT = /(?:^|[\s_-])(?:intro|articleintro|einleitung|chapo|chapeau|bajada)(?:$|[\s_-])/u;
/** The block, or an element a few levels above it, is named as the article's introduction. */
function hasIntroHint(e: Element): boolean {
  for (let a: Element | null = e, i = 0; a && i < 4; a = a.parent, i++) if (a.hint !== '' && INTRO_HINT.test(a.hint)) return true;
  return false;
}
/** An opening paragraph set above the article's body is two sentences or more. */
const MIN_OPENING_WORDS = 30;
/** Class names content management systems give the article's body: a declaration like articleBody. */
const CONTENT_HINT = /(?:^|[\s_])(?:entry-content|post-content|article-body|article-content|articlebody|article__body|article-text|post-body|story-body|story-content|post-entry|entry-body|post-text|blog-content|single-content|content-body|main-content|article__content)(?:$|[\s_])/u;
/**
 * Short lines without links (a recipe's ingredients, a table of figures, a subheading) count against an
 * element at half weight: they are often the article's own, where short linked lines are navigation.
 */
const SHORT_TEXT_WEIGHT = 0.5;
const ISOLATED_WEIGHT = 0.75;

/** class and id words of a picture's surroundings; a caption there is shorter than this many words. */
const CAPTION_HINT = /(?:^|[\s_-])(?:caption|credits?|gallery|slideshow|figure)(?:$|[\s_-])/u;
const CAPTION_MAX_WORDS = 15;

/**
 * A short line speaking to the reader is a prompt in a scrape, where chrome and article come mixed; in a
 * page, where markup tells them apart, it is more often the article's own question ("What are you looking
 * forward to?"): leaving that rule out gained on both evaluation sets.
 */
const PAGE_LINES = { addressesReader: false };

/** A content-like block has at least this many words... */
const MIN_CONTENT_WORDS = 6;
/** ...and at most this share of them in links (or this larger share, for text that reads as sentences). */
const MAX_LINK_SHARE = 0.35;
const MAX_PROSE_LINK_SHARE = 0.8;
const MIN_PROSE_WORDS = 12;
const MIN_OWN_WORDS = 5;
/**
 * A list item or table cell with words of its own beside a link (an ingredient linked to its product, a
 * figure linked to its source) is the article's; only one that is wholly or nearly a link is navigation.
 */
const ITEM_TAGS = new Set(['li', 'td', 'th']);
const MAX_ITEM_LINK_SHARE = 0.8;
const SENTENCE_END = /[.!?…]["'”’)\]]*(?:\s|$)/u;

export interface Block {
  owner: Element;
  text: string;
  words: number;
  linkWords: number;
  tag: string;
  /** The block opens with a link of several words: a teaser's headline, or a roundup's linked lead. */
  opensWithLink: boolean;
  /** Holds Chinese, Japanese or Korean characters, whose units are not written words. */
  cjk: boolean;
  /** Verdicts worked out once: every pass over the blocks asks them again. */
  prose?: boolean;
  chrome?: boolean;
}

interface Tally {
  good: number;
  bad: number;
}

/** The page's text as blocks, in order; and its elements, in document order (parents before children). */
function blocksOf(root: Element): { blocks: Block[]; elements: Element[] } {
  const blocks: Block[] = [];
  const elements: Element[] = [];
  let text = '';
  let linkText = '';
  /** Whether the block's text opens inside a link: 1 while that link lasts, 0 after it, -1 when it opens with plain text. */
  let openingLink: number | null = null;
  let openingText = '';
  const flush = (owner: Element): void => {
    const t = collapseSpaces(text).trim();
    if (t) {
      const words = textUnits(t);
      blocks.push({ owner, text: t, words, linkWords: Math.min(words, textUnits(linkText)), tag: owner.tag, opensWithLink: textUnits(openingText) >= 4, cjk: CJK_ANY.test(t) });
    }
    text = '';
    linkText = '';
    openingLink = null;
    openingText = '';
  };
  // Iterative walk (pages can nest thousands deep): entries are nodes to visit, or an element to leave.
  const stack: Array<{ node: Element | string; leaving: boolean; owner: Element; inLink: boolean }> = [{ node: root, leaving: false, owner: root, inLink: false }];
  while (stack.length) {
    const { node, leaving, owner, inLink } = stack.pop() as (typeof stack)[number];
    if (typeof node === 'string') {
      text += node;
      if (inLink) linkText += ` ${node}`;
      if (openingLink === null && node.trim()) openingLink = inLink ? 1 : -1;
      if (openingLink === 1) {
        if (inLink) openingText += ` ${node}`;
        else if (node.trim()) openingLink = 0;
      }
      continue;
    }
    const isBlock = BLOCK_TAGS.has(node.tag);
    if (leaving) {
      if (isBlock) flush(node);
      continue;
    }
    elements.push(node);
    if (node.tag === 'br') {
      text += '\n';
      continue;
    }
    if (isBlock) flush(owner);
    const inner = isBlock ? node : owner;
    const link = inLink || node.tag === 'a';
    stack.push({ node, leaving: true, owner, inLink });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Element | string, leaving: false, owner: inner, inLink: link });
  }
  return { blocks, elements };
}

/**
 * Prose: enough words, few of them links. A news roundup links half its words and is still prose: a
 * block that reads as sentences may link more, if enough words are its own.
 */
function isContentLike(b: Block): boolean {
  b.prose ??= b.words >= MIN_CONTENT_WORDS && !isChrome(b) && (b.linkWords <= b.words * MAX_LINK_SHARE || isLinkedProse(b));
  return b.prose;
}

/** Furniture by its words alone: a call to action, a consent notice. */
function isChrome(b: Block): boolean {
  // The furniture model counts words as written; a block's units count CJK characters, so it counts those itself.
  b.chrome ??= isFurnitureLine(b.text, { ...PAGE_LINES, words: b.cjk ? undefined : b.words }) || isConsentNotice(b.text);
  return b.chrome;
}

function isLinkedProse(b: Block): boolean {
  return b.words >= MIN_PROSE_WORDS && b.words - b.linkWords >= MIN_OWN_WORDS && b.linkWords <= b.words * MAX_PROSE_LINK_SHARE && SENTENCE_END.test(b.text);
}

/** Sums each element's blocks into it and its ancestors: one pass over the elements from the last. */
function tallies(blocks: readonly Block[], elements: readonly Element[], bad: (b: Block) => boolean, weight: (b: Block) => number = () => 1): Map<Element, Tally> {
  const out = new Map<Element, Tally>();
  for (const e of elements) out.set(e, { good: 0, bad: 0 });
  for (const b of blocks) {
    const t = out.get(b.owner);
    if (!t) continue;
    if (!bad(b) && isContentLike(b)) t.good += b.words * weight(b);
    else if (!bad(b) && b.linkWords === 0 && !isChrome(b)) t.bad += b.words * SHORT_TEXT_WEIGHT;
    else t.bad += b.words;
  }
  for (let i = elements.length - 1; i > 0; i--) {
    const e = elements[i] as Element;
    const parent = e.parent && out.get(e.parent);
    const t = out.get(e) as Tally;
    if (parent) {
      parent.good += t.good;
      parent.bad += t.bad;
    }
  }
  return out;
}

const comparable = (s: string): string => collapseSpaces(s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();

/** The first h1–h3 block whose text (three words or more) the page's title contains, or -1. */
function headlineIndex(blocks: readonly Block[], title: string | null): number {
  if (!title) return -1;
  const t = comparable(title);
  return blocks.findIndex((b) => (b.tag === 'h1' || b.tag === 'h2' || b.tag === 'h3') && b.words >= 3 && t.includes(comparable(b.text)));
}

/** An excerpt cut short by the site ("... and then …", "[...]"): what a listing shows of another post. */
const CUT_SHORT = /(?:…|\.\.\.|\[(?:…|\.\.\.)\])\s*$/u;
const isExcerpt = (b: Block): boolean => CUT_SHORT.test(b.text) && isContentLike(b);

/** A teaser is a line or two of prose under a headline (a headline alone is a link list, not a teaser). */
const TEASER_ITEM_MAX_WORDS = 120;
const TEASER_ITEM_MIN_COUNT = 3;

/**
 * Lists of other stories: three or more sibling items, each under a heading that is wholly a link (the
 * other story's headline) or with an excerpt the site cut short, with a few lines of prose of its own. An article's subheadings are not links,
 * and a list of linked names with a few words each (a table of qualified teams) has no prose.
 */
function teaserItemsOf(blocks: readonly Block[], plain: ReadonlyMap<Element, Tally>): Set<Element> {
  const linked = blocks.filter((b) => (HEADINGS.has(b.tag) && b.words >= 3 && b.linkWords >= b.words * 0.8) || isExcerpt(b));
  const items = new Set<Element>();
  // Up from each linked headline, the first level at which three or more siblings hold one each.
  for (let level = 1; level <= 4; level++) {
    const byParent = new Map<Element, Set<Element>>();
    for (const b of linked) {
      let a: Element | null = b.owner;
      for (let i = 0; i < level && a; i++) a = a.parent;
      if (!a?.parent || items.has(a)) continue;
      const group = byParent.get(a.parent) ?? new Set<Element>();
      group.add(a);
      byParent.set(a.parent, group);
    }
    for (const group of byParent.values()) {
      if (group.size < TEASER_ITEM_MIN_COUNT) continue;
      for (const a of group) {
        const prose = plain.get(a)?.good ?? 0;
        if (prose >= MIN_CONTENT_WORDS && prose <= TEASER_ITEM_MAX_WORDS) items.add(a);
      }
    }
  }
  return items;
}

export interface ContentResult {
  paragraphs: string[];
  /** The blocks the paragraphs were read from, one per paragraph and in the same order: their elements carry the markup. */
  blocks: Block[];
  /** Blocks inside the article's element that were left out, and why they looked like furniture. */
  removed: string[];
}

export function findContent(root: Element, title: string | null): ContentResult {
  const { blocks, elements } = blocksOf(root);
  // First without hints: how much content-like text each element holds.
  const plain = tallies(blocks, elements, () => false);
  const total = plain.get(root)?.good ?? 0;
  // Furniture by name or kind, unless it holds most of the page's content (a wrapper with a misleading
  // class, such as <body class="has-sidebar">): marked top-down, so a block knows if any ancestor is.
  const teaserItems = teaserItemsOf(blocks, plain);
  const furniture = new Set<Element>();
  for (const e of elements) {
    if (e.parent && furniture.has(e.parent)) {
      furniture.add(e);
      continue;
    }
    const named = (FURNITURE_TAGS.has(e.tag) && !(e.tag === 'header' && withinContent(e))) || (e.hint !== '' && FURNITURE_HINT.test(e.hint) && !isEmbeddedPost(e)) || e.attrs['role'] === 'navigation' || e.attrs['role'] === 'complementary';
    const prop = e.attrs['itemprop']?.toLowerCase();
    // Metadata and role names alike give way to most of the page's prose: a wrapper marked
    // itemprop="mainEntityOfPage" or class="has-sidebar" holds the article.
    const minor = (plain.get(e)?.good ?? 0) < total * 0.5;
    if (((named || (prop !== undefined && METADATA_PROPS.test(prop))) && minor) || teaserItems.has(e)) furniture.add(e);
  }
  // The page's own word for where its article is: schema.org's articleBody, or the class a content
  // management system names the body with. Its text counts double.
  const declared = new Set<Element>();
  for (const e of elements) {
    if ((e.parent && declared.has(e.parent)) || e.attrs['itemprop']?.toLowerCase() === 'articlebody' || (e.hint !== '' && CONTENT_HINT.test(e.hint))) declared.add(e);
  }
  // An article follows its headline: blocks above the heading that repeats the page's title and that open
  // with a link (other stories' teasers, listed above the article) are not this article.
  const headline = headlineIndex(blocks, title);
  const teasers = new Set(headline > 0 ? blocks.slice(0, headline).filter((b) => b.opensWithLink) : []);
  // An article's paragraphs come in families (siblings under one parent); a teaser's lines stand alone,
  // one per item. Prose alone in its parent counts for less when choosing the article's element.
  const family = new Map<Element, number>();
  for (const b of blocks) if (b.owner.parent && isContentLike(b)) family.set(b.owner.parent, (family.get(b.owner.parent) ?? 0) + 1);
  const isolated = (b: Block): boolean => !b.owner.parent || (family.get(b.owner.parent) ?? 0) < 2;
  const judged = tallies(blocks, elements, (b) => furniture.has(b.owner) || teasers.has(b), (b) => (declared.has(b.owner) ? ARTICLE_BODY_WEIGHT : 1) * (isolated(b) ? ISOLATED_WEIGHT : 1));
  // The article: the element with the most content-like words net of everything else it holds; of equals,
  // the innermost.
  let best = root;
  let bestScore = -Infinity;
  for (const e of elements) {
    const t = judged.get(e) as Tally;
    const score = t.good - t.bad;
    if (score >= bestScore) {
      best = e;
      bestScore = score;
    }
  }
  // Paragraphs set directly in a crowded parent (a flat page, all navigation beside them) have no element
  // of their own, and the best element is then one paragraph: the run of prose siblings on either side of
  // it belongs with it.
  const parts = new Set<Element>([best]);
  const leaf = !best.children.some((c) => typeof c !== 'string' && BLOCK_TAGS.has(c.tag));
  if (leaf && best.parent) {
    const siblings = best.parent.children.filter((c): c is Element => typeof c !== 'string');
    const at = siblings.indexOf(best);
    const prosey = (e: Element): boolean => {
      const t = judged.get(e) as Tally;
      return !furniture.has(e) && t.good >= MIN_CONTENT_WORDS && t.good >= 2 * t.bad;
    };
    // An element without text between them (an ad slot, a picture) does not end the run.
    const empty = (e: Element): boolean => {
      const t = judged.get(e) as Tally;
      return t.good === 0 && t.bad === 0;
    };
    for (let i = at - 1; i >= 0 && (prosey(siblings[i] as Element) || empty(siblings[i] as Element)); i--) parts.add(siblings[i] as Element);
    for (let i = at + 1; i < siblings.length && (prosey(siblings[i] as Element) || empty(siblings[i] as Element)); i++) parts.add(siblings[i] as Element);
  }
  const inside = new Set<Element>();
  for (const e of elements) if (parts.has(e) || (e.parent && inside.has(e.parent))) inside.add(e);
  // Pictures and their captions and credits, whatever the site calls them.
  const captions = new Set<Element>();
  /** Elements in a <figcaption>: a caption however long, whatever it is wrapped in. */
  const figcaptions = new Set<Element>();
  for (const e of elements) {
    if ((e.parent && captions.has(e.parent)) || e.tag === 'figure' || (e.hint !== '' && CAPTION_HINT.test(e.hint))) captions.add(e);
    if ((e.parent && figcaptions.has(e.parent)) || e.tag === 'figcaption') figcaptions.add(e);
  }
  const titleKey = title?.toLowerCase().trim() ?? '';
  const kept: Block[] = [];
  const removed: string[] = [];
  // The article's opening set in its header, between the headline and the article's element, is the
  // article's: prose of a paragraph's length without links, or whatever the page names its introduction
  // (an intro, a chapô). A shorter line there is a subheadline that sums the article up, which the
  // article-extraction benchmark leaves out.
  const start = blocks.findIndex((b) => inside.has(b.owner));
  const opening = new Set<Block>();
  // Where no heading repeats the title, the page's first <h1> stands for the headline.
  const top = headline >= 0 ? headline : blocks.findIndex((b) => b.tag === 'h1');
  if (top >= 0 && start > top) {
    for (let i = top + 1; i < start; i++) {
      const b = blocks[i] as Block;
      if ((b.words >= MIN_OPENING_WORDS || hasIntroHint(b.owner)) && b.linkWords === 0 && isContentLike(b) && !furniture.has(b.owner) && !teasers.has(b)) opening.add(b);
    }
  }
  for (const b of blocks) {
    if (!inside.has(b.owner) && !opening.has(b)) continue;
    const drop =
      furniture.has(b.owner) || figcaptions.has(b.owner) || isChrome(b) || isCaption(b.text) ||
      isDateline(b.text) || isCreditLine(b.text) || isBareUrl(b.text) ||
      (captions.has(b.owner) && b.words < CAPTION_MAX_WORDS) ||
      (b.linkWords > b.words * (ITEM_TAGS.has(b.tag) ? MAX_ITEM_LINK_SHARE : 0.5) && !isLinkedProse(b)) || (HEADINGS.has(b.tag) && b.text.toLowerCase() === titleKey);
    if (drop) removed.push(b.text);
    else kept.push(b);
  }
  // Short blocks before the first paragraph and after the last are bylines, datelines, tags and buttons.
  const first = kept.findIndex(isContentLike);
  let last = -1;
  for (let i = kept.length - 1; i >= 0; i--) if (isContentLike(kept[i] as Block)) {
    last = i;
    break;
  }
  const paragraphs: string[] = [];
  const chosen: Block[] = [];
  // A paragraph the page gives twice (a second layout of the same article, a pull quote) is read once.
  const seen = new Set<string>();
  kept.forEach((b, i) => {
    if ((first >= 0 && (i < first || i > last) && b.words < MIN_CONTENT_WORDS) || seen.has(b.text)) removed.push(b.text);
    else {
      paragraphs.push(b.text);
      chosen.push(b);
    }
    seen.add(b.text);
  });
  return { paragraphs, blocks: chosen, removed };
}
