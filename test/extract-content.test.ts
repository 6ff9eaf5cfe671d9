// Crosswire's own page reader (page-tree.ts) and article finder (content.ts), on pages written here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findContent } from '../src/extract/content.js';
import { extractHtml } from '../src/extract/html.js';
import { parsePage } from '../src/extract/page-tree.js';

const P = [
  'The harbour authority in Port Alvera agreed on Friday to hire six more pilots before winter, ending a strike that had kept ships waiting offshore for two weeks.',
  'Shipping lines had diverted eleven vessels to Tindvik during the walkout, according to figures released by the port on Thursday evening.',
  '“We asked for safe rosters, and we got them,” said Mara Quist, who chairs the pilots’ association, outside the port offices.',
  'The new pilots will begin training in October and take their first ships alone in the spring, the authority said.',
];

function page(body: string, head = '<title>Pilots end strike | Harbour Times</title>'): string {
  return `<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`;
}

const NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>';
const RELATED = `<aside class="related-stories"><h3>Related stories</h3><ul>${[
  'Ferry crews vote to strike at Lindholm over new rosters and pay',
  'Council approves the dredging of the old harbour channel next year',
  'Record number of cruise ships expected in Port Alvera this summer',
].map((t) => `<li><a href="/x">${t}</a><p>${t}, officials said on Monday in a statement to the press.</p></li>`).join('')}</ul></aside>`;
const FOOTER = '<footer><p>© 2026 Harbour Times. All rights reserved.</p><p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a></p></footer>';

test('the page tree keeps what can be read and the facts the page states about itself', () => {
  const { root, facts } = parsePage(
    page(
      `<script>var x = "not text";</script><style>p { color: red }</style><div hidden>Hidden menu</div><div style="display: none">Also hidden</div><time datetime="2026-06-01T09:00:00Z">1 June</time><p>Visible &amp; decoded</p>`,
      '<title>Pilots end strike | Harbour Times</title><meta property="og:title" content="Pilots end strike"><meta name="author" content="Ana Ruiz"><link rel="canonical" href="https://harbourtimes.example/pilots"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Pilots end strike"}</script>',
    ),
  );
  assert.equal(facts.title, 'Pilots end strike | Harbour Times');
  assert.equal(facts.meta.get('og:title'), 'Pilots end strike');
  assert.equal(facts.meta.get('author'), 'Ana Ruiz');
  assert.equal(facts.canonical, 'https://harbourtimes.example/pilots');
  assert.equal(facts.lang, 'en-GB');
  assert.deepEqual(facts.times, ['2026-06-01T09:00:00Z']);
  assert.deepEqual(JSON.parse(facts.jsonLd[0] ?? '{}'), { '@type': 'NewsArticle', headline: 'Pilots end strike' });
  const text = JSON.stringify(root, (k, v: unknown) => (k === 'parent' ? undefined : v));
  assert.match(text, /Visible & decoded/u);
  assert.doesNotMatch(text, /not text|color: red|Hidden menu|Also hidden/u);
});

test('the article is found between navigation, related stories and the footer, and nothing else is kept', () => {
  const html = page(`${NAV}<main><article><h1>Pilots end strike</h1><p class="byline">By Ana Ruiz</p>${P.map((p) => `<p>${p}</p>`).join('')}<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div></article>${RELATED}</main>${FOOTER}`);
  const { root, facts } = parsePage(html);
  const found = findContent(root, facts.title);
  assert.deepEqual(found.paragraphs, P);
});

test('a page wrapped in one <form> (as some site builders do) still yields its article', () => {
  const { root, facts } = parsePage(page(`<form id="aspnetForm"><input type="hidden" value="x">${NAV}<div id="story">${P.map((p) => `<p>${p}</p>`).join('')}</div></form>`));
  assert.deepEqual(findContent(root, facts.title).paragraphs, P);
});

