// Whitespace runs to single spaces, as text.replace(/\s+/gu, ' ') does, several times faster on prose:
// that pattern rewrites every single space between words, this one only the runs that change.
const CHANGING_WHITESPACE = /\s\s+|[^\S ]/g;

export function collapseSpaces(text: string): string {
  return text.replace(CHANGING_WHITESPACE, ' ');
}

/**
 * Characters that print as nothing: soft hyphens (sites hyphenate long words with &shy;), zero-width spaces
 * and joiners, BOMs. Left in, they split words for search, matching and every comparison of texts.
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/u;
const INVISIBLE_ALL = /[\u00ad\u200b\u2060\ufeff]/gu;

export function dropInvisible(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
}
