// A story's kept facts (story_facts, story_entities): found once, read back without recomputing, dropped by
// the store itself whenever the story's articles change (an article joins, stories merge or split, a copy
// changes), refused when the story changed while they were found, and the entity index built on them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { FACTS_VERSION } from '../src/analyze/facts.js';
import { fillStoryFacts, keptStoryFacts } from '../src/facts.js';
import type { StoryFacts, StorySummary } from '../src/model.js';
import { Reader } from '../src/reader/reader.js';
import type { Store, StoredStoryFacts } from '../src/store/store.js';
import { countingStore, hoursAgo, readerStore, type ReaderDoc } from './support/reader-store.js';
import { BRIDGE_FIRST, BRIDGE_SECOND, FARES, FLOOD, ORCHARD } from './support/reader-texts.js';

/** A third report of the bridge closure, from another outlet, with a person the others do not name. */
const BRIDGE_THIRD: ReaderDoc = {
  title: 'Ferries to run every twenty minutes during bridge works',
  text:
    'Captain Ines Moreau said the ferries would run every twenty minutes while the Kestrel Harbour bridge is closed. ' +
    'Mayor Lena Okafor thanked the ferry crews on Monday.',
  outlet: 'Island Courier',
};

async function summary(store: Store, id: number): Promise<StorySummary> {
  const s = await store.getStorySummary(id);
  assert.ok(s, `story ${id}`);
  return s;
}

/** The facts of a story as the reader would read them now. */
async function read(store: Store, id: number): Promise<StoryFacts> {
  return keptStoryFacts(store, await summary(store, id));
}

const keysOf = (facts: StoryFacts) => facts.entities.map((e) => e.key);
const reportsOf = (facts: StoryFacts, key: string) => facts.entities.find((e) => e.key === key)?.reports;
/** Every outlet the facts cite, anywhere (summary sources, quotes, figures). */
function outletsCited(facts: StoryFacts): string[] {
  const out = new Set<string>();
  JSON.stringify(facts, (k, v: unknown) => {
    if (k === 'outlet' && typeof v === 'string') out.add(v);
    return v;
  });
  return [...out].sort();
}