test('metadata written into invisible microdata, and a paragraph given twice, are read once and never as prose', () => {
  const meta = '<div itemprop="keywords">strike, pilots, harbour, port authority, shipping lines, rosters, Port Alvera</div><div itemprop="author"><span itemprop="name">Ana Ruiz</span></div>';
  const { root, facts } = parsePage(page(`<div class="story">${meta}${P.map((p) => `<p>${p}</p>`).join('')}<blockquote><p>${P[2]}</p></blockquote></div>`));
  assert.deepEqual(findContent(root, facts.title).paragraphs, P);
});

test('a news roundup whose items are mostly links is prose; a list of bare links is not', () => {
  const items = [
    '<a href="/a">WeWork is being investigated by the state attorney general</a> after layoffs, the company confirmed on Tuesday.',
    '<a href="/b">T-Mobile’s chief executive is stepping down</a> in May and will hand over to the president.',
    '<a href="/c">Google has bought a cloud startup</a> that was once a key part of a rival’s plans, people familiar said.',
  ];
  const { root, facts } = parsePage(page(`${NAV}<div class="post"><p>Good morning! This is the tech news you need to know this Tuesday, in three short items.</p><ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol></div>${FOOTER}`));
  const paragraphs = findContent(root, facts.title).paragraphs;
  assert.equal(paragraphs.length, 4);
  assert.match(paragraphs[1] ?? '', /^WeWork is being investigated/u);
  assert.ok(!paragraphs.some((p) => /Home|Weather|Privacy/u.test(p)));
});

test('text without spaces between words (Japanese) is measured by its characters', () => {
  const ja = ['先日、不正に改造した携帯電話を販売したとして、商標法違反の疑いで男性が逮捕されたというニュースを耳にしました。', '報道によると、今回販売されたのは、機能制限を解除した端末で、非公式のアプリを利用できるようになるとのことです。', 'もちろん、製造元はこのような改造を認めていません。'];
  const { root, facts } = parsePage(page(`${NAV}<div class="entry">${ja.map((p) => `<p>${p}</p>`).join('')}</div><div class="sidebar"><p><a href="/1">カテゴリー</a></p></div>`));
  assert.deepEqual(findContent(root, facts.title).paragraphs, ja);
});

test('a page nested ten thousand elements deep is read without running out of stack', () => {
  const depth = 10_000;
  const html = page(`${'<div>'.repeat(depth)}${P.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(depth)}`);
  const { root, facts } = parsePage(html);
  assert.deepEqual(findContent(root, facts.title).paragraphs, P);
});

test('a 40 MB page is read up to its first 4 MB: the article there is found, and a page of navigation says so', () => {
  const article = `<article>${P.map((p) => `<p>${p}</p>`).join('')}</article>`;
  const filler = `<div class="grid">${'<ul><li><a href="/x">Section link</a></li><li><a href="/y">Another section</a></li></ul>'.repeat(50)}</div>`;
  let body = article;
  while (body.length < 40 * 1024 * 1024) body += filler;
  const found = extractHtml({ origin: 'big.html', html: page(body) });
  assert.deepEqual(found.text.split('\n\n'), P);
  const navigation = extractHtml({ origin: 'nav.html', html: page(filler.repeat(2000)) });
  assert.equal(navigation.text, '');
  assert.match(navigation.incomplete ?? '', /no article text found in the first 4 MB of the page/u);
});

test('paragraphs set directly in a parent crowded with navigation are found together', () => {
  const links = `<ul>${'<li><a href="/x">Section link</a></li>'.repeat(40)}</ul>`;
  const { root, facts } = parsePage(page(`${links}${P.map((p) => `<p>${p}</p>`).join('')}${links}${links}`));
  assert.deepEqual(findContent(root, facts.title).paragraphs, P);
  // ...also with empty ad slots between them.
  const slotted = parsePage(page(`${links}${P.map((p) => `<p>${p}</p>`).join('<div class="slot"></div>')}${links}${links}`));
  assert.deepEqual(findContent(slotted.root, slotted.facts.title).paragraphs, P);
});

