// The analyze stage: sentences, names, numbers, duplicate keys and similarity — what story matching and
// the "what ties it together" view are built from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExtractedArticle } from '../src/model.js';
import { analyze, contentHash } from '../src/analyze/analyze.js';
import { findMentions } from '../src/analyze/mentions.js';
import { minhash, minhashSimilarity } from '../src/analyze/minhash.js';
import { findNumbers } from '../src/analyze/numbers.js';
import { sentences } from '../src/analyze/tokens.js';

function article(title: string, text: string): ExtractedArticle {
  return { origin: 'test', url: null, title, text, byline: null, published: null, outlet: null, lang: null, removed: [], incomplete: null };
}

const mentionsOf = (text: string, lead = '') => findMentions(sentences(text), lead);
const keys = (text: string, lead = ''): string[] => mentionsOf(text, lead).map((m) => m.key);

describe('sentences', () => {
  it('splits ordinary sentences at . ! and ?', () => {
    assert.deepEqual(sentences('The strike continues. Will talks resume? Nobody knows! Ships wait offshore.'), [
      'The strike continues.',
      'Will talks resume?',
      'Nobody knows!',
      'Ships wait offshore.',
    ]);
  });

  it('does not split after "Mr.", "Dr." or "U.S."', () => {
    assert.deepEqual(sentences('Mr. Ruiz met U.S. officials in Lisbon. Dr. Ferreira was not invited.'), [
      'Mr. Ruiz met U.S. officials in Lisbon.',
      'Dr. Ferreira was not invited.',
    ]);
  });

  it('does not split after an initial ("J. Smith")', () => {
    assert.deepEqual(sentences('The report was written by J. Smith and P. Lisboa. It runs to forty pages.'), [
      'The report was written by J. Smith and P. Lisboa.',
      'It runs to forty pages.',
    ]);
  });

  it('splits after a closing quote', () => {
    assert.deepEqual(sentences('“We will not go back,” said Lisboa. “Not this week.” The union agreed.'), [
      '“We will not go back,” said Lisboa.',
      '“Not this week.”',
      'The union agreed.',
    ]);
  });

  it('ends a sentence at a paragraph break, even without a full stop', () => {
    assert.deepEqual(sentences('Talks resume\n\nMediators meet on Monday.\nBut a deal remains distant.'), [
      'Talks resume',
      'Mediators meet on Monday.',
      'But a deal remains distant.',
    ]);
  });

  it('returns nothing for empty text', () => {
    assert.deepEqual(sentences(''), []);
    assert.deepEqual(sentences('\n\n  \n'), []);
  });
});

describe('findMentions', () => {
  it('finds multi-word names and organisations with "of"', () => {
    const k = keys('Ana Ruiz, the governor of the Bank of Portugal, said rates would stay unchanged.');
    assert.ok(k.includes('ana ruiz'), `got ${k.join(', ')}`);
    assert.ok(k.includes('bank of portugal'), `got ${k.join(', ')}`);
    assert.ok(!k.includes('ana') && !k.includes('ruiz'), 'a full name is one mention, not its parts');
  });

  it('drops honorifics from the key but keeps the surface form', () => {
    const m = mentionsOf('Later that day the minister met Mr. Ruiz and Dr. Helena Vasquez.');
    const ruiz = m.find((x) => x.key === 'ruiz');
    assert.ok(ruiz, `got ${m.map((x) => x.key).join(', ')}`);
    assert.match(ruiz.text, /Ruiz/u);
    assert.ok(m.some((x) => x.key === 'helena vasquez'));
    assert.ok(!m.some((x) => x.key.startsWith('mr') || x.key.startsWith('dr')));
  });

  it('does not treat sentence-initial "However" or "The" as names', () => {
    const k = keys('However, the talks failed. The decision surprised markets. The Harbour Authority was silent.');
    assert.ok(!k.includes('however'));
    assert.ok(!k.includes('the'));
    assert.ok(!k.some((x) => x.startsWith('the ')), `got ${k.join(', ')}`);
    assert.ok(k.includes('harbour authority'), 'a name after "The" is still found');
  });

  it('counts repeated mentions once per occurrence', () => {
    const m = mentionsOf('Lisboa spoke first. Then Ferreira replied to Lisboa. Lisboa left.');
    assert.equal(m.find((x) => x.key === 'lisboa')?.count, 3);
    assert.equal(m[0]?.key, 'lisboa', 'most mentioned first');
  });

  it('marks mentions in the title or lead as inLead, and later ones as not', () => {
    const text = 'Pedro Lisboa led the walkout at Port Alvera on Thursday. Ships are waiting.\n\nLater, Lucia Ferreira answered.';
    const m = mentionsOf(text, `Dockworkers strike in Port Alvera\n${sentences(text).slice(0, 2).join(' ')}`);
    assert.equal(m.find((x) => x.key === 'pedro lisboa')?.inLead, true);
    assert.equal(m.find((x) => x.key === 'port alvera')?.inLead, true);
    assert.equal(m.find((x) => x.key === 'lucia ferreira')?.inLead, false);
  });

  it(
    'does not mark a name as in the lead because it is part of a longer lead word',
    () => {
      const text = 'Residents were evacuated from the coast on Friday.\n\nEva Lindqvist, a volunteer, stayed behind. Eva said nothing.';
      const m = mentionsOf(text, `Coast evacuated\n${sentences(text)[0] ?? ''}`);
      assert.equal(m.find((x) => x.key === 'eva')?.inLead, false);
    },
  );
});

