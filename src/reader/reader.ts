// What the reader shows, whatever the door (web pages, the JSON API, outgoing feeds): top, latest and
// personal story lists with their cards, a story in full, a person's or an outlet's stories, and the
// reader's follows and mutes. The server only renders what this returns.
import { parseTime } from '../util/time.js';
import { FACTS_VERSION } from '../analyze/facts.js';
import { fillStoryFacts, keptStory, keptStoryFacts } from '../facts.js';
import type { EntityType, Follow, FollowKind, Story, StoryCard, StoryFacts, StoryQuote, StorySummary, Thread } from '../model.js';
import { storyCard } from '../stories/story-card.js';
import { storyView } from '../stories/story-view.js';
import type { EntitySummary, Store, StoryCursor } from '../store/store.js';
import { BadCursor, decodeCursor, encodeCursor } from './cursor.js';
import { rankStories, type RankedStory } from './rank.js';

/** How far back top stories look from the latest activity: older stories cannot outrank a fresh one. */
const TOP_WINDOW_HOURS = 72;
const TOP_CANDIDATES = 5000;
const MIN_CANDIDATES = 100;
/** Beyond a page, the stories whose facts are made sure of: a mute may take some of the page's out. */
const ENSURE_MARGIN = 10;
/** Unread stories few enough to read before answering who is in the stories. */
const READ_BEFORE_ENTITIES = 50;
/** Cards missing from the store are made while a list is rendered, up to this long; the rest show none. */
const CARD_BUDGET_MS = 150;

export interface StoryListItem extends StorySummary {
  /** The one-line summary and key people and places; null while the story's facts are not yet found. */
  card: StoryCard | null;
  /** Whether the reader follows someone or something in it. */
  followed: boolean;
}

export interface StoryPage<T> {
  items: T[];
  /** Cursor for the next page, or null on the last. */
  next: string | null;
}

export type StoryOrder = 'top' | 'latest' | 'for-you';

export interface FullStory {
  story: Story;
  facts: StoryFacts;
  thread: Thread | null;
}

export interface EntityPage {
  entity: EntitySummary;
  /** The keys its stories name it under: its own, and a surname that stands for it alone. */
  keys: string[];
  stories: StoryListItem[];
  next: string | null;
  /** What it said, story by story (the latest stories first). */
  quotes: Array<{ storyId: number; headline: string; quote: StoryQuote }>;
  /** The titles and roles its latest stories give it ("Chief executive"), and the other names they use. */
  roles: string[];
  aliases: string[];
  following: Follow | null;
}

export const FOLLOW_KINDS: readonly FollowKind[] = ['entity', 'topic', 'outlet'];
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organisation', 'place'];

function latestCursor(s: StorySummary): string {
  return encodeCursor({ t: s.lastSeen, i: s.id });
}

function readLatestCursor(cursor: string | undefined): StoryCursor | undefined {
  if (!cursor) return undefined;
  const c = decodeCursor(cursor, { t: 'string', i: 'number' });
  if (Number.isNaN(parseTime(c.t))) throw new BadCursor();
  return { lastSeen: c.t, id: c.i };
}