test('datelines, credit lines, bare addresses and picture captions inside the article are left out', () => {
  const inside = [
    '<p class="date">Published 11:34 PM EST Nov 19, 2019</p>',
    '<p>Meg Kinnard and Errin Haines, Associated Press</p>',
    `<p>${P[0]}</p>`,
    '<div class="image-credit">Harbour pilots at work on Friday</div>',
    `<p>${P[1]}</p>`,
    '<figure><img src="a.jpg" alt=""><div>Ships wait offshore</div></figure>',
    `<p>${P[2]}</p>`,
    '<p>https://harbourtimes.example/pilots-strike-ends</p>',
    `<p>${P[3]}</p>`,
    '<p>1 of 6</p>',
  ];
  const { root, facts } = parsePage(page(`${NAV}<div class="story">${inside.join('')}</div>${FOOTER}`));
  const found = findContent(root, facts.title);
  assert.deepEqual(found.paragraphs, P);
  assert.ok(found.removed.includes('Published 11:34 PM EST Nov 19, 2019'));
  assert.ok(found.removed.includes('Ships wait offshore'));
});

test('teasers of other stories listed above the article, each opening with its headline link, are not the article', () => {
  const teasers = [
    'Ferry crews vote to strike at Lindholm over new rosters',
    'Council approves the dredging of the old harbour channel',
    'Record number of cruise ships expected in Port Alvera',
    'Fishing quota talks resume in Tindvik after a week’s pause',
  ].map((t) => `<li><a href="/x">${t}</a> PORT ALVERA: ${t.toLowerCase()}, officials said in a statement on Monday, adding that more details would follow later.</li>`);
  const html = page(`<div class="main"><div class="latest"><ul>${teasers.join('')}</ul></div><div class="story"><h2>Pilots end strike</h2>${P.map((p) => `<p>${p}</p>`).join('')}</div></div>`);
  const { root, facts } = parsePage(html);
  assert.deepEqual(findContent(root, facts.title).paragraphs, P);
});

test('a list of other stories below the article, each a linked headline over a few lines, is not the article', () => {
  const item = (t: string): string =>
    `<li><div class="card"><h5><a href="/x">${t}</a></h5><div class="meta">Ana Ruiz</div><div class="desc">${t}, the council said on Monday, after a week of talks with residents and shipping lines about the plans.</div></div></li>`;
  const more = `<div class="below"><h5>More Harbour Times</h5><ul>${['Ferry crews vote to strike at Lindholm', 'Council approves dredging of the old channel', 'Record number of cruise ships expected', 'Fishing quota talks resume in Tindvik'].map(item).join('')}</ul></div>`;
  const { root, facts } = parsePage(page(`<div class="story">${P.map((p) => `<p>${p}</p>`).join('')}</div>${more}`));
  assert.deepEqual(findContent(root, facts.title).paragraphs, P);
});

test('other posts listed after a short article, each an excerpt the site cut short, are not the article', () => {
  // The listing holds more words than the article: only the cut-short excerpts tell it apart.
  const excerpt = (t: string): string =>
    `<article class="post"><div><a class="share" href="/s">Share</a></div><p>${t} The committee met twice in the spring to weigh the plans, heard from the ferry operators and from residents on both sides of the channel, and then asked for a survey of the seabed before anything was decided, so that the …</p></article>`;
  const listing = `<article class="box"><h3>You might also like</h3>${['Ferry crews vote on new rosters.', 'Dredging of the old channel is approved.', 'Cruise ships are expected in record numbers.', 'Quota talks resume in Tindvik.'].map(excerpt).join('')}</article>`;
  const { root, facts } = parsePage(page(`<div id="primary"><article class="box"><h1>Pilots end strike</h1>${P.map((p) => `<p>${p}</p>`).join('')}</article>${listing}</div>`));
  assert.deepEqual(findContent(root, facts.title).paragraphs, P);
});

test('a social post the article quotes stays in the article; a placeholder where a post was blocked does not', () => {
  const post = '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The pilots are back at work this morning and the first ships are moving again.</p>— Port of Alvera (@portalvera) <a href="https://twitter.example/p/1">June 2, 2026</a></blockquote></div>';
  const blocked = '<div class="social-embed"><h3>Recommended content</h3><p>Here you will find external content from a social network that complements the article. You can show it with one click.</p></div>';
  const { root, facts } = parsePage(page(`<div class="story">${P.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}${post}${P.slice(2).map((p) => `<p>${p}</p>`).join('')}${blocked}</div>`));
  const text = findContent(root, facts.title).paragraphs.join('\n');
  assert.match(text, /The pilots are back at work this morning/u);
  assert.doesNotMatch(text, /external content|Recommended content/u);
});

