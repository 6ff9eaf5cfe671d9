// Numeric claims: figures in digits and words with their scale, currency, unit and bound; what each
// measures and who gives it; what is no claim (years, dates, times, labels, scores); and whether two
// claims from different articles agree. The fixture texts are written for these tests.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { participle } from '../src/analyze/claim-label.js';
import { compareClaims, findClaims, type FoundClaim } from '../src/analyze/claims.js';
import { findAttributions } from '../src/analyze/quotes.js';
import type { Claim } from '../src/model.js';

function claims(text: string): FoundClaim[] {
  return findClaims(text, findAttributions(text)) as FoundClaim[];
}

/** The only claim of a text. */
function one(text: string): FoundClaim {
  const found = claims(text);
  assert.equal(found.length, 1, `expected one claim in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((c) => c.surface))}`);
  return found[0] as FoundClaim;
}

/** The claim whose surface is `surface`. */
function claim(found: readonly Claim[], surface: string): Claim {
  const c = found.find((x) => x.surface === surface);
  assert.ok(c, `no claim "${surface}" among ${JSON.stringify(found.map((x) => x.surface))}`);
  return c;
}

describe('findClaims: numbers', () => {
  it('reads digits with thousands separators and decimal points', () => {
    assert.equal(one('The depot employs 1,200 workers.').value, 1200);
    assert.equal(one('Exports to Varland grew 3.5% last year.').value, 3.5);
    assert.equal(one('The utility supplies 184,000 homes in the valley.').value, 184000);
  });

  it('reads numbers in words, hyphenated or not, with "and" and "a dozen"', () => {
    assert.equal(one('Twenty-three trawlers were stuck in the harbour.').value, 23);
    assert.equal(one('Four hundred and fifty people had to leave the island.').value, 450);
    const dozen = one('A dozen fishing boats sank in the storm.');
    assert.equal(dozen.value, 12);
    assert.equal(dozen.bound, 'about');
    assert.equal(one('The crossing lasted five-and-a-half hours.').value, 5.5);
    assert.equal(one('He spoke after two and a half hours of debate.').value, 2.5);
  });

  it('reads a fraction with "of" as a share in percent, about', () => {
    const third = one('A third of the residents of Ostrava Bay left before the storm.');
    assert.equal(third.unit, '%');
    assert.ok(Math.abs(third.value - 100 / 3) < 1e-9);
    assert.equal(third.bound, 'about');
    assert.equal(one('Half of the voters in Tannery Ward stayed at home.').value, 50);
    assert.equal(one('A quarter of the ferries were cancelled.').value, 25);
    assert.equal(one('Nearly two-thirds of the firms reported losses.').value, (2 / 3) * 100);
  });

  it('reads scales: billion, bn, million, m against money, trillion, thousand', () => {
    assert.equal(one('The port authority approved a $8 billion expansion.').value, 8e9);
    assert.equal(one('Brennor paid 8bn euros for the mine.').value, 8e9);
    assert.equal(one('The region has 2.5 million inhabitants.').value, 2.5e6);
    assert.equal(one('The club signed a €40m sponsorship deal.').value, 4e7);
    assert.equal(one('Debt reached 1.2 trillion yen last year.').value, 1.2e12);
    assert.equal(one('The fund raised five thousand dollars for the shelter.').value, 5000);
  });
});

