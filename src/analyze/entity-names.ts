// How names are compared: their keys, the country an organisation's name starts with, and which full
// name a shorter one can stand for ("Blinken" for "Antony Blinken", "Mr. Wu" for "Wu Se-zhi"). Shared by
// the finding of entities in one article, their merging across articles and the lookup of speakers.
import type { EntityType } from '../model.js';
import { HONORIFICS, TITLE_WORDS } from './entity-cues.js';
import { countryOfKey, foldName, isDemonym, listed, listedKey, type GazetteerEntry } from './gazetteer.js';
import { FAMILY_NAMES_FIRST } from './person-names.js';

/** The words of a name in key form: folded, possessive and dots dropped. */
export function keyWords(name: string): string[] {
  let end = name.length;
  const last = name.charCodeAt(end - 1);
  if (last === 115 && end > 2 && isApostrophe(name.charCodeAt(end - 2))) end -= 2;
  else if (isApostrophe(last)) end -= 1;
  const folded = foldName(end < name.length ? name.slice(0, end) : name);
  return folded.includes('  ') || /^\s|\s$/u.test(folded) ? folded.split(/\s+/u).filter(Boolean) : folded.split(' ');
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** A leading country name or adjective of an organisation's name, with the rest: "US State Department". */
export function countryPrefix(name: string): { country: string; rest: string } | null {
  const words = keyWords(name);
  const n = countryWords(words);
  if (n === 0) return null;
  const parts = name.trim().split(/\s+/u);
  const head = words.slice(0, n).join(' ');
  return { country: countryOfKey(head.endsWith("'s") ? head.slice(0, -2) : head) as string, rest: parts.slice(n).join(' ') };
}

/** How many leading words (up to three, leaving one) name or describe a country: 0 when none do. */
export function countryWords(words: readonly string[]): number {
  // "United States", "New Zealand": a country may take up to three words.
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const head = n === 1 ? (words[0] as string) : words.slice(0, n).join(' ');
    if (countryOfKey(head.endsWith("'s") ? head.slice(0, -2) : head) !== undefined) return n;
  }
  return 0;
}

/**
 * The matching key of a name of the given type: folded, without "the" and forms of address, and for an
 * organisation without a leading country ("the U.S. State Department" → "state department").
 */
export function entityKey(name: string, type: EntityType): string {
  let words = keyWords(name);
  while (words.length > 1 && (words[0] === 'the' || HONORIFICS.has(words[0] as string))) words = words.slice(1);
  const key = words.join(' ');
  const known = listed(name) ?? (type === 'organisation' ? listedCompany(words) : undefined);
  if (known?.type === type) return known.key;
  if (type === 'organisation') {
    const prefix = countryPrefix(name.replace(/^the\s+/iu, ''));
    if (prefix) return listed(prefix.rest)?.key ?? keyWords(prefix.rest).join(' ');
  }
  return key;
}

/** Legal forms after a company's name: "Apple Inc.", "Siemens AG". */
const LEGAL_FORMS = new Set(['inc', 'incorporated', 'corp', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'nv', 'se', 'spa']);

/** The listed organisation a name is with its legal form dropped ("Apple Inc." → Apple), if any. */
export function listedCompany(words: readonly string[]): GazetteerEntry | undefined {
  if (words.length < 2 || !LEGAL_FORMS.has(words[words.length - 1] as string)) return undefined;
  const entry = listedKey(words.slice(0, -1).join(' '), '');
  return entry?.type === 'organisation' ? entry : undefined;
}

/** The country an organisation's name starts with ("Chinese Communist Party" → "china"), if any. */
export function countryOfName(name: string): string | null {
  return countryPrefix(name.replace(/^the\s+/iu, ''))?.country ?? null;
}

/**
 * Whether the words of a short person's name can stand for the full one: its last words ("Blinken",
 * "Aravena Soto"), or, failing those, its first word, as Chinese, Korean and Vietnamese names are written
 * family name first ("Wang" for "Wang Yi") — and an honorific goes with no given name ("Mr. Lai").
 */
export function standsFor(short: readonly string[], full: readonly string[], by: 'last' | 'first'): boolean {
  if (short.length === 0 || short.length >= full.length) return false;
  if (by === 'last') {
    for (let i = 1; i <= short.length; i++) if (short[short.length - i] !== full[full.length - i]) return false;
    return true;
  }
  return short.length === 1 && short[0] === full[0];
}

/** A person's name words without initials: "Donald J. Trump" and "Donald Trump" are one name. */
export function withoutInitials(words: readonly string[]): string {
  return words.length > 2 ? words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1).join(' ') : words.join(' ');
}

/** Whether a name is written family name first: "Wang Yi", "Lai Ching-te", "Kim Jong-un". */
export function familyNameFirst(words: readonly string[]): boolean {
  return words.length >= 2 && (FAMILY_NAMES_FIRST.has(words[0] as string) || /^\p{Ll}+-\p{Ll}+$/u.test(words[1] as string));
}

/**
 * Among full names (as key words), the ones a short name can stand for: those ending with it, else those
 * starting with it. An empty answer means none; more than one means the short name is ambiguous.
 */
export function fullNamesFor<T>(short: readonly string[], fulls: readonly T[], wordsOf: (t: T) => readonly string[]): T[] {
  const byLast = fulls.filter((f) => standsFor(short, wordsOf(f), 'last'));
  if (byLast.length) return byLast;
  return fulls.filter((f) => standsFor(short, wordsOf(f), 'first'));
}

/**
 * A name as people write it elsewhere, reduced to the name: "the", titles and forms of address dropped
 * ("Secretary Blinken" → "Blinken", "US Secretary of State Antony Blinken" → "Antony Blinken").
 */
export function bareName(written: string): string {
  const parts = written.trim().replace(/['’]s$/u, '').split(/\s+/u);
  let start = 0;
  while (start < parts.length - 1 && /^(?:the|a|an)$/iu.test(parts[start] as string)) start++;
  // The last title word with a name after it ends the title; "of State" belongs to the title.
  let cut = start;
  for (let i = start; i < parts.length - 1; i++) {
    const w = (parts[i] as string).toLowerCase().replace(/\.$/u, '');
    if (TITLE_WORDS.has(w) || HONORIFICS.has(w) || isDemonym(parts[i] as string)) {
      cut = i + 1;
      if (parts[cut]?.toLowerCase() === 'of') cut += parts[cut + 1]?.toLowerCase() === 'the' ? 3 : 2;
    }
  }
  if (cut >= parts.length) cut = start;
  return parts.slice(cut).join(' ');
}
