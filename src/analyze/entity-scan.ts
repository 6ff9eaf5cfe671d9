// Names in an article's text, one mention at a time: runs of capitalised words, cut into the title and the
// name ("US Secretary of State | Antony Blinken"), with the evidence the words around each give for each
// type (entity-context.ts). Deciding the type, and which mentions are one entity, is left to entities.ts,
// which sees them all.
//
// Headings (short lines in title case) are not read here: their capitals say nothing, so entities.ts only
// looks in them for the names the body gives.
import { afterCues, beforeCues, structureCues, useCues } from './entity-context.js';
import {
  DIRECTIONS, HONORIFICS, HYPHEN_SUFFIXES, MONTH_ABBREVIATIONS, NAME_CONNECTORS, NEWSPAPER_WORDS, NOT_ALONE,
  NOT_NAMES, ORG_FIRST, ORG_LAST, ORG_NOUNS, PLACE_FIRST, PLACE_HYPHEN_SUFFIXES, PLACE_LAST, PLACE_NOUNS,
  PLACE_OF_NOUNS, POSSESSIVE_HEADS, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_OF_WORDS, TITLE_WORDS,
} from './entity-cues.js';
import { keyWords } from './entity-names.js';
import {
  allCaps, AMPERSAND, APOSTROPHE, ArticleWords, DOT, isCapital, NEWLINE, possessive, singular, SPACE, STOP,
} from './entity-text.js';
import { foldName, isDemonymKey, listed, listedKey, LONGEST_LISTED, startsListed, type GazetteerEntry } from './gazetteer.js';
import { OPENERS } from './mentions.js';
import { GIVEN_NAMES } from './person-names.js';
import { DETERMINERS } from './quote-phrases.js';
import { isStopWord } from './stopwords.js';

/** One mention of a name, with what its context says it is. */
export interface NameMention {
  /** The name as written, without title, form of address, "the" or possessive: "Antony Blinken". */
  name: string;
  /** The form as written, for aliases: the name, or a one-word name with its title ("Mr. Blinken"). */
  written: string;
  /** Offsets of `written` in the text. */
  start: number;
  end: number;
  /** The name's words in key form, and joined: the name's key. */
  words: string[];
  key: string;
  roles: string[];
  /** Evidence for each type, summed over the cues. */
  person: number;
  organisation: number;
  place: number;
  /** Written with a title or a form of address: "Secretary Blinken", "Ms. Yellen". */
  addressed: boolean;
  /** Written with a title or a form of address proper: "Mr. Jordan", "Sen. Cruz", not "Republican Iowa". */
  titled: boolean;
  listed: GazetteerEntry | undefined;
  /** For an acronym in brackets after a name, that name's mention: "Chinese Communist Party (CCP)". */
  acronymOf: NameMention | null;
  /** A hyphenated name's parts ("US-China"): the parts are the mentions if the article knows them. */
  parts: NameMention[] | null;
  /** Its words can be a person's name: no digits, no "Department", nothing listed. */
  shaped: boolean;
  /**
   * This mention is used as a person's whatever its words are: "Mr. Jordan", "Jordan said", "said Jordan.",
   * "Jordan's wife", "Jordan, who". A listed place's name so used is a person's surname (entity-join.ts).
   */
  personUse: boolean;
  /** It opens a clause and a verb follows: "Halden said", "The Halden Foundation has": it acts on its own. */
  subject: boolean;
  /**
   * A name of two words or more whose first may be no given name: it opens a clause ("Using Ted Cruz"), is
   * a title or a role ("Senators Rubio"), or the text writes it in lower case ("Team Trump", "the team").
   */
  plainFirst: boolean;
}

const LOWER_TAIL = /-\p{Ll}/u;

/** A word that is no name by itself: a month, a title, a role, a demonym, a direction. */
function notAlone(w: string): boolean {
  return (
    NOT_NAMES.has(w) || MONTH_ABBREVIATIONS.has(w) || NOT_ALONE.has(w) || DIRECTIONS.has(w) || TITLE_WORDS.has(w) ||
    TITLE_WORDS.has(singular(w)) || ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || isDemonymKey(w) || DETERMINERS.has(w)
  );
}

class Scanner {
  readonly t: ArticleWords;
  readonly mentions: NameMention[] = [];
  /** Acronyms in brackets after a name: word index → the name's mention. */
  private readonly acronyms = new Map<number, NameMention>();
  private readonly facts = new Map<string, NameFacts>();

