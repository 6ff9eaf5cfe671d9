// The character-code scanners must cut exactly where the patterns they replaced did: stored terms,
// counts, names and signatures depend on it. The patterns stay here as the reference.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExtractedArticle } from '../src/model.js';
import { analyze } from '../src/analyze/analyze.js';
import { writesInLowerCase } from '../src/analyze/lowerwords.js';
import { minhash } from '../src/analyze/minhash.js';
import { contentTerms } from '../src/analyze/tokens.js';
import { scanWords } from '../src/analyze/wordscan.js';
import { collapseSpaces } from '../src/util/spaces.js';

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.,-](?=[\p{L}\p{N}]))*/gu;

function reference(text: string): { words: string[]; starts: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  for (const m of text.matchAll(WORD)) {
    words.push(m[0]);
    starts.push(m.index);
  }
  return { words, starts };
}

// Letters, digits and marks of several scripts, the joiners, spaces, and the awkward cases: astral
// letters and digits, an astral symbol, lone surrogates, a capital whose lower case is longer.
const PIECES = [
  'a', 'Z', 'é', 'ß', 'Σ', 'ς', '中', 'ب', '7', '٣', '\u0301', '\u0903', "'", '’', '.', ',', '-', '"', ' ', '\n',
  '\u00a0', '\u200b', '𐐀', '𝟘', '😀', '\ud800', '\udc00', 'İ', '%', '$', '(', 'Ⅻ', '_', '\t', '\u2003', '  ',
];

function randomText(seed: number, length: number): string {
  let s = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out += PIECES[(s >>> 8) % PIECES.length];
  }
  return out;
}

/** The scan's words and offsets, as the pattern gives them. */
function spans(text: string): { words: string[]; starts: number[] } {
  const { words, starts } = scanWords(text);
  return { words, starts };
}

describe('scanWords', () => {
  it('matches the WORD pattern on ordinary text', () => {
    const text = "U.S. officials said 1,200 people fled Wang's home -- in São Paulo, 'quoted' and ‘curly’ too. Ok.";
    assert.deepEqual(spans(text), reference(text));
  });

  it('matches the WORD pattern on random mixes of awkward characters', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(seed, 1 + (seed % 40));
      assert.deepEqual(spans(text), reference(text), JSON.stringify(text));
    }
  });

  it('finds nothing in empty or wordless text', () => {
    assert.deepEqual(spans(''), { words: [], starts: [] });
    assert.deepEqual(spans(" -'. \u0301"), { words: [], starts: [] });
  });
});

describe('writesInLowerCase', () => {
  const LOWER = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu;
  // Every word the pattern finds must be found, and nothing else: the candidates are its words, the
  // scanner's words and their lower case, and pieces of them.
  const check = (text: string): void => {
    const expected = new Set([...text.matchAll(LOWER)].map((m) => m[0]));
    const candidates = new Set(expected);
    for (const w of scanWords(text).words) for (const c of [w, w.toLowerCase(), w.slice(1), w.slice(0, -1)]) candidates.add(c);
    for (const w of expected) candidates.add(w.slice(1)).add(w.slice(0, -1));
    for (const c of candidates) assert.equal(writesInLowerCase(text, c), expected.has(c), `${JSON.stringify(c)} in ${JSON.stringify(text)}`);
  };

  it('matches its pattern on ordinary text', () => {
    check("Rescue teams reached the rescue-site; 3rd-floor O'neill's dock-workers, naïve 'quoted' ones. Rescue-teams\nteams");
  });

  it('matches its pattern on random mixes of awkward characters', () => {
    for (let seed = 1; seed <= 3000; seed++) check(randomText(seed, 1 + (seed % 40)));
  });
});

describe('collapseSpaces', () => {
  it('does what replacing every whitespace run with one space does', () => {
    const samples = ['', ' ', '  a', 'a \t b', 'a\n\nb', ' a b ', '\u00a0x\u2003 y\r\n', 'a \u00a0 b', '\u200b'];
    for (let seed = 1; seed <= 3000; seed++) samples.push(randomText(seed, 1 + (seed % 40)));
    for (const text of samples) assert.equal(collapseSpaces(text), text.replace(/\s+/gu, ' '), JSON.stringify(text));
  });
});

describe("analyze's shortcuts", () => {
  const article = (title: string, text: string): ExtractedArticle => ({
    origin: 'test', url: null, title, text, byline: null, published: null, outlet: null, lang: null, removed: [], incomplete: null,
  });
  // ASCII, accented, Greek with a final sigma next to a colon, a capital that grows in lower case.
  const texts = [
    'The Port of Sarvela stayed shut on Monday. Dockworkers said talks would resume.',
    'São Paulo’s mayor met Zürich officials. Die Straße bleibt gesperrt, sagte Müller.',
    'ΟΔΟΣ:ΑΘΗΝΑ ΚΛΕΙΣΤΗ. Η ΟΔΟΣ ΠΑΡΑΜΕΝΕΙ ΚΛΕΙΣΤΗ ΣΗΜΕΡΑ ΤΟ ΠΡΩΙ.',
    'İstanbul ferries halted. İzmir port officials said İnci Demir would speak.',
  ];

  it('gives the signature that minhash gives for the text', () => {
    for (const text of texts) assert.deepEqual(analyze(article('A title', text)).minhash, minhash(text), text);
  });

  it('counts and weighs the words that a fresh scan of each piece finds', () => {
    for (const text of texts) {
      const a = analyze(article('Title words', text));
      assert.equal(a.wordCount, scanWords(text).words.length, text);
      const body: Record<string, number> = {};
      for (const t of contentTerms(text)) body[t] = (body[t] ?? 0) + 1;
      for (const [t, n] of Object.entries(body)) assert.ok((a.terms[t] ?? 0) >= n, `${t} in ${text}`);
    }
  });
});
