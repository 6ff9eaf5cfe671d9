// Entities of several articles as one list: the same key is one entity; a surname alone joins the one full
// name it ends ("Blinken" → Antony Blinken, but not "Wang" when both Wang Yi and Wang Xiaohong are known);
// an acronym joins its expansion, and a one-word organisation the longer one it starts, when any article
// states the pair ("Lumora" an alias of Lumora Home); organisations with one key but different countries
// ("Chinese Foreign Ministry", "Russian Foreign Ministry") stay apart, and so do a person and a listed place
// of one name ("Mr. Jordan", Jordan).
import type { Entity, EntityType } from '../model.js';
import { countryOfName, entityKey, keyWords, standsFor, withoutInitials } from './entity-names.js';
import { foldName, listed } from './gazetteer.js';

interface Bucket {
  key: string;
  members: Array<{ list: number; at: number; entity: Entity }>;
  countries: Set<string>;
  into: Bucket | null;
}

/** The countries an organisation's forms name ("US State Department" → united states). */
function countries(e: Entity): Set<string> {
  const out = new Set<string>();
  if (e.type !== 'organisation') return out;
  for (const form of [e.name, ...e.aliases]) {
    const c = countryOfName(form);
    if (c) out.add(c);
  }
  return out;
}

function compatible(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const c of a) if (b.has(c)) return true;
  return false;
}

function root(b: Bucket): Bucket {
  let r = b;
  while (r.into) r = r.into;
  return r;
}

function join(into: Bucket, b: Bucket): void {
  const r = root(into);
  const s = root(b);
  if (r === s) return;
  r.members.push(...s.members);
  for (const c of s.countries) r.countries.add(c);
  s.members = [];
  s.into = r;
}

/**
 * Entities of several articles (or a whole store) as one list: each entity once, under the fullest name any
 * article gives it. `index[i][j]` is the position in `entities` of lists[i][j]. Merged entities have
 * `spans: []`, counts summed, aliases and roles united; an entity that stands for one input keeps its spans.
 */
export function mergeEntities(lists: ReadonlyArray<readonly Entity[]>): { entities: Entity[]; index: number[][] } {
  const byKey = new Map<string, Bucket[]>();
  const all: Bucket[] = [];
  const home: Bucket[][] = lists.map(() => []);
  lists.forEach((list, i) => {
    list.forEach((e, j) => {
      const cs = countries(e);
      const slot = e.type === 'person' && listed(e.name)?.type === 'place' ? `person ${e.key}` : e.key;
      const found = byKey.get(slot) ?? [];
      const fits = found.filter((b) => compatible(b.countries, cs));
      let b: Bucket;
      if (fits.length === 1 || (fits.length > 1 && cs.size > 0)) {
        b = fits[0] as Bucket;
      } else {
        b = { key: e.key, members: [], countries: new Set(), into: null };
        found.push(b);
        byKey.set(slot, found);
        all.push(b);
      }
      b.members.push({ list: i, at: j, entity: e });
      for (const c of cs) b.countries.add(c);
      (home[i] as Bucket[])[j] = b;
    });
  });

  // "CCP" in one article, "Chinese Communist Party (CCP)" in another.
  const expansions = new Map<string, Bucket>();
  for (const b of all) {
    for (const { entity } of b.members) {
      if (entity.type !== 'organisation') continue;
      for (const a of entity.aliases) if (isAcronym(a) && foldName(a) !== b.key) expansions.set(foldName(a), b);
    }
  }
  for (const b of all) {
    const long = expansions.get(b.key);
    if (long && root(long) !== root(b) && typeOf(b) !== 'person') join(long, b);
  }

  // "Donald J. Trump" in one article, "Donald Trump" in another.
  const byBare = new Map<string, Bucket>();
  for (const b of all.filter((x) => !x.into && typeOf(x) === 'person')) {
    const bare = withoutInitials(keyWords(b.key));
    const into = byBare.get(bare);
    if (into) join(into, b);
    else byBare.set(bare, b);
  }

  // "Blinken" in one article, "Antony Blinken" in another. Full names are looked up by their last word and
  // their first (for names written family name first), not scanned: a store has thousands of people.
  const people = all.filter((b) => !b.into && typeOf(b) === 'person');
  const wordsOf = new Map<Bucket, string[]>();
  for (const b of people) wordsOf.set(b, keyWords(b.key));
  const byLast = new Map<string, Bucket[]>();
  const byFirst = new Map<string, Bucket[]>();
  for (const b of people) {
    const words = wordsOf.get(b) as string[];
    if (words.length < 2) continue;
    add(byLast, words[words.length - 1] as string, b);
    add(byFirst, words[0] as string, b);
  }
  for (const b of people) {
    const words = wordsOf.get(b) as string[];
    const fullWords = (f: Bucket): string[] => wordsOf.get(f) as string[];
    let fits = (byLast.get(words[words.length - 1] as string) ?? []).filter((f) => f !== b && standsFor(words, fullWords(f), 'last'));
    if (!fits.length && words.length === 1) fits = (byFirst.get(words[0] as string) ?? []).filter((f) => f !== b && standsFor(words, fullWords(f), 'first'));
    if (fits.length === 1) join(fits[0] as Bucket, b);
  }

  // "Lumora" in one article, "Lumora Home" in another: only when an article writes the one as a form of
  // the other, as "Halden" may be another body than the Halden Foundation.
  const orgs = all.filter((b) => !b.into && typeOf(b) === 'organisation');
  const formOf = new Map<string, Bucket[]>();
  for (const o of orgs) {
    if (keyWords(o.key).length < 2) continue;
    for (const { entity } of o.members) {
      for (const a of entity.aliases) if (!isAcronym(a)) add(formOf, entityKey(a, 'organisation'), o);
    }
  }
  for (const b of orgs) {
    if (keyWords(b.key).length !== 1 || b.members.some((m) => isAcronym(m.entity.name))) continue;
    const longs = new Set((formOf.get(b.key) ?? []).map(root));
    longs.delete(root(b));
    if (longs.size === 1) join([...longs][0] as Bucket, b);
  }

  const entities: Entity[] = [];
  const position = new Map<Bucket, number>();
  for (const b of all) {
    if (b.into || !b.members.length) continue;
    position.set(b, entities.length);
    entities.push(combine(b));
  }
  const index = home.map((row) => row.map((b) => position.get(root(b)) as number));
  return { entities, index };
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else {
    map.set(key, [value]);
  }
}