  constructor(text: string, title: string) {
    this.t = new ArticleWords(text, title);
  }

  /** The word's last hyphenated part, when the rest is lower case: "then-Speaker" → "speaker". */
  private hyphenTitle(i: number): string | null {
    const w = this.t.words[i] as string;
    const dash = w.lastIndexOf('-');
    if (dash <= 0 || isCapital(w)) return null;
    const last = w.slice(dash + 1);
    return isCapital(last) && TITLE_WORDS.has(last.toLowerCase()) ? last.toLowerCase() : null;
  }

  private opensName(i: number): boolean {
    const w = this.t.words[i] as string;
    if (isCapital(w)) return true;
    return w.length > 4 && w.includes('-') && this.hyphenTitle(i) !== null;
  }



  scan(): void {
    const n = this.t.words.length;
    let i = 0;
    while (i < n) {
      if (this.t.heading[i] || !this.opensName(i)) {
        i++;
        continue;
      }
      const run = [i];
      let k = i;
      for (;;) {
        const next = k + 1;
        if (next >= n || this.t.heading[next]) break;
        const w = this.t.words[k] as string;
        // A possessive ends the name, unless a name's last word follows: "St Columba's Hospital".
        if (possessive(w) && !(this.t.plain(next) && isCapital(this.t.words[next] as string) && POSSESSIVE_HEADS.has(this.t.lw(next)))) break;
        const g = this.t.gap(next);
        const joins =
          g === SPACE ||
          (g === (DOT | STOP | SPACE) && this.t.abbreviation(k) && !isStopWord(this.t.lw(next))) ||
          (g === (APOSTROPHE | SPACE) && w.endsWith('s') && isCapital(this.t.words[next] as string)) ||
          (g === (AMPERSAND | SPACE) && isCapital(this.t.words[next] as string));
        if (!joins) break;
        if (isCapital(this.t.words[next] as string)) {
          run.push(next);
          k = next;
          continue;
        }
        const links = this.connectors(run, next);
        if (links === 0) break;
        for (let j = 0; j <= links; j++) run.push(next + j);
        k = next + links;
      }
      this.emitRun(run);
      i = k + 1;
    }
  }

  /** How many lower-case words from `at` join the run to a capitalised word after them (0: none). */
  private connectors(run: readonly number[], at: number): number {
    const first = this.t.lw(at);
    const head = this.t.lw(run[run.length - 1] as number);
    const hasOf = run.some((r) => this.t.lw(r) === 'of' || this.t.lw(r) === 'for');
    const ok =
      NAME_CONNECTORS.has(first) ||
      (first === 'for' && ORG_FIRST.has(head)) ||
      (first === 'and' && hasOf && ORG_FIRST.has(this.t.lw(run[0] as number)));
    if (!ok) return 0;
    let j = at + 1;
    // "Office of the U.S. Trade Representative": "of" may take "the".
    if ((first === 'of' || first === 'for') && this.t.lw(j) === 'the' && this.t.plain(j)) j++;
    if (j >= this.t.words.length || !this.t.plain(j) || this.t.heading[j] || !isCapital(this.t.words[j] as string)) return 0;
    return j - at;
  }

