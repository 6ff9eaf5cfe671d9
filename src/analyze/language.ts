import { eld } from 'eld/medium';

/** A few hundred characters decide the language as well as the whole text, at a fraction of the cost. */
export const LANGUAGE_SAMPLE = 400;

/** ISO 639-1 code of the text's language, or "und" when it cannot be told. */
export function detectLanguage(text: string, stated: string | null): string {
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  const result = eld.detect(sample);
  const detected = result.language;
  const statedBase = stated?.toLowerCase().split(/[-_]/)[0];
  const hasStated = statedBase !== undefined && /^[a-z]{2,3}$/.test(statedBase);
  // Reliability only decides between the detected and the stated language; it costs a sort of every
  // language's score, so a document that states none is spared it.
  if (!hasStated) return detected || 'und';
  return detected && result.isReliable() ? detected : statedBase;
}
