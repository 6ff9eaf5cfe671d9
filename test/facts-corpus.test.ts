// Facts across outlets on whole corpora, through the CLI as a reader meets them: the demo corpus (written
// for the project) shows its one disputed figure flagged, its one updated figure as an update, and no
// invented dispute; the seeds (real articles,
// read from ../shared when present) show the corroborated figures, the aligned statement, the single-source
// claims and the people, organisations and places the facts issue names.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { StoryClaim, StoryFacts } from '../src/model.js';
import { SKIP_NO_SHARED, cli, sharedPath, tempDir } from './support/helpers.js';

interface StoryJson {
  id: number;
  headline: string;
  articles: Array<{ id: number; origin: string; source: string | null }>;
  facts: StoryFacts;
}

function storiesOf(db: string): StoryJson[] {
  const list = JSON.parse(cli(db, 'stories', '--json', '--limit', '500').stdout) as Array<{ id: number }>;
  return list.map((s) => {
    const r = cli(db, 'story', String(s.id), '--json');
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as StoryJson;
  });
}

const valuesOf = (c: StoryClaim): number[] => [...new Set(c.versions.map((v) => v.value))].sort((a, b) => a - b);

test('demo corpus: the disputed evacuation figure is flagged with who gives which, and nothing else is called a conflict', (t) => {
  const db = join(tempDir(t), 'demo.db');
  assert.equal(cli(db, 'ingest', 'demo/html', 'demo/txt', 'demo/feeds').code, 0);
  const stories = storiesOf(db);
  const conflicts = stories.flatMap((s) => s.facts.claims.filter((c) => c.status === 'conflict').map((c) => ({ story: s, claim: c })));
  t.diagnostic(`claim conflicts: ${conflicts.map((c) => `${c.claim.measure}: ${c.claim.values?.map((v) => v.text).join(' vs ')}`).join('; ')}`);
  assert.equal(conflicts.length, 1, 'the demo corpus has exactly one disputed figure');
  const [{ story, claim }] = conflicts as [{ story: StoryJson; claim: StoryClaim }];
  assert.ok(story.articles.some((a) => a.origin.includes('halvik')), 'it is the Halvik ammonia leak');
  assert.deepEqual(valuesOf(claim), [312, 450]);
  const outletsGiving = (value: number): string[] => [...new Set(claim.versions.filter((v) => v.value === value).map((v) => v.outlet))].sort();
  assert.deepEqual(outletsGiving(312), ['The Northgate Ledger', 'Westmarch Gazette']);
  assert.deepEqual(outletsGiving(450), ['Summit Herald']);
  assert.match(claim.measure, /evacuat|resident/u);

  // The Calandra flood's shelter count rose between the first day's reports and the next morning's, and the
  // later report says so: an update, oldest value first, not a dispute.
  const updates = stories.flatMap((s) => s.facts.claims.filter((c) => c.status === 'updated').map((c) => ({ story: s, claim: c })));
  t.diagnostic(`claim updates: ${updates.map((c) => `${c.claim.measure}: ${c.claim.values.map((v) => v.text).join(' → ')}`).join('; ')}`);
  assert.equal(updates.length, 1, 'the demo corpus has exactly one updated figure');
  const [update] = updates as [{ story: StoryJson; claim: StoryClaim }];
  assert.ok(update.story.articles.some((a) => a.origin.includes('calandra')), 'it is the Puerto Calandra flood');
  assert.deepEqual(update.claim.values.map((v) => [v.text, v.outlets]), [['about 1,100 people', ['The Northgate Ledger']], ['about 1,400 people', ['Caldwell Courier']]]);

  // Every story has a summary of cited sentences, each taken word for word from the article it cites first.
  for (const s of stories) {
    assert.ok(s.facts.summary.length >= 1, `story ${s.id} has a summary`);
    for (const sentence of s.facts.summary) {
      assert.ok(sentence.sources.length >= 1);
      assert.equal(sentence.sources[0]?.articleId, sentence.articleId);
    }
  }
  // Across the store, one negotiator of the mackerel talks and the deal is one person in both stories,
  // under her full name, whatever form each article uses.
  const people = JSON.parse(cli(db, 'entities', '--type', 'person', '--limit', '500', '--json').stdout) as Array<{ name: string; type: string; aliases: string[]; storyIds: number[] }>;
  assert.ok(people.every((e) => e.type === 'person'));
  const negotiators = people.filter((e) => e.name.includes('Hallvarðsdóttir') || e.aliases.some((a) => a.includes('Hallvarðsdóttir')));
  assert.equal(negotiators.length, 1, JSON.stringify(negotiators));
  assert.equal(negotiators[0]?.storyIds.length, 2);
  assert.ok(people.some((e) => e.name === 'Nadia Okonkwo-Reyes'));
  const invalid = cli(db, 'entities', '--type', 'animal');
  assert.notEqual(invalid.code, 0);
  assert.match(invalid.stderr, /person, organisation, place/u);

  // No summary sentence cites an outlet whose report gives the other figure.
  for (const sentence of story.facts.summary) {
    if (/\b312\b/u.test(sentence.text)) assert.ok(!sentence.sources.some((x) => x.outlet === 'Summit Herald'), sentence.text);
  }
});

