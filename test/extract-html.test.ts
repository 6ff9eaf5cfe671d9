// HTML page → article: the page's own metadata (OpenGraph, JSON-LD, <time>, visible byline) and the
// article's paragraphs, without navigation, cookie banners, newsletter boxes, related links or footers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parsePage } from '../src/extract/page-tree.js';
import { extractHtml } from '../src/extract/html.js';
import { readMetadata, stripOutletFromTitle } from '../src/extract/metadata.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/html/${name}`, import.meta.url), 'utf8');
const extract = (name: string, url: string | null = null) =>
  extractHtml({ origin: `test/fixtures/html/${name}`, html: fixture(name), url });
const paragraphsOf = (text: string): string[] => text.split('\n\n');

function assertParagraphs(text: string, expected: readonly string[]): void {
  const paras = paragraphsOf(text);
  let last = -1;
  for (const p of expected) {
    const at = paras.indexOf(p);
    assert.ok(at >= 0, `paragraph missing or altered: ${p.slice(0, 60)}…`);
    assert.ok(at > last, `paragraph out of order: ${p.slice(0, 60)}…`);
    last = at;
  }
}

function assertAbsent(text: string, fragments: readonly string[]): void {
  for (const f of fragments) assert.ok(!text.includes(f), `page furniture leaked into the text: ${JSON.stringify(f)}`);
}

describe('extractHtml: OpenGraph page', () => {
  const a = extract('opengraph.html', 'https://harbourtimes.example/?utm_source=feed');

  it('takes the title without the " | Outlet" suffix', () => {
    assert.equal(a.title, 'Dockworkers extend Port Alvera strike as talks stall');
  });

  it('reads byline, published time, outlet, canonical URL and language', () => {
    assert.equal(a.byline, 'Ana Ruiz');
    assert.equal(a.published, '2026-04-03T08:30:00Z');
    assert.equal(a.outlet, 'Harbour Times');
    assert.equal(a.url, 'https://harbourtimes.example/world/2026/04/03/port-alvera-strike', 'the canonical URL wins over the fetch URL');
    assert.equal(a.lang, 'en-GB');
    assert.equal(a.incomplete, null);
  });

  it('keeps all article paragraphs, verbatim and in order', () => {
    assertParagraphs(a.text, [
      'Dockworkers in Port Alvera voted on Thursday to extend their strike into a second week, leaving more than forty container ships anchored offshore and shopkeepers warning of empty shelves.',
      'The head of the port authority, Lucia Ferreira, told reporters that the authority had “reached the limit of what it can pay” and would not raise its offer of a four percent rise over two years.',
      'But a deal remains distant.',
      'The Dockworkers’ Union of Alvera says its members have lost ground to inflation for three consecutive years and wants a rise of at least nine percent, along with limits on night shifts.',
      '“We are not going back until the offer changes,” said union organiser Pedro Lisboa, speaking outside the main gate where several hundred strikers had gathered since dawn.',
      'Mediators appointed by the regional government are due to meet both sides on Monday in the town hall, the first face-to-face talks since the walkout began nine days ago.',
      'Business groups estimate the stoppage is costing the local economy about two million euros a day, with fishing cooperatives among the hardest hit because their catch cannot be shipped.',
    ]);
  });

  it('leaves out navigation, cookie banner, newsletter box, caption, related links and footer', () => {
    assertAbsent(a.text, [
      'Sign in',
      'cookies',
      'Accept all',
      'Morning Briefing',
      'Subscribe',
      'Cranes stand idle',
      '(Photo:',
      'Related Stories',
      'Fishing cooperatives count the cost',
      'Ferry operator suspends',
      'All rights reserved',
      'Privacy Policy',
      'Terms of Use',
    ]);
  });

  it('does not repeat the headline or the byline as body text', () => {
    assert.ok(!paragraphsOf(a.text).includes('Dockworkers extend Port Alvera strike as talks stall'));
    assert.ok(!a.text.includes('By Ana Ruiz'));
  });
});

