// A page's article as HTML for display, and its lead picture: the reader sees the article's own markup
// (links, emphasis, lists, quotes) and nothing else of the page: no furniture, no script, no handler, no
// address that runs code; and the picture the page means, never its logo or a tracking pixel.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Parser } from 'htmlparser2';
import { extract } from '../src/extract/extract.js';
import { extractHtml } from '../src/extract/html.js';
import { collapseSpaces } from '../src/util/spaces.js';

const PAGE_URL = 'https://tidewater.example/news/2026/05/harbour-dredging';

/** A news page: the article between the site's navigation and footer, with `head` in its head. */
function page(article: string, { head = '', before = '', after = '' }: { head?: string; before?: string; after?: string } = {}): string {
  return `<!doctype html><html lang="en"><head><title>Harbour dredging to start in June | Tidewater Ledger</title>${head}</head>
<body>
<header class="masthead"><a href="/"><img src="/static/tidewater-logo.png" alt="Tidewater Ledger"></a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
${before}
<article><h1>Harbour dredging to start in June</h1>
${article}
</article>
${after}
<footer><p>© Tidewater Ledger. All rights reserved. <a href="/privacy">Privacy policy</a></p></footer>
</body></html>`;
}

const P1 = 'The harbour board voted on Wednesday to dredge the main channel this summer, after two cargo ships ran aground on silt banks in the spring.';
const P2 = 'Work will start in the first week of June and last about nine weeks, the board said, with the channel closed to large vessels at night.';
const P3 = 'Fishing crews, who use the channel at dawn, said they had been promised a timetable before the work begins.';

const html = (source: string, url: string | null = PAGE_URL) => extractHtml({ origin: 'test.html', html: source, url });

const BREAKING = new Set(['p', 'h2', 'h3', 'h4', 'blockquote', 'pre', 'ul', 'ol', 'li', 'br']);

/** What a reader sees of the HTML: its text, with blocks and line breaks as spaces. */
function visibleText(markup: string): string {
  let out = '';
  const parser = new Parser(
    {
      ontext: (t) => {
        out += t;
      },
      onopentag: (name) => {
        if (BREAKING.has(name)) out += ' ';
      },
      onclosetag: (name) => {
        if (BREAKING.has(name)) out += ' ';
      },
    },
    { decodeEntities: true },
  );
  parser.write(markup);
  parser.end();
  return collapseSpaces(out).trim();
}

/** The HTML shows exactly the article's paragraphs, in order: no more text, and none lost. */
function assertSameText(a: { text: string; html?: string | null }): void {
  assert.ok(a.html, 'the article has HTML');
  assert.equal(visibleText(a.html), collapseSpaces(a.text.split('\n\n').join(' ')));
}