describe('findClaims: units', () => {
  it('maps currencies to codes: $ and dollars are USD, US$, €, £, ¥, yuan; a country adjective decides whose dollar', () => {
    const unit = (text: string): string | null => one(text).unit;
    assert.equal(unit('The mayor announced a $12 million fund for the harbour.'), 'USD');
    assert.equal(unit('Harlow Mining paid US$300 million for the licence.'), 'USD');
    assert.equal(unit('The council approved a €40m bridge.'), 'EUR');
    assert.equal(unit('The club was fined £2.5 million for the breach.'), 'GBP');
    assert.equal(unit('The studio spent ¥300 million on the film.'), 'JPY');
    assert.equal(unit('The factory cost 300,000 yuan to build.'), 'CNY');
    assert.equal(unit('The charity raised 40,000 euros for the shelter.'), 'EUR');
    assert.equal(unit('The ferry was sold for 5 million Canadian dollars.'), 'CAD');
    assert.equal(unit('The bank was fined 2 million pounds over the failures.'), 'GBP');
  });

  it('reads %, percent and per cent as %, and percentage points as pp', () => {
    for (const text of ['Turnout was 70% in Greyhaven.', 'Turnout was 70 percent in Greyhaven.', 'Turnout was 70 per cent in Greyhaven.']) {
      const c = one(text);
      assert.equal(c.unit, '%', text);
      assert.equal(c.value, 70, text);
    }
    const pp = one('Unemployment in Greyhaven rose by two percentage points.');
    assert.equal(pp.unit, 'pp');
    assert.equal(pp.value, 2);
  });

  it('reads durations, distances, weights, temperatures and speeds', () => {
    const read = (text: string): [number, string | null] => {
      const c = one(text);
      return [c.value, c.unit];
    };
    assert.deepEqual(read('Ivo Marsh was sentenced to five years in prison.'), [5, 'year']);
    assert.deepEqual(read('The ferry was stopped for 36 hours at the quay.'), [36, 'hour']);
    assert.deepEqual(read('The river rose more than three metres overnight.'), [3, 'm']);
    assert.deepEqual(read('The pipeline runs 120 km from the coast.'), [120, 'km']);
    assert.deepEqual(read('The new pier is 400 miles from the capital.'), [400, 'mile']);
    assert.deepEqual(read('Officers seized 40 kg of resin at the port.'), [40, 'kg']);
    assert.deepEqual(read('The mill produced 2,000 tonnes of flour.'), [2000, 'tonne']);
    assert.deepEqual(read('The enzyme works at 50 degrees Celsius in the tank.'), [50, 'degC']);
    assert.deepEqual(read('Gusts reached 130 km/h on the ridge.'), [130, 'km/h']);
  });

  it('reads a unit written before its noun as a duration of that noun: "three-day visit", "22-minute walk"', () => {
    const visit = one('The minister began a three-day visit to Korvina on Monday.');
    assert.deepEqual([visit.value, visit.unit, visit.measure], [3, 'day', 'visit to Korvina']);
    const walk = one('A brisk 22-minute walk cuts the risk, the study found.');
    assert.deepEqual([walk.value, walk.unit], [22, 'minute']);
    assert.match(walk.measure, /walk/u);
  });

  it('counts people as unit "people" and other things as unit null, with the noun in the measure', () => {
    const residents = one('A total of 312 residents were evacuated from Tamsby.');
    assert.equal(residents.unit, 'people');
    assert.equal(residents.measureKey[0], 'people');
    const heaters = one('Vellum Home recalled 184,000 Orbit 2 smart heaters on Friday.');
    assert.equal(heaters.unit, null);
    assert.equal(heaters.value, 184000);
    assert.match(heaters.measure, /Orbit 2 smart heaters/u);
    const died = one('Two people died when the bridge at Karsk collapsed.');
    assert.deepEqual([died.value, died.unit], [2, 'people']);
  });

  it('counts people before a verb that happens to them without a noun: "450 evacuated"', () => {
    const c = one('450 evacuated as gas cloud drifts over Tamsby');
    assert.equal(c.unit, 'people');
    assert.deepEqual(c.measureKey.slice(0, 2), ['people', 'evacuat']);
  });
});

describe('findClaims: bounds and ranges', () => {
  it('reads "more than", "over", "at least", "upwards of" as over', () => {
    for (const w of ['more than', 'over', 'at least', 'upwards of']) {
      const c = one(`The agency has listed ${w} 40 Kessian firms.`);
      assert.equal(c.bound, 'over', w);
      assert.equal(c.value, 40, w);
      assert.equal(c.surface, `${w} 40`);
    }
  });

  it('reads "about", "around", "roughly", "some", "approximately", "an estimated", "nearly", "almost" as about', () => {
    for (const w of ['about', 'around', 'roughly', 'some', 'approximately', 'an estimated', 'nearly', 'almost']) {
      assert.equal(one(`The flood displaced ${w} 450 villagers.`).bound, 'about', w);
    }
  });

  it('reads "up to", "fewer than", "less than", "under", "as many as" as under', () => {
    for (const w of ['up to', 'fewer than', 'less than', 'under', 'as many as']) {
      assert.equal(one(`The new quarter will hold ${w} 1,200 homes.`).bound, 'under', w);
    }
  });

  it('reads ranges as the low end with bound over and the high end', () => {
    for (const text of ['Between 40 and 50 protesters were arrested in Dunmore.', '40-50 protesters were arrested in Dunmore.', '40 to 50 protesters were arrested in Dunmore.']) {
      const c = one(text);
      assert.deepEqual([c.value, c.high, c.bound, c.unit], [40, 50, 'over', 'people'], text);
    }
    const scaled = one('The repairs will cost $5-6 billion over a decade.');
    assert.deepEqual([scaled.value, scaled.high], [5e9, 6e9]);
  });

  it('does not read a change "from 5% to 7%" as a range', () => {
    const found = claims('Inflation in Dunmore rose from 5% to 7% in a year.');
    assert.ok(found.every((c) => c.high === null || c.high === undefined), JSON.stringify(found));
  });
});