describe('keptStoryFacts', () => {
  it('keeps the facts, the card and the story\'s entities, and a second read recomputes nothing', async (t) => {
    const r = readerStore(t);
    const { storyId, articleIds } = await r.story({ ...BRIDGE_FIRST, age: 2 }, { ...BRIDGE_SECOND, outlet: 'Valley Courier', age: 1 });
    const counted = countingStore(r.store);
    assert.equal(await r.store.storyFacts(storyId), null);

    const first = await keptStoryFacts(counted.store, await summary(r.store, storyId));
    assert.equal(counted.calls.get('storyArticles'), 1);
    assert.equal(counted.calls.get('saveStoryFacts'), 1);
    assert.ok(keysOf(first).includes('lena okafor'));
    assert.equal(reportsOf(first, 'lena okafor'), 2);
    assert.deepEqual(outletsCited(first), ['Harbour Times', 'Valley Courier']);

    const kept = await r.store.storyFacts(storyId);
    assert.ok(kept);
    assert.equal(kept.version, FACTS_VERSION);
    assert.equal(kept.articleCount, 2);
    assert.deepEqual(kept.facts, first);
    assert.deepEqual(kept.card.people[0], { name: 'Lena Okafor', key: 'lena okafor' });
    assert.ok(kept.card.lede.length > 0 && kept.card.lede.length <= 280);
    assert.deepEqual((await r.store.storyCards([storyId])).get(storyId), { version: FACTS_VERSION, card: kept.card });
    // The articles' own facts are kept too.
    assert.deepEqual([...(await r.store.articleFacts(articleIds)).keys()].sort(), [...articleIds].sort());
    // The story's entities.
    const mayor = await r.store.getEntity('person', 'lena okafor');
    assert.ok(mayor);
    assert.deepEqual([mayor.name, mayor.stories, mayor.reports, mayor.lastSeen], ['Lena Okafor', 1, 2, hoursAgo(1)]);
    assert.deepEqual((await r.store.storiesNaming([{ type: 'person', key: 'tomas reyes' }], { limit: 5 })).map((s) => s.id), [storyId]);

    counted.calls.clear();
    const second = await keptStoryFacts(counted.store, await summary(r.store, storyId));
    assert.deepEqual(second, first);
    assert.deepEqual([...counted.calls.keys()], ['storyFacts']);

    // Nor does listing the story: its kept card is shown.
    counted.calls.clear();
    const page = await new Reader(counted.store).stories('latest', 5);
    assert.deepEqual(page.items[0]?.card, kept.card);
    assert.equal(counted.calls.get('storyArticles'), undefined);
    assert.equal(counted.calls.get('saveStoryFacts'), undefined);
  });

  it('finds them again for a story whose kept facts are of older finders', async (t) => {
    const r = readerStore(t);
    const { storyId } = await r.story({ ...BRIDGE_FIRST });
    await read(r.store, storyId);
    const kept = await r.store.storyFacts(storyId);
    assert.ok(kept);
    assert.equal(await r.store.saveStoryFacts(storyId, { ...kept, version: FACTS_VERSION - 1 }), true);
    const counted = countingStore(r.store);
    await keptStoryFacts(counted.store, await summary(r.store, storyId));
    assert.equal(counted.calls.get('storyArticles'), 1);
    assert.equal((await r.store.storyFacts(storyId))?.version, FACTS_VERSION);
    // A list shows no card of older finders without making it again.
    await r.store.saveStoryFacts(storyId, { ...kept, version: FACTS_VERSION - 1 });
    counted.calls.clear();
    const page = await new Reader(counted.store).stories('top', 5);
    assert.ok(page.items[0]?.card);
    assert.equal(counted.calls.get('storyArticles'), 1);
    assert.equal((await r.store.storyFacts(storyId))?.version, FACTS_VERSION);
  });
});

