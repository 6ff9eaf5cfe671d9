// The domain of Crosswire. Stages meet here and in pipeline.ts, never by importing each other.

/** Where an article came from: an outlet (by name or domain), or a local file when nothing better is known. */
export interface Source {
  id: number;
  /** Display name of the outlet ("Harbour Times"), or the host name when no name is known. */
  name: string;
  /** Lower-cased host name without "www.", when known; outlets are matched on it first. */
  domain: string | null;
}

/**
 * A subscription: a feed Crosswire polls, with the state of its polling. Times are ISO 8601 (UTC), or null
 * for what has not happened yet.
 */
export interface Feed {
  id: number;
  /** The feed's own address (absolute http or https): one subscription per address. */
  url: string;
  title: string | null;
  /** The site the feed belongs to, when known. */
  siteUrl: string | null;
  /** The folder it is kept in ("News", "Tech"), as subscription lists have them. */
  category: string | null;
  addedAt: string;
  /** Validators of the last response, sent back so that an unchanged feed costs a 304. */
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  /** Failures in a row since the last success. */
  errorCount: number;
  /** When it is due again; null when it is due now (never polled). */
  nextPollAt: string | null;
  pollIntervalS: number | null;
  /** New items taken from it, over all polls. */
  itemsSeen: number;
}

/** What every form of an article carries, from extraction to storage. */
export interface ArticleCore {
  /** Where it was read from: a file path, "file.jsonl#record-id", or a URL. */
  origin: string;
  url: string | null;
  title: string;
  /** Clean article text, paragraphs separated by a blank line. */
  text: string;
  byline: string | null;
  /** ISO 8601 (with time zone where known), or null when the article carries no date. */
  published: string | null;
}

/** An article as the extract stage hands it on, before analysis and matching. */
export interface ExtractedArticle extends ArticleCore {
  /** Outlet name as the page states it (og:site_name, publisher, feed record "source"). */
  outlet: string | null;
  /** BCP 47 language code stated by the page, if any; analyze detects it otherwise. */
  lang: string | null;
  /** Lines or blocks removed as site furniture, kept for explanation and tests. */
  removed: string[];
  /** Set when the page did not hold the whole article (consent wall, teaser, truncation). */
  incomplete: string | null;
  /** When the page says the article was last changed, where it says so (ISO 8601). */
  modified?: string | null;
  /**
   * The article's paragraphs as sanitized HTML for display (p, h2–h4, blockquote, pre, lists; links,
   * emphasis, code, sub/sup and line breaks inside them), with exactly the words of `text`. Only pages
   * have it: null (or absent) for plain text and feed records, and for a page where no article was found.
   */
  html?: string | null;
  /** The article's lead picture: an absolute http(s) address, or null when the page names none. */
  image?: string | null;
}

/**
 * Who said what, found in an article's text: a direct quote (in quotation marks) or indirect speech ("X said
 * that ..."), with character offsets into the text (end exclusive).
 */
export interface Attribution {
  /** What was said: the words inside the quotation marks, or the reported clause. */
  content: [number, number];
  /** The words in the text that name the speaker (a name, a pronoun, "the official"), if the text names one. */
  source: [number, number] | null;
  /** The verb or phrase that marks the speech: "said", "told reporters", "according to". */
  cue: [number, number] | null;
  /** The speaker's name as resolved from the source (a pronoun resolved to the person it refers to), if known. */
  speaker: string | null;
  /** True for a quote in quotation marks. */
  direct: boolean;
  /**
   * For a quotation split by its tag ("“…,” she said. “…”"), the words inside each pair of marks: the
   * content runs from the first to the last, tag and all, as attribution corpora mark it; a reader is shown
   * these. Absent when the quotation is one piece.
   */
  quoted?: Array<[number, number]>;
}

export type EntityType = 'person' | 'organisation' | 'place';

/**
 * A person, organisation or place an article names, under one canonical name with the other forms the
 * article uses for it ("Antony Blinken": "Blinken", "Mr. Blinken", "Secretary Blinken").
 */
