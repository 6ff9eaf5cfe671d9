// Quotation marks: which marks open and close a quotation, for every style a news text uses (“…”, "…",
// ''…'' as some archives write them, «…», „…“, and ‘…’ outside a double quotation). A single pass over the
// characters; a quotation never runs past its paragraph, except where the next paragraph opens a quotation
// again without the last one having closed: news style for a quotation that goes on.

/** One paragraph's piece of a quotation. */
export interface QuotePiece {
  /** The opening mark. */
  open: number;
  /** The words inside the marks: from innerStart to innerEnd. */
  innerStart: number;
  innerEnd: number;
  /** Just past the closing mark; innerEnd when the quotation was not closed in its paragraph. */
  close: number;
  /** The quotation goes on in the next piece (the next paragraph opens it again). */
  continues: boolean;
  /** This piece goes on from the previous one. */
  continued: boolean;
  /** Marked with single quotation marks ‘…’. */
  single: boolean;
}

const enum Family {
  Curly = 1,
  Straight = 2,
  Guillemet = 3,
}

const SPACE = /\s/u;
const ALNUM = /[\p{L}\p{N}]/u;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || (c > '\u007f' && SPACE.test(c));
}

function isAlnum(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 0x80) return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return ALNUM.test(c);
}

function isAlnumOrPunct(c: string): boolean {
  return isAlnum(c) || ENDS_WORD.has(c);
}

// A mark right after one of these closes something: it ends a word or a sentence.
const ENDS_WORD = new Set(['.', ',', ';', ':', '!', '?', '%', ')', ']', '…', '’', "'", '*']);
// A mark right before one of these closes: punctuation that follows a quotation.
const AFTER_CLOSE = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '―', '–', '…']);

/** The mark at i: its family, its width, and which way its glyph points (1 opens, -1 closes, 0 either). */
function markAt(text: string, i: number): [Family, number, number] | null {
  const c = text[i];
  switch (c) {
    case '“':
    case '„':
    case '‟':
      return [Family.Curly, 1, 1];
    case '”':
      return [Family.Curly, 1, -1];
    case '«':
      return [Family.Guillemet, 1, 1];
    case '»':
      return [Family.Guillemet, 1, -1];
    case '"':
      return [Family.Straight, 1, 0];
    case "'":
    case '’':
    case '‘': {
      // Two apostrophes in a row stand for a double quotation mark (''He said so,'' in some archives); of
      // three, the two inside: ''I said, 'No.''' closes the single quotation and then the double one.
      if (text[i + 1] !== c) return null;
      const prev = i > 0 ? (text[i - 1] as string) : '';
      if (prev === c) return text[i + 2] !== c && i >= 2 && text[i - 2] !== c ? [Family.Straight, 2, c === '‘' ? 1 : c === '’' ? -1 : 0] : null;
      if (text[i + 2] === c) {
        // A run of three: the double mark is the pair on the side away from the word.
        return i > 0 && isAlnumOrPunct(prev) ? null : [Family.Straight, 2, c === '‘' ? 1 : c === '’' ? -1 : 0];
      }
      return [Family.Straight, 2, c === '‘' ? 1 : c === '’' ? -1 : 0];
    }
    default:
      return null;
  }
}

/** Which way a mark points from its neighbours: 1 opens, -1 closes, 0 cannot tell. */
function contextWay(text: string, at: number, width: number, end: number, start: number): number {
  const before = at > start ? (text[at - 1] as string) : ' ';
  const after = at + width < end ? (text[at + width] as string) : ' ';
  const wordBefore = isAlnum(before) || ENDS_WORD.has(before);
  const wordAfter = !isSpace(after) && !AFTER_CLOSE.has(after) && markAt(text, at + width) === null;
  if (!wordBefore && wordAfter) return 1;
  if (wordBefore && !wordAfter) return -1;
  return 0;
}

/** The first character of the paragraph that starts at `from` (after blank lines), and where it is. */
function nextParagraphStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text[i] as string)) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text[end - 1] as string)) end--;
  return end;
}

/** Every quotation in the text, as paragraph pieces in text order. */
export function findQuotePieces(text: string): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  const n = text.length;
  // A quotation left open at a paragraph's end whose next paragraph opens with a mark goes on there.
  let state: ParagraphEnd = { carry: false, open: false };
  let p = 0;
  while (p < n) {
    let pe = text.indexOf('\n', p);
    if (pe < 0) pe = n;
    // Blank lines between paragraphs keep a quotation going.
    if (trimEnd(text, p, pe) > p) state = scanParagraph(text, p, pe, pieces, state);
    p = pe + 1;
  }
  return pieces;
}

