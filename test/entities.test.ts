// Named entities: who and what an article names, typed, once each under its fullest name. The fixtures are
// invented for these tests; the seed articles are read from ../shared when it is there.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Entity, EntityType } from '../src/model.js';
import { performance } from 'node:perf_hooks';
import { entityFor, entityIndex, findEntities, mergeEntities } from '../src/analyze/entities.js';

function entity(list: readonly Entity[], key: string): Entity | undefined {
  return list.find((e) => e.key === key);
}

function typed(list: readonly Entity[], key: string, type: EntityType): Entity {
  const e = entity(list, key);
  assert.ok(e, `no entity ${key} in ${list.map((x) => `${x.key} (${x.type})`).join(', ')}`);
  assert.equal(e.type, type, `${key} is a ${e.type}`);
  return e;
}

function make(name: string, type: EntityType, key: string, more: Partial<Entity> = {}): Entity {
  return { name, type, key, aliases: [], roles: [], count: 1, spans: [[0, name.length]], ...more };
}

describe('findEntities: people', () => {
  it('types a name after a title as a person and keeps the title as a role', () => {
    const list = findEntities('', 'Harbour Minister Lenna Voss opened the new quay on Monday. Voss said the work took two years.');
    const voss = typed(list, 'lenna voss', 'person');
    assert.deepEqual(voss.roles, ['Harbour Minister']);
  });

  it('joins the surname and honorific forms to the full name given elsewhere in the article', () => {
    const text = 'Dr. Osric Pell leads the survey. Pell said the results were clear. "We are sure," Mr. Pell added.';
    const list = findEntities('', text);
    const pell = typed(list, 'osric pell', 'person');
    assert.equal(pell.name, 'Osric Pell');
    assert.ok(pell.aliases.includes('Pell') && pell.aliases.includes('Mr. Pell'), pell.aliases.join(', '));
    assert.equal(pell.count, 3);
    assert.equal(list.filter((e) => e.type === 'person').length, 1);
  });

  it('joins "Mr. Zhao" to a name written family name first', () => {
    const list = findEntities('', 'Trade Minister Zhao Mingde arrived late. Mr. Zhao declined to answer questions.');
    const zhao = typed(list, 'zhao mingde', 'person');
    assert.ok(zhao.aliases.includes('Mr. Zhao'));
  });

  it('gives a shared surname to the one person of it named before, and to neither once both are', () => {
    const text =
      'Liang Wen, the port director, met reporters. Liang said cargo was moving again. ' +
      'Later, Deputy Mayor Liang Hao visited the docks. Liang said the city would help.';
    const list = findEntities('', text);
    const wen = typed(list, 'liang wen', 'person');
    const hao = typed(list, 'liang hao', 'person');
    assert.equal(wen.count, 2);
    assert.ok(wen.aliases.includes('Liang'));
    assert.equal(hao.count, 1);
    assert.deepEqual(hao.aliases, []);
    // The second "Liang" could be either: it stays a person of its own, and no lookup settles it.
    const liang = typed(list, 'liang', 'person');
    assert.equal(liang.count, 1);
    assert.ok((liang.spans[0]?.[0] ?? 0) > text.indexOf('Liang Hao'));
    assert.equal(entityFor('Liang', list), null);
  });

  it('leaves a family name unresolved after two people of it are named', () => {
    const text = 'Foreign Minister Zhou Wenli met Security Minister Zhou Haoran in Dalmarra. Zhou said the talks went well. Mr. Zhou left early.';
    const list = findEntities('', text);
    const wenli = typed(list, 'zhou wenli', 'person');
    const haoran = typed(list, 'zhou haoran', 'person');
    for (const e of [wenli, haoran]) {
      assert.equal(e.count, 1, e.name);
      assert.ok(!e.aliases.some((a) => /^(?:Mr\. )?Zhou$/u.test(a)), `${e.name}: ${e.aliases.join(', ')}`);
    }
    for (const name of ['Zhou', 'Mr. Zhou']) assert.equal(entityFor(name, list), null, name);
    assert.equal(entityFor('Zhou Haoran', list)?.key, 'zhou haoran');
  });

  it('finds both people of one surname, each under a name of their own', () => {
    const list = findEntities('', 'Marta Okafor and Bill Okafor arrived together. Okafor said the trip was long. Mr. Okafor smiled.');
    typed(list, 'marta okafor', 'person');
    const bill = typed(list, 'bill okafor', 'person');
    assert.deepEqual(bill.aliases, []);
    assert.deepEqual(typed(list, 'marta okafor', 'person').aliases, []);
    assert.equal(entityFor('Okafor', list), null);
    assert.equal(entityFor('Mr. Okafor', list), null);
  });

  it('takes a name that shares its surname with a person of the article for another person', () => {
    const one = findEntities('', 'Corvin Halvorsen and Ysolde Halvorsen arrived. Corvin Halvorsen said little.');
    typed(one, 'ysolde halvorsen', 'person');
    const two = findEntities('', 'Lee Wen Hao met Lee Su-bin in Seoul.');
    typed(two, 'lee wen hao', 'person');
    typed(two, 'lee su-bin', 'person');
    const three = findEntities('', 'Joe Brannick met Jill Brannick.');
    typed(three, 'joe brannick', 'person');
    typed(three, 'jill brannick', 'person');
  });

  it('keeps given names that are also words: "Bill" in a name, "Will" opening a statement but not a question', () => {
    typed(findEntities('', 'Bill Renwick arrived on Monday.'), 'bill renwick', 'person');
    typed(findEntities('', 'The bill passed. Bill Renwick signed it.'), 'bill renwick', 'person');
    typed(findEntities('', 'Will Ostrander said the film was finished.'), 'will ostrander', 'person');
    const asked = findEntities('', 'Will Norway sign the deal? Officials in Oslo would not say.');
    assert.equal(entity(asked, 'will norway'), undefined);
    typed(asked, 'norway', 'place');
  });

  it('types an unknown two-word name by "said" and keeps appositive roles', () => {
    const text = '"It was quiet," said Tove Brenning, a retired ferry pilot. Brenning, 71, has lived on the island all her life.';
    const list = findEntities('', text);
    const tove = typed(list, 'tove brenning', 'person');
    assert.deepEqual(tove.roles, ['retired ferry pilot']);
  });

  it('takes a role given before a name in lower case', () => {
    const list = findEntities('', 'The move was welcomed by union leader Arvo Kettunen on Friday.');
    assert.deepEqual(typed(list, 'arvo kettunen', 'person').roles, ['union leader']);
  });

  it('does not take a capitalised pair with no person cue for a person', () => {
    const list = findEntities('', 'Historians still argue about the Cold War and its end.');
    assert.equal(entity(list, 'cold war'), undefined);
  });
});

