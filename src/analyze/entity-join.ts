// The mentions of an article joined into one group per entity: the mentions of one name vote on its type,
// and shorter forms join the full name they stand for ("Blinken", "Mr. Blinken" → Antony Blinken; "Wang"
// → the Wang named last before it; "CCP" → Chinese Communist Party; "the US State Department" → State
// Department; "the Lenz" → River Lenz).
import type { EntityType } from '../model.js';
import { FEATURE_WORDS } from './entity-cues.js';
import { countryPrefix, countryWords, fullNamesFor, keyWords, withoutInitials } from './entity-names.js';
import type { NameMention } from './entity-scan.js';
import { isDemonym, LONGEST_LISTED, listed, listedKey, startsListed, type GazetteerEntry } from './gazetteer.js';

/** The mentions of one name in an article, and what they say together. */
export interface Group {
  words: string[];
  mentions: NameMention[];
  person: number;
  organisation: number;
  place: number;
  addressed: boolean;
  listed: GazetteerEntry | undefined;
  type: EntityType | null;
  /** Joined into another group, which holds its mentions now. */
  merged: boolean;
}

/** The typed groups of an article's mentions, one per entity. */
export function groupMentions(mentions: readonly NameMention[]): Group[] {
  const groups = new Map<string, Group>();
  for (const m of withParts(mentions)) add(groups, m);
  for (const g of groups.values()) g.type = decide(g);
  joinPeople(groups);
  joinOrganisations(groups);
  joinPlaces(groups);
  listedParts(groups);
  return [...groups.values()].filter((g) => !g.merged && g.type !== null && g.mentions.length > 0);
}

/**
 * Hyphenated names split where the article names the parts on their own or they are listed ("US-China",
 * "Biden-Xi"), and kept where they are one name ("Okonkwo-Reyes").
 */
function withParts(mentions: readonly NameMention[]): NameMention[] {
  const seen = new Set(mentions.filter((m) => !m.parts).map((m) => m.key));
  const out: NameMention[] = [];
  for (const m of mentions) {
    if (m.parts && m.parts.every((p) => p.listed || seen.has(p.key) || isDemonym(p.name))) {
      for (const p of m.parts) if (p.listed || seen.has(p.key)) out.push(p);
    } else {
      out.push(m);
    }
  }
  return out;
}

function groupKey(m: NameMention): { key: string; entry: GazetteerEntry | undefined } {
  let entry = m.listed;
  // "the U.S. State Department" is the listed State Department.
  const n = entry ? 0 : countryWords(m.words);
  if (n > 0) {
    const rest = listedKey(m.words.slice(n).join(' '), '');
    if (rest?.type === 'organisation') entry = rest;
  }
  return { key: entry ? `=${entry.key}` : m.key, entry };
}

function add(groups: Map<string, Group>, m: NameMention): void {
  const { key, entry } = groupKey(m);
  let g = groups.get(key);
  if (!g) {
    g = { words: m.words, mentions: [], person: 0, organisation: 0, place: 0, addressed: false, listed: entry, type: null, merged: false };
    groups.set(key, g);
  }
  g.mentions.push(m);
  g.person += m.person;
  g.organisation += m.organisation;
  g.place += m.place;
  g.addressed ||= m.addressed;
}

/** The type the mentions vote for; a listed name is what the list says unless written with a title. */
function decide(g: Group): EntityType | null {
  if (g.listed && !(g.addressed && g.person > 0)) return g.listed.type;
  const best = Math.max(g.person, g.organisation, g.place);
  if (best < 2) return null;
  if (g.organisation === best) return 'organisation';
  if (g.place === best) return 'place';
  return 'person';
}

function absorb(into: Group, g: Group): void {
  into.mentions.push(...g.mentions);
  into.person += g.person;
  into.organisation += g.organisation;
  into.place += g.place;
  into.addressed ||= g.addressed;
  g.merged = true;
}

/**
 * "Blinken", "Mr. Blinken", "Secretary Blinken" join the full name they end ("Antony Blinken"); "Mr. Wu"
 * and "Xi" the one they start, as Chinese names are written family name first. Where two full names fit
 * ("Wang Yi", "Wang Xiaohong"), each mention joins the one named last before it.
 */
function joinPeople(groups: Map<string, Group>): void {
  // "Donald Trump" joins "Donald J. Trump", the fuller.
  const byBare = new Map<string, Group>();
  for (const g of [...groups.values()].filter((x) => x.type === 'person' && x.words.length >= 2).sort((a, b) => b.words.length - a.words.length)) {
    const bare = withoutInitials(g.words);
    const into = byBare.get(bare);
    if (into) absorb(into, g);
    else byBare.set(bare, g);
  }
  const all = [...groups.values()].filter((g) => !g.merged);
  const fulls = all.filter((g) => g.type === 'person' && g.words.length >= 2);
  // A surname weakly typed otherwise ("Cruz spokeswoman ...") is still the surname.
  const weak = (g: Group): boolean => g.type === null || g.type === 'person' || (!g.listed && Math.max(g.organisation, g.place) < 4);
  const shorts = all.filter((g) => !g.merged && weak(g) && !(g.listed && !g.addressed)).sort((a, b) => a.words.length - b.words.length);
  for (const g of shorts) {
    if (g.merged) continue;
    const fits = fullNamesFor(g.words, fulls.filter((f) => f !== g && !f.merged), (f) => f.words);
    if (fits.length === 1) {
      absorb(fits[0] as Group, g);
    } else if (fits.length > 1) {
      for (const m of g.mentions) {
        const target = nearest(m.start, fits);
        target.mentions.push(m);
        target.addressed ||= m.addressed;
      }
      g.merged = true;
    }
  }
}