  private emitRun(run: number[]): void {
    const clause = this.t.clauseStart(run[0] as number);
    let a = 0;
    let b = run.length;
    let the = this.t.lowerBefore(run[0] as number) === 'the';
    let placeOf = false;
    while (a < b) {
      const t = run[a] as number;
      const lw = this.t.lw(t);
      const w = this.t.words[t] as string;
      if (lw === 'the' || lw === 'a' || lw === 'an') {
        the = lw === 'the';
        a++;
      } else if (NOT_NAMES.has(lw) || MONTH_ABBREVIATIONS.has(lw) || NAME_CONNECTORS.has(lw)) {
        // "the Year Barack Obama": the article went with the word dropped.
        the = false;
        a++;
      } else if (a === 0 && clause && !allCaps(w) && (OPENERS.has(lw) || isStopWord(lw)) && !HONORIFICS.has(lw) && !this.listedFrom(run, a) && !this.givenOpener(run, a)) {
        // "Residents of Halvik": the opener says what the place is.
        placeOf = PLACE_OF_NOUNS.has(lw) && this.t.lw(run[1] as number) === 'of';
        a++;
      } else {
        break;
      }
    }
    // A month after a given name is a surname: "Theresa May".
    const given = b - a >= 2 && GIVEN_NAMES.has(foldName(this.t.lw(run[a] as number)));
    while (b > a && ((NOT_NAMES.has(this.t.lw(run[b - 1] as number)) && !given) || NAME_CONNECTORS.has(this.t.lw(run[b - 1] as number)) || this.t.lw(run[b - 1] as number) === 'the')) b--;
    if (a >= b) return;
    // An ordinary word that only opens the sentence ("Military communication"), not a name.
    const first = run[a] as number;
    if (a === 0 && clause && !allCaps(this.t.words[first] as string) && !this.special(first) && !this.givenOpener(run, a) && this.t.ordinary(this.t.lw(first))) {
      placeOf = PLACE_OF_NOUNS.has(this.t.lw(first)) && this.t.lw(run[a + 1] as number) === 'of';
      a++;
      while (a < b && (NAME_CONNECTORS.has(this.t.lw(run[a] as number)) || this.t.lw(run[a] as number) === 'the')) a++;
      if (a >= b) return;
    }
    // "Nineteen-year-old Callum Rennick": an age, not part of the name.
    let aged = false;
    if (b - a > 1 && LOWER_TAIL.test(this.t.words[run[a] as number] as string) && isCapital(this.t.words[run[a] as number] as string) && !ROLE_NOUNS.has(this.t.lw(run[a] as number))) {
      aged = /year-old$/u.test(this.t.lw(run[a] as number));
      a++;
    }
    const tokens = run.slice(a, b);
    this.emitTitled(tokens, { the, placeOf, aged, outerStart: run[a] as number });
  }

  /**
   * Whether an ordinary word opening a sentence is a given name before a surname: "Will Smith said",
   * "Bill Clinton arrived" — unless the sentence asks ("Will Britain leave?"), where "Will" is the verb.
   */
  private givenOpener(run: readonly number[], a: number): boolean {
    const next = run[a + 1];
    if (next === undefined || !GIVEN_NAMES.has(foldName(this.t.lw(run[a] as number)))) return false;
    if (!this.t.plain(next) || NAME_CONNECTORS.has(this.t.lw(next)) || !isCapital(this.t.words[next] as string)) return false;
    return !this.asks(run[run.length - 1] as number);
  }

  /** Whether the sentence holding word i ends with a question mark. */
  private asks(i: number): boolean {
    const n = this.t.words.length;
    for (let k = i + 1; k <= n && k - i < 80; k++) {
      const g = this.t.gap(k);
      if (!(g & (STOP | NEWLINE)) || (k < n && !this.t.clauseStart(k))) continue;
      const from = this.t.end(k - 1);
      return this.t.text.slice(from, k < n ? this.t.starts[k] : this.t.text.length).includes('?');
    }
    return false;
  }

  /** Whether the run's words from `a` start with a listed name of two or three words: "New Zealand". */
  private listedFrom(run: readonly number[], a: number): boolean {
    if (!startsListed(this.t.words[run[a] as number] as string)) return false;
    for (let len = 2; len <= LONGEST_LISTED && a + len <= run.length; len++) {
      const last = run[a + len - 1] as number;
      const end = this.t.end(last) - (possessive(this.t.words[last] as string) ? 2 : 0);
      if (listed(this.t.text.slice(this.t.starts[run[a] as number], end))) return true;
    }
    return false;
  }

  /** Capitalised words that belong to a name even when they open a sentence. */
  private special(i: number): boolean {
    const lw = this.t.lw(i);
    return TITLE_WORDS.has(lw) || ROLE_NOUNS.has(lw) || ORG_FIRST.has(lw) || PLACE_FIRST.has(lw) || listed(this.t.words[i] as string) !== undefined;
  }

