// Feeds of every format read into items, and OPML subscription lists read and written: on feeds written
// for the project (test/fixtures/feeds/).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { FeedError, itemRecord, parseFeedText } from '../src/ingest/feeds.js';
import { readOpml, writeOpml } from '../src/ingest/opml.js';
import { extract } from '../src/extract/extract.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url), 'latin1');
const utf8 = (name: string): string => readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url), 'utf8');

test('RSS 2.0: items with absolute addresses, full content as paragraphs (scripts dropped), authors, and an item given twice read once', () => {
  const feed = parseFeedText(utf8('rss2.xml'), 'https://harbourtimes.example/feed');
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, 'Harbour Times');
  assert.equal(feed.items.length, 2);
  const [pilots, dredging] = feed.items;
  assert.equal(pilots?.guid, 'ht-1001');
  assert.equal(pilots?.url, 'https://harbourtimes.example/2026/06/pilots-end-strike');
  assert.equal(pilots?.author, 'Ana Ruiz');
  assert.deepEqual(pilots?.text.split('\n\n'), [
    'The harbour authority in Port Alvera agreed on Friday to hire six more pilots before winter.',
    'Shipping lines had diverted eleven vessels to Tindvik during the walkout.',
  ]);
  assert.equal(dredging?.title, 'Council approves dredging & a new quay');
  assert.equal(dredging?.text, 'The old channel will be dredged next year.');
  assert.equal(dredging?.guid, null);
});

test('RSS 0.91, RDF (RSS 1.0), Atom and JSON Feed give the same item shape', () => {
  const old = parseFeedText(fixture('rss091.xml'));
  assert.equal(old.items[0]?.url, 'http://valleycourier.example/bridge');
  const rdf = parseFeedText(utf8('rdf.xml'));
  assert.equal(rdf.format, 'rdf');
  assert.deepEqual([rdf.items[0]?.guid, rdf.items[0]?.author, rdf.items[0]?.published], ['https://islandpost.example/ferry', 'Keith Marsh', '2026-06-04T18:30:00Z']);
  const atom = parseFeedText(utf8('atom.xml'));
  assert.equal(atom.format, 'atom');
  assert.deepEqual([atom.items[0]?.title, atom.items[0]?.url, atom.items[0]?.author, atom.items[0]?.published], ['Quota talks resume', 'https://tindvikdaily.example/quota', 'Mara Quist', '2026-06-05T08:00:00Z']);
  assert.equal(atom.items[0]?.text, 'Fishing quota talks resumed in Tindvik on Friday after a week\'s pause.');
  const json = parseFeedText(utf8('feed.json'));
  assert.equal(json.format, 'json');
  assert.deepEqual(json.items[0]?.text.split('\n\n'), ['A storm warning was issued for the whole coast on Saturday.', 'Ferries will stay in port.']);
  assert.equal(json.link, 'https://southlandpost.example/');
});

test('a broken feed and a page that is not a feed say so', () => {
  assert.throws(() => parseFeedText(utf8('broken.xml')), (e: unknown) => e instanceof FeedError && /malformed feed/u.test(e.message));
  assert.throws(() => parseFeedText('<html><body><p>Hello</p></body></html>'), (e: unknown) => e instanceof FeedError && /not a feed/u.test(e.message));
});

test('an item becomes a news record keyed by its guid, and its date is normalised with the rest', () => {
  const [pilots] = parseFeedText(utf8('rss2.xml'), 'https://harbourtimes.example/feed').items;
  const record = itemRecord(pilots!, 'Harbour Times');
  assert.equal(record?.id, 'ht-1001');
  const article = extract({ kind: 'record', origin: 'feed#ht-1001', record: record! });
  assert.equal(article.published, '2026-06-02T07:15:00Z');
  assert.equal(article.outlet, 'Harbour Times');
});

test('OPML: feeds read with their folders, each address once; written back and read again unchanged', () => {
  const sources = readOpml(utf8('subscriptions.opml'));
  assert.deepEqual(
    sources.map((s) => [s.feedUrl, s.title, s.category]),
    [
      ['https://harbourtimes.example/feed', 'Harbour Times', null],
      ['https://islandpost.example/rss', 'Island Post', 'Islands'],
      ['https://tindvikdaily.example/atom.xml', 'Tindvik Daily', 'Islands'],
    ],
  );
  assert.deepEqual(readOpml(writeOpml(sources)), sources);
  assert.throws(() => readOpml('not xml at all'), FeedError);
});