export interface Entity {
  /** The fullest form the article gives, without title or honorific: "Antony Blinken", "State Department". */
  name: string;
  type: EntityType;
  /**
   * Matching key across articles and the store: lower case, accents and honorifics dropped, a leading
   * country adjective or "the" dropped for organisations ("us state department" → "state department").
   */
  key: string;
  /** The other forms the article writes, as written ("Blinken", "Mr. Blinken", "the US State Department"). */
  aliases: string[];
  /** Titles and roles the article gives the entity ("US Secretary of State", "Chinese Foreign Minister"). */
  roles: string[];
  /** Mentions of every form, in the title and the text. */
  count: number;
  /** Character offsets [start, end) of each mention in the text (not the title), in text order. */
  spans: Array<[number, number]>;
}

/** How a figure is bounded: "more than 40" is 'over', "about 70%" is 'about', "up to 500" is 'under'. */
export type Bound = 'exact' | 'about' | 'over' | 'under';

/**
 * A figure an article states, with what it measures: "about 70% of machine tools imported by Russia come
 * from China". Offsets are into the article's text (end exclusive).
 */
export interface Claim {
  /** The figure as written: "70 percent", "five-and-a-half hours", "more than 40", "$8 billion". */
  surface: string;
  span: [number, number];
  /** The number in base units: 70 for 70%, 5.5 for five-and-a-half hours, 8e9 for $8 billion. */
  value: number;
  /** Canonical unit: '%', 'USD', 'EUR', 'hour', 'people', 'km'...; null for a bare count of `measure`. */
  unit: string | null;
  bound: Bound;
  /** What the figure measures, in the article's words: "machine tools imported by Russia", "residents evacuated". */
  measure: string;
  /** How a table names it, where that differs from `measure`: "people killed" for "killing two people". */
  label?: string;
  /** Content stems of the measure, its head noun first ("tool", "machin"; "people", "evacuat"), for comparing claims across articles. */
  measureKey: string[];
  /** The upper end of a range ("between 40 and 50"): `value` is then the low end and `bound` 'over'. */
  high?: number | null;
  /**
   * Stems of who holds the figure or acts on it, outside the measure ("iceland", "want" for "Iceland wants
   * 12.5% of the catch"); empty for counts. Two claims with different holders are never in conflict.
   */
  predicateKey?: string[];
  /**
   * When the figure holds, as its sentence says ("saturday", "2019", "last year", "first day"), lower case;
   * empty or absent when the sentence does not say. Claims with different times are never in conflict.
   */
  when?: string[];
  /** The sentence that states it. */
  sentence: [number, number];
  /** Who the article says gives the figure (a resolved speaker), or null when the article states it itself. */
  speaker: string | null;
  /**
   * The figure is the new value of something that moved, as its sentence says ("rose to 60", "has reached
   * 60", "60, up from 40"): a later report's figure that says so updates an earlier one instead of disputing it.
   */
  change?: 'up' | 'down';
  /**
   * The figure is a running total ("the death toll", "the number of dead"): it takes in every day's count,
   * so a figure for one day is a part of it, not another version of it.
   */
  running?: boolean;
}

/** What an article says, fact by fact: who it names, who it quotes, and the figures it gives. */
export interface ArticleFacts {
  entities: Entity[];
  attributions: Attribution[];
  claims: Claim[];
}

/** An outlet's report of one fact: which article, and its words. */
export interface FactVersion {
  articleId: number;
  outlet: string;
  /** The original this article copies, when it is a republication: copies corroborate nothing. */
  copyOf: number | null;
  /** The fact in this article's words: the quotation, the reported clause, or the figure as written. */
  text: string;
  /** The sentence it stands in. */
  sentence: string;
}

/**
 * Corroborated: stated by two or more independent reports (a copy counts with its original, once).
 * Single-source: one report states it. Conflict: reports give different values for the same measure.
 * Updated: a later report gives a new value and says the figure moved ("the toll rose to 60"); the values
 * are then listed oldest first.
 */
