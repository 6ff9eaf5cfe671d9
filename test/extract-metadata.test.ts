// Where a page states its title, byline and dates: one page written here per source, each read alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { urlDate } from '../src/extract/dates.js';
import { extractHtml } from '../src/extract/html.js';

const BODY = [
  'The harbour authority in Port Alvera agreed on Friday to hire six more pilots before winter, ending a strike that had kept ships waiting offshore.',
  'Shipping lines had diverted eleven vessels to Tindvik during the walkout, according to figures released by the port on Thursday evening.',
  'The new pilots will begin training in October and take their first ships alone in the spring, the authority said.',
];

function read(head: string, top = '', url: string | null = null): ReturnType<typeof extractHtml> {
  const html = `<!doctype html><html><head>${head}</head><body><article>${top}${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  return extractHtml({ origin: 'page.html', html, url });
}

const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...o })}</script>`;

describe('published and modified dates', () => {
  it('JSON-LD datePublished and dateModified, with their zones', () => {
    const a = read(ld({ datePublished: '2026-06-01T09:00:00+02:00', dateModified: '2026-06-01T12:30:00+02:00' }));
    assert.equal(a.published, '2026-06-01T07:00:00Z');
    assert.equal(a.modified, '2026-06-01T10:30:00Z');
  });

  it('OpenGraph article:published_time and article:modified_time', () => {
    const a = read('<meta property="article:published_time" content="2026-06-01T09:00:00Z"><meta property="article:modified_time" content="2026-06-02T08:00:00Z">');
    assert.equal(a.published, '2026-06-01T09:00:00Z');
    assert.equal(a.modified, '2026-06-02T08:00:00Z');
  });

  it('plain meta tags: pubdate, date, DC.date.issued', () => {
    assert.equal(read('<meta name="pubdate" content="2026-06-01">').published, '2026-06-01');
    assert.equal(read('<meta name="date" content="June 1, 2026">').published, '2026-06-01');
    assert.equal(read('<meta name="DC.date.issued" content="2026-06-01T09:00:00Z">').published, '2026-06-01T09:00:00Z');
  });

  it('a <time datetime> element', () => {
    assert.equal(read('', '<time datetime="2026-06-01T09:00:00Z">1 June</time>').published, '2026-06-01T09:00:00Z');
  });

  it('a dateline shown above the text', () => {
    assert.equal(read('', '<p class="dateline">Published 9:00 AM June 1, 2026</p>').published, '2026-06-01');
  });

  it('the date in the article address, from the canonical link or the fetch URL', () => {
    assert.equal(read('<link rel="canonical" href="https://harbourtimes.example/2026/06/01/pilots-end-strike/">').published, '2026-06-01');
    assert.equal(read('', '', 'https://harbourtimes.example/news/2026-06-01-pilots-end-strike').published, '2026-06-01');
    assert.equal(urlDate('https://harbourtimes.example/a/20260601/pilots'), '2026-06-01');
    assert.equal(urlDate('https://harbourtimes.example/2026/13/45/pilots'), null, 'no thirteenth month');
    assert.equal(urlDate('https://harbourtimes.example/news/12345678'), null);
  });

  it('the head wins over the page and the address', () => {
    const a = read('<meta property="article:published_time" content="2026-06-03T09:00:00Z">', '<time datetime="2026-06-01T09:00:00Z">1 June</time>', 'https://harbourtimes.example/2026/06/02/x');
    assert.equal(a.published, '2026-06-03T09:00:00Z');
  });
});

describe('bylines', () => {
  it('JSON-LD author, one or several', () => {
    assert.equal(read(ld({ author: { '@type': 'Person', name: 'Ana Ruiz' } })).byline, 'Ana Ruiz');
    assert.equal(read(ld({ author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Ines Morrow' }] })).byline, 'Ana Ruiz, Ines Morrow');
  });

  it('meta author and article:author', () => {
    assert.equal(read('<meta name="author" content="Ana Ruiz">').byline, 'Ana Ruiz');
    assert.equal(read('<meta property="article:author" content="Ines Morrow">').byline, 'Ines Morrow');
  });

  it('a visible byline element, without "By"', () => {
    const a = read('', '<div class="article-byline">By Ana Ruiz</div>');
    assert.equal(a.byline, 'Ana Ruiz');
    assert.ok(!a.text.includes('Ana Ruiz'), 'the byline is not body text');
  });

  it('a rel=author link', () => {
    assert.equal(read('', '<p><a rel="author" href="/staff/ines">Ines Morrow</a></p>').byline, 'Ines Morrow');
  });
});

describe('titles', () => {
  it('the printed <h1> that a declared title vouches for; else JSON-LD headline, og:title, <title> without the outlet', () => {
    assert.equal(read(`${ld({ headline: 'Pilots end strike' })}<meta property="og:title" content="Other">`).title, 'Pilots end strike');
    assert.equal(read('<meta property="og:title" content="Pilots end strike"><title>Other | Harbour Times</title>').title, 'Pilots end strike');
    assert.equal(read('<meta property="og:title" content="Pilots end their strike at Port Alvera">', '<h1>Harbour pilots end their strike</h1>').title, 'Harbour pilots end their strike');
    // A <title> that is only the site's name vouches for nothing, and is not the headline.
    assert.equal(read('<title>Harbour Times</title><meta property="og:site_name" content="Harbour Times">', '<h1>Pilots end strike</h1>').title, 'Pilots end strike');
    assert.equal(read('<title>Pilots end strike | Harbour Times</title><meta property="og:site_name" content="Harbour Times">').title, 'Pilots end strike');
  });
});

describe('pages that do not hold the article', () => {
  const page = (body: string): ReturnType<typeof extractHtml> =>
    extractHtml({ origin: 'wall.html', html: `<!doctype html><html><head><title>Pilots end strike</title></head><body>${body}</body></html>` });

  it('a page that asks for JavaScript says so and stores nothing', () => {
    const a = page('<div id="app"><p>Please enable JavaScript to read this article. Your browser is out of date.</p></div>');
    assert.equal(a.text, '');
    assert.match(a.incomplete ?? '', /asks for JavaScript/u);
  });

  it('a consent wall says so and stores nothing', () => {
    const a = page('<div class="wall"><h2>We value your privacy</h2><p>We and our partners use cookies to store and access information on your device. With your consent we process personal data for personalised ads.</p><a href="#">Accept all</a></div>');
    assert.equal(a.text, '');
    assert.match(a.incomplete ?? '', /consent wall/u);
  });

  it('a paywall keeps the start of the article, marked incomplete', () => {
    const a = page(`<article>${BODY.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}<div class="paywall"><p>Subscribe to continue reading this story.</p></div></article>`);
    assert.deepEqual(a.text.split('\n\n'), BODY.slice(0, 2));
    assert.match(a.incomplete ?? '', /paywall/u);
  });

  it('a whole article with a subscription box beside it is not marked', () => {
    const long = Array.from({ length: 12 }, (_, i) => `<p>${BODY[i % 3]} (${i + 1})</p>`).join('');
    const a = page(`<article>${long}</article><aside><p>Subscribe to continue reading all our stories.</p></aside>`);
    assert.equal(a.incomplete, null);
  });
});

describe('titles: the outlet named by a relative canonical address', () => {
  it('reads the host from the page address when the canonical link is relative', () => {
    const a = extractHtml({
      origin: 'rel.html',
      url: 'https://harbourtimes.example/news/dredging',
      html: `<!doctype html><html><head><title>Dredging approved - Harbourtimes</title><link rel="canonical" href="/news/dredging"></head><body><p>${BODY.join('</p><p>')}</p></body></html>`,
    });
    assert.equal(a.title, 'Dredging approved');
  });
});