describe('findClaims: what is no claim', () => {
  const none = (text: string): void => assert.deepEqual(claims(text).map((c) => c.surface), [], text);

  it('skips years and dates', () => {
    none('The 2022 invasion changed the region, and in 2023 trade fell.');
    none('The talks on September 27th and on 27 September were cancelled, as was the November 5 vote.');
    none('The forms dated 5/11 and 11/05/2024 were lost.');
  });

  it('skips times of day', () => {
    none('The leak was found at 10:30 and the alert sent at 3 p.m. and again at 6 am.');
  });

  it('skips ordinals, labels and model numbers', () => {
    none('It was his second trip and the 21st century summit.');
    none('Orbit 2 units, Article 5 rules, Flight 370 records, COVID-19 cases and the G7 were discussed.');
  });

  it('skips phone numbers', () => {
    none('Call the helpline on 0800 555 0199 or +44 20 7946 0958.');
  });

  it('skips "one" as a pronoun, ratios and idioms', () => {
    none('One of the officials said one in ten homes could one day be rebuilt.');
  });

  it('skips vague quantities: hundreds, dozens, thousands, several', () => {
    none('Hundreds of residents and dozens of boats joined thousands of volunteers and several ships.');
  });

  it('skips scores and vote tallies', () => {
    none('Tarn City beat Westholm 2-1 after extra time.');
  });

  it('skips small counts of a known set: "the two countries", "its two tanks"', () => {
    none('The two countries met while its two tanks stood empty.');
  });
});

describe('findClaims: measure, key, speaker, sentence', () => {
  it('reads a share of a noun with what pins it, across coordinated figures', () => {
    const text = 'About 70% of lathes and 90% of circuit boards bought by Varland are made in Ostmark.';
    const found = claims(text);
    assert.equal(found.length, 2);
    const [tools, chips] = found as [FoundClaim, FoundClaim];
    assert.deepEqual([tools.value, tools.bound, tools.measure], [70, 'about', 'lathes bought by Varland']);
    assert.deepEqual([chips.value, chips.bound, chips.measure], [90, 'exact', 'circuit boards bought by Varland']);
  });

  it('reads what happened to a count: "312 residents were evacuated" measures "residents evacuated"', () => {
    const c = one('Police said 312 residents were evacuated overnight after the leak.');
    assert.equal(c.measure, 'residents evacuated');
    assert.deepEqual(c.measureKey, ['people', 'evacuat']);
  });

  it('maps nouns of people to one key: residents and people share ["people", ...]', () => {
    assert.deepEqual(one('312 people were evacuated.').measureKey, one('312 residents were evacuated.').measureKey);
  });

  it('reads money by what it is for, and a duration by what fills it', () => {
    const found = claims('The bill included $8 billion to counter Kessia’s naval build-up and $61 billion for Varland.');
    assert.equal(claim(found, '$8 billion').measure, 'to counter Kessia’s naval build-up');
    assert.equal(claim(found, '$61 billion').measure, 'for Varland');
    assert.equal(one('The envoy raised it during five-and-a-half hours of talks.').measure, 'talks');
    assert.equal(one('Walkers had a 31% lower risk of heart death.').measure, 'lower risk of heart death');
  });

  it('gives a figure inside a quotation the speaker of the quotation', () => {
    const c = one('“We counted 312 people at the shelters,” incident commander Mira Holt said.');
    assert.equal(c.speaker, 'Mira Holt');
  });

  it('gives a figure in reported speech its speaker, or the source as written when no name is resolved', () => {
    assert.equal(one('Mayor Arne Tovik said 450 residents were evacuated.').speaker, 'Arne Tovik');
    assert.equal(one('A total of 312 residents were evacuated overnight, police said on Tuesday.').speaker, 'police');
    assert.equal(one('A total of 312 residents were evacuated overnight.').speaker, null);
  });

  it('gives the span of the figure as written and of its sentence', () => {
    const text = 'The storm hit Tamsby. More than 40 boats sank in the harbour. Nobody was hurt.';
    const c = one(text);
    assert.equal(text.slice(c.span[0], c.span[1]), 'More than 40');
    assert.equal(text.slice(c.sentence[0], c.sentence[1]), 'More than 40 boats sank in the harbour.');
  });
});

