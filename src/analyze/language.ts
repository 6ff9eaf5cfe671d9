import { eld } from 'eld/medium';

/** A few hundred characters decide the language as well as the whole text, at a fraction of the cost. */
export const LANGUAGE_SAMPLE = 400;

/**
 * English function words. Running text in English is about a third of these; in another language they
 * are rare, and its own function words (below) are not.
 */
const ENGLISH = new Set(
  ('the of and to in is that for on with was as by at from he it said his her are were be has have an this which will ' +
    'not but or they their its after who been had would could than into about over more when also').split(' '),
);

/**
 * Frequent function words of other languages written in the Latin script that are not English words as
 * well: a few of these in a sample sends it to the full detector, however English the rest looks.
 */
const NOT_ENGLISH = new Set(
  ('de der die und das ist nicht mit von den auf sich ein eine dem des für wird sind auch nach bei ' +
    'le la les et est une du dans pour que qui sur pas au aux avec ce sont ont été cette ' +
    'el los las y del en por una con para se su lo como más pero sus fue ' +
    'il di che della sono gli nel alla anche dei delle ' +
    'o os da em não uma mais foi pelo ' +
    'het een niet zijn voor naar ook bij heeft werd ' +
    'och att det som är för med var inte til ikke og er af på').split(' '),
);

/** Words a sample needs before its function words say anything. */
const MIN_WORDS = 20;

/**
 * "en" when the sample is plainly English: at least a fifth of its words English function words, and
 * almost none another language's. Most of what a reader follows is that, and this look-up costs a
 * twentieth of the n-gram model, which still decides everything else.
 */
export function plainlyEnglish(sample: string): boolean {
  let words = 0;
  let english = 0;
  let other = 0;
  for (const m of sample.matchAll(/[\p{L}']+/gu)) {
    const w = m[0].toLowerCase();
    words++;
    if (ENGLISH.has(w)) english++;
    else if (NOT_ENGLISH.has(w)) other++;
  }
  return words >= MIN_WORDS && english * 5 >= words && other * 50 <= words;
}

/** ISO 639-1 code of the text's language, or "und" when it cannot be told. */
export function detectLanguage(text: string, stated: string | null): string {
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  if (plainlyEnglish(sample)) return 'en';
  const result = eld.detect(sample);
  const detected = result.language;
  const statedBase = stated?.toLowerCase().split(/[-_]/)[0];
  const hasStated = statedBase !== undefined && /^[a-z]{2,3}$/.test(statedBase);
  // Reliability only decides between the detected and the stated language; it costs a sort of every
  // language's score, so a document that states none is spared it.
  if (!hasStated) return detected || 'und';
  return detected && result.isReliable() ? detected : statedBase;
}
