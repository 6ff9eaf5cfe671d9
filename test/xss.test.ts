// Hostile articles, ingested through the normal import, read in real headless Chromium: nothing they carry
// may run, load or navigate, on any page the reader links to. Checked twice: with the reader's
// Content-Security-Policy, and with the browser told to ignore it, which shows that the escaping and the
// sanitiser alone keep the payloads inert. The fixture is written here for the project.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { DESKTOP, HAS_CHROMIUM, type PageGlobals, type Reader, SKIP_NO_CHROMIUM, guardedContext, launchBrowser, startReader } from './support/browser.js';

const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=2">';
const JS_LINK = '<a href="javascript:window.__xss=3">click</a>';
const SVG = '<svg onload="window.__xss=4"><script>window.__xss=5</script></svg>';
const IFRAME = '<iframe srcdoc="&lt;script&gt;parent.__xss=6&lt;/script&gt;"></iframe>';
// Mutation XSS: markup that a sanitiser's parser and the browser's may read differently.
const MXSS = [
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=7"></style></mglyph></table></mtext></math>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror="window.__xss=8"></style></mglyph></form>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=9>"></noscript>',
  '<svg></p><style><a id="</style><img src=1 onerror=window.__xss=10>">',
];
const DATA_LINK = '<a href="data:text/html,&lt;script&gt;window.__xss=11&lt;/script&gt;">council page</a>';
const PAYLOADS = [SCRIPT, IMG, JS_LINK, SVG, IFRAME, ...MXSS, DATA_LINK];