describe('findClaims: figures that moved', () => {
  it('reads a running tally named before its new value: "the death toll … rose to 60"', () => {
    const c = one('The death toll from the Brennvik landslide rose to 60 on Tuesday evening, officials said.');
    assert.equal(c.value, 60);
    assert.equal(c.unit, 'people');
    assert.equal(c.measure, 'death toll from the Brennvik landslide');
    assert.deepEqual(c.measureKey.slice(0, 2), ['people', 'dead']);
    assert.equal(c.change, 'up');
    assert.equal(one('The number of people killed in the landslide has climbed to 60.').change, 'up');
    assert.equal(one('Officials said the toll had reached 75.').unit, 'people');
  });

  it('measures a tally as the count it keeps, so that it meets "40 people were killed"', () => {
    const [rose, killed] = [one('The death toll from the landslide rose to 60.'), one('The landslide killed 40 people.')];
    assert.equal(compareClaims(rose, killed), 'conflict');
  });

  it('counts people only where the tally counts people, not cattle, shelters or deadlines', () => {
    assert.equal(one('The number of dead cattle in the floods has risen to 300.').unit, null);
    assert.equal(one('The number of shelters housing people rose to 14.').unit, null);
    assert.equal(one('The number of dead has risen to 300.').unit, 'people');
    assert.deepEqual(claims('The toll roads rose to 12.'), [], 'a toll road is no tally');
  });

  it('reads no change, and no tally, in a forecast or a denial', () => {
    assert.deepEqual(claims('The death toll could rise to 100, officials warned.'), []);
    assert.deepEqual(claims('The death toll did not rise to 100, officials said.'), []);
    assert.deepEqual(claims('The death toll has not risen to 100.'), []);
    assert.deepEqual(claims('The death toll is expected to climb to 100.'), []);
  });

  it('reads no change in verbs that move things rather than figures, or in a comparison with an earlier year', () => {
    assert.equal(claim(claims('Floods hit 9 villages in the province on Tuesday.'), '9').change, undefined);
    assert.equal(claim(claims('About 200 villagers walked down from the mountain on Monday.'), 'About 200').change, undefined);
    assert.equal(claim(claims('The city recorded 60 murders, up from 40 the year before.'), '60').change, undefined);
    assert.equal(claim(claims('The landslide has killed 60 people, up from 40 on Monday morning.'), '60').change, 'up');
  });

  it('takes the tally nearest its verb, and says a figure a tally passed is a lower bound', () => {
    assert.equal(one('The number of rescuers doubled and the death toll rose to 60.').measure, 'death toll');
    const passed = one('The number of dead surpassed 125 across the two provinces.');
    assert.equal(passed.bound, 'over');
    assert.equal(passed.unit, 'people');
  });

  it('reads "rose by 20 to 60" as a step and a new value, and "by 20 to 30 percent" as a range of steps', () => {
    const by = one('The death toll rose by 20 to 60 on Tuesday.');
    assert.deepEqual([by.value, by.change, by.unit, by.high ?? null], [60, 'up', 'people', null]);
    const range = one('Harbour fees rose by 20 to 30 percent last year.');
    assert.deepEqual([range.value, range.high, range.unit], [20, 30, '%']);
    for (const text of ['The river rose by 2 to 3 metres overnight.', 'Wait times at the border increased by 10 to 15 minutes.']) {
      const c = one(text);
      assert.ok(c.high !== null && c.high !== undefined && c.change === undefined, `${text}: a range of the step`);
    }
    const money = claim(claims('Revenue at the port rose by $200 million to $3.2 billion.'), '$3.2 billion');
    assert.deepEqual([money.value, money.change], [3.2e9, 'up']);
    const noBy = claim(claims('Sales at the port rose $200 million to $3.2 billion.'), '$3.2 billion');
    assert.deepEqual([noBy.value, noBy.change], [3.2e9, 'up']);
    const degrees = one('Temperatures in the valley rose by 2 to 3 degrees.');
    assert.deepEqual([degrees.value, degrees.high, degrees.change], [2, 3, undefined]);
  });

  it('reads a tally given from its old value or as it stands: "rose from 40 to 60", "stands at 60, up from 40", "is now 60"', () => {
    const from = one('The death toll rose from 40 to 60 overnight.');
    assert.deepEqual([from.value, from.change, from.unit], [60, 'up', 'people']);
    const stands = one('The death toll stands at 60, up from 40.');
    assert.deepEqual([stands.value, stands.change], [60, 'up']);
    const now = one('The number of people killed in the landslide is now 60.');
    assert.deepEqual([now.value, now.change, now.unit], [60, undefined, 'people']);
    assert.deepEqual(claims('The death toll could be 100.'), [], 'a forecast');
  });

  it('keeps a figure whose only measure is its verb of change', () => {
    const c = one('The jobless rate unexpectedly dropped to 13.3 percent.');
    assert.equal(c.value, 13.3);
    assert.equal(c.change, 'down');
  });

  it('says which way a figure moved, and leaves the verb of change out of what it measures', () => {
    const fell = one('Inflation in Ostmark fell to 3% in May.');
    assert.equal(fell.change, 'down');
    assert.ok(!fell.measure.includes('fell'), fell.measure);
    assert.equal(fell.measure, 'Inflation in Ostmark', 'the place belongs to the measure, after the noun it follows');
    assert.equal(one('Voter turnout in the capital fell from 70% to 60%.').measure, 'Voter turnout in the capital');
    assert.equal(one('The landslide has killed 60 people, up from 40 on Monday.').change, 'up');
    assert.equal(one('The landslide killed 40 people in Brennvik.').change, undefined);
    // A change by an amount is no new value: "rose 5%" says nothing of the level.
    assert.equal(one('Prices in Ostmark rose 5% last year.').change, undefined);
  });

  it('reads the new value of a share or an amount given from its old value or its step: "rose from 2% to 3%", "fell 12% to $40 billion"', () => {
    const share = one('Inflation in Ostmark rose from 2% to 3% in March.');
    assert.deepEqual([share.value, share.unit, share.change, share.measure], [3, '%', 'up', 'Inflation in Ostmark']);
    const price = one('The price of a ferry ticket rose from $5 to $7.');
    assert.deepEqual([price.value, price.unit, price.change], [7, 'USD', 'up']);
    const found = claims('Exports from Ostmark fell 12 percent to $40 billion last year.');
    const level = claim(found, '$40 billion');
    assert.deepEqual([level.value, level.change], [40e9, 'down']);
    assert.equal(claim(found, '12 percent').change, undefined, 'the step is no new value');
    // With no unit of its own, "rose 5 to 7 percent" is a range of the step, not a new value; so is a step
    // in percent to a value in percent.
    for (const text of ['Shares in the ferry company rose 5 to 7 percent.', 'Shares in the ferry company rose about 5 to 7 percent.', 'Salaries at the port rose 2% to 4% last year.']) {
      assert.ok(claims(text).every((c) => c.change === undefined), text);
    }
  });
});