export type FactStatus = 'corroborated' | 'single-source' | 'conflict' | 'updated';

/** One statement by one speaker as the story's outlets report it, each in its own words. */
export interface StoryQuote {
  speaker: string | null;
  /** The speaker's entity key, when the speaker is a known entity of the story. */
  speakerKey: string | null;
  /** True when at least one outlet quotes the words directly (in quotation marks). */
  direct: boolean;
  status: FactStatus;
  /** Independent reports that carry it. */
  reports: number;
  /** Each outlet's wording; `direct` when that outlet quotes the words (in quotation marks) rather than reporting them. */
  versions: Array<FactVersion & { direct: boolean }>;
}

/** One figure of the story: what it measures, and the value each outlet gives. */
export interface StoryClaim {
  measure: string;
  status: FactStatus;
  reports: number;
  /** Each outlet's version; in a conflict, grouped by value; in an update, oldest first, with its publication time. */
  versions: Array<FactVersion & { value: number; unit: string | null; bound: Bound; speaker: string | null; published?: string | null }>;
  /**
   * The distinct values given ("about 70%", "70%"), each with the outlets that give it: in a conflict, the
   * values in dispute; in an update, each value the figure took, oldest first (a value may come back), with
   * when a report first gave it.
   */
  values: Array<{ text: string; outlets: string[]; published?: string }>;
}

/** A summary sentence with the outlets whose reports support it. */
export interface CitedSentence {
  text: string;
  /** The article the sentence is taken from. */
  articleId: number;
  /** Every outlet whose report states it, the taken one first. */
  sources: Array<{ articleId: number; outlet: string }>;
}

/** What a story's outlets agree on, what one of them alone says, and where they differ. */
export interface StoryFacts {
  /** The story's people, organisations and places, most mentioned first, with the number of its reports naming each. */
  entities: Array<Pick<Entity, 'name' | 'type' | 'key' | 'aliases' | 'roles'> & { reports: number }>;
  quotes: StoryQuote[];
  claims: StoryClaim[];
  summary: CitedSentence[];
  /** Counts for a glance: corroborated, single-source and conflicting facts (quotes and claims). */
  tally: Record<FactStatus, number>;
}

/** A proper-noun run found in the text: the first, untyped entities. */
export interface Mention {
  /** Normalised key: lower case, honorifics dropped ("mr. blinken" → "blinken"). */
  key: string;
  /** Surface form as first seen. */
  text: string;
  count: number;
  /** True when it appears in the title or the first sentences. */
  inLead: boolean;
}

/** What analyze adds to an article; matching works only from this. */
export interface Analysis {
  lang: string;
  wordCount: number;
  /** Weighted content terms (lower case, stop words dropped): title and lead count extra. */
  terms: Record<string, number>;
  /** Content terms of the title and the first sentences: where a news report states its event. */
  lead: Record<string, number>;
  mentions: Mention[];
  /** Numbers and amounts mentioned, normalised ("70%", "$8bn", "5.5 hours"). */
  numbers: string[];
  /** sha256 of the normalised title and text: the exact-duplicate key. */
  contentHash: string;
  /** MinHash signature of word shingles of the body, for near-duplicate detection. */
  minhash: Uint32Array;
}

export interface Article extends ArticleCore {
  id: number;
  ingestedAt: string;
  source: Source | null;
  lang: string;
  wordCount: number;
  contentHash: string;
  storyId: number | null;
  /** The article this one is a copy of (wire republication, light edit), or null for an original report. */
  copyOf: number | null;
  incomplete: string | null;
  /** As `ExtractedArticle.html`: the sanitized HTML of a page's article, or null. */
  html: string | null;
  /** As `ExtractedArticle.image`: the lead picture's absolute address, or null. */
  image: string | null;
}

