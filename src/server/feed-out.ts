// Outgoing feeds of stories, Atom 1.0 (RFC 4287) and JSON Feed 1.1, so that a reader can follow Crosswire in
// any feed client. One item per story, not per article: the item keeps its id as the story grows and only its
// updated time moves, which feed clients show as "updated" rather than as a new item.
// Pure functions of their input: the same stories give the same bytes, so the feeds can be cached and tested.

/** One story as a feed item: one item per story, not per article; it is updated as the story grows. */
export interface FeedStory {
  id: number; // story id
  title: string; // headline
  url: string; // absolute URL of the story page in the web reader
  summary: string; // plain-text one-line summary ('' when none)
  sentences: Array<{ text: string; outlets: string[] }>; // the story's cited summary (may be empty)
  published: string; // ISO 8601 time the story was first seen
  updated: string; // ISO 8601 time of its latest article
  articles: number; // articles in the story
  reports: number; // independent reports (copies excluded)
  outlets: string[]; // outlet names
  people: string[]; // key people (may be empty)
  places: string[]; // key places (may be empty)
}

export interface FeedMeta {
  title: string; // e.g. "Crosswire: top stories"
  selfUrl: string; // absolute URL of this feed document
  homeUrl: string; // absolute URL of the HTML page this feed mirrors
  idPrefix: string; // stable per store, e.g. "urn:crosswire:0f3a…"; item id = `${idPrefix}:story:${id}`, feed id = `${idPrefix}:feed:${key}`
  key: string; // e.g. "top", "entity:person:antony blinken", "search:mackerel"
  description?: string;
}

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const GENERATOR = 'Crosswire';
// A fixed time for an empty feed or an unreadable date: the wall clock would make the output differ per call.
const EPOCH = '1970-01-01T00:00:00Z';
// Feed clients show item authors on one line; a story covered by forty outlets would drown it.
const MAX_AUTHORS = 10;

// Characters XML 1.0 cannot carry at all, not even as references. Removed from every string in both formats,
// so that the JSON feed says the same as the Atom one and its HTML carries no NUL either.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\p{Cs}]/gu;
const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function clean(value: string): string {
  return value.replace(NOT_XML, '');
}

/** Escaped for HTML or XML text (escaping `>` also defuses `]]>`). */
function escapeMarkup(value: string): string {
  return clean(value).replace(/[&<>"']/gu, (c) => MARKUP[c] ?? c);
}

// A parser turns a literal CR in text into LF, and tab/CR/LF in an attribute into spaces: references survive both.
function xmlText(value: string): string {
  return escapeMarkup(value).replace(/\r/gu, '&#13;');
}

function xmlAttr(value: string): string {
  return escapeMarkup(value).replace(/[\t\n\r]/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** Percent-encodes what an IRI cannot hold (spaces, quotes, a stray %), so a key like "entity:person:antony blinken" still makes a valid id. */
function iri(value: string): string {
  return clean(value).replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF\u{10000}-\u{EFFFD}]/gu, (c) =>
    encodeURIComponent(c),
  );
}

const ZONED_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/u;

/**
 * RFC 3339 in UTC, whole seconds. A time without a zone is taken as UTC (SQLite's datetime() writes those), not
 * as the server's local time, which would make the feed depend on where it runs. Anything unreadable, or a day
 * that does not exist (Feb 30), gives the epoch rather than an invalid date that would make the feed invalid.
 */
function rfc3339(value: string): string {
  const m = ZONED_TIME.exec(value.trim());
  if (!m) return EPOCH;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone = 'Z'] = m;
  const local = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  const base = Date.parse(`${local}Z`);
  // Date.parse rolls Feb 30 over to March 2; the round trip catches it.
  if (Number.isNaN(base) || new Date(base).toISOString().slice(0, 19) !== local) return EPOCH;
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
  }
  const utc = new Date(base - offsetMinutes * 60_000).toISOString().replace(/\.\d{3}Z$/u, 'Z');
  // An offset can push year 0000 to year -1, which RFC 3339 cannot write.
  return /^\d{4}-/u.test(utc) ? utc : EPOCH;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map(clean).filter((v) => v.trim() !== ''))];
}

const itemId = (meta: FeedMeta, story: FeedStory): string => iri(`${meta.idPrefix}:story:${story.id}`);
// Keys hold spaces and any character a search can; encoded whole (colons kept for readability) so one key is one id.
const feedId = (meta: FeedMeta): string => iri(`${meta.idPrefix}:feed:${encodeURIComponent(clean(meta.key)).replace(/%3A/gu, ':')}`);

