// Crosswire's own feeds of stories, Atom 1.0 and JSON Feed 1.1: what a feed client subscribing to the reader
// gets. Each feed is checked against its spec (RFC 4287 by a structural checker, JSON Feed 1.1 by a JSON
// Schema), hostile text must come back as text, and a story that grows must read as updated, not as new.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { XMLValidator } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import { atomFeed, jsonFeed, type FeedMeta, type FeedStory } from '../src/server/feed-out.js';
import { attr, checkAtom, checkHtml, children, isIriReference, isRfc3339, parseXml, textOf } from './support/atom-check.js';

const EPOCH = '1970-01-01T00:00:00Z';

const META: FeedMeta = {
  title: 'Crosswire: top stories',
  selfUrl: 'http://127.0.0.1:8080/feeds/top.atom',
  homeUrl: 'http://127.0.0.1:8080/',
  idPrefix: 'urn:crosswire:0f3a9c',
  key: 'top',
  description: 'The stories most covered right now',
};

function story(overrides: Partial<FeedStory> = {}): FeedStory {
  return {
    id: 12,
    title: 'Ceasefire talks resume in Cairo',
    url: 'http://127.0.0.1:8080/stories/12',
    summary: 'Negotiators return to Cairo for a new round of talks.',
    sentences: [
      { text: 'Negotiators returned to Cairo on Sunday.', outlets: ['Reuters', 'AP'] },
      { text: 'The talks are expected to last three days.', outlets: ['BBC'] },
    ],
    published: '2026-03-01T08:00:00Z',
    updated: '2026-03-01T10:00:00Z',
    articles: 5,
    reports: 3,
    outlets: ['Reuters', 'AP', 'BBC'],
    people: ['Antony Blinken'],
    places: ['Cairo', 'Gaza'],
    ...overrides,
  };
}

const SECOND = story({ id: 7, title: 'Mackerel quotas cut', url: 'http://127.0.0.1:8080/stories/7', updated: '2026-03-02T09:15:00Z', people: [], places: [] });

// --- reading the feeds back, as a client would ---

type Node = ReturnType<typeof parseXml>;
const one = (node: Node, name: string): Node => {
  const [found] = children(node, name);
  assert.ok(found, `<${name}> expected`);
  return found;
};
const feedOf = (xml: string): Node => one(parseXml(xml), 'feed');
const entriesOf = (xml: string): Node[] => children(feedOf(xml), 'entry');
const text = (node: Node, name: string): string => textOf(one(node, name));

/** The paragraphs a reader renders from an HTML fragment, as text. */
const paragraphs = (html: string): string[] => DomUtils.getElementsByTagName('p', parseDocument(html)).map((p) => DomUtils.textContent(p));
const elementNames = (html: string): string[] => DomUtils.findAll(() => true, parseDocument(html).children).map((e) => e.name);

const ajv = new Ajv({ allErrors: true });
// ajv-formats is not installed; the two formats the schema uses are defined here, date-time by RFC 3339.
ajv.addFormat('date-time', isRfc3339);
ajv.addFormat('iri-reference', isIriReference);
const validateJsonFeed = ajv.compile(JSON.parse(readFileSync(new URL('./support/jsonfeed-1.1.schema.json', import.meta.url), 'utf8')) as object);

interface JsonItem {
  id: string;
  url: string;
  title: string;
  summary?: string;
  content_html: string;
  content_text: string;
  date_published: string;
  date_modified: string;
  authors?: Array<{ name: string }>;
  tags?: string[];
}
interface JsonDoc {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  authors: Array<{ name: string }>;
  items: JsonItem[];
}

/** Parses and validates a JSON feed, failing with the schema's errors. */
function readJson(json: string): JsonDoc {
  const doc: unknown = JSON.parse(json);
  assert.ok(validateJsonFeed(doc), ajv.errorsText(validateJsonFeed.errors));
  return doc as JsonDoc;
}

function assertValidAtom(xml: string): void {
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n'), 'the XML declaration comes first');
  assert.equal(XMLValidator.validate(xml), true);
  assert.deepEqual(checkAtom(xml), []);
}