describe('extractHtml: JSON-LD only page', () => {
  const a = extract('jsonld.html');

  it('takes the JSON-LD headline', () => {
    assert.equal(a.title, 'Late frost destroys Valmora vineyard harvest');
  });

  it('converts a +02:00 datePublished to UTC', () => {
    assert.equal(a.published, '2026-04-03T07:15:00Z');
  });

  it('joins an author array into one byline and takes the publisher as outlet', () => {
    assert.equal(a.byline, 'Marek Olsen, Ana Ruiz');
    assert.equal(a.outlet, 'Southland Post');
  });

  it('takes the JSON-LD url when there is no canonical link, and the page language', () => {
    assert.equal(a.url, 'https://southlandpost.example/business/valmora-frost');
    assert.equal(a.lang, 'de');
  });

  it('keeps all article paragraphs and drops the furniture', () => {
    assertParagraphs(a.text, [
      'A sudden frost on Tuesday night destroyed up to seventy percent of the young shoots in the vineyards around Valmora, growers said, raising fears of the smallest harvest in twenty years.',
      'Temperatures fell to minus four degrees shortly before dawn, catching growers who had expected the cold to lift after a mild March.',
      'Some lit fires between the rows.',
      '“We burned straw all night and it was still not enough,” said grower Helena Vasquez, whose family has farmed the slopes above the village for four generations.',
      'The regional agriculture agency said it would survey the damage over the coming week and that emergency loans could be made available to the worst affected farms.',
      'Only a minority of smaller growers carry frost insurance, according to the Valmora Growers Association, which said many members had dropped cover after several warm springs.',
      'Wine merchants said prices for the coming vintage were likely to rise, although stocks from the previous two harvests should soften the blow for buyers.',
    ]);
    assertAbsent(a.text, ['cookies', 'privacy settings', 'Subscribe', 'newsletter', 'Most Read', 'Orchard owners', 'Copyright', 'Terms and conditions']);
    assert.ok(a.removed.includes('Get our free weekly newsletter on farming and food.'), 'the newsletter promo is listed as removed');
  });
});

describe('extractHtml: <time datetime> and a visible "By" byline', () => {
  const a = extract('time-byline.html', 'https://valleycourier.example/local/millbrook-bridge');

  it('reads the title, the visible byline without "By", and the <time> date', () => {
    assert.equal(a.title, 'Engineers close Millbrook river bridge after finding cracks');
    assert.equal(a.byline, 'Tomas Brenner');
    assert.equal(a.published, '2026-03-12T16:05:00Z');
    assert.equal(a.outlet, 'Valley Courier');
    assert.equal(a.lang, 'en');
  });

  it('falls back to the fetch URL when the page declares no canonical URL', () => {
    assert.equal(a.url, 'https://valleycourier.example/local/millbrook-bridge');
  });

  it('keeps all article paragraphs and drops share buttons, comments, sidebar and footer', () => {
    assertParagraphs(a.text, [
      'The Millbrook river bridge was closed to all traffic on Wednesday evening after routine inspections found cracks in two of the steel girders that carry its main span.',
      'Town engineer Sofia Haldane said the cracks were “larger than anything we have recorded on this structure” and that closing the crossing was the only responsible choice.',
      'It could stay shut for months.',
      'About eleven thousand vehicles use the bridge each day, according to the county roads department, and the nearest alternative crossing adds roughly twenty minutes to the journey into town.',
      'A specialist team from the county is expected to arrive on Friday to carry out a detailed survey, which will determine whether the girders can be strengthened or must be replaced entirely.',
      'Haldane said a temporary footbridge for pedestrians and cyclists could be installed within three weeks if the survey confirms that the riverbanks are stable enough to support it.',
      '“People are simply not going to drive twenty minutes for a loaf of bread,” said baker Ines Morrow.',
    ]);
    assertAbsent(a.text, ['Log in', 'cookies', 'Share this article', 'Leave a Reply', 'logged in', 'Top Stories', 'cycle lanes', '©', 'By Tomas Brenner']);
  });
});