/** The evidence for an article's place: which story it joined, and why. */
export interface Assignment {
  storyId: number;
  /**
   * "new" opened a story; "copy" joined its original's story; "similar" joined the most similar story;
   * "original" is an earlier version of a copy group already stored, and becomes the group's original.
   */
  reason: 'new' | 'copy' | 'similar' | 'original';
  score: number;
  copyOf: number | null;
  /** The shared features that carried the decision, strongest first. */
  ties: Tie[];
  /**
   * For a new story, the most similar story it was compared with, whose score (`score`, with `ties`) fell
   * short of joining; null when no story shared enough to be compared.
   */
  nearest?: number | null;
}

export interface Tie {
  feature: string;
  kind: 'entity' | 'term' | 'number';
  weight: number;
}

export interface StorySummary {
  id: number;
  headline: string;
  articleCount: number;
  /** Independent reports: articles that are not copies of another. */
  reportCount: number;
  outlets: string[];
  firstSeen: string;
  lastSeen: string;
  /** The thread this story belongs to, if it continues (or is continued by) another story. */
  threadId: number | null;
}

/** What a list of stories shows of each beyond its summary: a line of what happened, and who and where. */
export interface StoryCard {
  /** One sentence of the story, taken from its reports (its cited summary's first, else its first report's lead). */
  lede: string;
  /** The people most of its reports name, most named first (at most a few), and likewise its places. */
  people: Array<{ name: string; key: string }>;
  places: Array<{ name: string; key: string }>;
}

export type FollowKind = 'entity' | 'topic' | 'outlet';

/**
 * Something the reader follows or mutes: a person, organisation or place (`value` "type:key"), a topic
 * (a word or phrase, lower case) or an outlet (its name).
 */
export interface Follow {
  id: number;
  kind: FollowKind;
  value: string;
  /** As the reader sees it: the entity's or outlet's name, the topic as typed. */
  label: string;
  mode: 'follow' | 'mute';
  createdAt: string;
}

/** Stories about one ongoing matter, in time order. */
export interface Thread {
  id: number;
  title: string;
  stories: StorySummary[];
}

export interface StoryArticle {
  id: number;
  origin: string;
  source: string | null;
  /** The outlet's id in the store, for its page; null when the article names none. */
  sourceId: number | null;
  /** Where the article was published, when known. */
  url: string | null;
  title: string;
  /** The article's lead picture, or null. */
  image: string | null;
  published: string | null;
  /** When it was published, else when it was taken in: the time it is shown at on the story's timeline. */
  time: string;
  copyOf: number | null;
  score: number;
  reason: Assignment['reason'];
}

export interface Story extends StorySummary {
  articles: StoryArticle[];
  /** Entities and terms shared by the story's articles, with the number of articles that mention each. */
  ties: Array<{ feature: string; kind: Tie['kind']; articles: number }>;
}

/** What happened to one input of an import. */
export type IngestOutcome =
  | { status: 'new'; origin: string; articleId: number; storyId: number; copyOf: number | null }
  | { status: 'duplicate'; origin: string; articleId: number }
  | { status: 'failed'; origin: string; reason: string };

/** A record of a JSON or JSONL news file: `{id, title, text, url?, source?, published?}`. */
export interface NewsRecord {
  id: string;
  title: string;
  text: string;
  url?: string | null;
  source?: string | null;
  published?: string | null;
  lang?: string | null;
  /**
   * The article's web page, when the record carries it beside the feed's text (a crawl, a feed item whose
   * page was fetched): the article is then extracted from the page, and held up against the text.
   */
  html?: string | null;
}

/** A document as extraction takes it: a JSON line already parsed. */
export type ParsedDocument = Exclude<RawDocument, { kind: 'line' }>;

/** One input as ingestion read it, before extraction. */
export type RawDocument =
  | { kind: 'text'; origin: string; text: string }
  | { kind: 'html'; origin: string; html: string; url: string | null }
  | { kind: 'record'; origin: string; record: NewsRecord }
  /**
   * One line of a JSON Lines file, not yet parsed: parsing is per-document work, so it runs where the
   * document is prepared (a worker thread) rather than in the thread that reads the file.
   */
  | { kind: 'line'; origin: string; file: string; line: string; lineNumber: number }
  | { kind: 'error'; origin: string; reason: string };
