// What a reader of the product sees in its lists: top stories (newest and biggest first), the latest, the
// stories of what they follow, without what they muted, each with its one-line card; and the ranking rules
// underneath (rank.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentences } from '../src/analyze/tokens.js';
import { fillStoryFacts } from '../src/facts.js';
import { encodeCursor } from '../src/reader/cursor.js';
import { FOLLOW_BOOST, HALF_LIFE_HOURS, rankStories, topScore, type RankedStory } from '../src/reader/rank.js';
import { BadCursor, FollowError, Reader, type StoryListItem, type StoryOrder, type StoryPage } from '../src/reader/reader.js';
import { LATEST, hoursAgo, readerStore } from './support/reader-store.js';
import { BRIDGE_FIRST, BRIDGE_SECOND, FARES, FLOOD, FOOTBALL, LONG_LEAD, ORCHARD, filler } from './support/reader-texts.js';

// ---------------------------------------------------------------------------------------------------------
// rank.ts

function candidate(id: number, reports: number, copies: number, ageHours: number): RankedStory {
  const at = hoursAgo(ageHours);
  return { id, headline: `story ${id}`, articleCount: reports + copies, reportCount: reports, firstSeen: at, lastSeen: at, threadId: null };
}

const NOTHING = { followed: new Set<number>(), muted: new Set<number>() };
const order = (list: ReadonlyArray<{ story: RankedStory }>) => list.map((r) => r.story.id);

describe('rankStories and topScore', () => {
  it('puts a bigger story above a smaller one of the same age, whatever their ids', () => {
    const big = candidate(1, 3, 0, 2);
    const small = candidate(2, 1, 0, 2);
    assert.ok(topScore(big, LATEST) > topScore(small, LATEST));
    assert.deepEqual(order(rankStories([small, big], LATEST, NOTHING)), [1, 2]);
  });

  it('puts a newer story above an older one of the same size', () => {
    assert.deepEqual(order(rankStories([candidate(5, 2, 0, 0), candidate(6, 2, 0, 5)], LATEST, NOTHING)), [5, 6]);
  });

  it('halves a story\'s weight (1 + its size) every HALF_LIFE_HOURS: double the weight, 12 h older, ties', () => {
    assert.equal(HALF_LIFE_HOURS, 12);
    // Weight 1 + 3 reports = 4 against 1 + 1 report = 2.
    const older = candidate(1, 3, 0, HALF_LIFE_HOURS + 1);
    const newer = candidate(2, 1, 0, 1);
    assert.ok(Math.abs(topScore(older, LATEST) - topScore(newer, LATEST)) < 1e-9);
    const ranked = rankStories([older, newer], LATEST, NOTHING);
    assert.equal(ranked[0]?.score, ranked[1]?.score);
    // A tie goes to the higher id.
    assert.deepEqual(order(ranked), [2, 1]);
  });

  it('ranks a story of 3 reports level with one of 1 report 12 hours newer, as rank.ts\'s header says', () => {
    const bigger = candidate(1, 3, 0, HALF_LIFE_HOURS);
    const newer = candidate(2, 1, 0, 0);
    assert.ok(Math.abs(topScore(bigger, LATEST) - topScore(newer, LATEST)) < 1e-9);
  });

  it('counts a copy as a quarter of an independent report', () => {
    const withCopies = candidate(1, 1, 4, 3);
    const twoReports = candidate(2, 2, 0, 3);
    assert.equal(topScore(withCopies, LATEST), topScore(twoReports, LATEST));
    assert.ok(topScore(candidate(3, 1, 3, 3), LATEST) < topScore(twoReports, LATEST));
    assert.ok(topScore(candidate(4, 1, 1, 3), LATEST) > topScore(candidate(5, 1, 0, 3), LATEST));
  });

  it('boosts a followed story by FOLLOW_BOOST, enough to lift a single report above two', () => {
    const s = candidate(1, 1, 0, 4);
    assert.equal(topScore(s, LATEST, true) - topScore(s, LATEST), FOLLOW_BOOST);
    const followedSmall = candidate(1, 1, 0, 0);
    const bigger = candidate(2, 2, 0, 0);
    assert.deepEqual(order(rankStories([followedSmall, bigger], LATEST, NOTHING)), [2, 1]);
    assert.deepEqual(order(rankStories([followedSmall, bigger], LATEST, { followed: new Set([1]), muted: new Set() })), [1, 2]);
  });

  it('leaves muted stories out, even followed ones', () => {
    const stories = [candidate(1, 5, 0, 0), candidate(2, 1, 0, 0), candidate(3, 2, 0, 0)];
    assert.deepEqual(order(rankStories(stories, LATEST, { followed: new Set([1]), muted: new Set([1, 3]) })), [2]);
  });

  it('breaks ties the same way whatever the input order (higher id first)', () => {
    const stories = [candidate(4, 2, 0, 1), candidate(9, 2, 0, 1), candidate(1, 2, 0, 1), candidate(7, 3, 0, 1), candidate(3, 2, 0, 1)];
    const expected = [7, 9, 4, 3, 1];
    assert.deepEqual(order(rankStories(stories, LATEST, NOTHING)), expected);
    assert.deepEqual(order(rankStories([...stories].reverse(), LATEST, NOTHING)), expected);
    assert.deepEqual(order(rankStories([stories[2], stories[0], stories[4], stories[3], stories[1]] as RankedStory[], LATEST, NOTHING)), expected);
  });

  it('gives a story dated after `now` no bonus over one dated now', () => {
    assert.equal(topScore(candidate(1, 2, 0, -5), LATEST), topScore(candidate(2, 2, 0, 0), LATEST));
  });
});

