// A statement carried by an agency and its republishers is one wording with many outlets: shown once,
// with every outlet that prints it, rather than once per copy.
import type { FactVersion } from '../model.js';

export interface Wording {
  text: string;
  outlets: string[];
  /** True when the outlets quote these words (in quotation marks) rather than report them. */
  direct: boolean;
}

/** Text as compared for being the same wording: typography, spacing and case aside. */
export function sameWording(text: string): string {
  return text.replace(/[“”„«»"]/gu, '"').replace(/[‘’]/gu, "'").replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** The distinct wordings of the versions, in order of first appearance, each with its outlets. */
export function wordingsOf(versions: ReadonlyArray<FactVersion & { direct?: boolean }>): Wording[] {
  const byText = new Map<string, Wording>();
  for (const v of versions) {
    const key = `${v.direct ? 'q' : 'r'}${sameWording(v.text)}`;
    const seen = byText.get(key);
    if (!seen) byText.set(key, { text: v.text, outlets: [v.outlet], direct: v.direct === true });
    else if (!seen.outlets.includes(v.outlet)) seen.outlets.push(v.outlet);
  }
  return [...byText.values()];
}