/** How a paragraph ended: its quotation goes on in the next (`carry`), or was left open without going on. */
interface ParagraphEnd {
  carry: boolean;
  open: boolean;
}

function scanParagraph(text: string, ps: number, pe: number, pieces: QuotePiece[], before: ParagraphEnd): ParagraphEnd {
  const carry = before.carry;
  // The open double quotation: its piece, and the families of the marks opened inside it (nesting).
  let current: QuotePiece | null = null;
  const stack: Family[] = [];
  // A ‘…’ quotation open outside any double one.
  let single: number = -1;
  const end = trimEnd(text, ps, pe);
  for (let i = ps; i < end; i++) {
    const c = text[i] as string;
    const mark = markAt(text, i);
    if (mark === null) {
      if (current === null && (c === '‘' || c === '’')) single = singleMark(text, i, ps, end, single, pieces);
      continue;
    }
    const [family, width, glyph] = mark;
    let way = contextWay(text, i, width, end, ps);
    // A paragraph with nothing open before it never opens by closing something: "” … they are not like
    // him,” she said" is an opening mark an editor's software turned the wrong way after an ellipsis. Words
    // must follow it (a stray mark alone on a line opens nothing).
    if (way === 0 && current === null && !before.open && i === nextParagraphStart(text, ps) && /^[\s\u00a0]*(?:…|\.\.\.|[\p{L}\p{N}])/u.test(text.slice(i + width, end))) way = 1;
    if (way === 0) way = glyph !== 0 ? glyph : current === null ? 1 : -1;
    if (current === null) {
      if (way === 1) {
        single = -1;
        current = { open: i, innerStart: i + width, innerEnd: i + width, close: i + width, continues: false, continued: false, single: false };
        // A paragraph that opens with a mark right after one left open continues that quotation.
        if (carry && i === nextParagraphStart(text, ps)) current.continued = true;
        stack.length = 0;
        stack.push(family);
      }
      // A closing mark with nothing open is a stray (an inch mark, a broken quotation): left alone.
    } else if (way === -1) {
      // Close the innermost quotation of the same family, or the innermost of all.
      let k = stack.lastIndexOf(family);
      if (k < 0) k = stack.length - 1;
      stack.length = k;
      if (stack.length === 0) {
        current.innerEnd = i;
        current.close = i + width;
        pieces.push(current);
        current = null;
      }
    } else if (family !== stack[stack.length - 1] && stack.length < 3) {
      // An opening mark of another style inside the quotation: a quotation within it.
      stack.push(family);
    } else {
      // Opening again in the same style: the last quotation was never closed. End it here.
      current.innerEnd = trimEnd(text, current.innerStart, i);
      current.close = current.innerEnd;
      pieces.push(current);
      current = { open: i, innerStart: i + width, innerEnd: i + width, close: i + width, continues: false, continued: false, single: false };
      stack.length = 0;
      stack.push(family);
    }
    i += width - 1;
  }
  if (current === null) return { carry: false, open: false };
  current.innerEnd = end;
  current.close = end;
  const next = nextParagraphStart(text, pe);
  const mark = next < text.length ? markAt(text, next) : null;
  const opensNext = mark !== null && mark[2] !== -1 && contextWay(text, next, mark[1], text.length, next) !== -1;
  current.continues = opensNext;
  pieces.push(current);
  return { carry: opensNext, open: true };
}

/** Handles a ‘ or ’ outside double quotations; returns where a ‘…’ quotation is open, or -1. */
function singleMark(text: string, i: number, ps: number, end: number, open: number, pieces: QuotePiece[]): number {
  const c = text[i];
  const way = contextWay(text, i, 1, end, ps);
  if (c === '‘' && way === 1) {
    // ‘90s, ‘em: an apostrophe written the wrong way round.
    const after = text[i + 1] as string;
    if (/\d/u.test(after)) return open;
    return i;
  }
  if (c === '’' && way === -1 && open >= 0) {
    pieces.push({ open, innerStart: open + 1, innerEnd: i, close: i + 1, continues: false, continued: false, single: true });
    return -1;
  }
  return open;
}
