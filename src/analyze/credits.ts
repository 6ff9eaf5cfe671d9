// The agencies an article credits for its pictures or its report: "(Credit: AFP)", "Photo: Jan Berg/Reuters",
// "Image: Getty Images via AFP". Extraction removes captions from the text, but who supplied the story's
// pictures and words is a fact about the story: the agency is one of its organisations.
import type { Entity } from '../model.js';
import { findEntities } from './entities.js';

const CREDIT = /\b(?:credits?|photos?|photograph|pictures?|images?|source|foto)\s*[:：]\s*([^()\n]{2,80})/giu;
/** The credited parties: a photographer and an agency, or an agency "via" another. */
const PARTS = /\s*(?:\/|\bvia\b|,|;|&|\band\b)\s*/iu;

/** The organisations credited in removed caption and credit lines, none of them already among `known`. */
export function creditedOrganisations(lines: readonly string[], known: readonly Entity[]): Entity[] {
  const have = new Set(known.map((e) => e.key));
  const out: Entity[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(CREDIT)) {
      for (const part of (m[1] ?? '').split(PARTS)) {
        const name = part.replace(/[.)\]]+$/u, '').trim();
        if (!name) continue;
        // Read as a sentence of its own, so that the gazetteer and the name cues type it.
        for (const e of findEntities('', `${name}.`)) {
          if (e.type !== 'organisation' || have.has(e.key)) continue;
          have.add(e.key);
          out.push({ ...e, spans: [] });
        }
      }
    }
  }
  return out;
}
