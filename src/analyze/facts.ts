// What an article says, fact by fact: the entities it names, who it quotes, and the figures it gives.
import type { ArticleFacts } from '../model.js';
import { findClaims } from './claims.js';
import { creditedOrganisations } from './credits.js';
import { findEntities } from './entities.js';
import { findAttributions } from './quotes.js';

/**
 * The version of the fact finders. Facts stored by an older version are found again when a story is next
 * read, so that a better finder improves the whole store without a re-import: raise it with any change
 * to what the finders return (test/facts-version.test.ts holds a fingerprint of their output on the demo
 * corpus, and fails until the version is raised with it).
 */
export const FACTS_VERSION = 29;

/** The article's facts; `removed` is what extraction took out as furniture, where picture credits are read. */
export function articleFacts(title: string, text: string, removed: readonly string[] = []): ArticleFacts {
  const attributions = findAttributions(text);
  const entities = findEntities(title, text);
  return { entities: [...entities, ...creditedOrganisations(removed, entities)], attributions, claims: findClaims(text, attributions) };
}
