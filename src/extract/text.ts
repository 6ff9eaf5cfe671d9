// Scraped plain text → article. The text is a page flattened to lines: banners and section names
// first, then the headline (sometimes twice), a standfirst, a byline, the paragraphs, and trailing
// prompts. Lines are classified with the shared furniture model, then the article zone is kept whole.
import type { ExtractedArticle } from '../model.js';
import { dateLine } from './dates.js';
import { endsLikeSentence, isCaption, isFurnitureLine, titleCaseRatio, wordCount } from './furniture.js';
import { collapseSpaces, dropInvisible } from '../util/spaces.js';

type Kind = 'furniture' | 'caption' | 'heading' | 'body';

interface Unit {
  text: string;
  kind: Kind;
  words: number;
}

const BYLINE = /^by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von))*)(?:\s*[,|]\s*.*)?$/iu;
/** "Shaun TANDON": agencies often set the surname in capitals. */
const CAPS_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s+\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})?$/u;

function normalizeLine(s: string): string {
  return collapseSpaces(s.toLowerCase().replace(/[‘’`´]/gu, "'").replace(/[“”]/gu, '"')).trim();
}

/** Joins hard-wrapped lines: a line that does not end a sentence, followed by one starting in lower case. */
function toUnits(text: string): string[] {
  // One form for every accented letter (NFC), as pages are read; soft hyphens and zero-width characters
  // print as nothing and would split words.
  const lines = dropInvisible(text.normalize('NFC')).replace(/\r\n?/gu, '\n').replace(/\u00a0/gu, ' ').split('\n').map((l) => collapseSpaces(l).trim());
  const units: string[] = [];
  let prevBlank = true;
  for (const line of lines) {
    if (!line) {
      prevBlank = true;
      continue;
    }
    const last = units[units.length - 1];
    if (!prevBlank && last !== undefined && !endsLikeSentence(last) && /^\p{Ll}/u.test(line)) {
      units[units.length - 1] = `${last} ${line}`;
    } else {
      units.push(line);
    }
    prevBlank = false;
  }
  return units;
}

function classify(text: string): Unit {
  const words = wordCount(text);
  let kind: Kind;
  if (isFurnitureLine(text)) kind = 'furniture';
  else if (isCaption(text)) kind = 'caption';
  else if (words <= 25 && (titleCaseRatio(text) >= 0.7 || !endsLikeSentence(text))) kind = 'heading';
  else if (words >= 6 || (endsLikeSentence(text) && words >= 3)) kind = 'body';
  else kind = 'heading';
  return { text, kind, words };
}

function bylineOf(text: string): string | null {
  const by = BYLINE.exec(text);
  if (by?.[1] && wordCount(by[1]) <= 8) return by[1].trim();
  if (CAPS_NAME.test(text)) return text.replace(/\p{Lu}{2,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
  return null;
}

export interface TextInput {
  origin: string;
  text: string;
}

/**
 * Whether a line is the outlet a file is named after: "The Lantern Review" for "lantern-review-mackerel.txt",
 * "Riverside Daily Post" for "riverside-post-pakko.txt". The file's first word is the name's first (a
 * leading "the" aside), its second is one of the name's others; a name of one word is not trusted (a
 * section such as "World" could start a file name as well).
 */
export function namesFile(line: string, origin: string): boolean {
  if (titleCaseRatio(line) < 1) return false;
  const tokens = (t: string): string[] => t.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const name = tokens(line).filter((w, i) => i > 0 || w !== 'the');
  const file = tokens((origin.split(/[/\\]/u).pop() ?? '').replace(/\.[^.]*$/u, ''));
  return name.length >= 2 && name.length <= 5 && file.length > 2 && file[0] === name[0] && name.slice(1).includes(file[1] as string);
}

export function extractText({ origin, text }: TextInput): ExtractedArticle {
  const units = toUnits(text).map(classify);
  const removed: string[] = [];
  const firstBody = units.findIndex((u) => u.kind === 'body');
  const headerEnd = firstBody < 0 ? units.length : firstBody;

  // The headline: a line the page repeats (scrapes often carry it twice), else the first heading of five
  // or more words, else the first heading at all.
  const header = units.slice(0, headerEnd);
  const seen = new Map<string, number>();
  let headlineAt = -1;
  header.forEach((u, i) => {
    if (u.kind !== 'heading') return;
    const key = normalizeLine(u.text);
    if (seen.has(key) && u.words >= 5 && headlineAt < 0) headlineAt = seen.get(key) ?? i;
    if (!seen.has(key)) seen.set(key, i);
  });
  if (headlineAt < 0) headlineAt = header.findIndex((u) => u.kind === 'heading' && u.words >= 5 && !bylineOf(u.text));
  if (headlineAt < 0) headlineAt = header.findIndex((u) => u.kind === 'heading' && !bylineOf(u.text) && !dateLine(u.text));
  const title = headlineAt >= 0 ? (header[headlineAt]?.text ?? '') : '';
  const titleKey = normalizeLine(title);

  let byline: string | null = null;
  let published: string | null = null;
  let outlet: string | null = null;
  const kept: string[] = [];

  // Trailing chrome: the first furniture line after the last real paragraph starts it; all after it goes.
  let lastReal = -1;
  units.forEach((u, i) => {
    if (u.kind === 'body' && u.words >= 15 && endsLikeSentence(u.text)) lastReal = i;
  });
  let cutFrom = units.findIndex((u, i) => i > lastReal && u.kind === 'furniture');
  if (cutFrom < 0) cutFrom = units.length;

  units.forEach((u, i) => {
    const key = normalizeLine(u.text);
    if (i >= cutFrom) {
      removed.push(u.text);
      return;
    }
    const date = u.words <= 10 ? dateLine(u.text) : null;
    const by = u.kind !== 'body' || u.words <= 8 ? bylineOf(u.text) : null;
    if (i === headlineAt) return;
    if (date) {
      published ??= date;
      removed.push(u.text);
    } else if (by && i < headerEnd + 2) {
      byline ??= by;
      removed.push(u.text);
    } else if (i < headlineAt) {
      // Before the headline there is only chrome: banners, section names, the outlet's name. The name is
      // the masthead printed twice, or the line the file itself is named after ("westmarch-gazette-….txt").
      if (u.kind === 'heading' && u.words <= 5 && (normalizeLine(units[i + 1]?.text ?? '') === key || namesFile(u.text, origin))) outlet ??= u.text;
      removed.push(u.text);
    } else if (key === titleKey || u.kind === 'furniture' || u.kind === 'caption') {
      removed.push(u.text);
    } else if (i < headerEnd && u.kind === 'heading' && u.words < 6) {
      removed.push(u.text); // a label between the headline and the first paragraph
    } else {
      kept.push(u.text);
    }
  });

  const bodyText = trimTail(kept, removed);
  return {
    origin,
    url: null,
    title: title || (bodyText[0] ?? '').slice(0, 120),
    text: bodyText.join('\n\n'),
    byline,
    published,
    outlet,
    lang: null,
    removed,
    incomplete: bodyText.length === 0 ? 'no article text found' : null,
    // A scrape has lost its markup and pictures.
    html: null,
    image: null,
  };
}

function trimTail(kept: string[], removed: string[]): string[] {
  let lastReal = -1;
  kept.forEach((t, i) => {
    if (wordCount(t) >= 15 && endsLikeSentence(t)) lastReal = i;
  });
  const tail = kept.slice(lastReal + 1);
  // Short lines after the last paragraph are kept only if they read as sentences (a closing remark, a credit).
  const keepTail: string[] = [];
  for (const t of tail) {
    if (endsLikeSentence(t) || /^\(.*\)$/u.test(t)) keepTail.push(t);
    else removed.push(t);
  }
  return [...kept.slice(0, lastReal + 1), ...keepTail];
}