describe('kept facts are dropped when the story changes', () => {
  it('when an article joins: the next read finds them again, with the new outlet and person', async (t) => {
    const r = readerStore(t);
    const { storyId } = await r.story({ ...BRIDGE_FIRST, age: 3 }, { ...BRIDGE_SECOND, outlet: 'Valley Courier', age: 2 });
    const before = await read(r.store, storyId);
    assert.deepEqual(outletsCited(before), ['Harbour Times', 'Valley Courier']);
    assert.ok(!keysOf(before).includes('ines moreau'));

    await r.save({ ...BRIDGE_THIRD, age: 1, storyId });
    assert.equal(await r.store.storyFacts(storyId), null);
    assert.equal((await r.store.storyCards([storyId])).size, 0);
    assert.equal(await r.store.getEntity('person', 'lena okafor'), null);
    assert.deepEqual(await r.store.storiesLackingFacts(FACTS_VERSION, 5), [storyId]);

    const after = await read(r.store, storyId);
    assert.ok(keysOf(after).includes('ines moreau'), keysOf(after).join(', '));
    assert.equal(reportsOf(after, 'lena okafor'), 3);
    assert.ok(outletsCited(after).includes('Island Courier'), outletsCited(after).join(', '));
    assert.equal((await r.store.storyFacts(storyId))?.articleCount, 3);
    assert.equal((await r.store.getEntity('person', 'ines moreau'))?.stories, 1);
  });

  it('when an article opens another story, the kept facts of the others stay', async (t) => {
    const r = readerStore(t);
    const bridge = await r.story({ ...BRIDGE_FIRST, age: 3 });
    await read(r.store, bridge.storyId);
    await r.story({ ...FLOOD, age: 0 });
    assert.ok(await r.store.storyFacts(bridge.storyId));
  });

  it('when two stories merge: both lose theirs, and the survivor\'s next read has both stories\' people', async (t) => {
    const r = readerStore(t);
    const bridge = await r.story({ ...BRIDGE_FIRST, age: 3 });
    const fares = await r.story({ ...FARES, outlet: 'Southland Post', age: 2 });
    const flood = await r.story({ ...FLOOD, age: 1 });
    for (const s of [bridge, fares, flood]) await read(r.store, s.storyId);
    assert.deepEqual((await r.store.storiesNaming([{ type: 'person', key: 'marta ilves' }], { limit: 5 })).map((s) => s.id), [fares.storyId]);

    await r.store.mergeStories(fares.storyId, bridge.storyId, BRIDGE_FIRST.title, 0.6);
    assert.equal(await r.store.storyFacts(bridge.storyId), null);
    assert.equal(await r.store.storyFacts(fares.storyId), null);
    assert.deepEqual(await r.store.storiesNaming([{ type: 'person', key: 'marta ilves' }], { limit: 5 }), []);
    assert.equal(await r.store.getEntity('person', 'lena okafor'), null);
    // The flood story is untouched.
    assert.ok(await r.store.storyFacts(flood.storyId));
    assert.deepEqual(await r.store.storiesLackingFacts(FACTS_VERSION, 5), [bridge.storyId]);

    const merged = await read(r.store, bridge.storyId);
    assert.ok(keysOf(merged).includes('marta ilves'));
    assert.ok(keysOf(merged).includes('lena okafor'));
    assert.ok(outletsCited(merged).includes('Southland Post'), outletsCited(merged).join(', '));
    assert.deepEqual((await r.store.storiesNaming([{ type: 'person', key: 'marta ilves' }], { limit: 5 })).map((s) => s.id), [bridge.storyId]);
  });

  it('when a story splits: both halves lose theirs and each finds its own', async (t) => {
    const r = readerStore(t);
    const { storyId, articleIds } = await r.story(
      { ...BRIDGE_FIRST, age: 3 },
      { ...BRIDGE_SECOND, outlet: 'Valley Courier', age: 2 },
      { ...BRIDGE_THIRD, age: 1 },
    );
    const whole = await read(r.store, storyId);
    assert.ok(keysOf(whole).includes('ines moreau'));

    const moved = await r.store.splitStory(storyId, [articleIds[2] as number], { kept: BRIDGE_FIRST.title, moved: BRIDGE_THIRD.title });
    assert.equal(await r.store.storyFacts(storyId), null);
    assert.equal(await r.store.storyFacts(moved), null);
    assert.equal(await r.store.getEntity('person', 'ines moreau'), null);
    assert.deepEqual((await r.store.storiesLackingFacts(FACTS_VERSION, 5)).sort(), [storyId, moved].sort());

    const kept = await read(r.store, storyId);
    const split = await read(r.store, moved);
    assert.ok(!keysOf(kept).includes('ines moreau'));
    assert.equal(reportsOf(kept, 'lena okafor'), 2);
    assert.deepEqual(outletsCited(kept), ['Harbour Times', 'Valley Courier']);
    assert.ok(keysOf(split).includes('ines moreau'));
    assert.deepEqual(outletsCited(split).filter((o) => o !== 'Island Courier'), []);
    assert.deepEqual((await r.store.storiesNaming([{ type: 'person', key: 'lena okafor' }], { limit: 5 })).map((s) => s.id).sort(), [storyId, moved].sort());
  });

  it('when an article becomes a copy (copy_of changes), its report no longer counts', async (t) => {
    const r = readerStore(t);
    const { storyId, articleIds } = await r.story({ ...BRIDGE_FIRST, age: 3 }, { ...BRIDGE_SECOND, outlet: 'Valley Courier', age: 2 });
    assert.equal(reportsOf(await read(r.store, storyId), 'lena okafor'), 2);
    // Another writer (the matcher folding a copy) changes the article in place.
    const db = new Database(r.path);
    t.after(() => db.close());
    db.prepare('UPDATE articles SET copy_of = ? WHERE id = ?').run(articleIds[0], articleIds[1]);
    assert.equal(await r.store.storyFacts(storyId), null);
    assert.equal(reportsOf(await read(r.store, storyId), 'lena okafor'), 1);
  });

  it('when an earlier original supersedes the story\'s original', async (t) => {
    const r = readerStore(t);
    const original = await r.save({ ...BRIDGE_SECOND, outlet: 'Valley Courier', age: 2 });
    await r.save({ ...BRIDGE_SECOND, outlet: 'Southland Post', age: 1, storyId: original.storyId, copyOf: original.articleId });
    const before = await read(r.store, original.storyId);
    assert.equal(reportsOf(before, 'lena okafor'), 1);
    const earlier = await r.save({ ...BRIDGE_SECOND, outlet: 'Harbour Times', age: 3, storyId: original.storyId, supersedes: original.articleId });
    assert.equal(await r.store.storyFacts(original.storyId), null);
    const articles = await r.store.storyArticles(original.storyId);
    assert.deepEqual(articles.map((a) => a.copyOf), [null, earlier.articleId, earlier.articleId]);
    const after = await read(r.store, original.storyId);
    assert.equal(reportsOf(after, 'lena okafor'), 1);
    assert.ok(outletsCited(after).includes('Harbour Times'));
  });
});