describe('findClaims: how a count is named', () => {
  const label = (text: string): string => {
    const c = one(text);
    return c.label ?? c.measure;
  };

  it('names a count after the thing counted and what happened to it: "killing two people" → "people killed"', () => {
    assert.equal(label('The floods swept through Brennvik overnight, killing two people.'), 'people killed');
    assert.equal(label('The plant employs about 220 people in Halvik.'), 'people employed in Halvik');
    assert.equal(label('Rescuers counted 312 residents.'), 'residents counted');
    assert.equal(label('Police arrested 40 protesters outside the port.'), 'protesters arrested');
    assert.equal(label('The company has received 27 reports of heaters overheating.'), 'reports of heaters overheating received');
    assert.equal(label('The company is shedding 300 jobs.'), 'jobs shed');
  });

  it('keeps the words in their order where the thing counted did it, or a state or a participle follows it', () => {
    assert.ok(label('The base was hit by two missiles on Monday.').startsWith('hit by'));
    assert.ok(label('The landslide left 11 people dead.').includes('left'));
    assert.ok(!label('Lumora is recalling 184,000 heaters sold in the UK.').includes('recalled'));
    // "homes left" would read as the homes remaining.
    assert.ok(!label('The storm left 40,000 homes without power.').startsWith('homes left'));
  });

  it('does not name as done what was only planned, threatened or denied', () => {
    for (const text of ['Lumora will not cut 300 jobs after all.', 'The company plans to cut 300 jobs.', 'The army denied killing 40 civilians.', 'The storm could hit 40 villages.', 'The company is considering cutting 300 jobs.', 'Rebels are accused of killing 40 villagers.', 'The scandal cost 300 people their jobs.']) {
      const c = one(text);
      assert.equal(c.label, undefined, `${text}: ${c.label}`);
    }
  });

  it('compares a count however it is named, and by its own words: a place in them still confines it', () => {
    const [a] = claims('The floods swept through Brennvik overnight, killing two people.');
    const [b] = claims('Two people were killed when the floods swept through Brennvik.');
    assert.ok(a && b);
    assert.equal(compareClaims(a, b), 'same');
    assert.equal(compareClaims(one('The plant employs 220 Ostmark workers.'), one('The plant employs 1,400 workers.')), 'different');
    assert.equal(compareClaims(one('Police arrested 40 Kessian protesters.'), one('Police arrested 60 protesters.')), 'different');
  });
});

describe('participle', () => {
  it('turns the verb forms a count comes after into past participles, irregular ones included', () => {
    const cases: Array<[string, string | null]> = [
      ['killing', 'killed'], ['kills', 'killed'], ['killed', 'killed'], ['evacuating', 'evacuated'], ['evacuates', 'evacuated'],
      ['carrying', 'carried'], ['carries', 'carried'], ['trapping', 'trapped'], ['left', null], ['lost', 'lost'],
      ['winning', 'won'], ['took', 'taken'], ['fell', 'fallen'], ['pushes', 'pushed'], ['meaning', null], ['has', null],
      ['Brennvik', null], ['shedding', 'shed'], ['feeling', 'felt'], ['riding', 'ridden'], ['spreads', 'spread'],
      ['flees', 'fled'], ['stops', 'stopped'], ['leaving', null], ['freeing', 'freed'], ['agreeing', 'agreed'],
      ['shows', 'showed'], ['plays', 'played'], ['admits', 'admitted'],
    ];
    for (const [verb, expected] of cases) assert.equal(participle(verb), expected, verb);
  });
});