test('an article filed under categories named like furniture ("category-newsletter", "tag-sidebar") is still the article', () => {
  // The readers' comments below hold more prose than the article: its own class names must not sink it.
  const comments = `<section class="comments">${P.map((p) => `<div class="comment"><p>${p.replace(/\.$/u, '')}, and I still think the authority waited far too long.</p></div>`).join('')}</section>`;
  const html = page(`<div class="wrap">${NAV}<article class="post type-post category-newsletter-picks tag-sidebar-stories hentry"><h1>Pilots end strike</h1>${P.map((p) => `<p>${p}</p>`).join('')}</article>${comments}${RELATED}</div>${FOOTER}`);
  const { root, facts } = parsePage(html);
  assert.deepEqual(findContent(root, facts.title).paragraphs, P);
  const flagged = parsePage(html.replace('category-newsletter-picks', 'enable-pin-share'));
  assert.deepEqual(findContent(flagged.root, flagged.facts.title).paragraphs, P);
});

test("a recipe's ingredients, short lines without links, are kept with its method", () => {
  const ingredients = ['250 g flour', '3 eggs', '150 g sugar', '2 lemons, zest and juice', '1 pinch of salt', '200 ml milk'];
  const method = [
    'Beat the eggs with the sugar until pale and thick, then fold in the flour, the salt and the zest of both lemons.',
    'Pour the batter into a lined tray and bake it for twenty-five minutes at 180 degrees, until a skewer comes out clean.',
    'Mix the lemon juice with a spoonful of sugar and brush it over the warm cake, so that it soaks into the crumb.',
  ];
  const html = page(
    `${NAV}<div class="recipe"><h1>Lemon tray cake</h1><p>An easy lemon cake for a crowd, baked in one tray and glazed while it is still warm from the oven.</p>` +
      `<div class="ingredients"><h2>Ingredients</h2><ul>${ingredients.map((i) => `<li>${i}</li>`).join('')}</ul></div>` +
      `<div class="method"><h2>Method</h2>${method.map((m) => `<p>${m}</p>`).join('')}</div></div>${RELATED}${FOOTER}`,
    '<title>Lemon tray cake</title>',
  );
  const { root, facts } = parsePage(html);
  const paragraphs = findContent(root, facts.title).paragraphs;
  for (const line of [...ingredients, ...method]) assert.ok(paragraphs.includes(line), `kept: ${line}`);
  assert.ok(!paragraphs.some((p) => /Related stories|Home/u.test(p)));
});

test('soft hyphens and zero-width spaces, which print as nothing, do not split the words they sit in', () => {
  const { root, facts } = parsePage(page(`<div class="story"><p>The har&shy;bour au&shy;thor&shy;i&shy;ty in Port Al&#8203;vera agreed on Friday to hire six more pilots before winter.</p>${P.slice(1).map((p) => `<p>${p}</p>`).join('')}</div>`));
  assert.equal(findContent(root, facts.title).paragraphs[0], 'The harbour authority in Port Alvera agreed on Friday to hire six more pilots before winter.');
});

test("an article's own <header> (its standfirst) is the article's; the site's masthead <header> is not", () => {
  const standfirst = 'Six more pilots will be hired before winter, ending a two-week strike that left ships waiting offshore.';
  const html = page(
    `<header class="site"><p>Harbour Times: news from the coast, every day of the week since 1921, read by sailors.</p></header>` +
      `<main><article><header><h1>Pilots end strike</h1><p>${standfirst}</p><p>Updated Nov 19, 6:55 AM; Posted Nov 18, 8:19 PM</p>` +
      `<figure><img src="/p.jpg"><figcaption><p>Mara Quist, who chairs the pilots’ association, speaking outside the port offices in Port Alvera on Friday after the vote.</p></figcaption></figure></header>` +
      `${P.map((p) => `<p>${p}</p>`).join('')}</article></main>${FOOTER}`,
  );
  const { root, facts } = parsePage(html);
  assert.deepEqual(findContent(root, facts.title).paragraphs, [standfirst, ...P]);
});