// ---------------------------------------------------------------------------------------------------------
// The reader's lists, on hand-made stores

const ids = (page: StoryPage<StoryListItem>) => page.items.map((s) => s.id);

/** Every story of a list, page by page, following `next`. */
async function allPages(reader: Reader, which: StoryOrder, limit: number): Promise<{ ids: number[]; pages: number }> {
  const seen: number[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await reader.stories(which, limit, cursor);
    assert.ok(page.items.length <= limit);
    seen.push(...ids(page));
    cursor = page.next ?? undefined;
    pages++;
    assert.ok(pages < 50, 'paging does not end');
  } while (cursor);
  return { ids: seen, pages };
}

describe('top stories', () => {
  it('lists the newest and biggest first', async (t) => {
    const r = readerStore(t);
    const oldBig = await r.story({ ...FLOOD, age: 30 }, { ...FLOOD, title: 'Selda floods: river wall rises', outlet: 'Valley Courier', age: 30 }, { ...FLOOD, title: 'Flood defences for Brightwater', outlet: 'Island Courier', age: 30 });
    const big = await r.story({ ...BRIDGE_FIRST, age: 1 }, { ...BRIDGE_SECOND, outlet: 'Valley Courier', age: 1 }, { ...BRIDGE_SECOND, title: 'Harbour bridge shut', outlet: 'Island Courier', age: 1 });
    const small = await r.story({ ...ORCHARD, age: 1 });
    const newSmall = await r.story({ ...FARES, age: 0 });
    const top = await new Reader(r.store).stories('top', 10);
    assert.deepEqual(ids(top), [big.storyId, newSmall.storyId, small.storyId, oldBig.storyId]);
    assert.equal(top.next, null);
    assert.deepEqual(top.items[0]?.outlets, ['Harbour Times', 'Island Courier', 'Valley Courier']);
    assert.equal(top.items[0]?.reportCount, 3);
  });

  it('counts copies for reach, a quarter each, not as reports', async (t) => {
    const r = readerStore(t);
    const first = await r.save({ ...BRIDGE_FIRST, age: 2 });
    for (const outlet of ['Valley Courier', 'Island Courier', 'Southland Post', 'Lindmoor Gazette']) {
      await r.save({ ...BRIDGE_FIRST, outlet, age: 2, storyId: first.storyId, copyOf: first.articleId });
    }
    const two = await r.story({ ...FLOOD, age: 2 }, { ...FLOOD, title: 'Brightwater river wall', outlet: 'Valley Courier', age: 2 });
    const one = await r.story({ ...ORCHARD, age: 2 });
    const top = await new Reader(r.store).stories('top', 10);
    // One report and four copies weigh what two reports do: the tie goes to the higher id.
    assert.ok(two.storyId > first.storyId);
    assert.deepEqual(ids(top), [two.storyId, first.storyId, one.storyId]);
    assert.equal(top.items.find((s) => s.id === first.storyId)?.reportCount, 1);
  });

  it('still lists the stories of a quiet store, where all but one are older than 72 hours', async (t) => {
    const r = readerStore(t);
    const latest = await r.story({ ...ORCHARD, age: 0 });
    const old = await r.story({ ...FLOOD, age: 100 });
    const older = await r.story({ ...BRIDGE_FIRST, age: 200 }, { ...BRIDGE_SECOND, outlet: 'Valley Courier', age: 200 });
    const top = await new Reader(r.store).stories('top', 10);
    assert.deepEqual(ids(top), [latest.storyId, old.storyId, older.storyId]);
  });

  it('looks back 72 hours from the latest activity once the store has enough recent stories', async (t) => {
    const r = readerStore(t);
    const old = await r.story(...Array.from({ length: 6 }, (_, k) => ({ ...FLOOD, outlet: `Outlet ${k}`, age: 80 })));
    for (let i = 0; i < 100; i++) await r.story({ ...filler(i), age: i % 70 });
    const listed = await allPages(new Reader(r.store), 'top', 40);
    assert.equal(listed.ids.length, 100);
    assert.ok(!listed.ids.includes(old.storyId));
  });

  it('pages with a cursor through every story once, in the order of one big page', async (t) => {
    const r = readerStore(t);
    // Ties of size and age among them, so that pages end inside a run of equal scores.
    const plan: Array<[number, number]> = [[1, 0], [2, 0], [1, 0], [1, 0], [3, 6], [1, 0], [2, 12], [1, 30], [2, 0], [1, 0], [1, 80]];
    for (const [i, [reports, age]] of plan.entries()) {
      const docs = Array.from({ length: reports }, (_, k) => ({ ...filler(i), outlet: `Outlet ${k}`, age }));
      await r.story(...docs);
    }
    const reader = new Reader(r.store);
    const whole = await reader.stories('top', 100);
    assert.equal(whole.items.length, plan.length);
    assert.equal(whole.next, null);
    for (const limit of [1, 2, 3, 4, 5, 10]) {
      const paged = await allPages(reader, 'top', limit);
      assert.deepEqual(paged.ids, ids(whole), `pages of ${limit}`);
      assert.equal(paged.pages, Math.ceil(plan.length / limit));
    }
  });

  it('refuses a tampered cursor with BadCursor', async (t) => {
    const r = readerStore(t);
    await r.story({ ...ORCHARD });
    await r.story({ ...FLOOD, age: 1 });
    const reader = new Reader(r.store);
    const first = await reader.stories('top', 1);
    assert.ok(first.next);
    const decoded = JSON.parse(Buffer.from(first.next, 'base64url').toString('utf8')) as Record<string, unknown>;
    const bad = [
      'not a cursor!',
      Buffer.from('{"r":').toString('base64url'),
      encodeCursor({ ...(decoded as Record<string, string | number>), s: 'high' }),
      encodeCursor({ r: decoded.r as string, s: decoded.s as number }),
      Buffer.from('[1,2,3]').toString('base64url'),
      Buffer.from('null').toString('base64url'),
      Buffer.from(JSON.stringify({ ...decoded, i: null })).toString('base64url'),
      // A cursor of the latest list is not one of top stories, nor the other way round.
      encodeCursor({ t: hoursAgo(0), i: 3 }),
    ];
    for (const cursor of bad) {
      await assert.rejects(reader.stories('top', 1, cursor), BadCursor, cursor);
      await assert.rejects(reader.stories('for-you', 1, cursor), BadCursor, cursor);
    }
    await assert.rejects(reader.stories('latest', 1, first.next), BadCursor);
    await assert.rejects(reader.stories('latest', 1, 'garbage'), BadCursor);
    // The genuine cursor still works.
    assert.equal((await reader.stories('top', 1, first.next)).items.length, 1);
  });
});