describe('Atom feed', () => {
  it('is a valid RFC 4287 feed: one entry per story, in the order given, with the feed-level elements a client needs', () => {
    const xml = atomFeed(META, [story(), SECOND]);
    assertValidAtom(xml);
    const feed = feedOf(xml);
    assert.equal(text(feed, 'id'), 'urn:crosswire:0f3a9c:feed:top');
    assert.equal(text(feed, 'title'), 'Crosswire: top stories');
    assert.equal(text(feed, 'subtitle'), 'The stories most covered right now');
    assert.equal(text(one(feed, 'author'), 'name'), 'Crosswire');
    assert.equal(text(feed, 'generator'), 'Crosswire');
    // The latest change among the stories, though that story is not listed first.
    assert.equal(text(feed, 'updated'), '2026-03-02T09:15:00Z');
    const links = children(feed, 'link').map((l) => [attr(l, 'rel'), attr(l, 'type'), attr(l, 'href')]);
    assert.deepEqual(links, [
      ['self', 'application/atom+xml', 'http://127.0.0.1:8080/feeds/top.atom'],
      ['alternate', 'text/html', 'http://127.0.0.1:8080/'],
    ]);
    assert.deepEqual(
      entriesOf(xml).map((e) => [text(e, 'id'), text(e, 'title')]),
      [
        ['urn:crosswire:0f3a9c:story:12', 'Ceasefire talks resume in Cairo'],
        ['urn:crosswire:0f3a9c:story:7', 'Mackerel quotas cut'],
      ],
    );
  });

  it('an entry links to the story and carries its dates, outlets, people, places and cited summary', () => {
    const [entry] = entriesOf(atomFeed(META, [story()]));
    assert.ok(entry);
    assert.equal(text(entry, 'published'), '2026-03-01T08:00:00Z');
    assert.equal(text(entry, 'updated'), '2026-03-01T10:00:00Z');
    assert.deepEqual(
      children(entry, 'link').map((l) => [attr(l, 'rel'), attr(l, 'type'), attr(l, 'href')]),
      [['alternate', 'text/html', 'http://127.0.0.1:8080/stories/12']],
    );
    assert.deepEqual(children(entry, 'author').map((a) => text(a, 'name')), ['Reuters', 'AP', 'BBC']);
    assert.deepEqual(
      children(entry, 'category').map((c) => [attr(c, 'term'), attr(c, 'scheme')]),
      [
        ['Antony Blinken', 'urn:crosswire:0f3a9c:person'],
        ['Cairo', 'urn:crosswire:0f3a9c:place'],
        ['Gaza', 'urn:crosswire:0f3a9c:place'],
      ],
    );
    assert.equal(attr(one(entry, 'summary'), 'type'), 'text');
    assert.equal(text(entry, 'summary'), 'Negotiators return to Cairo for a new round of talks.');
    const content = one(entry, 'content');
    assert.equal(attr(content, 'type'), 'html');
    assert.deepEqual(paragraphs(textOf(content)), [
      'Negotiators returned to Cairo on Sunday. — Reuters, AP',
      'The talks are expected to last three days. — BBC',
      '5 articles · 3 independent reports · Reuters, AP, BBC',
      'People: Antony Blinken',
      'Places: Cairo, Gaza',
    ]);
  });

  it('a story without a cited summary shows its one-line summary; one without any has no summary element', () => {
    const [withSummary, bare] = entriesOf(
      atomFeed(META, [story({ sentences: [], articles: 1, reports: 1, outlets: ['AP'] }), story({ id: 13, sentences: [], summary: '', people: [], places: [] })]),
    );
    assert.ok(withSummary && bare);
    assert.deepEqual(paragraphs(text(withSummary, 'content')), ['Negotiators return to Cairo for a new round of talks.', '1 article · 1 independent report · AP', 'People: Antony Blinken', 'Places: Cairo, Gaza']);
    assert.deepEqual(children(bare, 'summary'), []);
    assert.deepEqual(paragraphs(text(bare, 'content')), ['5 articles · 3 independent reports · Reuters, AP, BBC']);
  });

  it('a story covered by dozens of outlets names at most ten as authors; one with none inherits the feed author', () => {
    const many = Array.from({ length: 25 }, (_, i) => `Outlet ${i + 1}`);
    const xml = atomFeed(META, [story({ outlets: many }), story({ id: 13, outlets: [], sentences: [] })]);
    assertValidAtom(xml);
    const [crowded, none] = entriesOf(xml);
    assert.ok(crowded && none);
    assert.equal(children(crowded, 'author').length, 10);
    assert.deepEqual(children(none, 'author'), []);
  });

  it('a feed keyed by an entity or a search has a valid, stable IRI id (the key holds spaces)', () => {
    const meta = { ...META, key: 'entity:person:antony blinken' };
    const xml = atomFeed(meta, [story()]);
    assertValidAtom(xml);
    assert.equal(text(feedOf(xml), 'id'), 'urn:crosswire:0f3a9c:feed:entity:person:antony%20blinken');
    assert.equal(text(feedOf(atomFeed({ ...META, key: 'search:müller & co?' }, [])), 'id'), 'urn:crosswire:0f3a9c:feed:search:m%C3%BCller%20%26%20co%3F');
    assert.equal(atomFeed(meta, [story()]), xml);
  });
});

