// Which entity a name written elsewhere refers to: a quote's speaker ("Mr. Blinken", "Secretary Blinken"),
// a claim's source ("the State Department"). A form the article writes decides first, then a role given
// word for word, then a surname; anything that fits two entities fits none. A surname that two people of
// the list share ("Wang", with Wang Yi and Wang Xiaohong) fits none either, even where an article kept it
// as a person of its own; and a name that is a place and a person's surname ("Jordan") is the person, as
// names are looked up for who said something.
import type { Entity } from '../model.js';
import { bareName, entityKey, familyNameFirst, keyWords, standsFor } from './entity-names.js';
import { foldName } from './gazetteer.js';

/** The entity a name written elsewhere refers to, or null when none or ambiguous. */
export type EntityLookup = (name: string) => Entity | null;

function only(found: Iterable<Entity>): Entity | null | undefined {
  const distinct = new Set(found);
  if (distinct.size === 1) return distinct.values().next().value;
  return distinct.size > 1 ? null : undefined;
}

function withoutArticle(name: string): string {
  return name.trim().replace(/['’]s$/u, '').replace(/^(?:the|a|an)\s+/iu, '');
}

function add(map: Map<string, Entity[]>, key: string, e: Entity): void {
  const list = map.get(key);
  if (!list) map.set(key, [e]);
  else if (list[list.length - 1] !== e) list.push(e);
}

/**
 * A lookup over `entities` for many names: their forms, roles and people's names are indexed once, so
 * each lookup costs a few map reads instead of a pass over every entity and alias. Answers as `entityFor`;
 * the list must not change while the lookup is in use.
 */
export function entityIndex(entities: readonly Entity[]): EntityLookup {
  const byKey = new Map<string, Entity[]>();
  const byForm = new Map<string, Entity[]>();
  const byRole = new Map<string, Entity[]>();
  // People by the last word and the first word of their key, for surnames and family names written first.
  const byLast = new Map<string, Entity[]>();
  const byFirst = new Map<string, Entity[]>();
  const wordsOf = new Map<Entity, string[]>();
  for (const e of entities) {
    add(byKey, e.key, e);
    add(byForm, foldName(withoutArticle(e.name)), e);
    for (const a of e.aliases) add(byForm, foldName(withoutArticle(a)), e);
    for (const r of e.roles) add(byRole, foldName(withoutArticle(r)), e);
    if (e.type !== 'person') continue;
    const words = keyWords(e.key);
    wordsOf.set(e, words);
    add(byLast, words[words.length - 1] as string, e);
    add(byFirst, words[0] as string, e);
  }
  const personWords = (e: Entity): string[] => wordsOf.get(e) as string[];

  /** The people whose full names a shorter name can stand for: ending with it, else starting with it. */
  const fullNamesFor = (words: readonly string[], except?: Entity): Entity[] => {
    const byLastWord = (byLast.get(words[words.length - 1] as string) ?? []).filter((e) => e !== except && standsFor(words, personWords(e), 'last'));
    if (byLastWord.length || words.length !== 1) return byLastWord;
    return (byFirst.get(words[0] as string) ?? []).filter((e) => e !== except && standsFor(words, personWords(e), 'first'));
  };

  /** Whose surname a one-word name is: the people it ends, or starts when they are written family name first. */
  const surnameOf = (words: readonly string[]): Entity[] => {
    const fits = fullNamesFor(words);
    return fits.filter((e) => standsFor(words, personWords(e), 'last') || familyNameFirst(personWords(e)));
  };

  /** A person of the list who is no more than a surname that two others of the list bear. */
  const ambiguous = (e: Entity): boolean => e.type === 'person' && fullNamesFor(personWords(e), e).length > 1;

  return (name: string): Entity | null => {
    const written = withoutArticle(name);
    if (!written) return null;
    const bare = bareName(written);
    const asName = bare.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w));
    const words = keyWords(bare);
    const found: Entity[] = [];
    for (const k of new Set([entityKey(written, 'organisation'), entityKey(bare, 'person'), entityKey(written, 'place')])) found.push(...(byKey.get(k) ?? []));
    for (const f of new Set([foldName(written), foldName(bare)])) found.push(...(byForm.get(f) ?? []));

    // "Jordan" for Michael Jordan rather than the country, when the list has both.
    if (asName && found.some((e) => e.type === 'place')) {
      const person = only([...found.filter((e) => e.type === 'person'), ...surnameOf(words)]);
      if (person !== undefined) return person && !ambiguous(person) ? person : null;
    }
    const byForm1 = only(found);
    if (byForm1 !== undefined) return byForm1 && ambiguous(byForm1) ? null : byForm1;

    const byRole1 = only(byRole.get(foldName(written)) ?? []);
    if (byRole1 !== undefined) return byRole1;

    // A surname, or a family name written first: only for what is written as a name.
    if (!asName) return null;
    return only(fullNamesFor(words)) ?? null;
  };
}

/** The lookup last built for a list, with what it was built from, to know when the list has changed. */
interface Cached {
  lookup: EntityLookup;
  seen: unknown[];
}

const cache = new WeakMap<readonly Entity[], Cached>();

/** What a lookup depends on, entity by entity: a change to any of it calls for a new index. */
function fingerprint(entities: readonly Entity[]): unknown[] {
  const out: unknown[] = [];
  for (const e of entities) out.push(e, e.name, e.key, e.type, e.aliases, e.aliases.length, e.roles, e.roles.length);
  return out;
}

function unchanged(entities: readonly Entity[], seen: readonly unknown[]): boolean {
  if (seen.length !== entities.length * 8) return false;
  let i = 0;
  for (const e of entities) {
    if (seen[i] !== e || seen[i + 1] !== e.name || seen[i + 2] !== e.key || seen[i + 3] !== e.type) return false;
    if (seen[i + 4] !== e.aliases || seen[i + 5] !== e.aliases.length || seen[i + 6] !== e.roles || seen[i + 7] !== e.roles.length) return false;
    i += 8;
  }
  return true;
}

/**
 * The entity that a name written elsewhere (a quote's speaker "Blinken", "Mr. Wang", "Secretary Blinken",
 * "the State Department") refers to among `entities`, or null when none or ambiguous. Callers look up a
 * story's speakers one by one over one list, so the list's index is kept for the next call, and built
 * anew when the list's entities, their names, keys or types, or their alias and role lists (or how long
 * those are) have changed; `entityIndex` skips even that check.
 */
export function entityFor(name: string, entities: readonly Entity[]): Entity | null {
  let cached = cache.get(entities);
  if (!cached || !unchanged(entities, cached.seen)) {
    cached = { lookup: entityIndex(entities), seen: fingerprint(entities) };
    cache.set(entities, cached);
  }
  return cached.lookup(name);
}
