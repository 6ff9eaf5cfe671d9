// Which entity a name written elsewhere refers to: a quote's speaker ("Mr. Blinken", "Secretary Blinken"),
// a claim's source ("the State Department"). A form the article writes decides first, then a role given
// word for word, then a surname; anything that fits two entities fits none.
import type { Entity } from '../model.js';
import { bareName, entityKey, fullNamesFor, keyWords } from './entity-names.js';
import { foldName } from './gazetteer.js';

function only(found: readonly Entity[]): Entity | null | undefined {
  const distinct = [...new Set(found)];
  if (distinct.length === 1) return distinct[0];
  return distinct.length > 1 ? null : undefined;
}

function withoutArticle(name: string): string {
  return name.trim().replace(/['’]s$/u, '').replace(/^(?:the|a|an)\s+/iu, '');
}

/**
 * The entity that a name written elsewhere (a quote's speaker "Blinken", "Mr. Wang", "Secretary Blinken",
 * "the State Department") refers to among `entities`, or null when none or ambiguous.
 */
export function entityFor(name: string, entities: readonly Entity[]): Entity | null {
  const written = withoutArticle(name);
  if (!written) return null;
  const bare = bareName(written);
  const forms = new Set([foldName(written), foldName(bare)]);
  const keys = new Set([entityKey(written, 'organisation'), entityKey(bare, 'person'), entityKey(written, 'place')]);

  const byForm = only(
    entities.filter((e) => keys.has(e.key) || [e.name, ...e.aliases].some((a) => forms.has(foldName(withoutArticle(a))))),
  );
  if (byForm !== undefined) return byForm;

  const role = foldName(written);
  const byRole = only(entities.filter((e) => e.roles.some((r) => foldName(withoutArticle(r)) === role)));
  if (byRole !== undefined) return byRole;

  // A surname, or a family name written first: only for what is written as a name.
  if (!bare.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w))) return null;
  const words = keyWords(bare);
  const people = entities.filter((e) => e.type === 'person');
  return only(fullNamesFor(words, people, (e) => keyWords(e.key))) ?? null;
}