const seeds = sharedPath('seeds');

test('seeds: corroborated figures, one aligned statement in two wordings, single-source claims, typed entities', { skip: seeds ? false : SKIP_NO_SHARED }, (t) => {
  const db = join(tempDir(t), 'seeds.db');
  assert.equal(cli(db, 'ingest', seeds as string).code, 0);
  const stories = storiesOf(db);
  const september = stories.find((s) => s.articles.some((a) => a.origin.includes('000_')) && s.articles.some((a) => a.origin.includes('001_')));
  const april = stories.find((s) => s.articles.some((a) => a.origin.includes('002_')) && s.articles.some((a) => a.origin.includes('003_')));
  assert.ok(september && april, 'the two meetings are two stories');
  const idOf = (story: StoryJson, seed: string): number => story.articles.find((a) => a.origin.includes(seed))?.id ?? -1;

  // September: 70% of machine tools and 90% of microelectronics, in both outlets' words.
  for (const share of [70, 90]) {
    const row: StoryClaim | undefined = september.facts.claims.find((c) => c.versions.some((v) => v.value === share && v.unit === '%'));
    assert.ok(row, `a ${share}% claim`);
    assert.equal(row.status, 'corroborated', `${share}%: ${JSON.stringify(row.versions.map((v) => v.text))}`);
    assert.deepEqual(new Set(row.versions.map((v) => v.articleId)), new Set([idOf(september, '000_'), idOf(september, '001_')]));
  }
  // Blinken's statement on Beijing wanting peace while its companies help Putin: one statement, both wordings.
  const statement = september.facts.quotes.find((q) => q.versions.some((v) => /wants? peace/u.test(v.text) && /Putin/u.test(v.text)));
  assert.ok(statement, 'the statement is found');
  assert.match(statement.speaker ?? '', /Blinken/u);
  assert.equal(statement.status, 'corroborated');
  assert.deepEqual(new Set(statement.versions.map((v) => v.articleId)), new Set([idOf(september, '000_'), idOf(september, '001_')]));

  // April: single-source claims, each from the article that states it.
  const single = (matches: (v: StoryClaim['versions'][number]) => boolean, seed: string, label: string): void => {
    const row: StoryClaim | undefined = april.facts.claims.find((c) => c.versions.some(matches));
    assert.ok(row, label);
    assert.equal(row.status, 'single-source', label);
    assert.deepEqual([...new Set(row.versions.map((v) => v.articleId))], [idOf(april, seed)], label);
  };
  single((v) => v.value === 40 && v.bound === 'over', '003_', 'more than 40 Chinese entities');
  single((v) => v.value === 8e9 && v.unit === 'USD', '002_', '$8 billion');
  single((v) => v.value === 61e9 && v.unit === 'USD', '002_', '$61 billion');

  // People, places and organisations, typed, across both stories.
  const entities = [...september.facts.entities, ...april.facts.entities];
  const typeOf = (name: string): string | undefined =>
    entities.find((e) => e.name === name || e.aliases.includes(name) || e.name.endsWith(` ${name}`))?.type;
  const expected: Record<string, string[]> = {
    person: ['Antony Blinken', 'Wang Yi', 'Xi Jinping', 'Kurt Campbell', 'Putin', 'Zelensky', 'Janet Yellen', 'Lai Ching-te'],
    place: ['China', 'Russia', 'Ukraine', 'Taiwan', 'Beijing', 'Hong Kong', 'South China Sea'],
    organisation: ['State Department', 'Reuters', 'AFP', 'ByteDance', 'TikTok', 'Commerce Department'],
  };
  for (const [type, names] of Object.entries(expected)) {
    for (const name of names) assert.equal(typeOf(name), type, `${name} is a ${type}`);
  }
});
