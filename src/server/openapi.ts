// The API's description (OpenAPI 3.1, JSON Schema 2020-12). The tests validate every endpoint's responses
// against it, so it cannot drift from what the server sends.
type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const num: Schema = { type: 'number' };
const bool: Schema = { type: 'boolean' };
const nullable = (s: Schema): Schema => ({ anyOf: [s, { type: 'null' }] });
const arr = (items: Schema): Schema => ({ type: 'array', items });
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
/** An object with exactly these properties, all required. */
const obj = (properties: Record<string, Schema>, optional: readonly string[] = []): Schema => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  additionalProperties: false,
});
const time: Schema = { type: 'string', description: 'ISO 8601 time' };
const cursor: Schema = { ...nullable(str), description: 'Pass as `cursor` for the next page; null on the last page.' };
const entityType: Schema = { type: 'string', enum: ['person', 'organisation', 'place'] };
const status: Schema = { type: 'string', enum: ['corroborated', 'single-source', 'conflict', 'updated'] };

const factVersion = {
  articleId: int, outlet: str, copyOf: nullable(int), text: str, sentence: str,
};

const schemas: Record<string, Schema> = {
  Error: obj({ error: str, movedTo: int }, ['movedTo']),
  Source: obj({ id: int, name: str, domain: nullable(str) }),
  // The fields of a story, open for extension (allOf below); StorySummary itself is closed.
  StorySummaryFields: {
    ...obj({
      id: int, headline: str, articleCount: int, reportCount: { ...int, description: 'Independent reports: articles that are not copies.' },
      outlets: arr(str), firstSeen: time, lastSeen: time, threadId: nullable(int),
    }),
    additionalProperties: true,
  },
  StorySummary: { type: 'object', allOf: [ref('StorySummaryFields')], unevaluatedProperties: false },
  StoryCard: obj({
    lede: { ...str, description: 'One sentence of the story, from its reports.' },
    people: arr(obj({ name: str, key: str })),
    places: arr(obj({ name: str, key: str })),
  }),
  StoryListItem: {
    allOf: [ref('StorySummaryFields')],
    type: 'object',
    properties: { card: nullable(ref('StoryCard')), followed: bool },
    required: ['card', 'followed'],
    unevaluatedProperties: false,
  },
  StoryArticle: obj({
    id: int, origin: str, source: nullable(str), sourceId: nullable(int), url: nullable(str), title: str, image: nullable(str),
    published: nullable(time), time, copyOf: nullable(int),
    score: { ...num, description: 'The similarity behind `reason`; for `new`, the highest an article reached against another story, short of joining it (0 when no story was close).' },
    reason: { type: 'string', enum: ['new', 'copy', 'similar', 'original'] },
  }),
  StoryFacts: obj({
    entities: arr(obj({ name: str, type: entityType, key: str, aliases: arr(str), roles: arr(str), reports: int })),
    quotes: arr(obj({
      speaker: nullable(str), speakerKey: nullable(str), direct: bool, status, reports: int,
      versions: arr(obj({ ...factVersion, direct: bool })),
    })),
    claims: arr(obj({
      measure: str, status, reports: int,
      versions: arr(obj({ ...factVersion, value: num, unit: nullable(str), bound: { type: 'string', enum: ['exact', 'about', 'over', 'under'] }, speaker: nullable(str), published: { ...nullable(time), description: 'Set on the versions of an updated figure: when the report gave it.' } }, ['published'])),
      values: arr(obj({ text: str, outlets: arr(str), published: { ...time, description: 'Set on the values of an updated figure: when a report first gave it.' } }, ['published'])),
    })),
    summary: arr(obj({ text: str, articleId: int, sources: arr(obj({ articleId: int, outlet: str })) })),
    tally: obj({ corroborated: int, 'single-source': int, conflict: int, updated: int }),
  }),
  Thread: obj({ id: int, title: str, stories: arr(ref('StorySummary')) }),
  StoryDetail: {
    allOf: [ref('StorySummaryFields')],
    type: 'object',
    properties: {
      articles: arr(ref('StoryArticle')),
      ties: arr(obj({ feature: str, kind: { type: 'string', enum: ['entity', 'number', 'term'] }, articles: int })),
      facts: ref('StoryFacts'),
      thread: nullable(ref('Thread')),
    },
    required: ['articles', 'ties', 'facts', 'thread'],
    unevaluatedProperties: false,
  },
  Article: obj({
    id: int, origin: str, url: nullable(str), title: str, text: str, byline: nullable(str), published: nullable(time), ingestedAt: time,
    source: nullable(ref('Source')), lang: str, wordCount: int, contentHash: str, storyId: nullable(int), copyOf: nullable(int),
    incomplete: nullable(str), html: { ...nullable(str), description: 'Sanitised HTML of the article, when it came from a page.' }, image: nullable(str),
  }),
  ArticleListing: obj({
    id: int, title: str, url: nullable(str), published: nullable(time), ingestedAt: time, source: nullable(ref('Source')),
    lang: str, wordCount: int, storyId: nullable(int), copyOf: nullable(int),
  }),
  Entity: obj({ type: entityType, key: str, name: str, stories: int, reports: int, lastSeen: time }),
  Follow: obj({
    id: int, kind: { type: 'string', enum: ['entity', 'topic', 'outlet'] }, value: str, label: str,
    mode: { type: 'string', enum: ['follow', 'mute'] }, createdAt: time,
  }),
  EntityPage: obj({
    entity: ref('Entity'), keys: arr(str), stories: arr(ref('StoryListItem')), next: cursor,
    quotes: arr(obj({ storyId: int, headline: str, quote: { type: 'object' } })), roles: arr(str), aliases: arr(str), following: nullable(ref('Follow')),
  }),
  SourceStats: obj({ id: int, name: str, domain: nullable(str), articles: int, copies: int, stories: int, lastSeen: nullable(time) }),
  SearchHit: obj({
    articleId: int, storyId: nullable(int), title: str, source: nullable(str), published: nullable(time), snippet: str,
    highlights: { ...arr({ type: 'array', items: int, minItems: 2, maxItems: 2 }), description: "Where the query's words stand in the snippet: [start, end) offsets." },
  }),
  Subscription: obj({
    id: int, url: str, title: nullable(str), siteUrl: nullable(str), category: nullable(str), addedAt: time, etag: nullable(str),
    lastModified: nullable(str), lastPolledAt: nullable(time), lastSuccessAt: nullable(time), lastError: nullable(str),
    lastErrorAt: nullable(time), errorCount: int, nextPollAt: nullable(time), pollIntervalS: nullable(int), itemsSeen: int,
  }),
};