describe('compareClaims', () => {
  const pair = (a: string, b: string): [Claim, Claim] => [one(a), one(b)];

  it('finds the same shares across outlets and different ones between different goods', () => {
    const a = claims('About 70% of lathes and 90% of circuit boards bought by Varland are made in Ostmark, the minister said.');
    const b = claims('The minister said Ostmark supplied 70 percent of lathes and 90 percent of circuit boards used by Varland.');
    assert.equal(compareClaims(claim(a, 'About 70%'), claim(b, '70 percent')), 'same');
    assert.equal(compareClaims(claim(a, '90%'), claim(b, '90 percent')), 'same');
    assert.equal(compareClaims(claim(a, 'About 70%'), claim(b, '90 percent')), 'different');
    assert.equal(compareClaims(claim(a, '90%'), claim(b, '70 percent')), 'different');
  });

  it('does not set a figure for one day against the running total it is part of', () => {
    const day = one('Twelve people died in the Brennvik floods on Tuesday.');
    const total = one('The death toll from the Brennvik floods rose to 60.');
    assert.equal(total.running, true);
    assert.equal(day.running, undefined);
    assert.equal(compareClaims(day, total), 'different');
    assert.equal(compareClaims(total, day), 'different');
    // Two totals still disagree.
    assert.equal(compareClaims(one('The death toll from the Brennvik floods stands at 48.'), total), 'conflict');
    // Even a total for that same day may hold days before it: no conflict with a day's figure.
    assert.equal(compareClaims(one('Twelve people died in the floods on Tuesday.'), one('The death toll from the floods stood at 60 on Tuesday.')), 'different');
    // A count "so far", "by Tuesday" or "have killed" is a total; a story told in the past perfect, a plan
    // or "in all 12 districts" is none.
    const byTuesday = one('By Tuesday, the floods had killed 45 people.');
    assert.equal(byTuesday.running, true);
    assert.equal(compareClaims(byTuesday, one('The death toll from the floods rose to 60.')), 'conflict');
    assert.equal(compareClaims(one('Twelve people died in the floods on Tuesday.'), one('The floods have killed 60 people.')), 'different');
    assert.equal(one('The floods have killed 60 people so far.').running, true);
    assert.equal(one('In the south of the country, 45 people have died so far.').running, true);
    for (const text of ['The gunman had killed 3 people before police arrived.', 'Schools were closed in all 12 districts.', 'The company will cut 300 jobs by Friday.']) {
      assert.equal(one(text).running, undefined, text);
    }
  });

  it('finds a conflict between two counts of residents evacuated, whatever noun counts them', () => {
    assert.equal(compareClaims(...pair('A total of 312 residents were evacuated.', '450 residents were evacuated overnight.')), 'conflict');
    assert.equal(compareClaims(...pair('312 people were evacuated.', '450 residents were evacuated.')), 'conflict');
  });

  it('finds the same duration written in words and in digits', () => {
    assert.equal(compareClaims(...pair('The talks lasted five-and-a-half hours.', 'They met after 5.5 hours of talks.')), 'same');
  });

  it('reads bounds: more than 40 agrees with 43 and conflicts with 30', () => {
    const over = one('The agency has listed more than 40 Kessian firms.');
    assert.equal(compareClaims(over, one('The agency has listed 43 Kessian firms.')), 'same');
    assert.equal(compareClaims(over, one('The agency has listed 30 Kessian firms.')), 'conflict');
  });

  it('allows for rounding and "about"', () => {
    assert.equal(compareClaims(...pair('The region has 2.5 million inhabitants.', 'The region has 2,480,000 inhabitants.')), 'same');
    assert.equal(compareClaims(...pair('About 450 people were evacuated.', '447 people were evacuated.')), 'same');
    assert.equal(compareClaims(...pair('About 70% of the catch went to Varland.', '70 per cent of the catch went to Varland.')), 'same');
  });

  it('calls amounts for different purposes different', () => {
    const found = claims('The bill included $8 billion to counter Kessia’s naval build-up and $61 billion for Varland.');
    assert.equal(compareClaims(claim(found, '$8 billion'), claim(found, '$61 billion')), 'different');
  });

  it('calls amounts in different currencies different, and converts within a kind of unit', () => {
    assert.equal(compareClaims(...pair('The club paid €40m for the stadium.', 'The club paid £40m for the stadium.')), 'different');
    assert.equal(compareClaims(...pair('The pipeline runs 120 km to the coast.', 'The pipeline runs 75 miles to the coast.')), 'same');
    assert.equal(compareClaims(...pair('The storm lasted 72 hours in Tamsby.', 'The storm lasted three days in Tamsby.')), 'same');
  });

  it('does not call positions of different parties, or an offer and a deal, a conflict', () => {
    const wants = one('Iceland wants 12.5 per cent of the total catch.');
    assert.notEqual(compareClaims(wants, one('Iceland will receive 11 per cent of the total catch.')), 'conflict');
    assert.notEqual(compareClaims(wants, one('Norway wants 9 per cent of the total catch.')), 'conflict');
    assert.notEqual(compareClaims(wants, one('Norway has offered 9 per cent.')), 'conflict');
  });

  it('does not call counts of different events a conflict', () => {
    assert.notEqual(compareClaims(...pair('Eight people were taken to hospital in Tamsby.', 'Two people were kept in hospital in Tamsby.')), 'conflict');
  });

  it('reads a range against a figure: inside is the same, outside a conflict, and without its high end never a conflict above', () => {
    const range = one('Between 40 and 50 protesters were arrested in Dunmore.') as FoundClaim;
    assert.equal(compareClaims(range, one('45 protesters were arrested in Dunmore.')), 'same');
    assert.equal(compareClaims(range, one('60 protesters were arrested in Dunmore.')), 'conflict');
    const stored: Claim = { ...range };
    delete (stored as FoundClaim).high;
    assert.notEqual(compareClaims(stored, one('60 protesters were arrested in Dunmore.')), 'conflict');
  });
});