describe('findEntities: a surname that is also a place', () => {
  it('takes a listed place for the surname of a person of the article where it is used as a person', () => {
    const text = 'Tamsin Jordan said the tour was over. Jordan spoke in Lisbon on Friday. Flights to Jordan were full.';
    const list = findEntities('', text);
    const tamsin = typed(list, 'tamsin jordan', 'person');
    assert.equal(tamsin.count, 2);
    assert.ok(tamsin.aliases.includes('Jordan'));
    const country = typed(list, 'jordan', 'place');
    assert.equal(country.count, 1);
    assert.equal(text.slice(country.spans[0]?.[0], country.spans[0]?.[1]), 'Jordan');
    assert.ok((country.spans[0]?.[0] ?? 0) > text.indexOf('Flights'));
  });

  it('reads a possessive with a person noun, an age or a form of address as the person', () => {
    const text = "Corin Washington, a retired pilot, left in May. Washington's wife said he was happy. Washington, 61, lives in Oslo. Officials in Washington said nothing.";
    const list = findEntities('', text);
    assert.equal(typed(list, 'corin washington', 'person').count, 3);
    assert.equal(typed(list, 'washington', 'place').count, 1);
    const addressed = findEntities('', 'Mr. Jordan said the border was calm. Flights to Jordan resumed.');
    assert.ok(addressed.some((e) => e.type === 'person' && e.aliases.includes('Mr. Jordan')));
    assert.deepEqual(addressed.filter((e) => e.type === 'place').map((e) => [e.key, e.count]), [['jordan', 1]]);
  });

  it('does not merge a person so named with the place across articles', () => {
    const a = findEntities('', 'Mr. Jordan said the border was calm.');
    const b = findEntities('', 'Flights to Jordan resumed on Monday.');
    const { entities } = mergeEntities([a, b]);
    assert.equal(entities.filter((e) => e.key === 'jordan').length, 2);
  });
});