const json = (schema: Schema, description = 'OK'): Schema => ({ description, content: { 'application/json': { schema } } });
const error = (description: string): Schema => json(ref('Error'), description);
const q = (name: string, schema: Schema, description: string, required = false): Schema => ({ name, in: 'query', required, description, schema });
const p = (name: string, schema: Schema, description: string): Schema => ({ name, in: 'path', required: true, description, schema });
const limit = (max: number, fallback: number): Schema => q('limit', { type: 'integer', minimum: 1, maximum: max, default: fallback }, 'Items per page.');
const cursorParam = q('cursor', str, 'The `next` of the previous page.');
const idPath = p('id', { type: 'integer', minimum: 1 }, 'Its number.');
const bad = error('A parameter is missing or wrong: the message says which.');
const notFound = error('No such thing.');
const writeErrors = {
  '400': bad,
  '401': error('The server listens beyond loopback and the token is missing or wrong.'),
  '403': error('The request came from another site.'),
  '413': error('The body is larger than 64 KB.'),
};
const body = (schema: Schema): Schema => ({ required: true, content: { 'application/json': { schema } } });

const paths: Record<string, Schema> = {
  '/api/stories': {
    get: {
      summary: 'Stories: top (newest and biggest first), latest, or for you (what the reader follows)',
      parameters: [q('order', { type: 'string', enum: ['top', 'latest', 'for-you'], default: 'top' }, 'The order.'), limit(100, 30), cursorParam],
      responses: { '200': json(obj({ stories: arr(ref('StoryListItem')), next: cursor })), '400': bad },
    },
  },
  '/api/stories/{id}': {
    get: {
      summary: 'A story in full: its articles, its facts across outlets, its thread',
      parameters: [idPath],
      responses: {
        '200': json(ref('StoryDetail')),
        '301': { ...error('Merged into another story: see Location and movedTo.'), headers: { Location: { description: 'The story it was merged into.', schema: str } } },
        '400': bad,
        '404': notFound,
      },
    },
  },
  '/api/articles': {
    get: { summary: 'Articles, newest first', parameters: [limit(200, 50), cursorParam], responses: { '200': json(obj({ articles: arr(ref('ArticleListing')), next: cursor })), '400': bad } },
  },
  '/api/articles/{id}': { get: { summary: 'One article with its text', parameters: [idPath], responses: { '200': json(ref('Article')), '400': bad, '404': notFound } } },
  '/api/entities': {
    get: {
      summary: 'People, organisations and places by the number of stories naming them',
      parameters: [q('type', entityType, 'Only this kind.'), limit(200, 50), cursorParam],
      responses: {
        '200': json(obj({ entities: arr(ref('Entity')), next: cursor, unread: { ...int, description: 'Stories not yet read for who is in them (the server reads them in the background).' } })),
        '400': bad,
      },
    },
  },
  '/api/entities/{type}/{key}': {
    get: {
      summary: "A person's, organisation's or place's stories and quotes",
      parameters: [p('type', entityType, 'Its kind.'), p('key', str, 'Its key, as /api/entities gives it.'), limit(100, 30), cursorParam],
      responses: { '200': json(ref('EntityPage')), '400': bad, '404': notFound },
    },
  },
  '/api/sources': { get: { summary: 'Outlets, by number of articles', responses: { '200': json(obj({ sources: arr(obj({ id: int, name: str, domain: nullable(str), articles: int })) })) } } },
  '/api/sources/{id}': {
    get: {
      summary: "An outlet and its stories",
      parameters: [idPath, limit(100, 30), cursorParam],
      responses: { '200': json(obj({ source: ref('SourceStats'), stories: arr(ref('StoryListItem')), next: cursor, following: nullable(ref('Follow')) })), '400': bad, '404': notFound },
    },
  },
  '/api/search': {
    get: {
      summary: 'Articles matching words, most relevant first',
      parameters: [q('q', { type: 'string', minLength: 1, maxLength: 200 }, 'The words.', true), limit(100, 30), cursorParam],
      responses: { '200': json(obj({ query: str, results: arr(ref('SearchHit')), next: cursor })), '400': bad },
    },
  },
  '/api/follows': {
    get: { summary: 'What the reader follows and mutes', responses: { '200': json(obj({ follows: arr(ref('Follow')) })) } },
    post: {
      summary: 'Follow or mute a person, organisation or place (value "type:key"), a topic (words) or an outlet (its name)',
      requestBody: body(obj({ kind: { type: 'string', enum: ['entity', 'topic', 'outlet'] }, value: str, mode: { type: 'string', enum: ['follow', 'mute'], default: 'follow' } }, ['mode'])),
      responses: { '201': json(obj({ follow: ref('Follow') }), 'Followed or muted (the same thing again updates its mode).'), ...writeErrors },
    },
  },
  '/api/follows/{id}': {
    delete: { summary: 'Stop following or muting', parameters: [idPath], responses: { '204': { description: 'Removed.' }, '404': notFound, ...writeErrors } },
  },
  '/api/subscriptions': {
    get: { summary: 'The subscribed feeds with their polling health', responses: { '200': json(obj({ subscriptions: arr(ref('Subscription')) })) } },
    post: {
      summary: "Subscribe to a feed, given its address or its site's home page",
      requestBody: body(obj({ url: str, title: str, category: str, check: { type: 'boolean', default: true, description: 'Read the address first (false: keep it as given).' } }, ['title', 'category', 'check'])),
      responses: {
        '201': json(obj({ subscription: ref('Subscription'), added: bool, note: nullable(str) }), 'Subscribed.'),
        '200': json(obj({ subscription: ref('Subscription'), added: bool, note: nullable(str) }), 'Already subscribed.'),
        ...writeErrors,
      },
    },
  },
  '/api/subscriptions/{id}': {
    delete: { summary: 'Unsubscribe (the articles already taken stay)', parameters: [idPath], responses: { '204': { description: 'Removed.' }, '404': notFound, ...writeErrors } },
  },
  '/api/openapi.json': { get: { summary: 'This document', responses: { '200': json({ type: 'object' }) } } },
};