describe('findNumbers', () => {
  it('normalises "70 percent", "70 per cent" and "70%" to one value', () => {
    assert.deepEqual(findNumbers('Support fell to 70 percent.'), ['70%']);
    assert.deepEqual(findNumbers('Support fell to 70 per cent.'), ['70%']);
    assert.deepEqual(findNumbers('Support fell to 70%.'), ['70%']);
    assert.deepEqual(findNumbers('70 percent, or 70%, said yes'), ['70%']);
  });

  it('normalises "$8 billion" and "$8bn", and millions', () => {
    assert.deepEqual(findNumbers('A $8 billion fund.'), ['$8bn']);
    assert.deepEqual(findNumbers('A $8bn fund.'), ['$8bn']);
    assert.deepEqual(findNumbers('€1.2 million and €1.2m'), ['€1.2m']);
  });

  it('keeps larger counts with thousands separators as numbers', () => {
    assert.deepEqual(findNumbers('1,200 ships and 450 workers'), ['1200', '450']);
  });

  it('ignores years and bare small numbers', () => {
    assert.deepEqual(findNumbers('In 2026, as in 1999, 12 ships waited for 3 days.'), []);
  });

  it(
    'keeps a count written with a thousands separator even when it looks like a year ("2,000 dockworkers")',
    () => {
      assert.deepEqual(findNumbers('About 2,000 dockworkers and 1,950 drivers joined.'), ['2000', '1950']);
    },
  );
});

describe('contentHash', () => {
  const title = 'Port chief says "no more money"';
  const text = 'The union\'s leader said "we will not go back".\n\nTalks resume on Monday - without a deal.';

  it('is the same for texts that differ only in curly vs straight quotes, dashes, case and spacing', () => {
    const curly = 'The union’s leader said “we will not go back”.\n\n\nTalks  resume on Monday — without a deal.  ';
    assert.equal(contentHash('Port chief says “no more money”', curly), contentHash(title, text));
    assert.equal(contentHash(title.toUpperCase(), text), contentHash(title, text));
  });

  it('differs when a word, a number or the title changes', () => {
    assert.notEqual(contentHash(title, text.replace('Monday', 'Tuesday')), contentHash(title, text));
    assert.notEqual(contentHash(title, `${text} 70%`), contentHash(title, `${text} 75%`));
    assert.notEqual(contentHash('Port chief says "more money"', text), contentHash(title, text));
  });

  it('does not let title and text run into each other', () => {
    assert.notEqual(contentHash('Port strike', 'ends today'), contentHash('Port strike ends', 'today'));
  });
});

const STRIKE = [
  'Dockworkers in Port Alvera voted on Thursday to extend their strike into a second week.',
  'More than forty container ships are now anchored offshore waiting for a berth.',
  'The head of the port authority said the authority had reached the limit of what it can pay.',
  'The union says its members have lost ground to inflation for three consecutive years.',
  'It wants a rise of at least nine percent along with firm limits on night shifts.',
  'Mediators appointed by the regional government are due to meet both sides on Monday.',
  'Business groups estimate the stoppage costs the local economy two million euros a day.',
  'Fishing cooperatives are among the hardest hit because their catch cannot be shipped.',
  'Shopkeepers in the old town have warned of empty shelves by the end of the month.',
  'The union organiser said his members would not return until the offer changed.',
];
const FROST = [
  'A sudden frost on Tuesday night destroyed most of the young shoots in the Valmora vineyards.',
  'Temperatures fell to minus four degrees shortly before dawn across the southern valleys.',
  'Growers lit straw fires between the rows in a vain attempt to keep the cold away.',
  'The agriculture agency will survey the damage and may offer emergency loans to farms.',
  'Wine merchants expect prices for the coming vintage to rise sharply later this year.',
  'Only a minority of smaller growers carry frost insurance according to their association.',
  'Several families who have farmed the slopes for generations fear they will have to sell.',
  'The agency will publish its first estimate of the losses at the end of the month.',
];

