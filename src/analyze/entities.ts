// Named entities of an article: the people, organisations and places it names, each once, typed, under
// its fullest name with the other forms the article uses. Rules only, no model, as this runs on the
// ingest path: entity-scan.ts finds the mentions and the evidence of their context, entity-join.ts joins
// them into entities, entity-headlines.ts counts them in the headline; here each becomes an Entity.
import type { Entity, EntityType } from '../model.js';
import { countryPrefix, entityKey, keyWords } from './entity-names.js';
import { HeadlineLookup } from './entity-headlines.js';
import { groupMentions, type Group } from './entity-join.js';
import { scanNames } from './entity-scan.js';
import { foldName } from './gazetteer.js';

export { entityFor, entityIndex, type EntityLookup } from './entity-lookup.js';
export { mergeEntities } from './entity-merge.js';

/** Every person, organisation and place the article names, typed, each once under its fullest name. */
export function findEntities(title: string, text: string): Entity[] {
  const { mentions, headings } = scanNames(text, title);
  const entities = build(groupMentions(mentions, text));
  const lookup = new HeadlineLookup(entities);
  for (const [from, to] of headings) lookup.find(text, from, to, true);
  lookup.find(title, 0, title.length, false);
  return lookup.entities().sort((a, b) => b.count - a.count || (a.spans[0]?.[0] ?? 0) - (b.spans[0]?.[0] ?? 0));
}

function build(groups: readonly Group[]): Entity[] {
  // Organisations whose names differ only by their country keep it in their key when two countries meet.
  const restCountries = new Map<string, Set<string>>();
  for (const g of groups) {
    if (g.type !== 'organisation' || g.listed) continue;
    const prefix = countryPrefix(g.mentions[0]?.name ?? '');
    if (!prefix) continue;
    const rest = keyWords(prefix.rest).join(' ');
    restCountries.set(rest, (restCountries.get(rest) ?? new Set()).add(prefix.country));
  }
  return groups.map((g) => {
    const type = g.type as EntityType;
    const name = canonical(g, type);
    let key = g.listed ? g.listed.key : entityKey(name, type);
    if (type === 'organisation' && !g.listed && (restCountries.get(key)?.size ?? 0) > 1) key = keyWords(name).filter((w) => w !== 'the').join(' ');
    const aliases: string[] = [];
    for (const m of g.mentions) {
      for (const form of [m.name, m.written]) if (form !== name && !aliases.includes(form)) aliases.push(form);
    }
    const roles: string[] = [];
    // Roles are people's; what an appositive says of a place or a body is no title.
    for (const m of type === 'person' ? g.mentions : []) {
      for (const r of m.roles) if (!roles.some((x) => x.toLowerCase() === r.toLowerCase())) roles.push(r);
    }
    const spans = g.mentions.map((m) => [m.start, m.end] as [number, number]).sort((a, b) => a[0] - b[0]);
    return { name, type, key, aliases, roles, count: g.mentions.length, spans };
  });
}

/**
 * The name an entity goes by: the listed name when the article writes it, else the fullest form — for an
 * organisation, the fullest without a country ("State Department" over "US State Department").
 */
function canonical(g: Group, type: EntityType): string {
  const counts = new Map<string, number>();
  for (const m of g.mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const names = [...counts.keys()];
  if (g.listed) {
    const own = names.find((n) => foldName(n) === g.listed?.key && !isShouting(n)) ?? names.find((n) => foldName(n) === g.listed?.key);
    if (own) return own;
  }
  const score = (n: string): number[] => [
    type === 'organisation' && countryPrefix(n) ? 0 : 1,
    g.listed ? (counts.get(n) ?? 0) : n.split(/\s+/u).length,
    isShouting(n) ? 0 : 1,
    counts.get(n) ?? 0,
  ];
  names.sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return (sb[i] as number) - (sa[i] as number);
    return 0;
  });
  const best = names[0] as string;
  // A dateline's "SARVELA", when the article never writes the name otherwise.
  return isShouting(best) && type === 'place' ? best.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase()) : best;
}

function isShouting(name: string): boolean {
  return name.length > 3 && name === name.toUpperCase() && !name.includes('.') && name.replace(/[^\p{L}]/gu, '').length > 3;
}