  /** Splits a title off the run ("Chinese Foreign Minister | Wang Yi") and emits the rest. */
  private emitTitled(tokens: number[], ctx: RunContext): void {
    const n = tokens.length;
    for (let m = n - 2; m >= 0; m--) {
      const t = tokens[m] as number;
      const lw = this.hyphenTitle(t) ?? (this.t.lw(t));
      if (!(TITLE_WORDS.has(lw) || (m === 0 && (ROLE_NOUNS.has(lw) || NOT_ALONE.has(lw))))) continue;
      let s = m + 1;
      if (this.t.lw(tokens[s] as number) === 'of') {
        s++;
        if (this.t.lw(tokens[s] as number) === 'the') s++;
        // "President of the United States", "Minister of Foreign Affairs": all of it is the title.
        s += Math.max(1, this.listedLength(tokens, s));
        while (s < n - 1 && TITLE_OF_WORDS.has(this.t.lw(tokens[s] as number))) s++;
      }
      if (s >= n) continue;
      const name = tokens.slice(s);
      if (!this.nameAfterTitle(name)) continue;
      const roleWords = tokens.slice(0, s).filter((r) => !HONORIFICS.has(this.t.lw(r)));
      let role: string | null = null;
      if (roleWords.length) {
        let from = this.t.starts[roleWords[0] as number] as number;
        const before = (tokens[0] as number) - 1;
        // "Iceland's Fisheries Minister": the country's possessive is part of the role.
        if (before >= 0 && this.t.plain(tokens[0] as number) && possessive(this.t.words[before] as string) && isCapital(this.t.words[before] as string)) from = this.t.starts[before] as number;
        role = this.t.text.slice(from, this.t.end(roleWords[roleWords.length - 1] as number));
      }
      // "Secretary Blinken", "Mr. Blinken" are forms of the name; "Republican Trump" is not.
      const writtenFrom = name.length === 1 && !NOT_ALONE.has(lw) ? (this.t.starts[t] as number) : undefined;
      this.emitOf(name, { ...ctx, outerStart: tokens[0] as number, addressed: true, titled: TITLE_WORDS.has(lw), role, writtenFrom });
      return;
    }
    this.emitOf(tokens, ctx);
  }

  /** How many of the words from `at` make a listed name: "United States" is 2. */
  private listedLength(tokens: readonly number[], at: number): number {
    if (at >= tokens.length || !startsListed(this.t.words[tokens[at] as number] as string)) return 0;
    for (let len = Math.min(LONGEST_LISTED, tokens.length - at); len >= 1; len--) {
      if (listed(this.t.text.slice(this.t.starts[tokens[at] as number], this.t.end(tokens[at + len - 1] as number)))) return len;
    }
    return 0;
  }

  /** Whether the words after a title can be a person's name: not "Department" of "Justice Department". */
  private nameAfterTitle(name: readonly number[]): boolean {
    const last = this.t.lw(name[name.length - 1] as number);
    const first = this.t.lw(name[0] as number);
    if (ORG_LAST.has(last) || PLACE_LAST.has(last) || ORG_FIRST.has(first) || TITLE_WORDS.has(first)) return false;
    // "Republican Presidents", "Democratic National Convention": more titles or a body, no name.
    if (TITLE_WORDS.has(singular(first)) || ROLE_NOUNS.has(singular(first)) || ROLE_MODIFIERS.has(first)) return false;
    return name.every((t) => !/\d/u.test(this.t.words[t] as string));
  }

  /** Splits "Martin Oduya of the Clean Tides Coalition" in two; keeps "University of Kaltenbrunn" whole. */
  private emitOf(tokens: number[], ctx: RunContext): void {
    for (let c = 1; c < tokens.length - 1; c++) {
      const lw = this.t.lw(tokens[c] as number);
      if (lw !== 'of' && lw !== 'for') continue;
      const head = this.t.lw(tokens[c - 1] as number);
      if (ORG_FIRST.has(head) || PLACE_FIRST.has(head) || TITLE_OF_WORDS.has(head)) break;
      const whole = this.t.text.slice(this.t.starts[tokens[0] as number], this.t.end(tokens[tokens.length - 1] as number));
      if (listed(whole)) break;
      const left = tokens.slice(0, c);
      let r = c + 1;
      const the = this.t.lw(tokens[r] as number) === 'the';
      if (the) r++;
      const right = tokens.slice(r);
      const placeOf = left.length === 1 && PLACE_OF_NOUNS.has(this.t.lw(left[0] as number));
      if (!(left.length === 1 && (TITLE_WORDS.has(this.t.lw(left[0] as number)) || PLACE_OF_NOUNS.has(this.t.lw(left[0] as number))))) {
        this.emitName(left, { ...ctx, noAfter: true });
      }
      if (right.length) this.emitName(right, { the, placeOf, aged: false, outerStart: right[0] as number, noBefore: true, writtenFrom: undefined });
      return;
    }
    this.emitName(tokens, ctx);
  }