describe('saveStoryFacts', () => {
  it('refuses facts found over a different number of articles than the story now has', async (t) => {
    const r = readerStore(t);
    const { storyId } = await r.story({ ...BRIDGE_FIRST, age: 3 }, { ...BRIDGE_SECOND, outlet: 'Valley Courier', age: 2 });
    const stale = await r.store.storyArticles(storyId);
    await read(r.store, storyId);
    const found = await r.store.storyFacts(storyId);
    assert.ok(found);
    await r.save({ ...BRIDGE_THIRD, age: 1, storyId });

    assert.equal(await r.store.saveStoryFacts(storyId, found), false);
    assert.equal(await r.store.storyFacts(storyId), null);
    assert.equal(await r.store.getEntity('person', 'lena okafor'), null);
    assert.equal(await r.store.saveStoryFacts(storyId, { ...found, articleCount: 1 }), false);
    // A story that is gone.
    assert.equal(await r.store.saveStoryFacts(9999, found), false);

    // A reader that read the articles before the third joined gets its facts, but they are not kept.
    const facts = await keptStoryFacts(r.store, { id: storyId, articleCount: 2 }, stale);
    assert.equal(reportsOf(facts, 'lena okafor'), 2);
    assert.equal(await r.store.storyFacts(storyId), null);

    assert.equal(await r.store.saveStoryFacts(storyId, { ...found, articleCount: 3 }), true);
    assert.equal((await r.store.storyFacts(storyId))?.articleCount, 3);
  });
});

describe('storiesLackingFacts and fillStoryFacts', () => {
  it('lists the stories without kept facts, latest first, and fills as many as asked', async (t) => {
    const r = readerStore(t);
    const ids: number[] = [];
    for (const [doc, age] of [[BRIDGE_FIRST, 3], [FLOOD, 0], [FARES, 2], [ORCHARD, 1]] as const) ids.push((await r.story({ ...doc, age })).storyId);
    const [bridge, flood, fares, orchard] = ids as [number, number, number, number];
    assert.deepEqual(await r.store.storiesLackingFacts(FACTS_VERSION, 10), [flood, orchard, fares, bridge]);
    assert.deepEqual(await r.store.storiesLackingFacts(FACTS_VERSION, 2), [flood, orchard]);

    assert.equal(await fillStoryFacts(r.store, 2), 2);
    assert.ok(await r.store.storyFacts(flood));
    assert.ok(await r.store.storyFacts(orchard));
    assert.deepEqual(await r.store.storiesLackingFacts(FACTS_VERSION, 10), [fares, bridge]);
    assert.equal(await fillStoryFacts(r.store, 10), 2);
    assert.deepEqual(await r.store.storiesLackingFacts(FACTS_VERSION, 10), []);
    assert.equal(await fillStoryFacts(r.store, 10), 0);
    // Newer finders would find every story lacking.
    assert.equal((await r.store.storiesLackingFacts(FACTS_VERSION + 1, 10)).length, 4);

    // Facts of older finders count as lacking, and are found again.
    const kept = await r.store.storyFacts(fares);
    assert.ok(kept);
    await r.store.saveStoryFacts(fares, { ...kept, version: FACTS_VERSION - 1 });
    assert.deepEqual(await r.store.storiesLackingFacts(FACTS_VERSION, 10), [fares]);
    assert.equal(await fillStoryFacts(r.store, 10), 1);
    assert.equal((await r.store.storyFacts(fares))?.version, FACTS_VERSION);
    assert.deepEqual(await r.store.storiesLackingFacts(FACTS_VERSION, 10), []);
  });

  it('stops when asked to', async (t) => {
    const r = readerStore(t);
    for (const doc of [BRIDGE_FIRST, FLOOD, FARES]) await r.story({ ...doc });
    let asked = 0;
    const done = await fillStoryFacts(r.store, 10, () => ++asked > 1);
    assert.equal(done, 1);
    assert.equal((await r.store.storiesLackingFacts(FACTS_VERSION, 10)).length, 2);
  });
});