function isAcronym(form: string): boolean {
  const bare = form.replace(/\./gu, '');
  return bare.length >= 2 && bare.length <= 8 && bare === bare.toUpperCase() && /^\p{Lu}/u.test(bare);
}

function typeOf(b: Bucket): EntityType {
  const votes = new Map<EntityType, number>();
  for (const { entity } of b.members) votes.set(entity.type, (votes.get(entity.type) ?? 0) + entity.count);
  let best: EntityType = (b.members[0] as Bucket['members'][number]).entity.type;
  for (const [t, v] of votes) if (v > (votes.get(best) ?? 0)) best = t;
  return best;
}

/** One entity for a bucket: the fullest name, the key of the fullest person's name, everything united. */
function combine(b: Bucket): Entity {
  const type = typeOf(b);
  const first = (b.members[0] as Bucket['members'][number]).entity;
  if (b.members.length === 1) return { ...first, aliases: [...first.aliases], roles: [...first.roles], spans: first.spans.map((s) => [s[0], s[1]]) };
  const weight = new Map<string, number>();
  for (const { entity } of b.members) weight.set(entity.name, (weight.get(entity.name) ?? 0) + entity.count);
  const names = [...weight.keys()].sort((x, y) => {
    const px = type === 'organisation' && countryOfName(x) ? 1 : 0;
    const py = type === 'organisation' && countryOfName(y) ? 1 : 0;
    return px - py || y.split(/\s+/u).length - x.split(/\s+/u).length || (weight.get(y) ?? 0) - (weight.get(x) ?? 0);
  });
  const name = names[0] as string;
  const owner = b.members.find((m) => m.entity.name === name)?.entity ?? first;
  const aliases: string[] = [];
  const roles: string[] = [];
  let count = 0;
  for (const { entity } of b.members) {
    count += entity.count;
    for (const a of [entity.name, ...entity.aliases]) if (a !== name && !aliases.includes(a)) aliases.push(a);
    for (const r of entity.roles) if (!roles.some((x) => x.toLowerCase() === r.toLowerCase())) roles.push(r);
  }
  return { name, type, key: owner.key, aliases, roles, count, spans: [] };
}