  private emitName(tokens: number[], ctx: RunContext): void {
    const lastTok = tokens[tokens.length - 1] as number;
    const firstTok = tokens[0] as number;
    const start = this.t.starts[firstTok] as number;
    let end = this.t.end(lastTok);
    const lastWord = this.t.words[lastTok] as string;
    if (possessive(lastWord)) end -= 2;
    let hyphenPlace = false;
    // "Taiwan-based", "Chinese-made": the place, and a cue that it is one.
    const dash = lastWord.lastIndexOf('-');
    if (dash > 0) {
      const tail = lastWord.slice(dash + 1).toLowerCase();
      if (PLACE_HYPHEN_SUFFIXES.has(tail) || HYPHEN_SUFFIXES.has(tail)) {
        end = (this.t.starts[lastTok] as number) + dash;
        hyphenPlace = PLACE_HYPHEN_SUFFIXES.has(tail);
      }
    }
    const name = this.t.text.slice(start, end);
    const n = tokens.length;
    const facts = this.factsOf(name, n);
    const { words, known } = facts;
    const w0 = words[0] as string;
    if (!known) {
      if (facts.noName) return;
      if (n === 1 && this.adjective(w0, lastTok + 1)) return;
      if (n === 1 && (ORG_LAST.has(w0) || PLACE_LAST.has(w0)) && !(ctx.the && NEWSPAPER_WORDS.has(w0))) return;
    }
    const after = ctx.noAfter ? -1 : lastTok + 1;
    const nextWord = after >= 0 && after < this.t.words.length ? (this.t.words[after] as string) : '';
    // "Orbit 2", "Boeing 737": a product's model, unless listed.
    if (!known && after >= 0 && this.t.plain(after) && /^\d+$/u.test(nextWord)) return;

    const written = ctx.writtenFrom !== undefined ? this.t.text.slice(ctx.writtenFrom, end) : name;
    const m: NameMention = {
      name,
      written,
      start: ctx.writtenFrom ?? start,
      end,
      words,
      key: facts.key,
      roles: ctx.role ? [ctx.role] : [],
      person: 0,
      organisation: 0,
      place: 0,
      addressed: ctx.addressed ?? false,
      listed: known,
      acronymOf: this.acronyms.get(firstTok) ?? null,
      parts: null,
      shaped: false,
      titled: ctx.titled ?? false,
      personUse: ctx.titled ?? false,
      subject: false,
      plainFirst: n >= 2 && this.plainFirst(firstTok),
    };
    if (ctx.addressed) m.person += 6;
    if (ctx.aged) m.person += 2;
    if (ctx.placeOf) m.place += 4;
    if (hyphenPlace) m.place += 3;
    if (ctx.the) m.person -= 3;
    structureCues(this.t, m, tokens, ctx.the);
    if (!ctx.noBefore) beforeCues(this.t, m, ctx.outerStart, n);
    if (after >= 0 && afterCues(this.t, m, after, n)) this.acronyms.set(after, m);
    useCues(this.t, m, ctx.noBefore ? -1 : ctx.outerStart, lastTok, !ctx.noAfter);
    facts.personShaped ??= this.personShaped(tokens, words, known);
    m.shaped = facts.personShaped;
    if (m.person > 0 && !m.shaped) m.person = 0;
    // "US-China", "Biden-Xi": maybe two names; entities.ts decides once it knows the article's names.
    if (n === 1 && !known && name.includes('-') && /^[^-]+(?:-\p{Lu}[^-]*)+$/u.test(name) && isCapital(name)) {
      let at = start;
      m.parts = name.split('-').map((part) => {
        const p = this.bare(part, at, at + part.length);
        at += part.length + 1;
        return p;
      });
    }
    this.mentions.push(m);
  }

  /** Whether the first word of a name of several may be an ordinary word rather than a given name. */
  private plainFirst(i: number): boolean {
    const lw = this.t.lw(i);
    if (GIVEN_NAMES.has(foldName(lw))) return false;
    return this.t.clauseStart(i) || notAlone(lw) || ROLE_NOUNS.has(singular(lw)) || this.t.ordinary(lw);
  }