describe('article HTML: markup kept', () => {
  it('keeps emphasis, strong, code, sub/sup and line breaks inside paragraphs', () => {
    const a = html(
      page(`<p>${P1}</p>
<p>The board's engineer, <strong>Maren Holt</strong>, said the silt was <em>far</em> deeper than the 2019 survey showed, at 3.2 m<sup>3</sup> per metre, and rich in H<sub>2</sub>S; <i>the smell</i> will be <b>noticeable</b>.</p>
<p>Boat owners can check the closures with <code>tide --closures harbour</code> from the board's app.<br>Closures are posted a week ahead.</p>
<p>${P2}</p>`),
    );
    assert.match(a.html ?? '', /<strong>Maren Holt<\/strong>/u);
    assert.match(a.html ?? '', /was <em>far<\/em> deeper/u);
    assert.match(a.html ?? '', /3\.2 m<sup>3<\/sup>/u);
    assert.match(a.html ?? '', /H<sub>2<\/sub>S/u);
    assert.match(a.html ?? '', /<i>the smell<\/i> will be <b>noticeable<\/b>/u);
    assert.match(a.html ?? '', /<code>tide --closures harbour<\/code>/u);
    assert.match(a.html ?? '', /app\.<br \/>Closures are posted/u);
    assertSameText(a);
  });

  it('makes relative links absolute against the page address, marks every link nofollow, and keeps mail links', () => {
    const a = html(
      page(`<p>${P1} The <a href="../04/grounding-report">grounding report</a> is online.</p>
<p>${P2} Questions go to <a href="mailto:press@tidewater.example">the press office</a> or <a href="//harbour.example/faq">the board's FAQ</a>.</p>
<p>${P3} See <a href="#timetable">the timetable</a> below and <a href="https://harbour.example/notices?id=7&amp;lang=en">notice 7</a>.</p>`),
    );
    const out = a.html ?? '';
    assert.match(out, /<a href="https:\/\/tidewater\.example\/news\/2026\/04\/grounding-report" rel="nofollow noopener noreferrer">grounding report<\/a>/u);
    assert.match(out, /<a href="mailto:press@tidewater\.example" rel="nofollow noopener noreferrer">the press office<\/a>/u);
    assert.match(out, /<a href="https:\/\/harbour\.example\/faq" rel="nofollow noopener noreferrer">the board's FAQ<\/a>/u, 'a protocol-relative link takes the page scheme');
    assert.match(out, /href="https:\/\/tidewater\.example\/news\/2026\/05\/harbour-dredging#timetable"/u);
    assert.match(out, /href="https:\/\/harbour\.example\/notices\?id=7&amp;lang=en"/u, 'an ampersand in an address stays escaped');
    assert.equal((out.match(/<a /gu) ?? []).length, (out.match(/rel="nofollow noopener noreferrer"/gu) ?? []).length);
    assertSameText(a);
  });

  it('resolves links against the page\'s <base href>, and against its canonical address when read from a file', () => {
    const body = `<p>${P1} The <a href="grounding-report">grounding report</a> is online.</p><p>${P2}</p>`;
    const based = html(page(body, { head: '<base href="https://archive.tidewater.example/2026/">' }));
    assert.match(based.html ?? '', /href="https:\/\/archive\.tidewater\.example\/2026\/grounding-report"/u);
    const fromFile = html(page(body, { head: `<link rel="canonical" href="${PAGE_URL}">` }), null);
    assert.match(fromFile.html ?? '', /href="https:\/\/tidewater\.example\/news\/2026\/05\/grounding-report"/u);
    const nowhere = html(page(body), null);
    assert.ok(!/<a /u.test(nowhere.html ?? ''), 'a relative link with nothing to resolve it against is not a link');
    assert.match(nowhere.html ?? '', /The grounding report is online\./u);
  });

  it('drops javascript:, vbscript: and data: links but keeps their words', () => {
    const a = html(
      page(`<p>${P1} Read <a href="javascript:alert(document.cookie)">the full minutes</a> here.</p>
<p>${P2} Or <a href=" JaVa&#x09;ScRiPt:alert(1)">the summary</a>, <a href="vbscript:msgbox(1)">the map</a> and <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">the chart</a>.</p>
<p>${P3}</p>`),
    );
    const out = a.html ?? '';
    assert.ok(!/<a /u.test(out), `no link survives: ${out}`);
    assert.doesNotMatch(out, /javascript|vbscript|data:/iu);
    assert.match(out, /Read the full minutes here\./u);
    assert.match(out, /Or the summary, the map and the chart\./u);
    assertSameText(a);
  });
});

describe('article HTML: nothing that runs', () => {
  const hostile = page(`<p>${P1} <img src="x" onerror="alert('img')"> The vote was unanimous.</p>
<p style="color:red" onclick="alert('p')">${P2} <script>alert('script')</script><span style="display:inline" onmouseover="alert('span')">Night closures</span> start on 4 June.</p>
<p>${P3} <svg onload="alert('svg')"><circle r="4"/></svg><a href="https://harbour.example/plan" onclick="alert('a')" style="font-weight:bold" target="_blank">The plan</a> is public.</p>
<p>Residents may comment until Friday <iframe src="https://evil.example/frame"></iframe><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="chart"> at the harbour office on Quay Street.</p>
<p>The board's notice reads &lt;script&gt;alert("text")&lt;/script&gt; because a prankster edited the online form last week.</p>`);
  const a = html(hostile);
  const out = a.html ?? '';

  it('writes no script, handler, style, SVG, frame, picture or data: address', () => {
    assert.doesNotMatch(out, /<script|<svg|<iframe|<img|<style|<span/iu);
    assert.doesNotMatch(out, /\son\w+=/iu, 'no event handler attribute');
    assert.doesNotMatch(out, /style=|target=/iu);
    assert.doesNotMatch(out, /data:|evil\.example/iu);
    assert.doesNotMatch(out, /alert\('(?:img|p|script|span|svg|a)'\)/u);
  });

  it('keeps the words around them, and shows text that looks like markup as text', () => {
    assert.match(out, /The vote was unanimous\./u);
    assert.match(out, /Night closures start on 4 June\./u);
    assert.match(out, /<a href="https:\/\/harbour\.example\/plan" rel="nofollow noopener noreferrer">The plan<\/a> is public\./u);
    assert.match(out, /&lt;script&gt;alert\("text"\)&lt;\/script&gt;/u);
    assertSameText(a);
  });
});

describe('article HTML: structure', () => {
  it('groups list items into their lists, nested lists inside their item, and keeps headings, quotes and code blocks', () => {
    const a = html(
      page(`<p>${P1}</p>
<h2>What changes for boat owners</h2>
<ul class="closures"><li>The main channel closes to vessels over 40 metres from 10pm to 6am.</li>
<li>The fuel pontoon moves to the east quay for the whole nine weeks.</li>
<li>Moorings in the inner basin are not affected, the board said:<ul><li>Visitor berths stay open on the north wall.</li><li>The slipway stays open for small craft.</li></ul></li></ul>
<p>${P2}</p>
<ol><li>Survey the silt banks again in the last week of May.</li><li>Dredge the outer channel first, then the inner basin.</li></ol>
<h5>Who pays</h5>
<blockquote><p>“The channel has not been dredged since 2011, and the ships are bigger now,” said harbour master Ivo Brandt.</p></blockquote>
<pre>  Week 1–3   outer channel
  Week 4–9   inner basin</pre>
<p>${P3}</p>`),
    );
    const out = a.html ?? '';
    assert.match(out, /<h2>What changes for boat owners<\/h2>/u);
    assert.match(
      out,
      /<ul><li>The main channel closes[^<]*<\/li>\s*<li>The fuel pontoon[^<]*<\/li>\s*<li>Moorings in the inner basin are not affected, the board said:<ul><li>Visitor berths[^<]*<\/li>\s*<li>The slipway[^<]*<\/li>\s*<\/ul>\s*<\/li>\s*<\/ul>/u,
    );
    assert.equal((out.match(/<ul>/gu) ?? []).length, 2, 'one list and the list nested in its item');
    assert.match(out, /<ol><li>Survey the silt banks[^<]*<\/li>\s*<li>Dredge the outer channel[^<]*<\/li>\s*<\/ol>/u);
    assert.match(out, /<h4>Who pays<\/h4>/u, 'an h5 is shown as the smallest heading kept');
    assert.match(out, /<blockquote><p>“The channel has not been dredged since 2011/u);
    assert.ok(out.includes('<pre>  Week 1–3   outer channel\n  Week 4–9   inner basin</pre>'), 'a code block keeps its lines and spacing');
    assert.ok(out.indexOf('<h2>') < out.indexOf('<ul>') && out.indexOf('</ol>') < out.indexOf('<blockquote>'), 'blocks stay in page order');
    assertSameText(a);
  });

  it('keeps the markup of text set straight in a container, around the paragraphs inside it', () => {
    const a = html(
      page(`<div class="story-body">The harbour board voted on <em>Wednesday</em> to dredge the main channel this summer, after two ships ran aground.
<p>${P2}</p>
Fishing crews, who use the channel at dawn, said they had been <a href="/news/promise">promised a timetable</a> before the work begins.
<p>${P3}</p></div>`),
    );
    const out = a.html ?? '';
    assert.match(out, /^<p>The harbour board voted on <em>Wednesday<\/em> to dredge/u);
    assert.match(out, /<p>Fishing crews, who use the channel at dawn, said they had been <a href="https:\/\/tidewater\.example\/news\/promise" rel="nofollow noopener noreferrer">promised a timetable<\/a> before the work begins\.<\/p>/u);
    assertSameText(a);
  });

  it('breaks the line where furniture inside a quote was left out, so that its two halves do not run together', () => {
    const a = html(
      page(`<p>${P1}</p><blockquote>“We have waited three years for the channel to be dredged,” said one skipper.<div class="share-tools"><a href="https://social.example/share?q=1">Share this quote</a></div>“Now it cannot come soon enough for any of us.”</blockquote><p>${P2}</p>`),
    );
    assert.ok(!(a.html ?? '').includes('Share this quote'));
    assert.match(a.html ?? '', /<blockquote>“We have waited three years for the channel to be dredged,” said one skipper\.<br \/>“Now it cannot come soon enough for any of us\.”<\/blockquote>/u);
    assertSameText(a);
  });

  it('leaves out the furniture the text leaves out: navigation, share box, newsletter, related stories, footer', () => {
    const a = html(
      page(
        `<div class="byline">By Ana Ruiz</div>
<p>${P1}</p>
<div class="share-tools"><a href="https://social.example/share">Share on Social</a> <a href="mailto:?subject=dredging">Email this story</a></div>
<p>${P2}</p>
<figure><img src="/img/dredger.jpg" alt=""><figcaption>The dredger Zeeland at work in Rotterdam. Photo: Port archive</figcaption></figure>
<div class="newsletter-signup"><p>Get the Tidewater morning briefing in your inbox every weekday. Sign up now!</p></div>
<p>${P3}</p>`,
        {
          after: `<aside class="related"><h3>Related</h3><ul><li><a href="/news/ferry">Ferry timetable changes for the summer season announced</a></li>
<li><a href="/news/quay">Quay Street repairs finished ahead of schedule, council says</a></li></ul></aside>
<div id="cookie-consent">We use cookies to improve your experience. Accept all cookies or manage your preferences.</div>`,
        },
      ),
    );
    assert.deepEqual(a.text.split('\n\n'), [P1, P2, P3]);
    for (const furniture of ['News', 'Sport', 'Share on Social', 'Email this story', 'dredger Zeeland', 'morning briefing', 'Ferry timetable', 'Quay Street repairs', 'cookies', 'All rights reserved', 'By Ana Ruiz']) {
      assert.ok(!(a.html ?? '').includes(furniture), `furniture in the HTML: ${furniture}`);
    }
    assert.equal(a.html, `<p>${P1}</p>\n<p>${P2}</p>\n<p>${P3}</p>`);
  });

  it('gives plain-text scrapes and feed records no HTML and no picture', () => {
    const scrape = extract({ kind: 'text', origin: 'scrape.txt', text: `Harbour dredging to start in June\n\n${P1}\n\n${P2}\n\n${P3}` });
    assert.ok(scrape.text.includes(P1));
    assert.equal(scrape.html, null);
    assert.equal(scrape.image, null);
    const record = extract({ kind: 'record', origin: 'feed.jsonl#1', record: { id: '1', title: 'Harbour dredging to start in June', text: `${P1}\n\n${P2}` } });
    assert.equal(record.html, null);
    assert.equal(record.image, null);
  });

  it('gives a page without an article no HTML', () => {
    const a = html(page('<p>Subscribe today.</p>'));
    assert.equal(a.text, '');
    assert.equal(a.html, null);
  });
});

describe('lead image', () => {
  const body = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`;
  const imageOf = (head: string, article = body, url: string | null = PAGE_URL): string | null | undefined =>
    html(page(article, { head }), url).image;
  const ld = (image: unknown): string =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour dredging to start in June', image })}</script>`;

  it('takes JSON-LD image as a string, a list, an ImageObject, or a reference into the graph', () => {
    assert.equal(imageOf(ld('https://img.tidewater.example/dredger.jpg')), 'https://img.tidewater.example/dredger.jpg');
    assert.equal(imageOf(ld(['/img/dredger-16x9.jpg', '/img/dredger-4x3.jpg'])), 'https://tidewater.example/img/dredger-16x9.jpg', 'the first, made absolute');
    assert.equal(imageOf(ld({ '@type': 'ImageObject', url: 'https://img.tidewater.example/dredger-1200.jpg', width: 1200, height: 800 })), 'https://img.tidewater.example/dredger-1200.jpg');
    const graph = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', '@id': `${PAGE_URL}#article`, headline: 'Harbour dredging', image: { '@id': `${PAGE_URL}#primaryimage` } },
        { '@type': 'ImageObject', '@id': `${PAGE_URL}#primaryimage`, contentUrl: 'https://img.tidewater.example/primary.jpg' },
      ],
    })}</script>`;
    assert.equal(imageOf(graph), 'https://img.tidewater.example/primary.jpg');
  });

  it('takes og:image, og:image:url, og:image:secure_url, twitter:image and <link rel="image_src">, most trusted first', () => {
    assert.equal(imageOf('<meta property="og:image" content="/media/og-dredger.jpg">'), 'https://tidewater.example/media/og-dredger.jpg');
    assert.equal(imageOf('<meta property="og:image:secure_url" content="https://img.tidewater.example/secure.jpg">'), 'https://img.tidewater.example/secure.jpg');
    assert.equal(imageOf('<meta property="og:image:url" content="https://img.tidewater.example/url.jpg">'), 'https://img.tidewater.example/url.jpg');
    assert.equal(imageOf('<meta name="twitter:image" content="https://img.tidewater.example/card.jpg">'), 'https://img.tidewater.example/card.jpg');
    assert.equal(imageOf('<link rel="image_src" href="/media/legacy.jpg">'), 'https://tidewater.example/media/legacy.jpg');
    assert.equal(
      imageOf(`<link rel="image_src" href="/media/legacy.jpg"><meta name="twitter:image" content="/card.jpg"><meta property="og:image" content="/og.jpg">${ld('/ld.jpg')}`),
      'https://tidewater.example/ld.jpg',
    );
    assert.equal(imageOf('<meta name="twitter:image" content="/card.jpg"><meta property="og:image" content="/og.jpg">'), 'https://tidewater.example/og.jpg');
  });

  it('otherwise takes the first sizeable picture in the article, past logos, avatars, icons and pixels', () => {
    const article = `<div class="author-box"><img src="/people/ana-ruiz.jpg" alt="Ana Ruiz"></div>
<p>${P1}</p>
<img src="https://stats.tidewater.example/p.gif?id=9" width="1" height="1" alt="">
<img src="/img/icons/share.png" alt="share">
<p>${P2}</p>
<img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/2026/05/dredger-zeeland.jpg" width="1200" height="675" alt="The dredger">
<p>${P3}</p>`;
    assert.equal(imageOf('', article), 'https://tidewater.example/img/2026/05/dredger-zeeland.jpg');
  });

  it('never takes a data: URI, a logo, a default share picture, a 1x1 pixel or a picture after the article', () => {
    assert.equal(imageOf('<meta property="og:image" content="data:image/png;base64,iVBORw0KGgo=">'), null);
    assert.equal(imageOf('<meta property="og:image" content="https://tidewater.example/static/tidewater-logo.png">'), null);
    assert.equal(imageOf('<meta property="og:image" content="/img/og-default.png">'), null);
    assert.equal(imageOf('', `<p>${P1}</p><img src="/img/spacer.gif"><img src="/img/track.gif" width="1" height="1"><p>${P2}</p><p>${P3}</p>`), null);
    assert.equal(imageOf('', `<p>${P1}</p><p>${P2}</p><p>${P3}</p><div><img src="/img/next-story.jpg" width="600" height="400"></div>`), null);
    // A rejected declared picture gives way to the next one declared.
    assert.equal(
      imageOf('<meta property="og:image" content="/static/site-logo.png"><meta name="twitter:image" content="/img/dredger-card.jpg">'),
      'https://tidewater.example/img/dredger-card.jpg',
    );
  });

  it('gives only absolute web addresses: a relative picture on a page with no address is left out', () => {
    assert.equal(imageOf('<meta property="og:image" content="/media/og-dredger.jpg">', body, null), null);
    assert.equal(imageOf('<meta property="og:image" content="javascript:alert(1)">'), null);
    assert.equal(imageOf('<meta property="og:image" content="ftp://files.tidewater.example/dredger.jpg">'), null);
  });
});