/** The group mentioned last before `at`, or else first after it. */
function nearest(at: number, fits: readonly Group[]): Group {
  let best: Group = fits[0] as Group;
  let bestAt = -Infinity;
  let firstAfter = Infinity;
  let after: Group | null = null;
  for (const f of fits) {
    for (const m of f.mentions) {
      if (m.start < at && m.start > bestAt) {
        bestAt = m.start;
        best = f;
      } else if (m.start > at && m.start < firstAfter) {
        firstAfter = m.start;
        after = f;
      }
    }
  }
  return bestAt > -Infinity ? best : (after ?? best);
}

/**
 * Acronyms join the names they follow in brackets ("Litoral Dockworkers' Union (SEL)"); a one-word name
 * joins the one organisation it starts ("Lumora" → "Lumora Home"); "Russian Defense Ministry" and "Defense
 * Ministry" are one when the article gives no other country for it.
 */
function joinOrganisations(groups: Map<string, Group>): void {
  const byMention = new Map<NameMention, Group>();
  for (const g of groups.values()) for (const m of g.mentions) byMention.set(m, g);
  for (const g of groups.values()) {
    if (g.merged) continue;
    const long = g.mentions.map((m) => (m.acronymOf ? byMention.get(m.acronymOf) : undefined)).find((x) => x !== undefined);
    if (long && long !== g && !long.merged && long.type !== 'person' && g.type !== 'person' && g.type !== 'place') {
      long.type ??= 'organisation';
      absorb(long, g);
    }
  }
  const orgs = [...groups.values()].filter((g) => !g.merged && g.type === 'organisation');
  for (const g of groups.values()) {
    if (g.merged || g.words.length !== 1 || g.listed || (g.type !== null && g.type !== 'organisation')) continue;
    // Not "European" for the European Union: a listed name's short forms are listed too.
    const fits = orgs.filter((o) => o !== g && !o.listed && o.words.length > 1 && o.words[0] === g.words[0]);
    if (fits.length === 1) absorb(fits[0] as Group, g);
  }
  const byRest = new Map<string, Group[]>();
  for (const g of orgs) {
    if (g.merged || g.listed) continue;
    const prefix = countryPrefix(g.mentions[0]?.name ?? '');
    if (!prefix) continue;
    const rest = keyWords(prefix.rest).join(' ');
    byRest.set(rest, [...(byRest.get(rest) ?? []), g]);
  }
  for (const [rest, prefixed] of byRest) {
    const bare = groups.get(rest);
    const countries = new Set(prefixed.map((g) => countryPrefix(g.mentions[0]?.name ?? '')?.country));
    if (countries.size !== 1) continue;
    const into = bare && !bare.merged && (bare.type === null || bare.type === 'organisation') ? bare : (prefixed[0] as Group);
    into.type = 'organisation';
    for (const g of prefixed) if (g !== into) absorb(into, g);
  }
}

/** "the Lenz" is the River Lenz named before. */
function joinPlaces(groups: Map<string, Group>): void {
  const features = [...groups.values()].filter((g) => !g.merged && g.type === 'place' && g.words.length === 2 && (FEATURE_WORDS.has(g.words[0] as string) || FEATURE_WORDS.has(g.words[1] as string)));
  for (const f of features) {
    const core = FEATURE_WORDS.has(f.words[0] as string) ? f.words[1] : f.words[0];
    const g = groups.get(core as string);
    if (g && !g.merged && (g.type === null || g.type === 'place')) {
      f.type = 'place';
      absorb(f, g);
    }
  }
}

/**
 * A name nothing typed may hold a listed one ("UN Headquarters", "Taiwan Start"): that part is the
 * mention, and the rest is dropped.
 */
function listedParts(groups: Map<string, Group>): void {
  for (const g of [...groups.values()]) {
    if (g.merged || g.type !== null) continue;
    g.merged = true;
    for (const m of g.mentions) {
      if (m.name !== m.written) continue;
      const offsets: Array<[number, number]> = [];
      for (const w of m.name.matchAll(/\S+/gu)) offsets.push([w.index, w.index + w[0].length]);
      for (let i = 0; i < offsets.length; ) {
        let found = 0;
        const [a, b] = offsets[i] as [number, number];
        if (!startsListed(m.name.slice(a, b))) {
          i++;
          continue;
        }
        for (let len = Math.min(LONGEST_LISTED, offsets.length - i); len >= 1 && !found; len--) {
          const from = (offsets[i] as [number, number])[0];
          const to = (offsets[i + len - 1] as [number, number])[1];
          const part = m.name.slice(from, to).replace(/['’]s$/u, '');
          const entry = listed(part);
          if (!entry) continue;
          const words = keyWords(part);
          const p: NameMention = { ...m, name: part, written: part, start: m.start + from, end: m.start + from + part.length, words, key: words.join(' '), roles: [], listed: entry, acronymOf: null, parts: null };
          const key = `=${entry.key}`;
          const into = groups.get(key);
          if (into && !into.merged) into.mentions.push(p);
          else groups.set(key, { words: p.words, mentions: [p], person: 0, organisation: 0, place: 0, addressed: false, listed: entry, type: entry.type, merged: false });
          found = len;
        }
        i += found || 1;
      }
    }
  }
}