describe('the entity index (story_entities)', () => {
  type Named = StoryFacts['entities'][number];
  const person = (key: string, name: string, reports = 1): Named => ({ type: 'person', key, name, aliases: [], roles: [], reports });
  const organisation = (key: string, name: string, reports = 1): Named => ({ type: 'organisation', key, name, aliases: [], roles: [], reports });

  /** Three stories (2 h, 1 h, 0 h old) whose kept entities are these, with keys holding LIKE's special characters. */
  async function indexed(t: { after(fn: () => Promise<void> | void): void }) {
    const r = readerStore(t);
    const plan: Array<[ReaderDoc, number, Named[]]> = [
      [BRIDGE_FIRST, 2, [person('lena okafor', 'Lena Okafor', 2), person('mary o_neil', 'Mary O_Neil'), organisation('club 50%', 'Club 50%', 3)]],
      [FARES, 1, [person('lena okafor', 'Mayor Okafor'), person('sean oxneil', 'Sean Oxneil'), organisation('club 50x', 'Club 50x'), person('okafor', 'Okafor')]],
      [FLOOD, 0, [person('lena okafor', 'Lena Okafor'), person('ann o\\neil', 'Ann O\\Neil'), person('ruth adeyemi', 'Ruth Adeyemi')]],
    ];
    const ids: number[] = [];
    for (const [doc, age, entities] of plan) {
      const { storyId } = await r.story({ ...doc, age });
      await read(r.store, storyId);
      const kept = (await r.store.storyFacts(storyId)) as StoredStoryFacts;
      assert.equal(await r.store.saveStoryFacts(storyId, { ...kept, facts: { ...kept.facts, entities } }), true);
      ids.push(storyId);
    }
    return { r, ids: ids as [number, number, number] };
  }

  it('summarises each entity: the name most stories give, its stories, reports and latest activity', async (t) => {
    const { r, ids } = await indexed(t);
    const mayor = await r.store.getEntity('person', 'lena okafor');
    assert.deepEqual(mayor, { type: 'person', key: 'lena okafor', name: 'Lena Okafor', stories: 3, reports: 4, lastSeen: hoursAgo(0) });
    assert.equal((await r.store.getEntity('organisation', 'club 50%'))?.reports, 3);
    assert.equal(await r.store.getEntity('place', 'lena okafor'), null);
    // Exact keys only: no pattern.
    assert.equal(await r.store.getEntity('organisation', 'club 50_'), null);
    assert.equal(await r.store.getEntity('person', '%'), null);
    assert.equal(await r.store.getEntity('person', 'lena okafo'), null);

    const all = await r.store.listEntities({ limit: 100, offset: 0 });
    assert.equal(all.length, 8);
    assert.deepEqual(all[0], mayor);
    // Most stories first, then most reports, then by key.
    assert.deepEqual(all.slice(1).map((e) => e.key), ['club 50%', 'ann o\\neil', 'club 50x', 'mary o_neil', 'okafor', 'ruth adeyemi', 'sean oxneil']);
    assert.deepEqual((await r.store.listEntities({ type: 'organisation', limit: 10, offset: 0 })).map((e) => e.key), ['club 50%', 'club 50x']);
    assert.deepEqual((await r.store.listEntities({ limit: 2, offset: 2 })).map((e) => e.key), ['ann o\\neil', 'club 50x']);
    assert.deepEqual(await r.store.listEntities({ type: 'place', limit: 10, offset: 0 }), []);
    assert.equal(ids.length, 3);
  });

  it('finds the stories naming any of some entities, latest first, paged by a cursor', async (t) => {
    const { r, ids } = await indexed(t);
    const [a, b, c] = ids;
    const naming = async (entities: Array<{ type: 'person' | 'organisation'; key: string }>, limit = 10, before?: StorySummary) =>
      (await r.store.storiesNaming(entities, { limit, ...(before ? { before: { lastSeen: before.lastSeen, id: before.id } } : {}) })).map((s) => s.id);
    assert.deepEqual(await naming([{ type: 'person', key: 'lena okafor' }]), [c, b, a]);
    assert.deepEqual(await naming([{ type: 'person', key: 'lena okafor' }], 1), [c]);
    assert.deepEqual(await naming([{ type: 'person', key: 'lena okafor' }], 10, await summary(r.store, b)), [a]);
    assert.deepEqual(await naming([{ type: 'person', key: 'mary o_neil' }, { type: 'organisation', key: 'club 50x' }]), [b, a]);
    assert.deepEqual(await naming([{ type: 'organisation', key: 'mary o_neil' }]), []);
    assert.deepEqual(await naming([{ type: 'person', key: 'mary o%' }]), []);
    assert.deepEqual(await naming([]), []);
    assert.deepEqual([...(await r.store.whichStoriesName([a, c], [{ type: 'person', key: 'lena okafor' }, { type: 'person', key: 'sean oxneil' }]))].sort(), [a, c].sort());
    assert.deepEqual([...(await r.store.whichStoriesName([a, c], [{ type: 'person', key: 'sean oxneil' }]))], []);
  });

  it('finds the full names ending in a word, LIKE\'s special characters taken literally', async (t) => {
    const { r } = await indexed(t);
    const ending = async (type: 'person' | 'organisation', word: string) => (await r.store.entityKeysEndingWith(type, word)).sort();
    assert.deepEqual(await ending('person', 'okafor'), ['lena okafor']);
    assert.deepEqual(await ending('person', 'o_neil'), ['mary o_neil']);
    assert.deepEqual(await ending('person', 'o\\neil'), ['ann o\\neil']);
    assert.deepEqual(await ending('organisation', '50%'), ['club 50%']);
    assert.deepEqual(await ending('organisation', '50x'), ['club 50x']);
    // A wildcard typed by a user is a character, not a pattern.
    assert.deepEqual(await ending('person', '%'), []);
    assert.deepEqual(await ending('person', '_'), []);
    assert.deepEqual(await ending('person', 'o%'), []);
    assert.deepEqual(await ending('organisation', '50_'), []);
    assert.deepEqual(await ending('person', 'neil'), []);
    assert.deepEqual(await ending('organisation', 'okafor'), []);
  });

  it('forgets a story\'s entities when the story changes, until its facts are found again', async (t) => {
    const { r, ids } = await indexed(t);
    const [a] = ids;
    await r.save({ ...BRIDGE_SECOND, outlet: 'Valley Courier', age: 0, storyId: a });
    assert.equal(await r.store.getEntity('person', 'mary o_neil'), null);
    assert.equal(await r.store.getEntity('organisation', 'club 50%'), null);
    assert.deepEqual(await r.store.entityKeysEndingWith('person', 'o_neil'), []);
    assert.equal((await r.store.getEntity('person', 'lena okafor'))?.stories, 2);
    // Found again from the articles themselves.
    await read(r.store, a);
    assert.equal((await r.store.getEntity('person', 'lena okafor'))?.stories, 3);
    assert.ok(await r.store.getEntity('person', 'tomas reyes'));
  });
});