describe('findEntities: organisations', () => {
  it('types a name ending in an organisation word and joins its acronym given in brackets', () => {
    const text = 'The Coastal Fisheries Authority (CFA) closed the bay. The CFA said the ban would last a week.';
    const list = findEntities('', text);
    const cfa = typed(list, 'coastal fisheries authority', 'organisation');
    assert.ok(cfa.aliases.includes('CFA'));
    assert.equal(cfa.count, 3);
  });

  it('joins an organisation written with and without its country, under the name without it', () => {
    const text = 'The Danish Transport Ministry issued new rules. A spokesperson for the Transport Ministry said more would follow.';
    const list = findEntities('', text);
    const ministry = typed(list, 'transport ministry', 'organisation');
    assert.equal(ministry.name, 'Transport Ministry');
    assert.ok(ministry.aliases.includes('Danish Transport Ministry'));
  });

  it('types an organisation from the noun before it and from its staff after it', () => {
    const text = 'The retailer Farrow Mills cut prices. Farrow Mills chief executive Ines Halloway said sales had doubled. Farrow Mills said more stores would open.';
    const list = findEntities('', text);
    typed(list, 'farrow mills', 'organisation');
    typed(list, 'ines halloway', 'person');
  });

  it('does not join a one-word name to a longer organisation when it acts by itself first', () => {
    const list = findEntities('', 'Halden said it would cut 1,000 jobs. The Halden Foundation said it would fund retraining.');
    const foundation = typed(list, 'halden foundation', 'organisation');
    assert.deepEqual(foundation.aliases, []);
    assert.equal(foundation.count, 1);
  });

  it('does not join them when both act by themselves, whichever comes first', () => {
    const list = findEntities('', 'The Halden Foundation said it would fund retraining. Halden said it would cut 1,000 jobs.');
    assert.deepEqual(typed(list, 'halden foundation', 'organisation').aliases, []);
  });

  it('joins a one-word name to the organisation it starts when the text pairs them', () => {
    const text = 'Riders for the app Brimvale were employees, the court found. Brimvale Deliveries Ltd set their pay. Brimvale, which has 900 riders, will appeal.';
    const brimvale = typed(findEntities('', text), 'brimvale deliveries ltd', 'organisation');
    assert.ok(brimvale.aliases.includes('Brimvale'));
    assert.equal(brimvale.count, 3);
  });

  it('knows news agencies and international bodies without a cue', () => {
    const list = findEntities('', 'Talks resumed, Reuters reported, as NATO and the European Union watched.');
    typed(list, 'reuters', 'organisation');
    typed(list, 'nato', 'organisation');
    typed(list, 'european union', 'organisation');
  });

  it('takes a club before a role and a name as an organisation, and the result score too', () => {
    const text = 'Kelso Athletic beat Dunmore Rovers 2-1 on Saturday. Kelso Athletic manager Ruth Abney praised her side.';
    const list = findEntities('', text);
    typed(list, 'kelso athletic', 'organisation');
    typed(list, 'dunmore rovers', 'organisation');
    assert.deepEqual(typed(list, 'ruth abney', 'person').roles, ['Kelso Athletic manager']);
  });
});

describe('findEntities: places', () => {
  it('types unknown places from the words around them', () => {
    const text =
      'Floods hit the town of Ostvik on Sunday. Water rose fastest in Brellmoor, where the River Tamsen burst its banks. ' +
      'A Kelby-based charity sent boats.';
    const list = findEntities('', text);
    typed(list, 'ostvik', 'place');
    typed(list, 'brellmoor', 'place');
    typed(list, 'river tamsen', 'place');
    typed(list, 'kelby', 'place');
  });

  it('takes a strait for a place, never a person', () => {
    const list = findEntities('', 'Ships waited in the Verlan Strait for two days.');
    typed(list, 'verlan strait', 'place');
  });

  it('knows countries and capitals, and reads a possessive as the place itself', () => {
    const list = findEntities('', 'Norway’s fleet stayed in port while ministers met in Lisbon.');
    const norway = typed(list, 'norway', 'place');
    assert.equal(norway.name, 'Norway');
    typed(list, 'lisbon', 'place');
  });

  it('splits a hyphenated pair of places', () => {
    const list = findEntities('', 'The Iceland-Norway talks ended without a deal.');
    typed(list, 'iceland', 'place');
    typed(list, 'norway', 'place');
  });
});