  /** "the Styrian town", "Iberian ports": an adjective of a place before a noun, not a name. */
  private adjective(word: string, next: number): boolean {
    if (!/(?:ian|ean|ese|ish|ic|an|ive|al|ous)$/u.test(word) || GIVEN_NAMES.has(word) || next >= this.t.words.length || !this.t.plain(next)) return false;
    const lw = this.t.lw(next);
    return !isCapital(this.t.words[next] as string) && (PLACE_NOUNS.has(lw) || ROLE_NOUNS.has(singular(lw)) || ORG_NOUNS.has(lw));
  }

  /** What a name's words alone say, the same wherever it is written: worked out once an article. */
  private factsOf(name: string, n: number): NameFacts {
    let facts = this.facts.get(name);
    if (facts === undefined) {
      const words = keyWords(name);
      const key = words.join(' ');
      const known = listedKey(key, name);
      const w0 = words[0] as string;
      const wl = words[words.length - 1] as string;
      const noName =
        !known &&
        // "(D-NJ)": a party and a state; "T-shirt", "U-turn".
        (/^\p{Lu}-(?:\p{Lu}{2}$|\p{Ll})/u.test(name) ||
          (n === 1 && notAlone(w0)) ||
          words.every((w) => isDemonymKey(w) || TITLE_WORDS.has(w) || ROLE_MODIFIERS.has(w) || NAME_CONNECTORS.has(w)) ||
          // A title with no name after it: "the Chinese Foreign Minister".
          (n > 1 && TITLE_WORDS.has(wl) && !GIVEN_NAMES.has(w0) && !ORG_FIRST.has(w0) && !PLACE_FIRST.has(w0)));
      facts = { words, key, known, noName, personShaped: undefined };
      this.facts.set(name, facts);
    }
    return facts;
  }

  /** A mention with no cues of its own, for a part of a hyphenated name. */
  private bare(name: string, start: number, end: number): NameMention {
    const words = keyWords(name);
    return {
      name, written: name, start, end, words, key: words.join(' '), roles: [], person: 0, organisation: 0, place: 0, addressed: false, titled: false,
      listed: listed(name), acronymOf: null, parts: null, shaped: false, personUse: false, subject: false, plainFirst: false,
    };
  }



















  /** Whether the words can be a person's name at all. */
  private personShaped(tokens: readonly number[], words: readonly string[], known: GazetteerEntry | undefined): boolean {
    if (known || words.length > 5) return false;
    if (TITLE_WORDS.has(words[0] as string)) return false;
    for (let i = 0; i < tokens.length; i++) {
      const w = this.t.words[tokens[i] as number] as string;
      const lw = words[i];
      if (lw === undefined) break;
      if (NAME_CONNECTORS.has(lw) && i > 0) continue;
      if (/\d/u.test(w) || (allCaps(w.replace(/['’]s$/u, '')) && !w.includes('.'))) return false;
      if (ORG_LAST.has(lw) || PLACE_LAST.has(lw) || ORG_FIRST.has(lw) || PLACE_FIRST.has(lw) || isDemonymKey(lw) || NOT_NAMES.has(lw)) return false;
      if (listed(w)?.type === 'organisation') return false;
    }
    return true;
  }
}

interface NameFacts {
  words: string[];
  key: string;
  known: GazetteerEntry | undefined;
  /** Not a name however written: a title, a demonym, a month. */
  noName: boolean;
  personShaped: boolean | undefined;
}

interface RunContext {
  the: boolean;
  /** After a place noun and "of": "the town of Altenmoos". */
  placeOf: boolean;
  /** After an age: "Nineteen-year-old Callum Rennick". */
  aged: boolean;
  /** The first word of the whole run, title included, for the cues before it. */
  outerStart: number;
  addressed?: boolean;
  /** After a title or a form of address proper ("Sen.", "Mr."), not a party's or a role's word. */
  titled?: boolean;
  role?: string | null;
  /** Where the written form starts, when a one-word name keeps its title: "Mr. Blinken". */
  writtenFrom?: number;
  /** The left part of "X of Y": what follows it is the "of". */
  noAfter?: boolean;
  /** The right part of "X of Y". */
  noBefore?: boolean;
}

/** The name mentions of a text, in order, and the ranges of its headings. */
export function scanNames(text: string, title = ''): { mentions: NameMention[]; headings: Array<[number, number]> } {
  const s = new Scanner(text, title);
  s.scan();
  return { mentions: s.mentions, headings: s.t.headings };
}


