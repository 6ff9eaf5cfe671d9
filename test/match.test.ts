// Copies and stories, decided one article at a time by the Matcher, on articles written for the test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../src/analyze/analyze.js';
import { DEFAULT_PARAMS, featureHash, rawVector } from '../src/match/features.js';
import { Vocabulary } from '../src/match/vocabulary.js';
import { FeatureSums } from '../src/match/feature-sums.js';
import { Matcher } from '../src/match/matcher.js';
import type { ExtractedArticle } from '../src/model.js';

function article(title: string, text: string): ExtractedArticle {
  return { origin: title, url: null, title, text, byline: null, published: null, outlet: null, lang: 'en', removed: [], incomplete: null };
}

function candidate(a: ExtractedArticle, time = 0) {
  const x = analyze(a);
  const features = { terms: x.terms, lead: x.lead, mentions: x.mentions, numbers: x.numbers };
  return { raw: rawVector(features), mentions: x.mentions, minhash: x.minhash, time, title: a.title, features };
}

const WIRE = article(
  'Harbour pilots walk out at Port Vessa over night-shift rota',
  [
    'Harbour pilots at Port Vessa walked out on Monday in a dispute over a new night-shift rota, leaving 14 cargo ships anchored outside the breakwater, the pilots’ association said.',
    'The association said the rota, introduced by the Vessa Port Authority in March, left pilots working up to six consecutive nights without the rest the safety code requires.',
    '“We will not guide a 300-metre ship into a narrow channel after the sixth night in a row,” said Marta Ilves, who chairs the association.',
    'The port authority said it had offered to review the rota within 30 days and called the stoppage premature.',
    'Shipping agents said the delays could cost operators about 2.5 million euros a day if the walkout lasts into next week.',
    'The two sides are due to meet a mediator on Wednesday.',
  ].join('\n\n'),
);

// A republication: new headline, the last sentence trimmed, a credit line added.
const COPY = article(
  'Pilots’ strike leaves 14 ships waiting off Port Vessa',
  `${WIRE.text.split('\n\n').slice(0, 5).join('\n\n')}\n\n(Reporting by Northwind Wire)`,
);

// The same event, reported independently in other words.
const INDEPENDENT = article(
  'Port Vessa at a standstill as pilots refuse night shifts',
  [
    'No ship moved in or out of Port Vessa on Monday after the port’s harbour pilots refused to work the night-shift rota the Vessa Port Authority brought in this spring.',
    'Fourteen cargo vessels waited at anchor beyond the breakwater by the afternoon.',
    'Marta Ilves, chair of the pilots’ association, said tired pilots were a danger in the narrow approach channel and that the rota broke the safety code on rest.',
    'Port authority officials described the walkout as premature and repeated an offer to revisit the rota within a month; talks with a mediator are set for Wednesday.',
  ].join('\n\n'),
);

// The same kind of event elsewhere, with other actors: a separate story.
const OTHER_STRIKE = article(
  'Ferry crews strike at Lindholm over pay, cancelling island sailings',
  [
    'Ferry crews at Lindholm went on strike on Thursday over a pay offer they called insulting, cancelling every sailing to the outer islands, the seafarers’ union said.',
    'The union said the operator, Lindholm Ferry Lines, had offered a 2 percent rise against inflation of 6 percent.',
    '“Our members keep the islands supplied in every storm and deserve better than a pay cut,” said union organiser Jonas Brekke.',
    'Lindholm Ferry Lines said it regretted the disruption and remained open to talks.',
    'Island shops warned that fresh food deliveries would run short by the weekend.',
  ].join('\n\n'),
);

