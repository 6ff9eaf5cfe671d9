// The page's article held up against its feed item: cut short, or not the article at all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../src/extract/extract.js';
import { compareWithFeed } from '../src/extract/feed-check.js';

const SENTENCES = [
  'The harbour authority in Port Alvera agreed on Friday to hire six more pilots before winter.',
  'The agreement ends a strike that had kept ships waiting offshore for two weeks.',
  'Shipping lines had diverted eleven vessels to Tindvik during the walkout, according to the port.',
  'Mara Quist, who chairs the pilots’ association, said the crews had asked only for safe rosters.',
  'The new pilots will begin training in October and take their first ships alone in the spring.',
  'Councillors are due to vote next month on the cost of the extra posts and of the training.',
];
const FULL = Array.from({ length: 4 }, () => SENTENCES.join(' ')).join('\n\n');

test('a page holding a fraction of the full text its feed carries is marked truncated, with both lengths', () => {
  const reason = compareWithFeed(SENTENCES.slice(0, 2).join(' '), FULL);
  assert.match(reason ?? '', /^truncated: the page holds \d+ words of the article, its feed item \d+/u);
});

test('a page as long as its feed item, or a feed carrying only a summary of the page, is not flagged', () => {
  assert.equal(compareWithFeed(FULL, FULL), null);
  assert.equal(compareWithFeed(FULL, SENTENCES.slice(0, 2).join(' ')), null);
});

test('a page whose text shares few words with its feed item (the wrong part of the page, an error page) is flagged', () => {
  const other = 'Sign in to your account to manage your newsletters, saved articles and comment settings, or create one now for free with an email address and a password of your choice.';
  assert.match(compareWithFeed(other, SENTENCES.slice(0, 3).join(' ')) ?? '', /does not match its feed item \(\d+% of the item's words found\)/u);
});

test('with no feed text, or a one-line summary, there is nothing to compare', () => {
  assert.equal(compareWithFeed('Anything at all here.', null), null);
  assert.equal(compareWithFeed('Anything at all here.', 'Pilots end strike.'), null);
});

const pageOf = (paragraphs: readonly string[]): string =>
  `<!doctype html><html><head><title>Pilots end strike | Harbour Times</title><meta property="og:site_name" content="Harbour Times"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Pilots end strike</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

test('a record carrying its page is extracted from the page, and marked truncated when the page holds less than its feed text', () => {
  const record = { id: 'p1', title: 'Pilots end strike', text: FULL, url: 'https://harbourtimes.example/pilots', html: pageOf(SENTENCES.slice(0, 3)) };
  const a = extract({ kind: 'record', origin: 'feed.jsonl#p1', record });
  assert.equal(a.outlet, 'Harbour Times');
  assert.deepEqual(a.text.split('\n\n'), SENTENCES.slice(0, 3));
  assert.match(a.incomplete ?? '', /^truncated: /u);
  const whole = extract({ kind: 'record', origin: 'feed.jsonl#p1', record: { ...record, html: pageOf([FULL.replace(/\n\n/gu, ' ')]) } });
  assert.equal(whole.incomplete, null);
});

test("a record whose page holds no article keeps the record's own text, and says why", () => {
  const record = { id: 'p2', title: 'Pilots end strike', text: SENTENCES.join(' '), url: null, html: '<html><body><nav><a href="/">Home</a></nav></body></html>' };
  const a = extract({ kind: 'record', origin: 'feed.jsonl#p2', record });
  assert.equal(a.text, SENTENCES.join(' '));
  assert.match(a.incomplete ?? '', /no article text found in the page.*the record's own text is kept instead/u);
});
