import { eld } from 'eld/medium';

/** A few hundred characters decide the language as well as the whole text, at a fraction of the cost. */
export const LANGUAGE_SAMPLE = 400;

/** ISO 639-1 code of the text's language, or "und" when it cannot be told. */
export function detectLanguage(text: string, stated: string | null): string {
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  const result = eld.detect(sample);
  const detected = result.language;
  if (detected && result.isReliable()) return detected;
  const statedBase = stated?.toLowerCase().split(/[-_]/)[0];
  if (statedBase && /^[a-z]{2,3}$/.test(statedBase)) return statedBase;
  return detected || 'und';
}