describe('Matcher', () => {
  it('finds a republished copy with a new headline and a trimmed ending, and points it at the original', () => {
    const m = new Matcher();
    const first = m.decide(candidate(WIRE));
    assert.equal(first.reason, 'new');
    m.commit(1, 100, null, candidate(WIRE));
    const copy = m.decide(candidate(COPY));
    assert.equal(copy.reason, 'copy');
    assert.equal(copy.copyOf, 1);
    assert.equal(copy.storyId, 100);
  });

  it('joins an independent report of the same event to the story, not as a copy', () => {
    const m = new Matcher();
    m.commit(1, 100, null, candidate(WIRE));
    const d = m.decide(candidate(INDEPENDENT));
    assert.equal(d.reason, 'similar');
    assert.equal(d.copyOf, null);
    assert.equal(d.storyId, 100);
    assert.ok(d.ties.some((t) => /vessa|pilot|rota/u.test(t.feature)), JSON.stringify(d.ties));
  });

  it('keeps a strike somewhere else, with other actors, as a new story', () => {
    const m = new Matcher();
    m.commit(1, 100, null, candidate(WIRE));
    m.commit(2, 100, null, candidate(INDEPENDENT));
    const d = m.decide(candidate(OTHER_STRIKE));
    assert.equal(d.reason, 'new');
    assert.equal(d.storyId, null);
    // It says which story it came closest to, by how much, and on what.
    assert.equal(d.nearest, 100);
    assert.ok(d.score > 0 && d.score < DEFAULT_PARAMS.joinThreshold, String(d.score));
    assert.ok(d.ties.length > 0);
    // With nothing in common with any story, there is nothing to show.
    const alone = new Matcher().decide(candidate(OTHER_STRIKE));
    assert.deepEqual([alone.nearest, alone.score, alone.ties], [null, 0, []]);
  });

  it('does not join reports months apart that would otherwise match', () => {
    const m = new Matcher();
    m.commit(1, 100, null, candidate(WIRE, 0));
    const later = m.decide(candidate(INDEPENDENT, 200 * 86_400_000));
    assert.equal(later.storyId, null, 'a story 200 days old has left the active window or decayed below the threshold');
  });

  it('compares an article in time only with times of its own kind: an undated one is not months from a dated one', () => {
    const m = new Matcher();
    // Published in 2008, imported now: its time is a publication time.
    m.commit(1, 100, null, candidate(WIRE, Date.parse('2008-12-11T09:00:00Z')));
    // A scraped page without a date arrives today; its time is only its arrival.
    const undated = { ...candidate(INDEPENDENT, Date.parse('2026-11-22T10:00:00Z')), undated: true };
    assert.equal(m.decide(undated).storyId, 100);
    // The same page stating today's date is another matter: years apart.
    assert.equal(m.decide(candidate(INDEPENDENT, Date.parse('2026-11-22T10:00:00Z'))).storyId, null);
  });

  it('is deterministic: the same stream gives the same decisions', () => {
    const run = () => {
      const m = new Matcher();
      const out: Array<number | null> = [];
      [WIRE, COPY, INDEPENDENT, OTHER_STRIKE].forEach((a, i) => {
        const d = m.decide(candidate(a));
        out.push(d.storyId);
        m.commit(i + 1, d.storyId ?? 100 + i, d.copyOf, candidate(a));
      });
      return out;
    };
    assert.deepEqual(run(), run());
  });

  it('rebuilds from stored records and decides as before', () => {
    const m = new Matcher();
    m.commit(1, 100, null, candidate(WIRE));
    const c = candidate(WIRE);
    const rebuilt = new Matcher();
    rebuilt.load([{ articleId: 1, storyId: 100, title: WIRE.title, time: new Date(0).toISOString(), undated: false, copyOf: null, features: c.features, minhash: c.minhash }]);
    assert.deepEqual(rebuilt.decide(candidate(INDEPENDENT)).storyId, m.decide(candidate(INDEPENDENT)).storyId);
    assert.equal(rebuilt.decide(candidate(COPY)).copyOf, 1);
  });
});

describe('StoryIndex merges', () => {
  it('finds that two stories are one once reports tie them, and folds one into the other', () => {
    const m = new Matcher({ joinThreshold: 0.99, mergeThreshold: 0.1 }); // every report opens its own story
    m.commit(1, 100, null, candidate(WIRE));
    m.commit(2, 200, null, candidate(INDEPENDENT));
    m.commit(3, 300, null, candidate(OTHER_STRIKE));
    const found = m.mergeCandidate(200, [100, 300]);
    assert.equal(found?.storyId, 100, 'the two Port Vessa stories are one');
    assert.equal(m.mergeCandidate(300, [100, 200]), null, 'the ferry strike is not');
    m.merge(200, 100);
    assert.equal(m.members(100).length, 2);
    assert.equal(m.members(200).length, 0);
    assert.equal(m.decide(candidate(COPY)).storyId, 100);
  });
});

describe('out-of-order arrivals', () => {
  it('joins a report published before the story it arrives after, and makes an earlier copy the original', () => {
    const m = new Matcher();
    const day = 86_400_000;
    m.commit(1, 100, null, { ...candidate(INDEPENDENT), time: 10 * day });
    // The wire report was published a day earlier but arrives now.
    const late = m.decide({ ...candidate(WIRE), time: 9 * day });
    assert.equal(late.storyId, 100);
    m.commit(2, 100, null, { ...candidate(WIRE), time: 9 * day });
    // A copy of the wire that was published earlier still (a feed that ran the wire first) becomes its original.
    const earlier = m.decide({ ...candidate(COPY), time: 8 * day });
    assert.equal(earlier.reason, 'original');
    assert.equal(earlier.supersedes, 2);
    assert.equal(earlier.storyId, 100);
    m.commit(3, 100, null, { ...candidate(COPY), time: 8 * day }, undefined, 2);
    // The group's root is now the earliest version: a later copy points at it, not at the one it replaced.
    const again = m.decide({ ...candidate(WIRE), time: 11 * day });
    assert.equal(again.reason, 'copy');
    assert.equal(again.copyOf, 3);
  });
});