const notModified: Schema = { description: 'Not modified: the If-None-Match sent is the current ETag.' };
const etagHeader: Schema = { ETag: { description: 'Send it back as If-None-Match to get a 304 while nothing changed.', schema: str } };
const hostRefused = error('A bad parameter, or (on loopback) a request naming a host other than this machine.');

/** What every operation may answer besides its own: 400 for a foreign host; GETs a 304 and an ETag; writes take the token. */
function withCommon(all: Record<string, Schema>): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  for (const [path, ops] of Object.entries(all)) {
    out[path] = Object.fromEntries(
      Object.entries(ops as Record<string, Schema>).map(([method, op]) => {
        const responses = { ...(op.responses as Record<string, Schema>) };
        if (!responses['400']) responses['400'] = hostRefused;
        if (method === 'get') {
          responses['304'] = notModified;
          for (const [status, r] of Object.entries(responses)) if (status.startsWith('2')) responses[status] = { ...r, headers: etagHeader };
        }
        const security = method === 'get' ? {} : { security: [{}, { token: [] }] };
        return [method, { ...op, ...security, responses }];
      }),
    );
  }
  return out;
}

export function openApiDocument(): Schema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Crosswire',
      version: '1',
      description:
        'News from many outlets as stories, with their facts across outlets. Lists page by cursor; responses carry ETags (send If-None-Match for a 304). ' +
        'Writes need `Authorization: Bearer TOKEN` when the server listens beyond loopback, and must not come from another site.',
    },
    paths: withCommon(paths),
    components: { schemas, securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
  };
}
