// The headline a reader sees: the printed heading when the page's declared titles vouch for it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseHeadline, plainTitle } from '../src/extract/headline.js';

const none = { h1: [], h2: [], outlet: null };

test('the printed headline wins over a reworded title declared for search engines and social networks', () => {
  assert.equal(
    chooseHeadline({
      declared: ['Harbour pilots strike ends as authority agrees to hire six', 'Pilots back at work | Harbour Times'],
      h1: ['Harbour Times', '‘We got safe rosters’: pilots end their strike as the authority agrees to hire six'],
      h2: [],
      outlet: 'Harbour Times',
    }),
    '‘We got safe rosters’: pilots end their strike as the authority agrees to hire six',
  );
});

test('curly quotes and ellipses print as the page prints them, not as the metadata types them', () => {
  assert.equal(chooseHeadline({ declared: ["Ferry crews won't sail..."], h1: ['Ferry crews won’t sail…'], h2: [], outlet: null }), 'Ferry crews won’t sail…');
});

test('a section prefix that only the declared title carries is left out', () => {
  assert.equal(chooseHeadline({ declared: ['Opinion | The port needs more pilots, not fewer'], h1: ['The port needs more pilots, not fewer'], h2: [], outlet: null }), 'The port needs more pilots, not fewer');
});

test("a logo heading (the outlet's name) is never the headline: the declared title is, without the outlet", () => {
  assert.equal(
    chooseHeadline({ declared: [null, undefined, 'Council approves the dredging of the old channel - Harbour Times'], h1: ['Harbour Times'], h2: [], outlet: null }),
    'Council approves the dredging of the old channel',
  );
  // ...also when the logo has words the declared title's outlet part shares.
  assert.equal(chooseHeadline({ declared: ['Dredging approved | Harbour Daily News'], h1: ['Harbour Daily News'], h2: [], outlet: null }), 'Dredging approved');
});

test('where the headline is an <h2> (the <h1> holds the logo), the <h2> the titles vouch for is taken', () => {
  assert.equal(
    chooseHeadline({ declared: ['Tindvik quota talks resume after a week'], h1: ['Tindvik Post'], h2: ['Most read', 'Quota talks resume in Tindvik after a week', 'Weather'], outlet: null }),
    'Quota talks resume in Tindvik after a week',
  );
});

test('declared titles are read as text: entities decoded, tags dropped', () => {
  assert.equal(plainTitle('Pilots &#8216;back at work&#8217; &amp; <em>ships</em> move'), 'Pilots ‘back at work’ & ships move');
  assert.equal(chooseHeadline({ declared: ['Pilots&#8217; strike ends'], ...none }), 'Pilots’ strike ends');
});

test('with no declared title, the first <h1> is the headline; with neither, there is none', () => {
  assert.equal(chooseHeadline({ declared: [], h1: ['  Pilots end   strike '], h2: [], outlet: null }), 'Pilots end strike');
  assert.equal(chooseHeadline({ declared: [], ...none }), null);
});

test('headlines in scripts written without spaces are compared character by character', () => {
  assert.equal(chooseHeadline({ declared: ['港口领航员结束罢工 - 港口时报'], h1: ['港口时报', '港口领航员结束罢工'], h2: [], outlet: '港口时报' }), '港口领航员结束罢工');
});

test("a title's outlet part named only by the site's address is left out, and the address is no headline", () => {
  assert.equal(
    chooseHeadline({ declared: ['Pilots end their strike - Harbourtimes'], h1: ['항구 타임스'], h2: [], outlet: null, host: 'www.harbourtimes.co.kr' }),
    'Pilots end their strike',
  );
  assert.equal(chooseHeadline({ declared: ['harbourtimes.example', 'Pilots end strike'], h1: ['harbourtimes.example'], h2: [], outlet: null, host: 'harbourtimes.example' }), 'Pilots end strike');
});

test("a page's only <h1> is the headline with less support than several would need", () => {
  const declared = ['Port Alvera strike: pilots agree deal on rosters, authority to hire six'];
  assert.equal(chooseHeadline({ declared, h1: ['Six new pilots for Port Alvera as strike ends'], h2: [], outlet: null }), 'Six new pilots for Port Alvera as strike ends');
  assert.equal(chooseHeadline({ declared, h1: ['Six new pilots for Port Alvera as strike ends', 'Weather'], h2: [], outlet: null }), 'Port Alvera strike: pilots agree deal on rosters, authority to hire six');
});

test('a host name under a country code or with a subdomain names the site by its own label', () => {
  assert.equal(chooseHeadline({ declared: ['Fed holds rates steady - CNN'], h1: [], h2: [], outlet: null, host: 'edition.cnn.com' }), 'Fed holds rates steady');
  assert.equal(chooseHeadline({ declared: ['Pilots end strike - Harbourtimes'], h1: [], h2: [], outlet: null, host: 'news.harbourtimes.co.uk' }), 'Pilots end strike');
});