describe('story splits', () => {
  it('splits a story that an early wrong join made of two events, copies moving with their originals', () => {
    // Force every report into one story, then ask whether it holds together.
    const m = new Matcher({ splitMinReports: 4, splitMinPart: 2 });
    m.commit(1, 100, null, candidate(WIRE));
    m.commit(2, 100, null, candidate(INDEPENDENT));
    m.commit(3, 100, null, candidate(OTHER_STRIKE));
    m.commit(4, 100, 3, candidate(OTHER_STRIKE)); // a copy of the ferry report
    const ferry2 = article('Lindholm ferry strike enters second day as islands run short', `${OTHER_STRIKE.text.split('\n\n').slice(1, 4).join('\n\n')}\n\nThe union said talks with Lindholm Ferry Lines would resume on Monday.`);
    m.commit(5, 100, null, candidate(ferry2));
    m.commit(6, 100, null, candidate(COPY));
    const cut = m.splitCandidate(100);
    assert.ok(cut, 'the story falls apart into the Port Vessa reports and the Lindholm ferry reports');
    assert.deepEqual([...cut.moved].sort(), [3, 4, 5]);
    m.split(100, 200, cut.moved);
    assert.deepEqual(m.members(200).map((x) => x.articleId).sort(), [3, 4, 5]);
    assert.equal(m.decide(candidate(OTHER_STRIKE)).storyId, 200);
  });
});

describe('active window memory', () => {
  it('forgets the features of stories that left the window, so memory follows the window, not the stream', () => {
    const m = new Matcher({ windowDays: 2 });
    const day = 86_400_000;
    // Every day brings a story in words never seen before (invented place and people names).
    const report = (n: number) =>
      candidate(
        article(
          `Flood barrier ${n} opens at Keldra${n} as Ovan${n} visits`,
          `Engineers at Keldra${n} opened flood barrier ${n} on day ${n}, said Ovan${n} Tarsk${n}, who leads the works.\n\nThe Keldra${n} barrier cost ${n * 7 + 100} million and protects Velm${n} district.`,
        ),
        n * day,
      );
    const sizes: number[] = [];
    for (let n = 1; n <= 3000; n++) {
      const c = report(n);
      const d = m.decide(c);
      m.commit(n, d.storyId ?? 10_000 + n, d.copyOf, c, d.vector);
      if (n % 500 === 0) sizes.push(m.vocabularySize);
    }
    assert.ok(m.activeStories < 10, `only the last days' stories stay active (${m.activeStories})`);
    // Sweeps run every 1,000 commits: by then the vocabulary is back to the window's own words.
    assert.ok(Math.max(...sizes) < 40 * 1000, `bounded: ${sizes.join(', ')}`);
    assert.ok((sizes.at(-1) as number) <= (sizes[1] as number) * 1.1, `not growing with the stream: ${sizes.join(', ')}`);
  });

  it('keeps decisions the same after an old story is forgotten and its feature ids are reused', () => {
    const m = new Matcher({ windowDays: 1 });
    const day = 86_400_000;
    m.commit(1, 100, null, candidate(OTHER_STRIKE, 0));
    for (let n = 0; n < 1000; n++) m.commit(1000 + n, 2000 + n, null, candidate(article(`Filler ${n}`, `Quillo${n} and Dravo${n} met.`), 5 * day));
    // The ferry story has left the window; the port story arriving now must not match stale ids.
    const d = m.decide(candidate(WIRE, 5 * day));
    assert.equal(d.storyId, null);
    m.commit(5000, 300, null, candidate(WIRE, 5 * day), d.vector);
    assert.equal(m.decide(candidate(INDEPENDENT, 5 * day)).storyId, 300);
  });
});

describe('Vocabulary', () => {
  // Two feature names whose 30-bit hashes are equal (found by search): a collision must never make two
  // features one, or lose either when the other is freed.
  const [A, B] = ['term8kg8', 'term142a4'];

  it('keeps two names with the same hash apart, and finds each again after the other is freed', () => {
    assert.equal(featureHash(A), featureHash(B));
    const v = new Vocabulary();
    const a = v.intern(A);
    const b = v.intern(B);
    assert.notEqual(a, b);
    assert.equal(v.intern(A), a);
    assert.equal(v.lookup(B), b);
    assert.equal(v.name(b), B);
    v.hold(Int32Array.of(b));
    v.collect(); // frees A: nothing holds it
    assert.equal(v.lookup(A), undefined);
    assert.equal(v.lookup(B), b, 'B survives the loss of the name that held its hash');
    assert.equal(v.intern(B), b, 'and is not given a second id');
    assert.equal(v.size, 1);
  });
});

describe('FeatureSums', () => {
  it('sums each feature in one slot, however many reports add it and however large the profile grows', () => {
    const sums = new FeatureSums();
    for (let report = 0; report < 3; report++) {
      for (let f = 0; f < 100; f++) assert.equal(sums.add(f * 7, 1, 0.5), report === 0, 'new only the first time');
    }
    assert.equal(sums.size, 100);
    assert.equal(sums.rawOf(7 * 42), 3);
    assert.equal(sums.unitOf(7 * 42), 1.5);
    assert.equal(sums.rawOf(5), undefined);
    sums.clearUnit();
    sums.addUnit(7 * 42, 0.25);
    assert.equal(sums.unitOf(7 * 42), 0.25);
    assert.equal(sums.unitOf(7 * 43), 0);
    assert.equal(sums.rawOf(7 * 43), 3, 'raw sums are kept when the weights are refreshed');
  });
});