describe('findEntities: what is not an entity', () => {
  it('leaves out weekdays, months, titles alone, demonyms and sentence openers', () => {
    const text =
      'On Friday the Secretary spoke first. Rescue teams arrived in March, long after the rescue had begun. ' +
      'Chinese officials said nothing. The talks ended. However, Helmstad police said the road was open.';
    const keys = findEntities('', text).map((e) => e.key);
    for (const not of ['friday', 'secretary', 'rescue', 'march', 'chinese', 'the', 'however']) assert.ok(!keys.includes(not), `${not} in ${keys.join(', ')}`);
  });

  it('does not take a product model for a name', () => {
    const list = findEntities('', 'Owners of the Vela 3 kettle should stop using it, Brightlane Appliances said.');
    assert.equal(entity(list, 'vela'), undefined);
    typed(list, 'brightlane appliances', 'organisation');
  });
});

describe('findEntities: headline, counts and offsets', () => {
  it('counts headline mentions of names the body gives, without taking headline capitals for names', () => {
    const title = 'Voss Opens New Quay As Harbour Traffic Grows';
    const text = 'Harbour Minister Lenna Voss opened the quay in Ostvik on Monday.';
    const list = findEntities(title, text);
    const voss = typed(list, 'lenna voss', 'person');
    assert.equal(voss.count, 2);
    assert.equal(voss.spans.length, 1);
    for (const not of ['opens', 'new quay', 'harbour traffic grows', 'quay']) assert.equal(entity(list, not), undefined);
  });

  it('gives each text mention its offsets', () => {
    const text = 'In Brellmoor the mayor, Asta Lind, said Brellmoor would rebuild.';
    const list = findEntities('', text);
    for (const e of list) for (const [a, b] of e.spans) assert.ok([e.name, ...e.aliases].includes(text.slice(a, b)), `${text.slice(a, b)} for ${e.name}`);
    assert.equal(typed(list, 'brellmoor', 'place').spans.length, 2);
  });
});