describe('JSON Feed 1.1', () => {
  it('validates against the JSON Feed 1.1 schema, with the same ids, order and content as the Atom feed', () => {
    const doc = readJson(jsonFeed(META, [story(), SECOND]));
    assert.equal(doc.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(doc.title, 'Crosswire: top stories');
    assert.equal(doc.home_page_url, 'http://127.0.0.1:8080/');
    assert.equal(doc.feed_url, 'http://127.0.0.1:8080/feeds/top.atom');
    assert.equal(doc.description, 'The stories most covered right now');
    assert.deepEqual(doc.authors, [{ name: 'Crosswire' }]);
    const atomIds = entriesOf(atomFeed(META, [story(), SECOND])).map((e) => text(e, 'id'));
    assert.deepEqual(doc.items.map((i) => i.id), atomIds);

    const [item] = doc.items;
    assert.ok(item);
    assert.equal(item.url, 'http://127.0.0.1:8080/stories/12');
    assert.equal(item.title, 'Ceasefire talks resume in Cairo');
    assert.equal(item.summary, 'Negotiators return to Cairo for a new round of talks.');
    assert.equal(item.date_published, '2026-03-01T08:00:00Z');
    assert.equal(item.date_modified, '2026-03-01T10:00:00Z');
    assert.deepEqual(item.authors, [{ name: 'Reuters' }, { name: 'AP' }, { name: 'BBC' }]);
    assert.deepEqual(item.tags, ['Antony Blinken', 'Cairo', 'Gaza']);
    assert.deepEqual(paragraphs(item.content_html), paragraphs(text(entriesOf(atomFeed(META, [story()]))[0]!, 'content')));
    assert.deepEqual(checkHtml(item.content_html), []);
    assert.match(item.content_text, /^Negotiators returned to Cairo on Sunday\. \(Reuters, AP\)\n\n/u);
    assert.match(item.content_text, /5 articles · 3 independent reports · Reuters, AP, BBC/u);
    // Members with nothing to say are left out rather than written empty.
    assert.equal('tags' in doc.items[1]!, false);
  });
});

describe('hostile text', () => {
  const nasty = `<script>alert(1)</script> ]]> &amp; "double" 'single' 🦊 nul\u0000 nonchar\uFFFE lone\uD800 cr\r\nend`;
  // What survives: everything but the characters XML 1.0 cannot carry (NUL, U+FFFE, a lone surrogate).
  const kept = `<script>alert(1)</script> ]]> &amp; "double" 'single' 🦊 nul nonchar lone cr\r\nend`;
  const outlet = `O'Brien & <Sons> "Daily"\u0000`;
  const stories = [
    story({
      title: nasty,
      summary: nasty,
      sentences: [{ text: nasty, outlets: [outlet] }],
      outlets: [outlet],
      people: [nasty],
      url: 'http://127.0.0.1:8080/stories/12?x="1"&y=<2>',
    }),
  ];
  const meta = { ...META, title: nasty, description: nasty, key: nasty };

  it('the Atom feed stays well-formed and valid, and the text comes back exactly', () => {
    const xml = atomFeed(meta, stories);
    assertValidAtom(xml);
    assert.doesNotMatch(xml, /[\u0000\uFFFE]|<script/u);
    const feed = feedOf(xml);
    assert.equal(text(feed, 'title'), kept);
    assert.equal(text(feed, 'subtitle'), kept);
    const [entry] = children(feed, 'entry');
    assert.ok(entry);
    assert.equal(text(entry, 'title'), kept);
    assert.equal(text(entry, 'summary'), kept);
    assert.equal(text(one(entry, 'author'), 'name'), `O'Brien & <Sons> "Daily"`);
    assert.equal(attr(one(entry, 'category'), 'term'), kept);
    assert.equal(attr(one(entry, 'link'), 'href'), 'http://127.0.0.1:8080/stories/12?x=%221%22&y=%3C2%3E');
    // The HTML a reader renders: the script is text to read, never an element to run.
    const html = text(entry, 'content');
    assert.deepEqual(checkHtml(html), []);
    assert.deepEqual([...new Set(elementNames(html))], ['p', 'small']);
    assert.equal(paragraphs(html)[0], `${kept} — O'Brien & <Sons> "Daily"`);
  });

  it('the JSON feed parses, validates and carries the same text', () => {
    const doc = readJson(jsonFeed(meta, stories));
    assert.equal(doc.title, kept);
    const [item] = doc.items;
    assert.ok(item);
    assert.equal(item.title, kept);
    assert.equal(item.summary, kept);
    assert.deepEqual(item.authors, [{ name: `O'Brien & <Sons> "Daily"` }]);
    assert.deepEqual(checkHtml(item.content_html), []);
    assert.deepEqual([...new Set(elementNames(item.content_html))], ['p', 'small']);
    assert.equal(paragraphs(item.content_html)[0], `${kept} — O'Brien & <Sons> "Daily"`);
  });
});

describe('empty and growing feeds', () => {
  it('an empty list gives a valid feed of each kind, dated at the epoch rather than by the clock', () => {
    const xml = atomFeed(META, []);
    assertValidAtom(xml);
    assert.equal(text(feedOf(xml), 'updated'), EPOCH);
    assert.deepEqual(entriesOf(xml), []);
    assert.deepEqual(readJson(jsonFeed(META, [])).items, []);
    assert.equal(atomFeed(META, []), xml);
  });

  it('a story that grows keeps its item id but gets a new updated time, so a client shows it as updated, not new', () => {
    const before = story({ articles: 2, reports: 2, outlets: ['Reuters', 'AP'], updated: '2026-03-01T10:00:00Z' });
    const after = story({ articles: 6, reports: 4, outlets: ['Reuters', 'AP', 'BBC', 'Al Jazeera'], updated: '2026-03-01T14:30:00.000Z' });

    const [was] = entriesOf(atomFeed(META, [before]));
    const [now] = entriesOf(atomFeed(META, [after]));
    assert.ok(was && now);
    assert.equal(text(now, 'id'), text(was, 'id'));
    assert.equal(text(now, 'published'), text(was, 'published'));
    assert.equal(text(was, 'updated'), '2026-03-01T10:00:00Z');
    assert.equal(text(now, 'updated'), '2026-03-01T14:30:00Z');
    assert.equal(text(feedOf(atomFeed(META, [after])), 'updated'), '2026-03-01T14:30:00Z');
    assert.ok(paragraphs(text(now, 'content')).includes('6 articles · 4 independent reports · Reuters, AP, BBC, Al Jazeera'));

    const [jsonWas] = readJson(jsonFeed(META, [before])).items;
    const [jsonNow] = readJson(jsonFeed(META, [after])).items;
    assert.ok(jsonWas && jsonNow);
    assert.equal(jsonNow.id, jsonWas.id);
    assert.equal(jsonNow.date_published, jsonWas.date_published);
    assert.equal(jsonWas.date_modified, '2026-03-01T10:00:00Z');
    assert.equal(jsonNow.date_modified, '2026-03-01T14:30:00Z');
  });

  it('times in the forms the store writes become RFC 3339 in UTC; an unreadable one becomes the epoch, never an invalid date', () => {
    const cases: Array<[string, string]> = [
      ['2026-03-01T10:00:00Z', '2026-03-01T10:00:00Z'],
      ['2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00Z'],
      ['2026-03-01T10:00Z', '2026-03-01T10:00:00Z'],
      ['2026-03-01T11:00:00+01:00', '2026-03-01T10:00:00Z'],
      ['2026-03-01T05:30:00-0430', '2026-03-01T10:00:00Z'],
      ['2026-03-01 10:00:00', '2026-03-01T10:00:00Z'], // SQLite's datetime(): UTC, whatever the server's zone
      ['2026-03-01', '2026-03-01T00:00:00Z'],
      ['2026-02-30T10:00:00Z', EPOCH],
      ['yesterday', EPOCH],
      ['', EPOCH],
    ];
    const stories = cases.map(([input], i) => story({ id: i, published: input, updated: input }));
    const xml = atomFeed(META, stories);
    assertValidAtom(xml);
    assert.deepEqual(entriesOf(xml).map((e) => text(e, 'updated')), cases.map(([, expected]) => expected));
    assert.deepEqual(readJson(jsonFeed(META, stories)).items.map((i) => i.date_published), cases.map(([, expected]) => expected));
  });
});

describe('the validators themselves', () => {
  it('the Atom checker reports a missing entry id, a bad date and other breakage', () => {
    const good = atomFeed(META, [story()]);
    const broken = good.replace('<id>urn:crosswire:0f3a9c:story:12</id>', '').replace('    <updated>2026-03-01T10:00:00Z</updated>', '    <updated>1 March 2026</updated>');
    assert.notEqual(broken, good);
    const problems = checkAtom(broken);
    assert.ok(problems.includes('entry 1: exactly 1 <id> expected, found 0'), problems.join('\n'));
    assert.ok(problems.includes('entry 1: updated "1 March 2026" is not an RFC 3339 date-time'), problems.join('\n'));
    assert.equal(problems.length, 2, problems.join('\n'));

    const worse = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>not an iri</id>
  <title type="text">Raw <b>markup</b> &nbsp;&#0;</title>
  <title>Twice</title>
  <updated>2026-03-01T10:00:00</updated>
  <link rel="alternate" type="text/html" href="http://a/"/>
  <link rel="alternate" type="text/html" href="http://b/"/>
  <entry>
    <id>urn:x:1</id><title>One</title><updated>2026-03-01T10:00:00Z</updated>
    <content type="html">&lt;p&gt;open &lt;script&gt;x()&lt;/script&gt;</content>
  </entry>
</feed>`;
    assert.deepEqual(checkAtom(worse).sort(), [
      'entry 1 content: <p> is not closed',
      'entry 1 content: <script> element',
      'entry 1: no author, and the feed has none to inherit',
      'feed title: type "text" must hold text, not the element <b>',
      'feed: exactly 1 <title> expected, found 2',
      'feed: id "not an iri" is not an absolute IRI',
      'feed: more than one alternate link with type "text/html"',
      'feed: no rel="self" link (RFC 4287 says it SHOULD have one)',
      'feed: updated "2026-03-01T10:00:00" is not an RFC 3339 date-time',
      'reference &#0; names a character not allowed in XML 1.0',
      'undeclared entity &nbsp;',
    ]);
    assert.match(checkAtom('<feed><entry></feed>')[0] ?? '', /^not well-formed/u);
    assert.match(checkAtom(good.replace('Ceasefire', 'Cease\u0000fire'))[0] ?? '', /U\+0000 .* not allowed in XML 1\.0/u);
  });

  it('the JSON Feed schema rejects a feed without version or items, an item without content, a bad date or url, a misspelt member', () => {
    const item = { id: 'urn:x:1', content_text: 'x' };
    const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [item] };
    assert.ok(validateJsonFeed(feed), ajv.errorsText(validateJsonFeed.errors));
    const bad: Array<[string, unknown]> = [
      ['no version', { title: 'T', items: [] }],
      ['version 1.0', { ...feed, version: 'https://jsonfeed.org/version/1' }],
      ['no items', { version: feed.version, title: 'T' }],
      ['no content', { ...feed, items: [{ id: 'urn:x:1', title: 'T' }] }],
      ['numeric id', { ...feed, items: [{ ...item, id: 1 }] }],
      ['bad date', { ...feed, items: [{ ...item, date_modified: '1 March 2026' }] }],
      ['date without zone', { ...feed, items: [{ ...item, date_published: '2026-03-01T10:00:00' }] }],
      ['url not a string', { ...feed, home_page_url: 42 }],
      ['url with a space', { ...feed, items: [{ ...item, url: 'http://a/b c' }] }],
      ['empty author', { ...feed, authors: [{}] }],
      ['misspelt member', { ...feed, items: [{ ...item, date_modifed: '2026-03-01T10:00:00Z' }] }],
    ];
    for (const [why, doc] of bad) assert.equal(validateJsonFeed(doc), false, why);
    assert.ok(validateJsonFeed({ ...feed, _crosswire: { reports: 3 } }), 'extensions start with an underscore');
  });
});