test('an article in a wrapper marked as the page\'s main entity, in sections styled "--ads", is found whole', () => {
  const html = page(
    `${NAV}<div itemprop="mainEntityOfPage"><article class="report"><h1>Pilots end strike</h1>` +
      `<section class="report__section report__section--ads">${P.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}</section>` +
      `<section class="report__section report__section--ads">${P.slice(2).map((p) => `<p>${p}</p>`).join('')}</section></article></div>${RELATED}${FOOTER}`,
  );
  const { root, facts } = parsePage(html);
  assert.deepEqual(findContent(root, facts.title).paragraphs, P);
});

test('a sidebar named "aside" or "secondary", prose and all, is not the article', () => {
  const side = 'Join the harbour association today and receive our quarterly magazine with tide tables, event listings and the best photographs from members.';
  const html = page(`<div class="row"><div class="content">${P.map((p) => `<p>${p}</p>`).join('')}</div><div class="aside secondary"><p>${side}</p><p>${side.replace('today', 'this week')}</p></div></div>`);
  const { root, facts } = parsePage(html);
  assert.deepEqual(findContent(root, facts.title).paragraphs, P);
});

test('a body the content management system names ("entry-content") counts for more than prose elsewhere on the page', () => {
  const table = `<table>${Array.from({ length: 40 }, (_, i) => `<tr><td>Pilot ${i + 1}</td><td>Shift ${i % 3}</td></tr>`).join('')}</table>`;
  const about = [
    'Harbour Times was founded in 1921 by a group of fishermen who wanted their own paper, and it has been printed in Port Alvera ever since.',
    'Today its reporters cover the port, the council and the islands, and its photographers have won national prizes for their pictures of the sea.',
  ];
  const links = `<div>${Array.from({ length: 8 }, () => `<ul>${'<li><a href="/x">Section link here</a></li>'.repeat(10)}</ul>`).join('')}</div>`;
  const html = page(`<div class="main"><div class="entry-content">${P.map((p) => `<p>${p}</p>`).join('')}${table}</div></div>${links}<div class="about">${about.map((p) => `<p>${p}</p>`).join('')}</div>`);
  const { root, facts } = parsePage(html);
  const paragraphs = findContent(root, facts.title).paragraphs;
  assert.deepEqual(paragraphs.slice(0, P.length), P);
  assert.ok(!paragraphs.some((p) => p.startsWith('Harbour Times was founded')));
});

test("the article's opening paragraph set in its header is kept; a one-line subheadline there is not", () => {
  const opening = 'The harbour authority and the pilots’ association reached an agreement late on Thursday night, after two weeks in which no ship could enter or leave the port of Port Alvera without waiting offshore for days.';
  const dek = 'Six more pilots will be hired before the winter.';
  // The header also holds the outlet's topic links, so that the body alone is the article's element.
  const topics = `<ul class="topics">${'<li><a href="/t">Port Alvera harbour news</a></li>'.repeat(15)}</ul>`;
  const html = page(`${NAV}<article><div class="head"><h1>Pilots end strike</h1>${topics}<h2>${dek}</h2><div class="intro"><p>${opening}</p></div></div><div class="body">${P.map((p) => `<p>${p}</p>`).join('')}</div></article>${RELATED}${FOOTER}`);
  const { root, facts } = parsePage(html);
  assert.deepEqual(findContent(root, facts.title).paragraphs, [opening, ...P]);
});

test('a short introduction the page names as such ("chapo", "intro") above the body is kept', () => {
  const intro = 'Six more pilots will be hired before the winter, the authority said.';
  const topics = `<ul class="topics">${'<li><a href="/t">Port Alvera harbour news</a></li>'.repeat(15)}</ul>`;
  const html = page(`${NAV}<article><div class="head"><h1>Pilots end strike</h1>${topics}<div class="chapo"><p>${intro}</p></div></div><div class="body">${P.map((p) => `<p>${p}</p>`).join('')}</div></article>${RELATED}${FOOTER}`);
  const { root, facts } = parsePage(html);
  assert.deepEqual(findContent(root, facts.title).paragraphs, [intro, ...P]);
});