describe('mergeEntities', () => {
  it('merges the same key across articles, summing counts and dropping spans', () => {
    const a = [make('Ostvik', 'place', 'ostvik', { count: 2 }), make('Lenna Voss', 'person', 'lenna voss')];
    const b = [make('Ostvik', 'place', 'ostvik', { count: 3 })];
    const { entities, index } = mergeEntities([a, b]);
    assert.equal(entities.length, 2);
    const ostvik = entities[index[0]?.[0] as number] as Entity;
    assert.equal(index[1]?.[0], index[0]?.[0]);
    assert.equal(ostvik.count, 5);
    assert.deepEqual(ostvik.spans, []);
  });

  it('merges a surname alone into the one full name it ends, under the full name', () => {
    const a = [make('Voss', 'person', 'voss', { aliases: ['Minister Voss'], roles: ['Minister'] })];
    const b = [make('Lenna Voss', 'person', 'lenna voss', { roles: ['Harbour Minister'] })];
    const { entities } = mergeEntities([a, b]);
    assert.equal(entities.length, 1);
    const voss = entities[0] as Entity;
    assert.equal(voss.name, 'Lenna Voss');
    assert.equal(voss.key, 'lenna voss');
    assert.ok(voss.aliases.includes('Voss') && voss.aliases.includes('Minister Voss'));
    assert.deepEqual([...voss.roles].sort(), ['Harbour Minister', 'Minister']);
  });

  it('leaves a surname alone when two full names fit it', () => {
    const lists = [[make('Liang', 'person', 'liang')], [make('Liang Wen', 'person', 'liang wen')], [make('Liang Hao', 'person', 'liang hao')]];
    assert.equal(mergeEntities(lists).entities.length, 3);
  });

  it('merges an acronym with its expansion when any article states the pair', () => {
    const a = [make('Coastal Fisheries Authority', 'organisation', 'coastal fisheries authority', { aliases: ['CFA'] })];
    const b = [make('CFA', 'organisation', 'cfa')];
    const { entities, index } = mergeEntities([a, b]);
    assert.equal(entities.length, 1);
    assert.equal(index[1]?.[0], 0);
    assert.equal(entities[0]?.name, 'Coastal Fisheries Authority');
  });

  it('names an organisation without its country, keeping the country form as an alias', () => {
    const a = [make('Danish Transport Ministry', 'organisation', 'transport ministry')];
    const b = [make('Transport Ministry', 'organisation', 'transport ministry')];
    const merged = mergeEntities([a, b]).entities;
    assert.equal(merged.length, 1);
    assert.equal(merged[0]?.name, 'Transport Ministry');
    assert.ok(merged[0]?.aliases.includes('Danish Transport Ministry'));
  });

  it('keeps organisations of one key apart when their countries differ', () => {
    const a = [make('Danish Transport Ministry', 'organisation', 'transport ministry')];
    const b = [make('Swedish Transport Ministry', 'organisation', 'transport ministry')];
    assert.equal(mergeEntities([a, b]).entities.length, 2);
  });

  it('joins a one-word organisation to a longer one only where an article states the pair', () => {
    const apart = mergeEntities([[make('Orvane', 'organisation', 'orvane')], [make('Orvane Daily', 'organisation', 'orvane daily')]]);
    assert.equal(apart.entities.length, 2);
    const stated = [make('Orvane Daily', 'organisation', 'orvane daily', { aliases: ['Orvane'] })];
    const joined = mergeEntities([[make('Orvane', 'organisation', 'orvane')], [make('Orvane Daily', 'organisation', 'orvane daily')], stated]);
    assert.equal(joined.entities.length, 1);
    assert.equal(joined.entities[0]?.name, 'Orvane Daily');
    assert.deepEqual(joined.index, [[0], [0], [0]]);
  });

  it('merges the surnames of 4,000 people without comparing each with each', () => {
    const lists: Entity[][] = [];
    const given = ['Ansel', 'Brisa', 'Cato', 'Delphine', 'Emrys', 'Faye', 'Gideon', 'Hesper'];
    for (let i = 0; i < 4000; i++) {
      const surname = `Vorlan${i.toString(36)}`;
      const full = `${given[i % given.length] as string} ${surname}`;
      lists.push([make(full, 'person', full.toLowerCase()), make(surname, 'person', surname.toLowerCase())]);
    }
    const started = performance.now();
    const { entities } = mergeEntities(lists);
    const took = performance.now() - started;
    assert.equal(entities.length, 4000);
    assert.ok(entities.every((e) => e.aliases.length === 1));
    assert.ok(took < 3000, `${took.toFixed(0)} ms`);
  });

  it('merges whole articles found by findEntities', () => {
    const a = findEntities('', 'Harbour Minister Lenna Voss visited Ostvik. Voss said the quay was safe.');
    const b = findEntities('', 'Voss, the harbour minister, returned to Ostvik on Tuesday.');
    const { entities, index } = mergeEntities([a, b]);
    const voss = entities.find((e) => e.key === 'lenna voss');
    assert.ok(voss);
    assert.equal(index[1]?.map((i) => entities[i]?.key).includes('lenna voss'), true);
  });
});

