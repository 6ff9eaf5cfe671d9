// What a list of stories shows of each: one sentence of what happened, and who and where.
import { sentences } from '../analyze/tokens.js';
import type { StoryCard, StoryFacts } from '../model.js';

const KEY_ENTITIES = 3;
const MAX_LEDE = 280;

interface CardArticle {
  copyOf: number | null;
  published: string | null;
  text: string;
}

/** A sentence cut at a word boundary when it runs long: a card is one line, not a paragraph. */
function clip(text: string): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  if (t.length <= MAX_LEDE) return t;
  const cut = t.slice(0, MAX_LEDE - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_LEDE / 2))}…`;
}

/**
 * The card of a story: its cited summary's first sentence (the best-supported one), else the lead of its
 * first independent report; the people and places most of its reports name.
 */
export function storyCard(facts: StoryFacts, articles: readonly CardArticle[]): StoryCard {
  const first = articles.find((a) => a.copyOf === null) ?? articles[0];
  const lede = facts.summary[0]?.text ?? (first ? (sentences(first.text)[0] ?? '') : '');
  const top = (type: 'person' | 'place') =>
    facts.entities
      .filter((e) => e.type === type)
      .slice(0, KEY_ENTITIES)
      .map((e) => ({ name: e.name, key: e.key }));
  return { lede: clip(lede), people: top('person'), places: top('place') };
}