const TITLE = `Tarnwick footbridge shut after flood damage ${SCRIPT}`;
const OUTLET = `Quellmouth ${SCRIPT} Gazette`;
const BYLINE = `Mara Quell ${IMG}`;
const OUTLET_2 = `Oss ${IMG} Ledger ${JS_LINK}`;
const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${esc(TITLE)} | Quellmouth Gazette</title>
<meta name="author" content="${esc(BYLINE)}"><meta property="og:site_name" content="${esc(OUTLET)}">
<meta http-equiv="refresh" content="0;url=javascript:window.__xss=12"><base href="https://evil.example/">
<link rel="stylesheet" href="https://evil.example/x.css"><style>body{background:url(https://evil.example/bg.png)}</style>
${SCRIPT}</head><body onload="window.__xss=13"><h1>${esc(TITLE)}</h1><div class="byline">By Mara Quell</div><article>
<p>The Tarnwick footbridge over the River Oss was closed on Tuesday after engineers found flood damage to two of its piers, the district council said. ${SCRIPT}</p>
<p>Council engineer Dorit Halsey said the crossing would stay shut for at least six weeks while divers inspect the foundations. ${IMG}</p>
<p>About 3,400 people use the footbridge each day, according to the council, and a free shuttle bus will run between the two banks. ${JS_LINK}</p>
<p>Residents on the east bank said the detour added twenty minutes to their walk to Tarnwick station. ${SVG}</p>
<p>The council said repairs could cost up to 1.2 million pounds. ${IFRAME} The river peaked on Sunday night.</p>
${MXSS.map((m, i) => `<p>Engineers listed crack number ${i + 1} in the stonework of the old piers. ${m} Divers will check it on Thursday.</p>`).join('\n')}
<p>Details are on the ${DATA_LINK} and in a <a href="https://quellmouth.example/notice" onclick="window.__xss=14">public notice</a>.
<img src="https://evil.example/pixel.gif" width="1" height="1"><style>p{color:red}</style></p>
<p>Readers wrote in to ask about the markup ${esc(SCRIPT)} and ${esc(IMG)} and ${esc(JS_LINK)} and ${esc(SVG)} they saw.</p>
<details open ontoggle="window.__xss=15"><summary>More</summary>Toggle</details>
<object data="javascript:window.__xss=16"></object><embed src="javascript:window.__xss=17"></article></body></html>`;

/** Reports on other matters, so that the words the Tarnwick reports share weigh something (no names, so no entity pages). */
const OTHERS = [
  ['Library reopens after roof repairs', 'The public library reopened on Monday after eight months of roof repairs.\n\nThe librarian said borrowing had already doubled on the first morning.'],
  ['Home side wins cup replay with late goals', 'The home side won a cup replay 3-1 on Saturday with two late goals from its young striker.\n\nThe win puts the club into the quarter-finals for the first time in a decade.'],
  ['Family bakery wins regional sourdough prize', 'A family bakery has won the regional sourdough prize for the third year running.\n\nThe owner said the recipe had not changed since her grandmother opened the shop.'],
  ['New night trains from June', 'Night trains will run between the two largest cities from June, the rail operator said on Friday.\n\nTickets go on sale next week, with sleeper berths from 40 euros.'],
].map(([title, text], i) => ({ id: `other-${i}`, title, text, source: 'Weekly Notes', published: `2026-05-0${i + 1}T08:00:00Z` }));

const RECORDS = [
  ...OTHERS,
  {
    id: 'hostile-page', title: TITLE, text: `The Tarnwick footbridge over the River Oss was closed on Tuesday after engineers found flood damage to two of its piers. ${SCRIPT}`,
    url: 'https://quellmouth.example/news/tarnwick-footbridge', source: OUTLET, published: '2026-05-12T09:00:00Z', lang: 'en', html: PAGE,
  },
  {
    id: 'hostile-record', title: `${TITLE} ${IMG}`, source: OUTLET_2, url: 'javascript:window.__xss=18', published: '2026-05-12T11:00:00Z',
    text: [
      `Divers began inspecting the damaged piers of the Tarnwick footbridge over the River Oss on Wednesday, a day after the district council closed the crossing. ${SCRIPT}`,
      `Council engineer Dorit Halsey said the footbridge, used by about 3,400 people a day, would stay shut for six weeks. ${IMG} ${JS_LINK}`,
      `${SVG} ${IFRAME} ${MXSS.join(' ')} ${DATA_LINK} The shuttle bus between the banks runs every ten minutes.`,
    ].join('\n\n'),
  },
  {
    id: 'plain-herald', title: 'Flood-damaged Tarnwick footbridge to stay closed for six weeks', source: 'Oss Valley Herald',
    url: 'https://ossvalleyherald.example/tarnwick-footbridge', published: '2026-05-12T10:00:00Z',
    text: 'The Tarnwick footbridge across the River Oss will remain closed for at least six weeks after the weekend flood damaged two of its piers, the district council said on Tuesday.\n\nCouncil engineer Dorit Halsey said divers would inspect the foundations before repairs could begin. "We will not reopen the crossing until we are certain it is safe," Halsey said.\n\nAbout 3,400 pedestrians and cyclists use the footbridge every day. A free shuttle bus will link the two banks during the closure, and repairs could cost up to 1.2 million pounds.',
  },
  {
    id: 'plain-courier', title: 'Tarnwick footbridge closed after flood, shuttle bus laid on', source: 'Lowfield Courier',
    url: 'https://lowfieldcourier.example/news/footbridge', published: '2026-05-12T13:00:00Z',
    text: 'Pedestrians in Tarnwick face a long detour after the district council closed the footbridge over the River Oss, where floodwater damaged two piers.\n\nDorit Halsey, the council engineer, said the footbridge would be shut for at least six weeks while divers inspect it.\n\nThe council said a free shuttle bus would carry the 3,400 people who cross the bridge each day. Residents of the east bank said the walk to Tarnwick station now takes twenty minutes longer.',
  },
];

/** Search queries that are themselves payloads, one of them breaking out of an attribute and the title. */
const QUERIES = [SCRIPT, `"><img src=x onerror=window.__xss=19>`, `</title>${SCRIPT}<!--`];

/** A page showing any of the hostile strings. */
const HOSTILE_TEXT = /xss|Quellmouth|Ledger|Mara Quell/u;

/** What a console message about a payload would mention: not the reader's own files. */
const PAYLOAD_TRACE = /xss|evil\.example|javascript:|data:|srcdoc|onerror|onload|frame|inline (?:script|event handler)/iu;
const aboutPayload = (m: string): boolean => PAYLOAD_TRACE.test(m) || (/Content Security Policy/u.test(m) && !/\/static\//u.test(m));

/** The distinct messages of a list, at most five, with their counts. */
function few(messages: string[]): string[] {
  const counts = new Map<string, number>();
  for (const m of messages) {
    const key = m.replace(/127\.0\.0\.1:\d+/gu, 'HOST').replace(/^[^:]*: /u, '');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].slice(0, 5).map(([m, n]) => `${n}× ${m}`);
}

/** A link the crawl follows, as an absolute URL: the reader's own pages, not its feeds, API or static files. */
function crawlable(href: string, origin: string): string | null {
  const u = new URL(href, origin);
  u.hash = '';
  if (u.origin !== origin || /^\/(?:api|static)\//u.test(u.pathname) || /\.(?:xml|json|atom|rss|opml)$|feed/u.test(u.pathname)) return null;
  return u.href;
}

interface Inspection {
  /** What a hostile page could have left live in the DOM: handlers, script, frames, script-bearing URLs. */
  live: string[];
  links: string[];
  text: string;
  query: string | null;
  xss: unknown;
}

/** Runs in the page: everything a check needs, in one round trip. */
function inspect(): Inspection {
  const { document } = globalThis as unknown as PageGlobals;
  const live: string[] = [];
  const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset']);
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    for (const a of Array.from(el.attributes)) {
      const value = a.value.replace(/[\s\u0000-\u001f]/gu, '').toLowerCase();
      if (a.name.toLowerCase().startsWith('on')) live.push(`${tag}[${a.name}]`);
      if (a.name === 'srcdoc' || (URL_ATTRS.has(a.name.toLowerCase()) && /^(?:javascript|data|vbscript):/u.test(value))) live.push(`${tag}[${a.name}=${a.value.slice(0, 40)}]`);
    }
    if (['iframe', 'frame', 'object', 'embed', 'base', 'portal'].includes(tag)) live.push(tag);
    if (tag === 'meta' && el.getAttribute('http-equiv')) live.push('meta[http-equiv]');
    if (tag === 'script' && (el.textContent?.trim() || !/^\/[^/]/u.test(el.getAttribute('src') ?? ''))) live.push(`script ${el.getAttribute('src') ?? el.textContent?.slice(0, 40) ?? ''}`);
    if (tag === 'link' && /^(?:https?:)?\/\//iu.test(el.getAttribute('href') ?? '')) live.push(`link ${el.getAttribute('href') ?? ''}`);
  }
  const links = Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href') ?? '');
  const box = document.querySelectorAll('form.search input[name=q]')[0];
  return { live, links, text: document.body.innerText, query: box?.value ?? null, xss: (globalThis as unknown as PageGlobals).__xss };
}

describe('hostile articles stay inert in a real browser', { skip: HAS_CHROMIUM ? false : SKIP_NO_CHROMIUM }, () => {
  let browser: Browser;
  let reader: Reader;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crosswire-xss-'));
    writeFileSync(join(dir, 'hostile.jsonl'), RECORDS.map((r) => JSON.stringify(r)).join('\n'));
    [reader, browser] = await Promise.all([startReader([dir]), launchBrowser()]);
    assert.deepEqual(reader.imported.failed, []);
    assert.equal(reader.imported.new, RECORDS.length);
    assert.equal(reader.imported.stories.length, OTHERS.length + 1, 'the four Tarnwick reports make one story');
  });
  after(async () => {
    await browser?.close();
    await reader?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves every page with a Content-Security-Policy that forbids inline script', async () => {
    for (const path of ['/', `/search?q=${encodeURIComponent(SCRIPT)}`, '/article/1', '/no-such-page']) {
      const res = await fetch(new URL(path, reader.url));
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.ok(csp, `${path} has a Content-Security-Policy`);
      const scripts = /(?:^|;)\s*script-src\s([^;]*)/u.exec(csp)?.[1] ?? /(?:^|;)\s*default-src\s([^;]*)/u.exec(csp)?.[1] ?? '*';
      assert.doesNotMatch(scripts, /'unsafe-inline'|'unsafe-eval'|\*|data:/u, `${path}: script-src ${scripts}`);
    }
  });

  /** The pages that showed hostile text under the CSP: the pass without it checks these again. */
  let hostile: string[] = [];

  for (const bypassCSP of [false, true]) {
    it(`nothing runs, loads or navigates ${bypassCSP ? 'with the CSP ignored (escaping alone keeps it inert)' : 'on any page the reader links to, under its CSP'}`, async (t) => {
      const { context, blocked } = await guardedContext(browser, { ...DESKTOP, bypassCSP });
      const page = await context.newPage();
      // A payload that reached the page as markup shows as a dialog, an error, or a CSP report naming it.
      const events: string[] = [];
      const others: string[] = [];
      const missing: string[] = [];
      page.on('dialog', (d) => {
        events.push(`dialog ${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      page.on('pageerror', (e) => events.push(`${page.url()}: ${e.message}`));
      page.on('popup', (p) => events.push(`popup ${p.url()}`));
      page.on('console', (m) => {
        if (m.type() !== 'error' && m.type() !== 'warning') return;
        const what = `${new URL(page.url()).pathname}: ${m.text()}`;
        if (aboutPayload(m.text())) events.push(what);
        else if (!/status of 404/u.test(m.text()) || !missing.some((x) => x.endsWith(page.url()))) others.push(what);
      });

      const origin = new URL(reader.url).origin;
      const seeds = ['/', ...QUERIES.map((q) => `/search?q=${encodeURIComponent(q)}`), '/search?q=Tarnwick'].map((p) => new URL(p, origin).href);
      // Under the CSP, every page reachable from the seeds; without it, those that showed hostile text.
      const follow = !bypassCSP || !hostile.length;
      const queue = follow ? [...seeds] : [...new Set([...seeds, ...hostile])];
      const seen = new Set(queue);
      const shown = { title: 0, outlet: 0, queries: 0 };
      const showing: string[] = [];
      for (let i = 0; i < queue.length && i < 80; i++) {
        const url = queue[i] ?? '';
        const status = (await page.goto(url))?.status() ?? 0;
        if (seeds.includes(url) || /\/(?:story|article)\/\d+$/u.test(url)) assert.equal(status, 200, `GET ${url}`);
        else if (status !== 200) missing.push(`${status} ${url}`);
        assert.ok(status < 500, `GET ${url}: ${status}`);
        assert.equal(page.url(), url, 'no redirect away');
        const found = await page.evaluate(inspect);
        assert.equal(found.xss, undefined, `${url}: a payload ran`);
        assert.deepEqual(found.live, [], `live markup on ${url}`);
        for (const href of follow ? found.links : []) {
          const next = crawlable(href, origin);
          if (next && !seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
        // The links a payload would have made, if any was rendered as a link: clicking does nothing.
        for (const link of await page.getByRole('link', { name: /^(?:click|council page)$/u }).all()) {
          await link.click({ noWaitAfter: true });
          assert.equal(page.url(), url);
          assert.equal(await page.evaluate(() => (globalThis as unknown as PageGlobals).__xss), undefined);
        }
        // Where the hostile strings are shown, they are shown as the text they are.
        const text = found.text;
        if (HOSTILE_TEXT.test(text)) showing.push(url);
        if (text.includes('Tarnwick footbridge shut after flood damage')) {
          assert.ok(text.includes(TITLE), `${url} shows the title literally`);
          shown.title++;
        }
        if (/Quellmouth\s/u.test(text)) {
          assert.ok(text.includes(OUTLET), `${url} shows the outlet's name literally`);
          shown.outlet++;
        }
        if (/Ledger/u.test(text)) assert.ok(text.includes(OUTLET_2), `${url} shows the second outlet's name literally`);
        if (/Mara Quell/u.test(text)) assert.ok(text.includes(BYLINE), `${url} shows the byline literally`);
        const query = QUERIES.find((q) => url.endsWith(encodeURIComponent(q)));
        if (query) {
          assert.ok(text.includes(query) || found.query === query, `${url} shows the query as text or keeps it in the box`);
          shown.queries++;
        }
        for (const frame of page.frames().slice(1)) assert.equal(await frame.evaluate(() => (globalThis as unknown as PageGlobals).__xss), undefined, `${url}: a payload ran in a frame`);
      }
      const paths = showing.map((u) => new URL(u).pathname);
      t.diagnostic(`${Math.min(queue.length, 80)} pages checked, ${showing.length} showing hostile text: ${[...new Set(paths)].join(' ')}`);
      if (missing.length) t.diagnostic(`links to pages that are not there: ${missing.join(', ')}`);
      assert.ok(paths.some((p) => /^\/story\/\d+$/u.test(p)), 'the story page was checked');
      assert.ok(paths.filter((p) => /^\/article\/\d+$/u.test(p)).length >= 2, 'both hostile articles\' pages were checked');
      assert.ok(shown.title >= 3 && shown.outlet >= 2 && shown.queries === QUERIES.length, JSON.stringify(shown));
      assert.deepEqual(few(events), [], 'a payload reached a page as markup');
      assert.deepEqual(few(others), [], "the reader's own pages log errors");
      assert.deepEqual(blocked, [], 'no request left 127.0.0.1');
      if (!bypassCSP) hostile = showing;
      await context.close();
    });
  }

  it('the fixture carries every payload', () => {
    for (const p of PAYLOADS) assert.ok(PAGE.includes(p) || PAGE.includes(esc(p)), p);
  });
});