describe('entityFor', () => {
  const list = findEntities(
    '',
    'Harbour Minister Lenna Voss met the Danish Transport Ministry in Ostvik. Liang Wen, the port director, and ' +
      'Liang Hao, a pilot, joined them. "We agree," Voss said.',
  );

  it('finds a person by surname, honorific or title form', () => {
    for (const name of ['Voss', 'Ms. Voss', 'Minister Voss', 'Lenna Voss', "Voss's"]) assert.equal(entityFor(name, list)?.key, 'lenna voss', name);
  });

  it('finds an organisation with or without "the" and its country', () => {
    assert.equal(entityFor('the Transport Ministry', list)?.key, 'transport ministry');
    assert.equal(entityFor('Danish Transport Ministry', list)?.key, 'transport ministry');
  });

  it('finds someone by a role only when it is given word for word', () => {
    assert.equal(entityFor('the port director', list)?.key, 'liang wen');
    assert.equal(entityFor('the top harbour official', list), null);
  });

  it('answers null for an ambiguous or unknown name', () => {
    assert.equal(entityFor('Mr. Liang', list), null);
    assert.equal(entityFor('Asta Lind', list), null);
  });

  it('prefers a person to a place of the same name, and answers the place when no person bears it', () => {
    const people = [make('Jordan', 'place', 'jordan'), make('Tamsin Jordan', 'person', 'tamsin jordan'), make('Norway', 'place', 'norway')];
    assert.equal(entityFor('Jordan', people)?.key, 'tamsin jordan');
    assert.equal(entityFor('Norway', people)?.key, 'norway');
    const aliased = [make('Jordan', 'place', 'jordan'), make('Tamsin Jordan', 'person', 'tamsin jordan', { aliases: ['Jordan'] })];
    assert.equal(entityFor('Jordan', aliased)?.key, 'tamsin jordan');
    const two = [...people, make('Ivo Jordan', 'person', 'ivo jordan')];
    assert.equal(entityFor('Jordan', two), null);
  });

  it('gives the same answers through an index built once for many lookups', () => {
    const find = entityIndex(list);
    for (const name of ['Voss', 'Ms. Voss', 'Minister Voss', 'the Transport Ministry', 'the port director', 'Mr. Liang', 'Asta Lind', 'Ostvik', '']) {
      assert.equal(find(name), entityFor(name, list), name);
    }
  });

  it('sees a list changed since its last lookup', () => {
    const changing = [make('Lenna Voss', 'person', 'lenna voss')];
    assert.equal(entityFor('Harbour Minister', changing), null);
    (changing[0] as Entity).roles.push('Harbour Minister');
    assert.equal(entityFor('Harbour Minister', changing)?.key, 'lenna voss');
    changing.push(make('Osric Voss', 'person', 'osric voss'));
    assert.equal(entityFor('Voss', changing), null);
  });
});

// The seed articles: four reports of two meetings of Antony Blinken and Wang Yi.
const SEEDS = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const seedsHere = existsSync(SEEDS);

describe('findEntities on the seed articles', { skip: seedsHere ? false : `${SEEDS} is not there: skipping the seed articles` }, () => {
  const files = seedsHere ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
  const lists = files.map((f) => findEntities('', readFileSync(SEEDS + f, 'utf8')));
  const merged = mergeEntities(lists).entities;

  it('finds the people, places and organisations of the meetings, typed', () => {
    const expected: Array<[EntityType, string[]]> = [
      ['person', ['antony blinken', 'wang yi', 'xi jinping', 'kurt campbell', 'vladimir putin', 'volodymyr zelensky', 'janet yellen', 'lai ching-te']],
      ['place', ['china', 'russia', 'ukraine', 'taiwan', 'beijing', 'hong kong', 'south china sea', 'taiwan strait']],
      ['organisation', ['state department', 'reuters', 'agence france-presse', 'bytedance', 'tiktok', 'commerce department', 'chinese communist party']],
    ];
    for (const [type, keys] of expected) for (const key of keys) typed(merged, key, type);
  });

  it('gathers the forms of Blinken and of the State Department', () => {
    const blinken = typed(merged, 'antony blinken', 'person');
    for (const form of ['Blinken', 'Mr. Blinken', 'Secretary Blinken']) assert.ok(blinken.aliases.includes(form), form);
    assert.ok(blinken.roles.includes('US Secretary of State'));
    const department = typed(merged, 'state department', 'organisation');
    assert.equal(department.name, 'State Department');
    assert.ok(department.aliases.includes('US State Department') && department.aliases.includes('U.S. State Department'));
  });

  it('keeps roles and joins acronyms within each article', () => {
    const [first, , , fourth] = lists as [Entity[], Entity[], Entity[], Entity[]];
    assert.ok(typed(first, 'wang yi', 'person').roles.includes('Chinese Foreign Minister'));
    assert.ok(typed(fourth, 'janet yellen', 'person').roles.includes('Treasury Secretary'));
    assert.ok(typed(fourth, 'lai ching-te', 'person').roles.some((r) => r.includes('president-elect')));
    assert.ok(typed(fourth, 'chinese communist party', 'organisation').aliases.includes('CCP'));
  });

  it('takes no weekday, title, article or sentence opener for an entity, and no war for a person', () => {
    const keys = new Set(lists.flat().map((e) => e.key));
    for (const not of ['friday', 'wednesday', 'secretary', 'the', 'however', 'moreover', 'recently', 'regarding', 'earlier', 'military', 'chinese', 'russian', 'cold war']) {
      assert.ok(!keys.has(not), `${not} is an entity`);
    }
    assert.ok(!lists.flat().some((e) => e.type === 'person' && /cold war|strait/iu.test(e.name)));
  });
});