describe('extractHtml: a page with no article', () => {
  it('returns empty text and says why, without throwing', () => {
    const a = extract('nav-only.html', 'https://harbourtimes.example/');
    assert.equal(a.text, '');
    assert.notEqual(a.incomplete, null);
    assert.equal(a.byline, null);
    assert.equal(a.published, null);
  });

  it('survives an empty body and broken markup', () => {
    for (const html of ['<html><body></body></html>', '<p>Menu</p>', '<div><p>Unclosed <b>tags<script>var x = "</div>";']) {
      const a = extractHtml({ origin: 'broken', html });
      assert.equal(a.text, '');
      assert.notEqual(a.incomplete, null, `expected an incomplete marker for ${JSON.stringify(html)}`);
    }
  });

  it(
    'does not throw on a .html file holding only whitespace, plain text or a comment',
    () => {
      for (const html of ['', '   \n', 'just some text', '<!-- comment only -->']) {
        const a = extractHtml({ origin: 'odd', html });
        assert.equal(a.text, '');
        assert.notEqual(a.incomplete, null, `expected an incomplete marker for ${JSON.stringify(html)}`);
      }
    },
  );
});

describe('readMetadata', () => {
  const meta = (head: string, body = '') => readMetadata(parsePage(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).facts);

  it('ignores broken JSON-LD and still reads OpenGraph', () => {
    const m = meta(
      `<script type="application/ld+json">{ "@type": "NewsArticle", "headline": </script>
       <meta property="og:title" content="Ferry operator suspends night crossings">
       <meta property="og:site_name" content="Harbour Times">`,
    );
    assert.equal(m.title, 'Ferry operator suspends night crossings');
    assert.equal(m.outlet, 'Harbour Times');
  });

  it('finds a NewsArticle inside an @graph', () => {
    const m = meta(
      `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Valley Courier' },
          { '@type': 'NewsArticle', headline: 'School roof repairs finished early', datePublished: '2026-02-01T10:00:00-05:00', author: { '@type': 'Person', name: 'Ines Morrow' } },
        ],
      })}</script>`,
    );
    assert.equal(m.title, 'School roof repairs finished early');
    assert.equal(m.published, '2026-02-01T15:00:00Z');
    assert.equal(m.byline, 'Ines Morrow');
  });

  it('returns nulls, not errors, for a page that declares nothing', () => {
    const m = meta('', '<p>Hello</p>');
    assert.equal(m.byline, null);
    assert.equal(m.published, null);
    assert.equal(m.outlet, null);
    assert.equal(m.canonicalUrl, null);
  });
});

describe('stripOutletFromTitle', () => {
  it('drops a " | Outlet" or " - Outlet" suffix, and an outlet prefix', () => {
    assert.equal(stripOutletFromTitle('Dockworkers extend strike | Harbour Times', 'Harbour Times'), 'Dockworkers extend strike');
    assert.equal(stripOutletFromTitle('Late frost destroys harvest - Southland Post', 'Southland Post'), 'Late frost destroys harvest');
    assert.equal(stripOutletFromTitle('Harbour Times — Dockworkers extend strike', 'harbour times'), 'Dockworkers extend strike');
  });

  it('keeps a title without a separator as it is', () => {
    assert.equal(stripOutletFromTitle('  Dockworkers extend strike  ', 'Harbour Times'), 'Dockworkers extend strike');
  });

  it('keeps a dash that belongs to the headline when the outlet suffix is removed', () => {
    assert.equal(stripOutletFromTitle('Port strike - day three | Harbour Times', 'Harbour Times'), 'Port strike - day three');
  });

  it(
    'does not cut a headline at its own dash when no part of it is the outlet',
    () => {
      assert.equal(
        stripOutletFromTitle('Storm hits coast - thousands without power', 'Harbour Times'),
        'Storm hits coast - thousands without power',
      );
      const m = readMetadata(
        parsePage(`<html><head><meta property="og:title" content="Storm hits coast - thousands without power"><meta property="og:site_name" content="Harbour Times"></head></html>`).facts,
      );
      assert.equal(m.title, 'Storm hits coast - thousands without power');
    },
  );

  it(
    'keeps the headline\'s own en dash when the outlet suffix is removed',
    () => {
      assert.equal(stripOutletFromTitle('Talks resume – but no deal | Harbour Times', 'Harbour Times'), 'Talks resume – but no deal');
    },
  );
});