describe('compareClaims: exact figures, times, places, one value', () => {
  const verdict = (a: string, b: string): string => compareClaims(one(a), one(b));

  it('keeps a plain number to its value: 5 and 6 killed, 20 and 24, 100 and 140 are two figures', () => {
    assert.equal(verdict('The storm killed 5 people in Morvik.', 'The storm killed 6 people in Morvik.'), 'conflict');
    assert.equal(verdict('The storm killed 20 people in Morvik.', 'The storm killed 24 people in Morvik.'), 'conflict');
    assert.equal(verdict('The storm killed 100 people in Morvik.', 'The storm killed 140 people in Morvik.'), 'conflict');
    assert.equal(verdict('The storm killed 20 people in Morvik.', 'The storm killed 20 people in Morvik.'), 'same');
    const notSame: Array<[string, string]> = [
      ['The council of Tarrow borrowed $1 billion for the tunnel.', 'The council of Tarrow borrowed $1.4 billion for the tunnel.'],
      ['Police in Essling made 2,000 arrests during the riots.', 'Police in Essling made 2,400 arrests during the riots.'],
      ['Turnout in Belmoor fell by 10% at the by-election.', 'Turnout in Belmoor fell by 14% at the by-election.'],
      ['The ferry crossing to Skarra takes 30 minutes.', 'The ferry crossing to Skarra takes 34 minutes.'],
      ['The new dam will flood one kilometre of the valley.', 'The new dam will flood 600 metres of the valley.'],
    ];
    for (const [a, b] of notSame) assert.notEqual(verdict(a, b), 'same', `${a} / ${b}`);
  });

  it('keeps the subject before "had" as the holder: two players’ points are no conflict, one player’s are', () => {
    assert.equal(verdict('Ria Tolm had 15 points for the Harbour Owls.', 'Ben Okor had 16 points for the Harbour Owls.'), 'different');
    assert.equal(verdict('Ria Tolm had 15 points for the Harbour Owls.', 'Ria Tolm had 16 points for the Harbour Owls.'), 'conflict');
  });

  it('gives rounding slack to a scaled number and a decimal, and none to intervals that only touch', () => {
    assert.equal(verdict('The region of Lammas has 1.4 billion trees.', 'The region of Lammas has 1.43 billion trees.'), 'same');
    assert.notEqual(verdict('The region of Lammas has 1.4 billion trees.', 'The region of Lammas has 1.46 billion trees.'), 'same');
    assert.equal(verdict('Inflation in Corvale reached 3.5% in the spring.', 'Inflation in Corvale reached 3.54% in the spring.'), 'same');
    // 4.5 covers up to 4.55 and 4.6 from 4.55: touching is not agreeing.
    assert.notEqual(verdict('Inflation in Corvale reached 4.5% in the spring.', 'Inflation in Corvale reached 4.6% in the spring.'), 'same');
    assert.equal(verdict('About 260 houses in Pellow lost power.', '251 houses in Pellow lost power.'), 'same');
  });

  it('fills `when` with the times of the figure, and not the time of the telling', () => {
    assert.deepEqual(one('Police in Brenvik arrested 20 protesters on Saturday.').when, ['saturday']);
    assert.deepEqual(one('The port of Kessway handled 2.1 million containers last year.').when, ['last year']);
    assert.deepEqual(one('The ferry to Oslund carried 1,250 passengers on 3 June 2021.').when, ['june 3', 'june', '2021']);
    assert.deepEqual(one('Police said on Tuesday that 96 villagers had been moved out of Dunrow.').when, []);
    const two = claims('Police in Brenvik arrested 20 protesters on Saturday and 35 protesters on Sunday.');
    assert.deepEqual(two.map((c) => c.when), [['saturday'], ['sunday']]);
    const fronted = claims('On Saturday, police in Brenvik arrested 20 protesters, and on Sunday, 35 protesters.');
    assert.deepEqual(fronted.map((c) => c.when), [['saturday'], ['sunday']]);
  });

  it('calls figures of different times different, not a conflict; one time against none may still conflict', () => {
    assert.equal(verdict('Police in Brenvik arrested 20 people on Saturday.', 'Police in Brenvik arrested 35 people on Sunday.'), 'different');
    assert.equal(verdict('The port of Kessway handled 2.1 million containers last year.', 'The port of Kessway handled 1.8 million containers in 2019.'), 'different');
    assert.equal(verdict('About 1,400 workers joined the strike on the first day.', 'About 900 workers joined the strike on the third day.'), 'different');
    assert.equal(verdict('Police in Brenvik arrested 20 people on Saturday.', 'Police in Brenvik arrested 35 people.'), 'conflict');
  });

  it('does not call a count confined to a place a conflict with the whole', () => {
    assert.equal(verdict('Korrin Mills employs 220 people in Dalsby.', 'Korrin Mills employs 1,400 people.'), 'different');
    assert.equal(verdict('Korrin Mills employs 220 people in Dalsby.', 'Korrin Mills employs 260 people in Dalsby.'), 'conflict');
  });

  it('reads a minus sign and "minus" as the sign, and keeps ranges and compounds', () => {
    const cold = one('Temperatures in Ostgard fell to −20 degrees Celsius.');
    assert.deepEqual([cold.value, cold.unit, cold.surface], [-20, 'degC', '−20 degrees Celsius']);
    const hyphen = one('Overnight the lake at Varnholm fell to -20C.');
    const minus = one('Overnight the lake at Varnholm fell to minus 18C.');
    assert.deepEqual([hyphen.value, hyphen.surface, minus.value, minus.surface], [-20, '-20C', -18, 'minus 18C']);
    assert.notEqual(compareClaims(hyphen, minus), 'same');
    assert.equal(compareClaims(hyphen, one('Overnight the lake at Varnholm fell to −20 degrees Celsius.')), 'same');
    const found = claims('A 72-hour strike by 40-50 dockers hit Ostgard, and COVID-19 cases rose.');
    assert.deepEqual(found.map((c) => [c.value, c.high ?? null]), [[72, null], [40, 50]]);
  });

  it('never returns a value that is not a finite number', () => {
    assert.deepEqual(claims(`${'7'.repeat(400)} residents were evacuated from Tolby.`), []);
    assert.deepEqual(claims(`The fund in Tolby holds $${'3'.repeat(320)} billion.`), []);
  });

  it('joins one distinctive value with one head noun across different verbs, and not small or round ones', () => {
    assert.equal(verdict('120 soldiers were deployed.', '120 soldiers were sent.'), 'same');
    assert.equal(verdict('120 soldiers were deployed.', '120 patients were treated.'), 'different');
    assert.equal(verdict('2 people died.', '2 people were injured.'), 'different');
    assert.equal(verdict('20 people were killed.', '20 people were injured.'), 'different');
  });

  it('gives a figure the speaker of the clause that states it, not of another clause of its sentence', () => {
    const found = claims('Police said 214 villagers were moved, while the mayor said 380 villagers had left.');
    assert.equal(claim(found, '214').speaker, 'Police');
    assert.equal(claim(found, '380').speaker, 'mayor');
    assert.equal(one('The floods followed 90 millimetres of rain, an amount forecasters said would usually fall in a month.').speaker, null);
    // A reported clause the attribution finder ended early still covers the figure after its cue.
    assert.match(one('Engineer Lena Varg said the team had finished the trials, and plans to build a 300-litre tank in Oskby.').speaker ?? '', /Lena Varg/u);
  });
});

