// The mentions of an article joined into one group per entity: the mentions of one name vote on its type,
// and shorter forms join the full name they stand for ("Blinken", "Mr. Blinken" → Antony Blinken; "Wang"
// → the one Wang named before it, none when two are; "CCP" → Chinese Communist Party; "the US State
// Department" → State Department; "the Lenz" → River Lenz).
import type { EntityType } from '../model.js';
import { FEATURE_WORDS } from './entity-cues.js';
import { countryPrefix, countryWords, familyNameFirst, fullNamesFor, keyWords, listedCompany, standsFor, withoutInitials } from './entity-names.js';
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

/** The typed groups of an article's mentions (offsets into `text`), one per entity. */
export function groupMentions(mentions: readonly NameMention[], text = ''): Group[] {
  const groups = new Map<string, Group>();
  for (const m of withParts(mentions)) add(groups, m);
  for (const g of groups.values()) g.type = decide(g);
  relatives(groups, text);
  placeSurnames(groups);
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
  // "Apple Inc." is the listed Apple.
  entry ??= listedCompany(m.words);
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

/** A first word written as a given name is: "Ysolde", "Jae-won", "O'Neil"; not "N.H.", "FlagShare". */
const GIVEN_SHAPE = /^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)?\s/u;

/** What joins two people's names in one phrase: "X and Y", "X, Y", "X met Y", "X with Y". */
const PAIRED = /^(?:,\s*|\s+(?:and|&|or|met|with|joined)\s+|,\s+(?:and|or)\s+)$/u;

/**
 * "Marta Okafor and Ysolde Okafor", "Lee Hsien Loong met Lee Jae-myung": a name nothing typed, shaped
 * like a person's, written beside a person of the article whose surname it shares (the family name first,
 * for a name written so), is another person of the family. Not where its first word may be an ordinary
 * word ("Team Trump", "Using Ted Cruz" at a line's start), nor where it holds the person's whole name.
 */
function relatives(groups: Map<string, Group>, text: string): void {
  const people = [...groups.values()].filter((g) => g.type === 'person' && g.words.length >= 2 && !g.listed);
  if (!people.length) return;
  for (const g of groups.values()) {
    if (g.type !== null || g.listed || g.words.length < 2 || g.words.length > 3 || g.person < 0 || g.organisation > 0 || g.place > 0) continue;
    if (!g.mentions.every((m) => m.shaped && !m.plainFirst && GIVEN_SHAPE.test(m.name))) continue;
    if (people.some((p) => standsFor(p.words, g.words, 'last'))) continue;
    const kin = people.filter((p) => p.words[p.words.length - 1] === g.words[g.words.length - 1] || (familyNameFirst(p.words) && p.words[0] === g.words[0]));
    const beside = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
      a.end <= b.start && b.start - a.end <= 12 && PAIRED.test(text.slice(a.end, b.start));
    if (kin.some((p) => p.mentions.some((pm) => g.mentions.some((m) => beside(pm, m) || beside(m, pm))))) g.type = 'person';
  }
}

/**
 * "Michael Jordan said ... Jordan spoke in Chicago": a listed place's name used as a person's ("Jordan
 * said", "Jordan's wife") where the article names a person of that surname, or written with a title or a
 * form of address ("Mr. Jordan"), is the person; the place keeps its other mentions ("flights to Jordan").
 */
function placeSurnames(groups: Map<string, Group>): void {
  const fulls = [...groups.values()].filter((f) => f.type === 'person' && f.words.length >= 2 && !f.listed);
  for (const [key, g] of [...groups]) {
    if (g.listed?.type !== 'place' || g.words.length !== 1) continue;
    const named = fullNamesFor(g.words, fulls, (f) => f.words).length > 0;
    const used = g.mentions.filter((m) => m.titled || (named && m.personUse));
    if (!used.length) continue;
    const person: Group = {
      words: g.words, mentions: used, person: 0, organisation: 0, place: 0, addressed: used.some((m) => m.addressed), listed: undefined, type: 'person', merged: false,
    };
    groups.set(`~${key}`, person);
    g.mentions = g.mentions.filter((m) => !used.includes(m));
    if (!g.mentions.length) g.merged = true;
  }
}

/**
 * "Blinken", "Mr. Blinken", "Secretary Blinken" join the full name they end ("Antony Blinken"); "Mr. Wu"
 * and "Xi" the one they start, as Chinese names are written family name first. Where two full names fit
 * ("Wang Yi", "Wang Xiaohong"), a mention joins the one of them named before it, if only one is; after
 * both are named (or before either), "Wang" is ambiguous and stays a person of its own, given to neither.
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
  // Where each full name is first written by itself, before shorter forms join it.
  const introduced = new Map<Group, number>();
  for (const f of fulls) introduced.set(f, Math.min(...f.mentions.map((m) => m.start)));
  // A surname weakly typed otherwise ("Cruz spokeswoman ...") is still the surname.
  const weak = (g: Group): boolean => g.type === null || g.type === 'person' || (!g.listed && Math.max(g.organisation, g.place) < 4);
  const shorts = all.filter((g) => !g.merged && weak(g) && !(g.listed && !g.addressed)).sort((a, b) => a.words.length - b.words.length);
  for (const g of shorts) {
    if (g.merged) continue;
    // "Machado" fits "Alicia Machado" and "Miss Universe Alicia Machado", which are one: the fuller stays.
    const fits = nested(fullNamesFor(g.words, fulls.filter((f) => f !== g && !f.merged), (f) => f.words));
    if (fits.length === 1) {
      absorb(fits[0] as Group, g);
    } else if (fits.length > 1) {
      const unresolved: NameMention[] = [];
      for (const m of g.mentions) {
        const before = fits.filter((f) => (introduced.get(f) ?? Infinity) < m.start);
        const target = before.length === 1 ? (before[0] as Group) : null;
        if (!target) {
          unresolved.push(m);
          continue;
        }
        target.mentions.push(m);
        target.addressed ||= m.addressed;
      }
      g.mentions = unresolved;
      if (unresolved.length) g.type = 'person';
      else g.merged = true;
    }
  }
}

/** Full names without those another of them holds whole: the person named both ways counts once. */
function nested(fits: Group[]): Group[] {
  return fits.length < 2 ? fits : fits.filter((f) => !fits.some((o) => o !== f && standsFor(f.words, o.words, 'last')));
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
    if (fits.length !== 1) continue;
    const long = fits[0] as Group;
    // One name may start another's and be another body ("Halden" the carmaker, "Halden Foundation"). The
    // text pairs them only when the short one does not act by itself (opening a clause, a verb after it)
    // before the long one is written, nor anywhere when the long one acts by itself too: "Halden said ...
    // The Halden Foundation said" are two; "the app Pakko ... Pakko Deliveries Ltd ... Pakko said" one.
    const introduced = Math.min(...long.mentions.map((m) => m.start));
    const acts = g.mentions.filter((m) => m.subject);
    if (acts.some((m) => m.start < introduced) || (acts.length && long.mentions.some((m) => m.subject))) continue;
    absorb(long, g);
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