describe('latest stories', () => {
  it('lists stories by their latest activity, and a new report brings an old story back to the top', async (t) => {
    const r = readerStore(t);
    const bridge = await r.story({ ...BRIDGE_FIRST, age: 10 });
    const flood = await r.story({ ...FLOOD, age: 5 }, { ...FLOOD, title: 'Brightwater wall', outlet: 'Valley Courier', age: 5 });
    const orchard = await r.story({ ...ORCHARD, age: 1 });
    const reader = new Reader(r.store);
    assert.deepEqual(ids(await reader.stories('latest', 10)), [orchard.storyId, flood.storyId, bridge.storyId]);
    await r.save({ ...BRIDGE_SECOND, outlet: 'Valley Courier', age: 0, storyId: bridge.storyId });
    const after = await reader.stories('latest', 10);
    assert.deepEqual(ids(after), [bridge.storyId, orchard.storyId, flood.storyId]);
    assert.equal(after.items[0]?.lastSeen, hoursAgo(0));
  });

  it('pages by cursor through every story once, ties of time included', async (t) => {
    const r = readerStore(t);
    const ages = [0, 3, 3, 3, 7, 7, 20, 100, 100, 400];
    for (const [i, age] of ages.entries()) await r.story({ ...filler(i), age });
    const reader = new Reader(r.store);
    const whole = await reader.stories('latest', 100);
    assert.equal(whole.items.length, ages.length);
    const times = whole.items.map((s) => s.lastSeen);
    assert.deepEqual(times, [...times].sort().reverse());
    for (const limit of [1, 2, 3, 4, 9, 10]) {
      const paged = await allPages(reader, 'latest', limit);
      assert.deepEqual(paged.ids, ids(whole), `pages of ${limit}`);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Follows and mutes

/**
 * The bridge (2 reports, 3 h old: Mayor Lena Okafor by name), the fares vote (6 h: "Mayor Okafor" only),
 * the flood (now) and the orchard fair (2 h), with their facts found.
 */
async function townStore(t: { after(fn: () => Promise<void> | void): void }) {
  const r = readerStore(t);
  const bridge = await r.story({ ...BRIDGE_FIRST, age: 3 }, { ...BRIDGE_SECOND, outlet: 'Valley Courier', age: 3 });
  const fares = await r.story({ ...FARES, outlet: 'Southland Post', age: 6 });
  const flood = await r.story({ ...FLOOD, outlet: 'Island Courier', age: 0 });
  const orchard = await r.story({ ...ORCHARD, outlet: 'Lindmoor Gazette', age: 2 });
  assert.equal(await fillStoryFacts(r.store, 10), 4);
  return { r, reader: new Reader(r.store), bridge: bridge.storyId, fares: fares.storyId, flood: flood.storyId, orchard: orchard.storyId };
}

const followedIds = (page: StoryPage<StoryListItem>) => page.items.filter((s) => s.followed).map((s) => s.id);

describe('following', () => {
  it('following a person marks their stories, lifts them in top stories and makes them the for-you list', async (t) => {
    const { reader, bridge, fares, flood, orchard } = await townStore(t);
    assert.deepEqual(ids(await reader.stories('top', 10)), [bridge, flood, orchard, fares]);
    assert.deepEqual(ids(await reader.stories('for-you', 10)), []);

    const f = await reader.follow('entity', ' person:lena okafor ', 'follow');
    assert.deepEqual([f.kind, f.value, f.label, f.mode], ['entity', 'person:lena okafor', 'Lena Okafor', 'follow']);

    const top = await reader.stories('top', 10);
    // The fares story says only "Mayor Okafor": no other person of the store is an Okafor, so it is hers.
    assert.deepEqual(ids(top), [bridge, fares, flood, orchard]);
    assert.deepEqual(followedIds(top), [bridge, fares]);
    assert.deepEqual(followedIds(await reader.stories('latest', 10)).sort(), [bridge, fares].sort());
    const forYou = await reader.stories('for-you', 10);
    assert.deepEqual(ids(forYou), [bridge, fares]);
    assert.ok(forYou.items.every((s) => s.followed));
    assert.deepEqual((await allPages(reader, 'for-you', 1)).ids, [bridge, fares]);
  });

  it(
    'lists a new story naming a followed person in for-you before anything else has read it',
    async (t) => {
      const { r, reader, bridge, fares } = await townStore(t);
      await reader.follow('entity', 'person:lena okafor', 'follow');
      const again = await r.story({ ...BRIDGE_SECOND, title: 'Mayor visits the bridge works', outlet: 'Island Courier', age: 0 });
      // Ranked like top stories: the bigger bridge story may stay above the new single report.
      assert.deepEqual(ids(await reader.stories('for-you', 10)).sort((a, b) => a - b), [again.storyId, bridge, fares].sort((a, b) => a - b));
    },
  );

  it('reads a surname alone as the one full name of the store ending in it', async (t) => {
    const { reader, fares, bridge } = await townStore(t);
    assert.deepEqual(await reader.keysOf('person', 'lena okafor'), ['lena okafor', 'okafor']);
    assert.deepEqual(await reader.keysOf('person', 'okafor'), ['okafor', 'lena okafor']);
    assert.deepEqual(await reader.keysOf('place', 'port alvera'), ['port alvera']);
    const page = await reader.entity('person', 'lena okafor', 10);
    assert.ok(page);
    assert.equal(page.entity.name, 'Lena Okafor');
    assert.deepEqual(page.stories.map((s) => s.id), [bridge, fares]);
  });

  it('does not read a surname as a full name when two people of the store share it', async (t) => {
    const r = readerStore(t);
    const bridge = await r.story({ ...BRIDGE_FIRST, age: 3 });
    const fares = await r.story({ ...FARES, outlet: 'Southland Post', age: 2 });
    const football = await r.story({ ...FOOTBALL, outlet: 'Island Courier', age: 1 });
    await fillStoryFacts(r.store, 10);
    const reader = new Reader(r.store);
    assert.deepEqual(await reader.keysOf('person', 'lena okafor'), ['lena okafor']);
    assert.deepEqual(await reader.keysOf('person', 'daniel okafor'), ['daniel okafor']);
    assert.deepEqual(await reader.keysOf('person', 'okafor'), ['okafor']);
    await reader.follow('entity', 'person:lena okafor', 'follow');
    assert.deepEqual(ids(await reader.stories('for-you', 10)), [bridge.storyId]);
    const top = await reader.stories('top', 10);
    assert.deepEqual(followedIds(top), [bridge.storyId]);
    assert.ok(ids(top).includes(fares.storyId) && ids(top).includes(football.storyId));
  });

  it('following a topic finds the stories whose articles use the word, in any case', async (t) => {
    const { reader, bridge, fares, flood } = await townStore(t);
    const f = await reader.follow('topic', '  Ferry  ', 'follow');
    assert.deepEqual([f.value, f.label], ['ferry', 'Ferry']);
    // "ferry route" in the bridge story, "ferry fares" in the fares one.
    assert.deepEqual(ids(await reader.stories('for-you', 10)), [bridge, fares]);
    await reader.follow('topic', 'river   WALL', 'follow');
    const forYou = await reader.stories('for-you', 10);
    assert.deepEqual(ids(forYou), [bridge, flood, fares]);
    assert.deepEqual((await reader.follows()).map((x) => [x.value, x.label]), [['ferry', 'Ferry'], ['river wall', 'river WALL']]);
  });

  it('following an outlet lists the stories it reported', async (t) => {
    const { reader, bridge, flood } = await townStore(t);
    const f = await reader.follow('outlet', 'valley courier', 'follow');
    assert.deepEqual([f.value, f.label], ['Valley Courier', 'Valley Courier']);
    assert.deepEqual(ids(await reader.stories('for-you', 10)), [bridge]);
    await reader.follow('outlet', 'Island Courier', 'follow');
    const forYou = await reader.stories('for-you', 10);
    assert.deepEqual(ids(forYou), [bridge, flood]);
    assert.deepEqual(followedIds(await reader.stories('latest', 10)), [flood, bridge]);
  });

  it('refuses what it cannot find with a FollowError saying what to give', async (t) => {
    const { reader } = await townStore(t);
    const refused = async (kind: 'entity' | 'topic' | 'outlet', value: string, message: RegExp) => {
      await assert.rejects(reader.follow(kind, value, 'follow'), (e: unknown) => e instanceof FollowError && message.test(e.message), `${kind} ${value}`);
    };
    await refused('entity', 'person:ada nobody', /no person, organisation or place "person:ada nobody" in any story .*type:key/u);
    await refused('entity', 'lena okafor', /no person, organisation or place "lena okafor"/u);
    await refused('entity', 'place:lena okafor', /no person, organisation or place "place:lena okafor"/u);
    await refused('entity', 'robot:lena okafor', /no person/u);
    await refused('entity', 'person:', /no person/u);
    await refused('outlet', 'The Daily Nowhere', /no outlet named "The Daily Nowhere"/u);
    await refused('outlet', '', /no outlet named ""/u);
    await refused('topic', '   ', /a topic is a word or phrase of up to 100 characters/u);
    await refused('topic', '?!', /a topic is a word or phrase/u);
    await refused('topic', 'x'.repeat(101), /up to 100 characters/u);
    assert.deepEqual(await reader.follows(), []);
    // 100 characters is still a topic.
    assert.equal((await reader.follow('topic', 'y'.repeat(100), 'follow')).value, 'y'.repeat(100));
  });
});

describe('muting', () => {
  it('hides every story naming a muted person from top, latest and for-you, and unmuting brings them back', async (t) => {
    const { reader, bridge, fares, flood, orchard } = await townStore(t);
    await reader.follow('topic', 'ferry', 'follow');
    await reader.follow('outlet', 'Island Courier', 'follow');
    assert.deepEqual(ids(await reader.stories('for-you', 10)), [bridge, flood, fares]);

    const mute = await reader.follow('entity', 'person:lena okafor', 'mute');
    assert.equal(mute.mode, 'mute');
    assert.deepEqual(ids(await reader.stories('top', 10)), [flood, orchard]);
    assert.deepEqual(ids(await reader.stories('latest', 10)), [flood, orchard]);
    assert.deepEqual(ids(await reader.stories('for-you', 10)), [flood]);

    assert.equal(await reader.unfollow(mute.id), true);
    assert.equal(await reader.unfollow(mute.id), false);
    // The topic and the outlet are still followed: their stories keep their boost.
    assert.deepEqual(ids(await reader.stories('top', 10)), [bridge, flood, fares, orchard]);
    assert.deepEqual(ids(await reader.stories('latest', 10)), [flood, orchard, bridge, fares]);
    assert.deepEqual(ids(await reader.stories('for-you', 10)), [bridge, flood, fares]);
  });

  it('hides a story for a muted outlet only when all its independent reports are that outlet\'s', async (t) => {
    const r = readerStore(t);
    // Only Harbour Times reports it; Valley Courier carries a copy.
    const onlyMuted = await r.save({ ...BRIDGE_FIRST, outlet: 'Harbour Times', age: 0 });
    await r.save({ ...BRIDGE_FIRST, outlet: 'Valley Courier', age: 0, storyId: onlyMuted.storyId, copyOf: onlyMuted.articleId });
    // Both report it.
    const both = await r.story({ ...FLOOD, outlet: 'Harbour Times', age: 1 }, { ...FLOOD, title: 'Brightwater wall', outlet: 'Valley Courier', age: 1 });
    // Valley Courier reports it; Harbour Times only copies it.
    const copied = await r.save({ ...ORCHARD, outlet: 'Valley Courier', age: 2 });
    await r.save({ ...ORCHARD, outlet: 'Harbour Times', age: 2, storyId: copied.storyId, copyOf: copied.articleId });
    // Two reports, both Harbour Times'.
    const twice = await r.story({ ...FARES, outlet: 'Harbour Times', age: 3 }, { ...FARES, title: 'Fares vote delayed', outlet: 'Harbour Times', age: 3 });
    const reader = new Reader(r.store);
    const mute = await reader.follow('outlet', 'harbour times', 'mute');
    const shown = [both.storyId, copied.storyId];
    assert.deepEqual(ids(await reader.stories('latest', 10)), shown);
    assert.deepEqual(ids(await reader.stories('top', 10)), shown);
    await reader.unfollow(mute.id);
    assert.deepEqual(ids(await reader.stories('latest', 10)), [onlyMuted.storyId, both.storyId, copied.storyId, twice.storyId]);
  });

  it('following again after muting switches the mode of the one row', async (t) => {
    const { reader, bridge, fares } = await townStore(t);
    const muted = await reader.follow('entity', 'person:lena okafor', 'mute');
    assert.ok(!ids(await reader.stories('top', 10)).includes(bridge));
    const followed = await reader.follow('entity', 'person:lena okafor', 'follow');
    assert.equal(followed.id, muted.id);
    assert.equal(followed.mode, 'follow');
    const follows = await reader.follows();
    assert.equal(follows.length, 1);
    assert.equal(follows[0]?.mode, 'follow');
    assert.deepEqual(ids(await reader.stories('for-you', 10)), [bridge, fares]);
    // And back.
    assert.equal((await reader.follow('entity', 'person:lena okafor', 'mute')).id, muted.id);
    assert.equal((await reader.follows()).length, 1);
    assert.deepEqual(ids(await reader.stories('for-you', 10)), []);
  });

  it(
    'pages the latest list without showing a story twice when a muted one falls inside the page',
    async (t) => {
      const { reader, bridge, fares, flood, orchard } = await townStore(t);
      await reader.follow('outlet', 'Lindmoor Gazette', 'mute');
      const paged = await allPages(reader, 'latest', 1);
      assert.deepEqual(paged.ids, [flood, bridge, fares]);
      assert.ok(!paged.ids.includes(orchard));
      const byTwo = await allPages(reader, 'latest', 2);
      assert.deepEqual(byTwo.ids, [flood, bridge, fares]);
    },
  );

  it(
    'hides a new story naming a muted person on its first listing, before its facts were kept',
    async (t) => {
      const { r, reader, bridge } = await townStore(t);
      await reader.follow('entity', 'person:lena okafor', 'mute');
      const again = await r.story({ ...BRIDGE_SECOND, title: 'Mayor visits the bridge works', outlet: 'Island Courier', age: 0 });
      const first = ids(await reader.stories('latest', 10));
      assert.ok(!first.includes(bridge));
      assert.ok(!first.includes(again.storyId), 'shown on its first listing');
    },
  );
});

// ---------------------------------------------------------------------------------------------------------
// Cards

function assertOneSentence(lede: string) {
  assert.ok(lede.length > 0 && lede.length <= 280, `lede of ${lede.length} characters`);
  assert.equal(sentences(lede).length, 1, lede);
}

describe('story cards', () => {
  it('carry a one-sentence lede and the key people and places once facts are found', async (t) => {
    const { reader, bridge, fares, flood } = await townStore(t);
    const top = await reader.stories('top', 10);
    for (const item of top.items) {
      assert.ok(item.card, `card of story ${item.id}`);
      assertOneSentence(item.card.lede);
    }
    const card = (id: number) => top.items.find((s) => s.id === id)?.card;
    assert.deepEqual(card(bridge)?.people[0], { name: 'Lena Okafor', key: 'lena okafor' });
    assert.ok(card(bridge)?.people.some((p) => p.key === 'tomas reyes'));
    assert.deepEqual(card(bridge)?.places.map((p) => p.key).sort(), ['kestrel harbour', 'port alvera']);
    assert.ok(card(flood)?.people.some((p) => p.name === 'Ruth Adeyemi'));
    assert.ok(card(flood)?.places.some((p) => p.key === 'brightwater'));
    assert.ok(card(fares)?.people.some((p) => p.key === 'marta ilves'));
    // The lede is one of the story's own sentences.
    const texts = [BRIDGE_FIRST.text, BRIDGE_SECOND.text].join('\n');
    assert.ok(texts.includes(card(bridge)?.lede ?? '∅'), card(bridge)?.lede);
    for (const item of top.items) {
      assert.ok(item.card && item.card.people.length <= 3 && item.card.places.length <= 3);
    }
  });

  it('are made on a first read when no facts were kept, and kept for the next', async (t) => {
    const r = readerStore(t);
    const { storyId } = await r.story({ ...BRIDGE_FIRST }, { ...BRIDGE_SECOND, outlet: 'Valley Courier' });
    assert.equal((await r.store.storyCards([storyId])).size, 0);
    const page = await new Reader(r.store).stories('latest', 5);
    const card = page.items[0]?.card;
    assert.ok(card);
    assertOneSentence(card.lede);
    assert.equal(card.people[0]?.key, 'lena okafor');
    const kept = await r.store.storyCards([storyId]);
    assert.deepEqual(kept.get(storyId)?.card, card);
  });

  it('clip a long first sentence at a word to 280 characters at most', async (t) => {
    const r = readerStore(t);
    await r.story({ ...LONG_LEAD });
    const card = (await new Reader(r.store).stories('top', 5)).items[0]?.card;
    assert.ok(card);
    assert.ok(card.lede.length <= 280, `${card.lede.length}`);
    assert.match(card.lede, /^The regional assembly in Port Alvera approved on Friday, .*\S…$/u);
    assert.ok(LONG_LEAD.text.startsWith(card.lede.slice(0, -1)));
    assert.ok(card.people.some((p) => p.key === 'jonas whitfield'));
  });
});

describe('a story in full', () => {
  it('gives its articles and facts, and where a merged story went', async (t) => {
    const { r, reader, bridge, fares } = await townStore(t);
    const full = await reader.story(bridge);
    assert.ok(full && 'story' in full);
    assert.equal(full.story.id, bridge);
    assert.ok(full.facts.entities.some((e) => e.key === 'lena okafor' && e.reports === 2));
    await r.store.mergeStories(fares, bridge, BRIDGE_FIRST.title, 0.7);
    assert.deepEqual(await reader.story(fares), { movedTo: bridge });
    assert.equal(await reader.story(9999), null);
  });
});
