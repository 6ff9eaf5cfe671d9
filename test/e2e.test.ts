// The reader as a person uses it, in real headless Chromium, on the bundled demo corpus: the top
// stories, a story's summary and coverage, an article, following a person, the search form, the keyboard, a phone's width,
// and the same pages with JavaScript turned off. Screenshots go to test-results/e2e/ (git-ignored).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, type GuardedContext, HAS_CHROMIUM, PHONE, type PageGlobals, type Reader, SKIP_NO_CHROMIUM, guardedContext, launchBrowser, startReader } from './support/browser.js';
import { ROOT } from './support/helpers.js';

const DEMO = ['html', 'txt', 'feeds'].map((d) => join(ROOT, 'demo', d));
const SHOTS = join(ROOT, 'test-results', 'e2e');
/** A word the demo corpus uses in several outlets' reports (the mackerel talks and deal). */
const SEARCH_WORD = 'mackerel';
const OUTLETS = [...new Set((JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'demo-expected.json'), 'utf8')) as { articles: Array<{ outlet: string }> }).articles.map((a) => a.outlet))];

describe('the reader in headless Chromium, on the demo corpus', { skip: HAS_CHROMIUM ? false : SKIP_NO_CHROMIUM }, () => {
  let browser: Browser;
  let reader: Reader;
  const guards: GuardedContext[] = [];
  let desktop: GuardedContext | undefined;
  const pageErrors: string[] = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [reader, browser] = await Promise.all([startReader(DEMO), launchBrowser()]);
    assert.deepEqual(reader.imported.failed, []);
  });
  after(async () => {
    await browser?.close();
    await reader?.close();
  });

  /** A page that can reach the reader and nothing else: in the shared desktop context, or in a context of its own. */
  async function open(options?: BrowserContextOptions): Promise<Page> {
    let guarded = options ? undefined : desktop;
    if (!guarded) {
      guarded = await guardedContext(browser, options ?? DESKTOP);
      guards.push(guarded);
      if (!options) desktop = guarded;
    }
    const page = await guarded.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`${page.url()}: console: ${m.text()}`);
    });
    return page;
  }

  async function goto(page: Page, path: string): Promise<void> {
    const res = await page.goto(new URL(path, reader.url).href);
    assert.equal(res?.status(), 200, `GET ${path}`);
  }

  /** The story with the most reports, so that the screenshots show a full one. */
  async function biggestStory(page: Page): Promise<string> {
    await goto(page, '/');
    const rows = await page.$$eval('ol.stories li', (lis) =>
      lis.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? '', n: Number(/(\d+) (?:independent )?(?:reports?|articles?)/u.exec(li.textContent ?? '')?.[1] ?? 0) })),
    );
    rows.sort((a, b) => b.n - a.n);
    return rows[0]?.href ?? '';
  }

  it('lists the top stories; a story shows its summary with cited outlets and its coverage; an article opens', async () => {
    const page = await open();
    await goto(page, '/');
    const stories = page.locator('ol.stories > li');
    assert.ok((await stories.count()) >= 8, 'the demo corpus makes a dozen stories');
    const headlines = await page.$$eval('ol.stories > li h2', (hs) =>
      hs.map((h) => ({ links: h.querySelectorAll('a').length, href: h.querySelector('a')?.getAttribute('href') ?? '', text: h.textContent?.trim() ?? '' })),
    );
    for (const h of headlines) {
      assert.equal(h.links, 1, `one link per headline: ${h.text}`);
      assert.match(h.href, /^\/story\/\d+$/u);
      assert.ok(h.text.length > 10, `a headline: ${h.text}`);
    }

    const first = stories.first().locator('h2 a');
    const headline = (await first.textContent())?.trim() ?? '';
    await first.click();
    await page.waitForURL(/\/story\/\d+$/u);
    assert.equal((await page.locator('main h1').first().textContent())?.trim(), headline);

    // The summary: the "Summary" heading, then its sentences, each citing the outlets that state it.
    const summary = page.locator('h2:text-is("Summary") ~ ol.summary > li');
    const n = await summary.count();
    assert.ok(n >= 1 && n <= 5, `${n} summary sentences`);
    for (const text of await summary.allInnerTexts()) {
      assert.ok(OUTLETS.some((o) => text.includes(o)) || /\[[^\]]+\]\s*$/u.test(text), `a sentence cites its outlets: ${text}`);
      assert.ok(text.length > 40, `a sentence: ${text}`);
    }
    // The coverage: the "Coverage" heading, then links to the story's articles.
    const coverage = page.locator('h2:has-text("Coverage") ~ ul a[href^="/article/"]');
    assert.ok((await coverage.count()) >= 1, 'the coverage links to articles');

    const article = coverage.first();
    const title = (await article.innerText()).trim();
    await article.click();
    await page.waitForURL(/\/article\/\d+$/u);
    const h1 = (await page.locator('main h1').first().innerText()).trim();
    assert.ok(h1 && (title.includes(h1) || h1.includes(title)), `the article "${title}" opens: ${h1}`);
    assert.ok((await page.locator('article p').count()) >= 3, 'the article text, paragraph by paragraph');
    assert.ok((await page.locator('main a[href^="/story/"]').count()) >= 1, 'a way back to the story');
    await page.close();
  });

  it('searches from the form in the header', async () => {
    const page = await open();
    await goto(page, '/');
    const box = page.locator('form.search input[name=q]');
    await box.fill(SEARCH_WORD);
    await box.press('Enter');
    await page.waitForURL((u) => u.pathname === '/search' && u.searchParams.get('q') === SEARCH_WORD);
    const hits = page.locator('main ol.stories > li');
    assert.ok((await hits.count()) >= 3, `several results for ${SEARCH_WORD}`);
    for (const li of await hits.all()) assert.match((await li.locator('a').first().getAttribute('href')) ?? '', /^\/(?:article|story)\/\d+$/u);
    const texts = await hits.allInnerTexts();
    assert.ok(texts.filter((t) => new RegExp(SEARCH_WORD, 'iu').test(t)).length >= 3, 'the results show where the word is');
    await page.close();
  });

  it('is usable from the keyboard: Tab reaches the search box, then the first story, with a visible focus', async () => {
    const page = await open();
    await goto(page, '/');
    const firstStory = (await page.locator('ol.stories > li h2 a').first().getAttribute('href')) ?? '';
    const reached: Array<{ what: string; visible: boolean }> = [];
    for (let i = 0; i < 20 && reached.at(-1)?.what !== `link ${firstStory}`; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const { document, getComputedStyle, innerWidth } = globalThis as unknown as PageGlobals;
          const el = document.activeElement;
          if (!el) return { what: 'nothing', visible: false };
          const style = getComputedStyle(el);
          const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          const box = el.getBoundingClientRect();
          const onScreen = box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth;
          const tag = el.tagName.toLowerCase();
          const what = tag === 'input' ? `input ${el.getAttribute('name') ?? ''}` : tag === 'a' ? `link ${el.getAttribute('href') ?? ''}` : tag;
          return { what, visible: el.matches(':focus-visible') && ring && onScreen };
        }),
      );
    }
    const search = reached.findIndex((r) => r.what === 'input q');
    const story = reached.findIndex((r) => r.what === `link ${firstStory}`);
    assert.ok(search >= 0, `Tab reaches the search box: ${JSON.stringify(reached)}`);
    assert.ok(story > search, `then the first story: ${JSON.stringify(reached)}`);
    for (const r of reached) assert.ok(r.visible, `focus is visible on ${r.what}`);
    await page.screenshot({ path: join(SHOTS, 'desktop-focus.png') });
    await page.keyboard.press('Enter');
    await page.waitForURL(new URL(firstStory, reader.url).href);
    await page.close();
  });

  it('follows a person from a story: their page says Following, their stories make For you, Following lists them, and unfollowing undoes it', async () => {
    const page = await open();
    await goto(page, await biggestStory(page));
    const person = page.locator('#entities li.person a').first();
    const name = (await person.innerText()).trim();
    await person.click();
    await page.waitForURL(/\/entity\/person\//u);
    assert.equal((await page.locator('main h1').innerText()).trim(), name);
    const entityUrl = page.url();
    const stories = await page.locator('#stories ol.stories > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(stories.length >= 1, `${name} has stories`);

    await page.getByRole('button', { name: `Follow ${name}` }).click();
    await page.waitForURL(entityUrl);
    const pressed = page.getByRole('button', { name: 'Following' });
    assert.equal(await pressed.getAttribute('aria-pressed'), 'true', 'the button shows the follow');

    await goto(page, '/for-you');
    const forYou = await page.locator('ol.stories > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of stories) assert.ok(forYou.includes(href), `${href} is in For you: ${forYou.join(' ')}`);
    assert.ok((await page.locator('ol.stories .badge:text-is("Following")').count()) >= 1, 'its stories are marked');

    await goto(page, '/following');
    const followed = page.locator('h2:text-is("Followed") + ul li');
    assert.match(await followed.first().innerText(), new RegExp(name, 'u'));
    await followed.first().getByRole('button', { name: 'Unfollow' }).click();
    await page.waitForURL(/\/following$/u);
    assert.match(await page.locator('main').innerText(), /Nothing followed yet/u);
    await goto(page, '/for-you');
    assert.equal(await page.locator('ol.stories > li').count(), 0, 'For you is empty again');
    await page.close();
  });

  for (const [device, options] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    it(`renders at ${device} width (screenshots in test-results/e2e/)${device === 'phone' ? ' without horizontal scrolling' : ''}`, async () => {
      const page = await open(options);
      const story = await biggestStory(page);
      await goto(page, story);
      const article = (await page.locator('h2:has-text("Coverage") ~ ul a[href^="/article/"]').first().getAttribute('href')) ?? '';
      const shots = { top: '/', story, article, search: `/search?q=${SEARCH_WORD}` };
      for (const [name, path] of Object.entries(shots)) {
        await goto(page, path);
        await page.screenshot({ path: join(SHOTS, `${device}-${name}.png`), fullPage: true });
        const { scroll, width } = await page.evaluate(() => {
          const { document, innerWidth } = globalThis as unknown as PageGlobals;
          return { scroll: document.scrollingElement?.scrollWidth ?? 0, width: innerWidth };
        });
        if (device === 'phone') assert.ok(scroll <= width, `${path} scrolls sideways on a phone: ${scroll} > ${width}`);
      }
      await page.context().close();
    });
  }

  it('works with JavaScript turned off', async () => {
    const page = await open({ ...DESKTOP, javaScriptEnabled: false });
    await goto(page, '/');
    assert.ok((await page.locator('ol.stories > li h2 a').count()) >= 8);
    await page.locator('ol.stories > li h2 a').first().click();
    await page.waitForURL(/\/story\/\d+$/u);
    assert.ok((await page.locator('main h1').first().innerText()).trim().length > 10);
    assert.ok((await page.locator('ol.summary > li').count()) >= 1, 'the summary');
    assert.ok((await page.locator('h2:has-text("Coverage") ~ ul a[href^="/article/"]').count()) >= 1, 'the coverage');
    // The search form is a plain GET form: it needs no script either.
    await page.locator('form.search input[name=q]').fill(SEARCH_WORD);
    await page.locator('form.search input[name=q]').press('Enter');
    await page.waitForURL((u) => u.pathname === '/search');
    assert.ok((await page.locator('main ol.stories > li').count()) >= 3);
    await page.context().close();
  });

  it('no page tried to reach another host, and none logged an error', () => {
    assert.deepEqual(guards.flatMap((g) => g.blocked), []);
    assert.deepEqual(pageErrors, []);
  });
});
