// Where capitals say nothing (the headline, subheadings in title case), only names the body gives, their
// surnames, and listed names are looked for: "Blinken Questions China Peace Push Over Russia Help" names
// Blinken, China and Russia, and nothing else.
import type { Entity } from '../model.js';
import { HONORIFICS, TITLE_WORDS } from './entity-cues.js';
import { familyNameFirst, keyWords } from './entity-names.js';
import { isCapital } from './entity-text.js';
import { foldName, LONGEST_LISTED, listed, startsListed } from './gazetteer.js';
import { scanWords } from './wordscan.js';

/** Finds the article's entities in a headline or a heading, counting each mention. */
export class HeadlineLookup {
  private readonly byName = new Map<string, Entity>();
  private readonly added: Entity[] = [];

  constructor(private readonly list: Entity[]) {
    for (const e of list) {
      for (const n of [e.name, ...e.aliases]) {
        const k = foldName(n.replace(/['’]s$/u, ''));
        if (!this.byName.has(k)) this.byName.set(k, e);
      }
    }
    // A headline calls people by surname even where the body never does: "Voss Opens New Quay".
    const people = list.filter((e) => e.type === 'person');
    const surnames = new Map<string, Entity | null>();
    for (const e of people) {
      const words = keyWords(e.name);
      if (words.length < 2) continue;
      const surname = familyNameFirst(words) ? (words[0] as string) : (words[words.length - 1] as string);
      surnames.set(surname, surnames.has(surname) ? null : e);
    }
    for (const [surname, e] of surnames) if (e && !this.byName.has(surname)) this.byName.set(surname, e);
  }

  entities(): Entity[] {
    return [...this.list, ...this.added];
  }

  find(text: string, from: number, to: number, inText: boolean): void {
    const { words, starts } = scanWords(text.slice(from, to));
    for (let i = 0; i < words.length; ) {
      const w = words[i] as string;
      const lw = w.toLowerCase();
      if (!isCapital(w) || HONORIFICS.has(lw) || TITLE_WORDS.has(lw)) {
        i++;
        continue;
      }
      let matched = 0;
      const mayBeListed = startsListed(w);
      for (let len = Math.min(LONGEST_LISTED, words.length - i); len >= 1 && !matched; len--) {
        const last = i + len - 1;
        if (len > 1 && !/^ +$/u.test(text.slice(from + (starts[last - 1] as number) + (words[last - 1] as string).length, from + (starts[last] as number)))) continue;
        const start = from + (starts[i] as number);
        const end = from + (starts[last] as number) + (words[last] as string).replace(/['’]s$/u, '').length;
        const surface = text.slice(start, end);
        const entity = this.byName.get(foldName(surface)) ?? (mayBeListed ? this.listedEntity(surface) : undefined);
        if (!entity) continue;
        entity.count++;
        if (inText) entity.spans.push([start, end]);
        matched = len;
      }
      i += matched || 1;
    }
    if (inText) for (const e of this.list) e.spans.sort((a, b) => a[0] - b[0]);
  }

  private listedEntity(surface: string): Entity | undefined {
    const entry = listed(surface);
    if (!entry) return undefined;
    const known = this.list.find((e) => e.key === entry.key && e.type === entry.type) ?? this.added.find((e) => e.key === entry.key);
    if (known) return known;
    const e: Entity = { name: surface, type: entry.type, key: entry.key, aliases: [], roles: [], count: 0, spans: [] };
    this.added.push(e);
    this.byName.set(foldName(surface), e);
    return e;
  }
}