function feedUpdated(stories: readonly FeedStory[]): string {
  // Whole-second UTC with four-digit years: as strings, these sort in time order.
  return stories.map((s) => rfc3339(s.updated)).reduce((max, t) => (t > max ? t : max), EPOCH);
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function statsLine(story: FeedStory): string {
  const parts = [plural(story.articles, 'article', 'articles'), plural(story.reports, 'independent report', 'independent reports')];
  const outlets = unique(story.outlets);
  if (outlets.length > 0) parts.push(outlets.join(', '));
  return parts.join(' · ');
}

// The cited summary when the story has one, else its one-line summary: the item should say what happened.
function leadSentences(story: FeedStory): Array<{ text: string; outlets: string[] }> {
  if (story.sentences.length > 0) return story.sentences;
  return story.summary.trim() === '' ? [] : [{ text: story.summary, outlets: [] }];
}

function contentHtml(story: FeedStory): string {
  const paragraphs = leadSentences(story).map((s) => {
    const outlets = unique(s.outlets);
    const cite = outlets.length > 0 ? ` <small>— ${escapeMarkup(outlets.join(', '))}</small>` : '';
    return `<p>${escapeMarkup(s.text)}${cite}</p>`;
  });
  paragraphs.push(`<p>${escapeMarkup(statsLine(story))}</p>`);
  const people = unique(story.people);
  const places = unique(story.places);
  if (people.length > 0) paragraphs.push(`<p>People: ${escapeMarkup(people.join(', '))}</p>`);
  if (places.length > 0) paragraphs.push(`<p>Places: ${escapeMarkup(places.join(', '))}</p>`);
  return paragraphs.join('\n');
}

function contentText(story: FeedStory): string {
  const lines = leadSentences(story).map((s) => {
    const outlets = unique(s.outlets);
    return clean(outlets.length > 0 ? `${s.text} (${outlets.join(', ')})` : s.text);
  });
  lines.push(statsLine(story));
  const people = unique(story.people);
  const places = unique(story.places);
  if (people.length > 0) lines.push(`People: ${people.join(', ')}`);
  if (places.length > 0) lines.push(`Places: ${places.join(', ')}`);
  return lines.join('\n\n');
}

function attrs(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${xmlAttr(value)}"`)
    .join('');
}

const el = (name: string, text: string, attributes: Record<string, string> = {}): string =>
  `<${name}${attrs(attributes)}>${xmlText(text)}</${name}>`;
const empty = (name: string, attributes: Record<string, string>): string => `<${name}${attrs(attributes)}/>`;
const person = (name: string): string => `<author>${el('name', name)}</author>`;

function atomEntry(meta: FeedMeta, story: FeedStory): string[] {
  const lines = [
    el('id', itemId(meta, story)),
    el('title', story.title, { type: 'text' }),
    el('updated', rfc3339(story.updated)),
    el('published', rfc3339(story.published)),
    empty('link', { rel: 'alternate', type: 'text/html', href: iri(story.url) }),
    // No outlets: the entry inherits the feed's author, which RFC 4287 allows.
    ...unique(story.outlets).slice(0, MAX_AUTHORS).map(person),
    ...unique(story.people).map((name) => empty('category', { term: name, scheme: iri(`${meta.idPrefix}:person`) })),
    ...unique(story.places).map((name) => empty('category', { term: name, scheme: iri(`${meta.idPrefix}:place`) })),
  ];
  if (clean(story.summary).trim() !== '') lines.push(el('summary', story.summary, { type: 'text' }));
  lines.push(el('content', contentHtml(story), { type: 'html' }));
  return ['  <entry>', ...lines.map((line) => `    ${line}`), '  </entry>'];
}

/** The stories as an Atom 1.0 feed document (XML text), in the order given. */
export function atomFeed(meta: FeedMeta, stories: readonly FeedStory[]): string {
  const head = [
    el('id', feedId(meta)),
    el('title', meta.title, { type: 'text' }),
    ...(meta.description ? [el('subtitle', meta.description, { type: 'text' })] : []),
    el('updated', feedUpdated(stories)),
    person(GENERATOR),
    el('generator', GENERATOR),
    empty('link', { rel: 'self', type: 'application/atom+xml', href: iri(meta.selfUrl) }),
    empty('link', { rel: 'alternate', type: 'text/html', href: iri(meta.homeUrl) }),
  ];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NS}">`,
    ...head.map((line) => `  ${line}`),
    ...stories.flatMap((story) => atomEntry(meta, story)),
    '</feed>',
    '',
  ].join('\n');
}

/** The stories as a JSON Feed 1.1 document (JSON text, pretty-printed), in the order given. */
export function jsonFeed(meta: FeedMeta, stories: readonly FeedStory[]): string {
  const items = stories.map((story) => {
    const summary = clean(story.summary);
    const authors = unique(story.outlets).slice(0, MAX_AUTHORS);
    const tags = unique([...story.people, ...story.places]);
    // Optional members are left undefined, which JSON.stringify drops, rather than written empty.
    return {
      id: itemId(meta, story),
      url: iri(story.url),
      title: clean(story.title),
      summary: summary.trim() === '' ? undefined : summary,
      content_html: contentHtml(story),
      content_text: contentText(story),
      date_published: rfc3339(story.published),
      date_modified: rfc3339(story.updated),
      authors: authors.length > 0 ? authors.map((name) => ({ name })) : undefined,
      tags: tags.length > 0 ? tags : undefined,
    };
  });
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: clean(meta.title),
    home_page_url: iri(meta.homeUrl),
    feed_url: iri(meta.selfUrl),
    description: meta.description ? clean(meta.description) : undefined,
    authors: [{ name: GENERATOR }],
    items,
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