describe('findClaims on the seed articles', () => {
  const dir = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
  const present = existsSync(dir);
  const skip = present ? false : 'the seed articles (../shared/seeds) are not beside the project';
  const read = (prefix: string): FoundClaim[] => {
    const file = readdirSync(dir).find((f) => f.startsWith(prefix));
    assert.ok(file, `no seed ${prefix}`);
    return claims(readFileSync(`${dir}${file}`, 'utf8'));
  };
  const byMeasure = (found: readonly FoundClaim[], value: number, word: RegExp): FoundClaim => {
    const c = found.find((x) => x.value === value && x.unit === '%' && word.test(x.measure));
    assert.ok(c, `no ${value}% of ${word} among ${JSON.stringify(found.map((x) => [x.surface, x.measure]))}`);
    return c;
  };

  it('finds 70% of machine tools and 90% of microelectronics in both September articles, and they agree', { skip }, () => {
    const a = read('000_');
    const b = read('001_');
    const toolsA = byMeasure(a, 70, /machine tools/u);
    const toolsB = byMeasure(b, 70, /machine tools/u);
    const chipsA = byMeasure(a, 90, /microelectronic/u);
    const chipsB = byMeasure(b, 90, /microelectronic/u);
    assert.equal(compareClaims(toolsA, toolsB), 'same');
    assert.equal(compareClaims(chipsA, chipsB), 'same');
    assert.equal(compareClaims(toolsA, chipsB), 'different');
  });

  it('finds "more than 40 Chinese entities", "$8 billion" and "$61 billion" in the April articles', { skip }, () => {
    const entities = read('003_').find((c) => c.surface === 'more than 40');
    assert.ok(entities);
    assert.deepEqual([entities.value, entities.bound, entities.unit], [40, 'over', null]);
    assert.match(entities.measure, /Chinese entities/u);
    const money = read('002_');
    assert.deepEqual([claim(money, '$8 billion').value, claim(money, '$8 billion').unit], [8e9, 'USD']);
    assert.deepEqual([claim(money, '$61 billion').value, claim(money, '$61 billion').unit], [61e9, 'USD']);
  });
});