describe('minhash', () => {
  const original = STRIKE.join(' ');

  it('gives identical signatures for identical text', () => {
    assert.deepEqual(minhash(original), minhash(original));
    assert.equal(minhashSimilarity(minhash(original), minhash(original)), 1);
  });

  it('rates a lightly edited copy (one sentence changed) as similar (≥ 0.6)', () => {
    const edited = STRIKE.map((s, i) => (i === 5 ? 'Talks with mediators from the capital are expected to start next Wednesday afternoon.' : s)).join(' ');
    const sim = minhashSimilarity(minhash(original), minhash(edited));
    assert.ok(sim >= 0.6, `similarity ${sim}`);
    assert.ok(sim < 1, 'but not identical');
  });

  it('rates unrelated stories as dissimilar (≤ 0.2)', () => {
    const sim = minhashSimilarity(minhash(original), minhash(FROST.join(' ')));
    assert.ok(sim <= 0.2, `similarity ${sim}`);
  });
});

describe('analyze', () => {
  const title = 'Dockworkers extend strike at Port Alvera';
  const text = [
    'Dockworkers in Port Alvera voted on Thursday to extend their strike into a second week. More than forty ships are waiting.',
    'The union says inflation has eaten into wages. Mediators will meet both sides on Monday.',
    'Fishing cooperatives are among the hardest hit, and cooperatives in the north have asked for help. The strike has cost about $8 billion.',
  ].join('\n\n');
  const a = analyze(article(title, text));

  it('weights title words above words that appear only in the body', () => {
    // "extend" is in the title and once in the body; "cooperative" twice in the body, after the lead.
    const extend = a.terms['extend'] ?? 0;
    const cooperative = a.terms['cooperative'] ?? 0;
    assert.ok(cooperative > 0, `terms: ${Object.keys(a.terms).join(', ')}`);
    assert.ok(extend > cooperative, `extend ${extend} vs cooperative ${cooperative}`);
  });

  it('weights lead words above the same count of later words', () => {
    // "ships" once in the lead; "inflation" once after it.
    assert.ok((a.terms['ship'] ?? 0) > (a.terms['inflation'] ?? 0), JSON.stringify(a.terms));
  });

  it('keeps a lead vector of the title and opening sentences only', () => {
    assert.ok((a.lead['extend'] ?? 0) >= 2, 'in the title and the first sentence');
    assert.ok((a.lead['ship'] ?? 0) >= 1);
    assert.equal(a.lead['cooperative'], undefined, 'the fifth sentence is not the lead');
    assert.equal(a.lead['the'], undefined);
  });

  it('leaves stop words and newsroom filler out of the terms', () => {
    for (const w of ['the', 'and', 'said', 'says', 'into', 'monday', 'thursday']) assert.equal(a.terms[w], undefined, w);
  });

  it('carries mentions, numbers, hash and signature for matching', () => {
    assert.ok(a.mentions.some((m) => m.key === 'port alvera' && m.inLead));
    assert.deepEqual(a.numbers, ['$8bn']);
    assert.equal(a.contentHash, contentHash(title, text));
    assert.deepEqual(a.minhash, minhash(text));
    assert.equal(a.lang, 'en');
    assert.ok(a.wordCount > 50 && a.wordCount < 70, `wordCount ${a.wordCount}`);
  });
});

describe('term vectors', () => {
  it('counts words that are also names of built-in object properties like any other word', () => {
    const a = analyze({
      origin: 't', url: null, title: 'Constructors title fight goes to the last race', byline: null, published: null, outlet: null, lang: 'en', removed: [], incomplete: null,
      text: 'The constructors title will be settled in the last race, the constructor of the leading car said. Its valueOf and toString were not discussed.',
    });
    assert.equal(typeof a.terms['constructor'], 'number');
    assert.ok((a.terms['constructor'] as number) >= 4, `title and body count: ${a.terms['constructor']}`);
    for (const [term, weight] of Object.entries(a.terms)) assert.equal(typeof weight, 'number', term);
  });
});
