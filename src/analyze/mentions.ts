// Proper-noun runs: capitalised word sequences inside sentences. These are Crosswire's first,
// untyped entities; typing (person, organisation, place) builds on them later.
import type { Mention } from '../model.js';
import { writesInLowerCase } from './lowerwords.js';
import { isStopWord } from './stopwords.js';
import { words } from './tokens.js';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'prof', 'the']);
// Lower-case words allowed inside a name: "Bank of England", "Ludwig van Beethoven".
const CONNECTORS = new Set(['of', 'de', 'del', 'da', 'van', 'von', 'der', 'la', 'le', 'du', 'al', 'bin', 'el', 'y']);
// Capitalised only because they open a sentence or a clause.
export const OPENERS = new Set([
  'earlier', 'later', 'recently', 'meanwhile', 'moreover', 'however', 'despite', 'regarding', 'instead', 'still',
  'yet', 'but', 'and', 'so', 'then', 'now', 'since', 'while', 'although', 'though', 'after', 'before', 'during',
  'under', 'over', 'last', 'next', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'several', 'both',
  'other', 'others', 'such', 'even', 'just', 'only', 'also', 'about', 'according', 'asked', 'speaking', 'outside',
  'inside', 'hours', 'days', 'officials', 'analysts', 'critics', 'experts', 'residents', 'police', 'authorities',
  'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'our', 'their', 'his', 'her', 'in', 'on', 'at', 'for', 'with',
  'from', 'by', 'as', 'if', 'when', 'where', 'what', 'why', 'how', 'who', 'there', 'here', 'no', 'not', 'a', 'an',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third',
  'finally', 'overall', 'indeed', 'together', 'already', 'again', 'further', 'furthermore', 'additionally', 'thus',
  'hence', 'therefore', 'today', 'yesterday', 'tomorrow', 'tonight', 'separately', 'elsewhere', 'similarly', 'like',
  'unlike', 'once', 'until', 'because', 'whether', 'read', 'watch', 'see', 'click', 'photo', 'video',
]);

const UPPER = /^\p{Lu}/u;

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  // Plain ASCII answers without the Unicode property lookup; it is nearly every word of an English text.
  if (c < 0x80) return c >= 65 && c <= 90;
  return UPPER.test(word);
}

/** The word without a closing possessive "'s" or "’s". */
function withoutPossessive(word: string): string {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return word; // s
  const q = word.charCodeAt(n - 2);
  return q === 39 || q === 0x2019 ? word.slice(0, -2) : word;
}

export function mentionKey(surface: string): string {
  const parts = surface
    .replace(/['’]s$/u, '')
    .toLowerCase()
    .split(/\s+/)
    .map((p) => p.replace(/\.$/u, ''));
  while (parts.length > 1 && HONORIFICS.has(parts[0] ?? '')) parts.shift();
  return parts.join(' ');
}

/** What the caller may know already about the sentences, to save finding it again. */
export interface SentenceWords {
  /** The text the sentences were cut from. */
  text: string;
  /** Each sentence's words. */
  words: ReadonlyArray<readonly string[]>;
}

/** Finds proper-noun runs in body sentences; `lead` is the title and first sentences, for inLead. */
export function findMentions(sentenceList: readonly string[], lead: string, given?: SentenceWords): Mention[] {
  const found = new Map<string, Mention>();
  // A word the text also writes in lower case ("Rescue teams…", "…the rescue") is an ordinary word that
  // opened a sentence, not a name. The sentences are the text's pieces between spaces and line breaks,
  // so the text itself can be searched when the caller gives it.
  const whole = given?.text ?? sentenceList.join('\n');
  for (let s = 0; s < sentenceList.length; s++) {
    const tokens = given?.words[s] ?? words(sentenceList[s] ?? '');
    let run: string[] = [];
    let runStartsSentence = false;
    const flush = (): void => {
      while (run.length && CONNECTORS.has(run[run.length - 1] ?? '')) run.pop();
      if (run.length) {
        const single = run.length === 1 ? (run[0] ?? '') : '';
        const lower = single.toLowerCase();
        const dropOpener = runStartsSentence && single && (OPENERS.has(lower) || isStopWord(lower) || writesInLowerCase(whole, lower));
        if (!dropOpener) add(found, run.join(' '));
      }
      run = [];
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] ?? '';
      const word = withoutPossessive(token);
      if (isCapitalised(word)) {
        if (!run.length) {
          runStartsSentence = i === 0;
          // A capitalised opener ("Despite", "However") never starts a name run.
          if (i === 0 && (OPENERS.has(word.toLowerCase()) || isStopWord(word.toLowerCase()))) continue;
        }
        run.push(word);
        if (word !== token) flush(); // a possessive ends the name: "China's"
      } else if (run.length && CONNECTORS.has(word) && isCapitalised(tokens[i + 1] ?? '')) {
        run.push(word);
      } else {
        flush();
      }
    }
    flush();
  }
  const leadWords = ` ${lead.toLowerCase().replace(/['’]s\b/gu, '').replace(/[^\p{L}\p{N}.]+/gu, ' ')} `;
  for (const m of found.values()) m.inLead = leadWords.includes(` ${m.key} `);
  return [...found.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function add(found: Map<string, Mention>, surface: string): void {
  const key = mentionKey(surface);
  if (key.length < 2 || isStopWord(key)) return;
  const seen = found.get(key);
  if (seen) seen.count++;
  else found.set(key, { key, text: surface, count: 1, inLead: false });
}