test('list items with words of their own beside a link are kept; wholly linked items are not', () => {
  // Most of each item's words are its link: only the words of its own tell it from navigation.
  const items = ['250 g <a href="/p/flour">Harbour Mills organic wheat flour</a>, sifted', '2 <a href="/p/lemons">unwaxed Tindvik lemons</a>, zested'];
  const html = page(`<div class="story">${P.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul><ul><li><a href="/a">Ferry timetable for the winter season</a></li><li><a href="/b">Dredging of the old channel approved</a></li></ul>${P.slice(2).map((p) => `<p>${p}</p>`).join('')}</div>`);
  const { root, facts } = parsePage(html);
  const paragraphs = findContent(root, facts.title).paragraphs;
  assert.ok(paragraphs.includes('250 g Harbour Mills organic wheat flour, sifted'));
  assert.ok(paragraphs.includes('2 unwaxed Tindvik lemons, zested'));
  assert.ok(!paragraphs.includes('Ferry timetable for the winter season'));
});

test('reading aids over Japanese characters (ruby <rt>) are not read into the text', () => {
  const html = page('<div class="story"><p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を<ruby>禁止<rt>きんし</rt></ruby>する<ruby>法律<rt>ほうりつ</rt></ruby>ができました。<ruby>親<rt>おや</rt></ruby>が子どもを教育するために、たたいてはいけません。</p></div>', '<title>法律</title>');
  const { root, facts } = parsePage(html);
  assert.deepEqual(findContent(root, facts.title).paragraphs, ['子どもへの体罰を禁止する法律ができました。親が子どもを教育するために、たたいてはいけません。']);
});

test('accented letters written as a letter and a combining accent read as the one character (NFC)', () => {
  const { root, facts } = parsePage(page(`<div class="story"><p>Jose\u0301 Ruiz said the harbour authority in Port Alvera had agreed to hire six more pilots before winter.</p>${P.slice(1).map((p) => `<p>${p}</p>`).join('')}</div>`));
  assert.match(findContent(root, facts.title).paragraphs[0] ?? '', /^José Ruiz said/u);
});

test("the author's box after the article, biography and all, is not the article", () => {
  const bio = 'Ana Ruiz has covered the port and the islands for the Harbour Times since 2015. Before that she reported on fisheries for a news agency in Tindvik.';
  const html = page(`<article><h1>Pilots end strike</h1><div class="entry-content">${P.map((p) => `<p>${p}</p>`).join('')}</div><div class="author-box"><p>${bio}</p></div></article>${FOOTER}`);
  const { root, facts } = parsePage(html);
  assert.deepEqual(findContent(root, facts.title).paragraphs, P);
});

test('review cases: a quoted post in a wrapper named "social" is kept; "autorefresh" and "authority" are not author boxes; an accent given as an entity composes', () => {
  const post = '<div class="social"><blockquote class="twitter-tweet"><p>The pilots are back at work this morning and the first ships are moving again.</p></blockquote></div>';
  let parsed = parsePage(page(`<div class="story">${P.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}${post}${P.slice(2).map((p) => `<p>${p}</p>`).join('')}</div>`));
  assert.match(findContent(parsed.root, parsed.facts.title).paragraphs.join('\n'), /The pilots are back at work/u);
  parsed = parsePage(page(`<div class="liveblog autorefresh port-authority">${P.map((p) => `<p>${p}</p>`).join('')}</div>${RELATED}`));
  assert.deepEqual(findContent(parsed.root, parsed.facts.title).paragraphs, P);
  parsed = parsePage(page(`<div class="story"><p>Cafe&#769; owners at the harbour said the strike had cost them most of their summer trade this year.</p>${P.slice(1).map((p) => `<p>${p}</p>`).join('')}</div>`));
  const first = findContent(parsed.root, parsed.facts.title).paragraphs[0] ?? '';
  assert.ok(first.startsWith('Café owners'));
  assert.equal(first, first.normalize('NFC'));
});