/** A topic as it is followed: lower case, spaces folded ("Ferry  Fares" → "ferry fares"). */
export function topicValue(words: string): string {
  return words.trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** "person:antony blinken" → its type and key; null when it is not an entity value. */
export function parseEntityValue(value: string): { type: EntityType; key: string } | null {
  const at = value.indexOf(':');
  const type = value.slice(0, at) as EntityType;
  const key = value.slice(at + 1);
  return at > 0 && ENTITY_TYPES.includes(type) && key.trim() ? { type, key } : null;
}

export class Reader {
  constructor(private readonly store: Store) {}

  /** Stories in the order asked, a page at a time. */
  async stories(order: StoryOrder, limit: number, cursor?: string): Promise<StoryPage<StoryListItem>> {
    if (order === 'latest') {
      if (limit < 1) return { items: [], next: null };
      const page = await this.store.listStories({ limit: limit + 1, ...(cursor ? { before: readLatestCursor(cursor) as StoryCursor } : {}) });
      const listed = page.slice(0, limit);
      await this.ensureFacts(listed);
      const { followed, muted } = await this.matches(listed.map((s) => s.id), await this.store.listFollows());
      // The cursor is the last story of the page, shown or muted, so that no story comes twice.
      return this.paged(listed.filter((s) => !muted.has(s.id)), page.length > limit ? latestCursor(listed[listed.length - 1] as StorySummary) : null, followed);
    }
    return this.ranked(order === 'for-you', limit, cursor);
  }

  private async ranked(onlyFollowed: boolean, limit: number, cursor?: string): Promise<StoryPage<StoryListItem>> {
    const after = cursor ? decodeCursor(cursor, { r: 'string', s: 'number', i: 'number' }) : null;
    if (after && Number.isNaN(parseTime(after.r))) throw new BadCursor();
    const ref = after?.r ?? (await this.store.latestActivity());
    if (!ref || Number.isNaN(parseTime(ref))) return { items: [], next: null };
    const now = parseTime(ref);
    const since = new Date(now - TOP_WINDOW_HOURS * 3_600_000).toISOString();
    // A personal list looks further back: what the reader follows is worth showing even when it is old.
    // Stories new since the background pass have no kept facts, so nothing is known yet of who is in them:
    // the ones this page may show are read now, so that a mute or a follow holds from their first showing.
    if (onlyFollowed && !after) await this.ensureFacts(await this.store.activeStories('', limit * 2));
    let candidates: RankedStory[] = onlyFollowed ? await this.followedCandidates() : await this.store.activeStories(since, TOP_CANDIDATES);
    // A quiet store still has a front page: its latest stories, ranked the same way.
    if (!onlyFollowed && candidates.length < MIN_CANDIDATES) candidates = await this.store.activeStories('', MIN_CANDIDATES);
    if (!onlyFollowed) {
      const unranked = rankStories(candidates, now, { followed: new Set(), muted: new Set() });
      const rest = after ? unranked.filter((r) => r.score < after.s || (r.score === after.s && r.story.id < after.i)) : unranked;
      await this.ensureFacts(rest.slice(0, limit + ENSURE_MARGIN).map((r) => r.story));
    }
    const follows = await this.store.listFollows();
    const { followed, muted } = await this.matches(candidates.map((s) => s.id), follows);
    let ranked = rankStories(candidates, now, { followed, muted });
    if (onlyFollowed) ranked = ranked.filter((r) => followed.has(r.story.id));
    if (after) ranked = ranked.filter((r) => r.score < after.s || (r.score === after.s && r.story.id < after.i));
    const page = ranked.slice(0, limit);
    const last = page[page.length - 1];
    const next = ranked.length > limit && last ? encodeCursor({ r: ref, s: last.score, i: last.story.id }) : null;
    return this.paged(await this.store.storySummaries(page.map((r) => r.story.id)), next, followed);
  }

  /** Finds and keeps the facts of those of these stories that have none kept. */
  private async ensureFacts(stories: ReadonlyArray<Pick<StorySummary, 'id' | 'articleCount'>>): Promise<void> {
    const cards = await this.store.storyCards(stories.map((s) => s.id));
    for (const s of stories) {
      const kept = cards.get(s.id);
      if (!kept || kept.version < FACTS_VERSION) await keptStory(this.store, s);
    }
  }

  /** The stories that name, come from or speak of what the reader follows, latest first. */
  private async followedCandidates(): Promise<RankedStory[]> {
    const follows = (await this.store.listFollows()).filter((f) => f.mode === 'follow');
    const ids = new Set<number>();
    const entities = await this.entityKeysOf(follows);
    for (const s of await this.store.storiesNaming(entities, { limit: TOP_CANDIDATES })) ids.add(s.id);
    for (const f of follows) {
      if (f.kind === 'topic') for (const id of await this.store.searchStories(f.value, 500)) ids.add(id);
    }
    const outlets = follows.filter((f) => f.kind === 'outlet').map((f) => f.value);
    if (outlets.length) {
      for (const source of await this.store.listSources()) {
        if (!outlets.includes(source.name)) continue;
        for (const s of await this.store.storiesFromSource(source.id, { limit: TOP_CANDIDATES })) ids.add(s.id);
      }
    }
    return this.store.storySummaries([...ids]);
  }

  /** Of these stories, those holding something the reader follows, and those holding something muted. */
  private async matches(storyIds: number[], follows: Follow[]): Promise<{ followed: Set<number>; muted: Set<number> }> {
    const result = { followed: new Set<number>(), muted: new Set<number>() };
    if (!follows.length || !storyIds.length) return result;
    for (const mode of ['follow', 'mute'] as const) {
      const of = follows.filter((f) => f.mode === mode);
      const into = mode === 'follow' ? result.followed : result.muted;
      for (const id of await this.store.whichStoriesName(storyIds, await this.entityKeysOf(of))) into.add(id);
      const candidates = new Set(storyIds);
      for (const f of of.filter((x) => x.kind === 'topic')) {
        for (const id of await this.store.searchStories(f.value, 2000)) if (candidates.has(id)) into.add(id);
      }
      const outlets = of.filter((f) => f.kind === 'outlet').map((f) => f.value);
      if (outlets.length) {
        for (const [id, r] of await this.store.reportsByOutlets(storyIds, outlets)) {
          // A muted outlet hides a story only when every report of it is that outlet's: others' reports still count.
          if (mode === 'follow' ? r.fromOutlets > 0 : r.fromOutlets === r.reports) into.add(id);
        }
      }
    }
    return result;
  }

  /** The entity keys follows of entities stand for, each with the surname that names it alone. */
  private async entityKeysOf(follows: readonly Follow[]): Promise<Array<{ type: EntityType; key: string }>> {
    const out: Array<{ type: EntityType; key: string }> = [];
    for (const f of follows) {
      const e = f.kind === 'entity' ? parseEntityValue(f.value) : null;
      if (e) for (const key of await this.keysOf(e.type, e.key)) out.push({ type: e.type, key });
    }
    return out;
  }

  /**
   * A person is "antony blinken" in one story and "blinken" in another that never gives the full name:
   * the surname stands for the full name when no other person of the store ends in it.
   */
  async keysOf(type: EntityType, key: string): Promise<string[]> {
    if (type !== 'person') return [key];
    const words = key.split(' ');
    const last = words[words.length - 1] as string;
    if (words.length === 1) {
      const full = await this.store.entityKeysEndingWith(type, key);
      return full.length === 1 ? [key, full[0] as string] : [key];
    }
    const sharing = await this.store.entityKeysEndingWith(type, last);
    return sharing.length === 1 && sharing[0] === key ? [key, last] : [key];
  }

  /** List items with their cards: kept ones, else made now while the budget lasts. */
  private async paged(stories: StorySummary[], next: string | null, followed: ReadonlySet<number>): Promise<StoryPage<StoryListItem>> {
    const cards = await this.store.storyCards(stories.map((s) => s.id));
    const until = performance.now() + CARD_BUDGET_MS;
    const items: StoryListItem[] = [];
    for (const s of stories) {
      const kept = cards.get(s.id);
      let card = kept && kept.version >= FACTS_VERSION ? kept.card : null;
      if (!card && performance.now() < until) {
        const articles = await this.store.storyArticles(s.id);
        card = storyCard(await keptStoryFacts(this.store, s, articles), articles);
      }
      items.push({ ...s, card: card ?? kept?.card ?? null, followed: followed.has(s.id) });
    }
    return { items, next };
  }

  /** A story in full, or where it went (merged into another), or null. */
  async story(id: number): Promise<FullStory | { movedTo: number } | null> {
    const summary = await this.store.getStorySummary(id);
    if (!summary) {
      const into = await this.store.resolveStory(id);
      return into !== null && into !== id ? { movedTo: into } : null;
    }
    // Kept facts spare reading the articles' text; the page lists the articles without it.
    const kept = await keptStory(this.store, summary);
    const articles = await this.store.storyArticleList(id);
    const thread = summary.threadId === null ? null : await this.store.getThread(summary.threadId);
    return { story: storyView(summary, articles, kept.ties), facts: kept.facts, thread };
  }

  /**
   * Who is in the stories is known from their kept facts. Before answering from them, a few unread
   * stories left (a small store, or the last of a large one) are read now, so that the answer is whole;
   * many are left to the server's background pass, rather than read on every such request beside it.
   * Returns how many stories remain unread.
   */
  private async readSome(): Promise<number> {
    const unread = await this.store.countStoriesLackingFacts(FACTS_VERSION);
    if (unread === 0 || unread > READ_BEFORE_ENTITIES) return unread;
    await fillStoryFacts(this.store, READ_BEFORE_ENTITIES);
    return this.store.countStoriesLackingFacts(FACTS_VERSION);
  }

  /** People, organisations and places by the stories naming them, and how many stories are still unread. */
  async entities(type: EntityType | null, limit: number, offset: number): Promise<{ entities: EntitySummary[]; unread: number }> {
    const unread = await this.readSome();
    return { entities: await this.store.listEntities({ ...(type ? { type } : {}), limit, offset }), unread };
  }

  async entity(type: EntityType, key: string, limit: number, cursor?: string): Promise<EntityPage | null> {
    await this.readSome();
    const keys = await this.keysOf(type, key);
    const entity = await this.store.getEntity(type, key);
    if (!entity) return null;
    const entities = keys.map((k) => ({ type, key: k }));
    const follows = await this.store.listFollows();
    const listed = await this.latestPage((options) => this.store.storiesNaming(entities, options), limit, cursor, follows);
    const shown = listed.items;
    const quotes: EntityPage['quotes'] = [];
    const roles = new Set<string>();
    const aliases = new Set<string>();
    for (const s of shown.slice(0, 20)) {
      const facts = await keptStoryFacts(this.store, s);
      for (const e of facts.entities) {
        if (e.type !== type || !keys.includes(e.key)) continue;
        for (const r of e.roles) roles.add(r);
        for (const a of [e.name, ...e.aliases]) if (a !== entity.name) aliases.add(a);
      }
      for (const q of facts.quotes) if (q.speakerKey && keys.includes(q.speakerKey)) quotes.push({ storyId: s.id, headline: s.headline, quote: q });
    }
    const following = follows.find((f) => f.kind === 'entity' && f.value === `${type}:${key}`) ?? null;
    return { entity, keys, stories: listed.items, next: listed.next, quotes, roles: fullest([...roles]).slice(0, 10), aliases: [...aliases].slice(0, 10), following };
  }

  async outlet(id: number, limit: number, cursor?: string) {
    const source = await this.store.getSource(id);
    if (!source) return null;
    const follows = await this.store.listFollows();
    const listed = await this.latestPage((options) => this.store.storiesFromSource(id, options), limit, cursor, follows);
    const following = follows.find((f) => f.kind === 'outlet' && f.value === source.name) ?? null;
    return { source, stories: listed.items, next: listed.next, following };
  }

  /** A page of a latest-first list of stories (a person's, an outlet's), with its cards and the next cursor. */
  private async latestPage(
    list: (options: { limit: number; before?: StoryCursor }) => Promise<StorySummary[]>,
    limit: number,
    cursor: string | undefined,
    follows: Follow[],
  ): Promise<StoryPage<StoryListItem>> {
    const before = readLatestCursor(cursor);
    const page = await list({ limit: limit + 1, ...(before ? { before } : {}) });
    const shown = page.slice(0, limit);
    const { followed } = await this.matches(shown.map((s) => s.id), follows);
    return this.paged(shown, page.length > limit ? latestCursor(shown[shown.length - 1] as StorySummary) : null, followed);
  }

  follows(): Promise<Follow[]> {
    return this.store.listFollows();
  }

  /**
   * Follows or mutes; checks that what is named exists (an entity some story names, a known outlet) and
   * gives it its label. Throws a message for the reader when it does not.
   */
  async follow(kind: FollowKind, value: string, mode: Follow['mode']): Promise<Follow> {
    const v = value.trim();
    if (kind === 'entity') {
      await this.readSome();
      const e = parseEntityValue(v);
      const found = e ? await this.store.getEntity(e.type, e.key) : null;
      if (!found) throw new FollowError(`no person, organisation or place "${v}" in any story (give it as type:key, e.g. person:antony blinken)`);
      return this.store.saveFollow({ kind, value: `${found.type}:${found.key}`, label: found.name, mode });
    }
    if (kind === 'outlet') {
      const source = (await this.store.listSources()).find((s) => s.name.toLowerCase() === v.toLowerCase());
      if (!source) throw new FollowError(`no outlet named "${v}"`);
      return this.store.saveFollow({ kind, value: source.name, label: source.name, mode });
    }
    const topic = topicValue(v);
    if (!/[\p{L}\p{N}]/u.test(topic) || topic.length > 100) throw new FollowError('a topic is a word or phrase of up to 100 characters');
    return this.store.saveFollow({ kind, value: topic, label: v.replace(/\s+/gu, ' '), mode });
  }

  unfollow(id: number): Promise<boolean> {
    return this.store.removeFollow(id);
  }
}

/** Roles without those another one says more fully ("chief executive" beside "Lumora chief executive"). */
function fullest(roles: string[]): string[] {
  const lower = roles.map((r) => r.toLowerCase());
  return roles.filter((_, i) => !lower.some((other, j) => j !== i && other.length > (lower[i] as string).length && other.includes(lower[i] as string)));
}

export class FollowError extends Error {}

export { BadCursor };
