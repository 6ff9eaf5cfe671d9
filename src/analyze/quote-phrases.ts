// Noun phrases around a cue: who speaks ("Clinton", "the former secretary of state", "he") and to whom.
import { isDemonym } from './gazetteer.js';
import { CUE_WORDS } from './quote-cues.js';
import { ABBREVIATIONS, isUpperStart, type Unit } from './quote-text.js';
import { isStopWord } from './stopwords.js';

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);
/** Words that open a relative clause: "a message that said", "numbers which the authors cite". */
export const RELATIVES = new Set(['that', 'which', 'who', 'whom']);
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it']);
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'many',
  'several', 'most', 'all', 'both', 'any', 'each', 'another', 'every', 'other', 'few', 'one', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'more', 'no',
]);
// Between the speaker and the cue: "Clinton has also said", "he later wrote".
export const BETWEEN = new Set([
  'also', 'has', 'had', 'have', 'later', 'then', 'previously', 'recently', 'once', 'again', 'repeatedly', 'reportedly',
  'publicly', 'privately', 'would', 'will', 'did', 'does', 'do', 'could', 'might', 'may', 'must', 'should', 'earlier',
  'never', 'always', 'often', 'just', 'simply', 'flatly', 'quickly', 'further', 'still', 'already', 'even',
  'frequently', 'first', 'initially', 'originally', 'subsequently', 'quietly', 'angrily', 'bluntly', 'openly',
  'explicitly', 'specifically', 'emphatically', 'famously', 'not', 'n’t', "n't", 'is', 'was', 'are', 'were', 'been',
  'be', 'being', 'has', 'can', 'shall', 'ultimately', 'finally', 'eventually', 'clearly', 'correctly', 'rightly',
  'wrongly', 'falsely', 'separately', 'similarly', 'likewise', 'personally', 'directly', 'tearfully', 'proudly',
  'confidently', 'calmly', 'sharply', 'firmly', 'strongly', 'loudly', 'softly', 'jokingly', 'sarcastically',
  'candidly', 'frankly', 'forcefully', 'passionately', 'recently', 'subsequently', 'immediately', 'promptly',
  'routinely', 'consistently', 'regularly', 'constantly', 'continually', 'seemingly', 'apparently', 'allegedly',
  'now', 'only', 'actually', 'really', 'indeed', 'herself', 'himself', 'themselves', 'itself',
  ...["didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "couldn't", "hasn't", "haven't", "hadn't", "isn't", "wasn't", "shouldn't"].flatMap((w) => [w, w.replace("'", '’')]),
]);
// Words that end a noun phrase when read backwards from the cue.
const BREAKS = new Set([
  'that', 'and', 'but', 'or', 'nor', 'when', 'while', 'because', 'as', 'if', 'so', 'than', 'though', 'although',
  'since', 'after', 'before', 'until', 'where', 'whether', 'who', 'whom', 'which', 'what', 'whose', 'why', 'how',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'to', 'not', 'has', 'had', 'have', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'should', 'did', 'does', 'do', 'also', 'yet', 'then', 'there', 'here', 'said',
  'says', 'asked', 'told', 'according', 'once', 'unless', 'like', 'unlike', 'about', 'into', 'onto', 'upon',
  'over', 'under', 'against', 'between', 'through', 'during', 'without', 'within', 'behind', 'despite', 'amid',
  'toward', 'towards', 'per', 'via', 'by', 'both', 'either', 'neither', 'however', 'instead', 'meanwhile',
  'indeed', 'thus', 'therefore', 'hence', 'too', 'very', 'just', 'even', 'only', 'yes', 'no', 'not', 'never',
  'it’s', "it's", 'there’s', "there's", 'he’s', "he's", 'she’s', "she's", 'let', 'get', 'got', 'make', 'made',
  'in', 'on',
]);
// Prepositions inside a speaker's description: "a spokeswoman for the committee", "the head of the agency".
const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with']);
// Words that open a speaker's description but cannot stand alone before the cue.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm',
  'rev', 'prof', 'president', 'secretary', 'senator', 'governor', 'representative', 'congressman', 'congresswoman',
  'speaker', 'leader', 'chairman', 'chairwoman', 'chair', 'minister', 'chancellor', 'mayor', 'judge', 'justice',
  'general', 'attorney', 'ambassador', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'candidate',
  'nominee', 'vice', 'former', 'sir', 'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'pope', 'father', 'sister',
  'pastor', 'bishop', 'rabbi', 'imam', 'officer', 'chief', 'deputy', 'assistant', 'acting', 'press', 'host',
  'anchor', 'commentator', 'columnist', 'author', 'professor', 'analyst', 'strategist', 'adviser', 'advisor',
  'aide', 'manager', 'founder', 'ceo', 'executive', 'commissioner', 'sheriff', 'detective', 'prosecutor',
  'lawyer', 'attorneys', 'chairperson', 'lt.', 'gop', 'democratic', 'republican', 'presidential', 'white',
  'house', 'senate', 'state', 'majority', 'minority', 'whip', 'first', 'u.s', 'us', 'american', 'federal',
]);

// Capitalised words that are no one's name.
const NOT_NAMES = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'then', 'now', 'still',
  'asked', 'speaking', 'meanwhile', 'however', 'earlier', 'later', 'year', 'years',
]);

// Nouns for a person: a definite description with one of them ("the senator") refers to someone named before.
export const PERSON_NOUNS = new Set([
  'official', 'officials', 'senator', 'governor', 'president', 'candidate', 'nominee', 'secretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'man', 'woman', 'lawmaker', 'congressman', 'congresswoman', 'billionaire', 'tycoon',
  'mogul', 'businessman', 'businesswoman', 'frontrunner', 'front-runner', 'judge', 'justice', 'mayor', 'minister',
  'leader', 'chairman', 'chairwoman', 'director', 'executive', 'lawyer', 'attorney', 'ambassador', 'diplomat',
  'general', 'envoy', 'adviser', 'advisor', 'aide', 'strategist', 'analyst', 'speaker', 'representative', 'host', 'anchor',
  'reporter', 'author', 'writer', 'actor', 'actress', 'star', 'singer', 'star', 'founder', 'chief', 'commissioner',
  'prosecutor', 'activist', 'pastor', 'pope', 'king', 'queen', 'prince', 'princess', 'father', 'mother', 'son',
  'daughter', 'wife', 'husband', 'veteran', 'politician', 'populist', 'democrat', 'republican', 'independent',
  'incumbent', 'challenger', 'contender', 'hopeful', 'rival', 'opponent', 'former', 'manager', 'chair', 'head',
  'professor', 'economist', 'expert', 'scholar', 'columnist', 'commentator', 'pollster', 'consultant', 'operative',
  'insider', 'donor', 'supporter', 'critic', 'player', 'coach', 'officer', 'sheriff', 'detective', 'agent',
]);

export interface Phrase {
  /** Unit indices, end exclusive. */
  start: number;
  end: number;
}

function isWord(u: Unit | undefined): boolean {
  return u !== undefined && u.q < 0 && u.w !== '' && /[\p{L}\p{N}]/u.test(u.w[0] as string);
}

// Words for people that can be qualified by where they are: "police in …", "officials in …".
const GROUP_NOUNS = new Set([
  'police', 'authorities', 'residents', 'witnesses', 'sources', 'people', 'troops', 'protesters', 'voters', 'workers',
  'rescuers', 'doctors', 'observers', 'activists', 'militants', 'rebels', 'forces', 'prosecutors', 'investigators',
  'shareholders', 'investors', 'employees', 'staff', 'members', 'traders', 'farmers', 'teachers', 'students', 'parents',
]);
// Words of direction before a place name: "western Norland", "the north of …" is left out.
const PLACE_MODIFIERS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north', 'south', 'east', 'west', 'rural', 'downtown', 'neighboring', 'neighbouring']);

/** Whether units start..end are a place name, perhaps after a word of direction: "Norland", "western Norland". */
function placeAt(us: readonly Unit[], start: number, end: number): boolean {
  for (let j = start; j < end; j++) {
    const u = us[j] as Unit;
    if (!isWord(u)) return false;
    if (isUpperStart(u.w) ? DETERMINERS.has(u.lw) || SUBJECT_PRONOUNS.has(u.lw) || /['’]s$/u.test(u.w) : !(j === start && PLACE_MODIFIERS.has(u.lw))) return false;
  }
  return isUpperStart((us[end - 1] as Unit).w);
}

/** Whether a word can head a speaker that "in" and a place qualify: "Police", "officials", "the ambassador". */
function canHeadPlace(u: Unit | undefined): boolean {
  if (!isWord(u)) return false;
  const w = u as Unit;
  if (BREAKS.has(w.lw) || DETERMINERS.has(w.lw) || SUBJECT_PRONOUNS.has(w.lw) || isVerbCue(w)) return false;
  const singular = w.lw.replace(/s$/u, '');
  return GROUP_NOUNS.has(w.lw) || PERSON_NOUNS.has(w.lw) || PERSON_NOUNS.has(singular);
}

/** A word of two or more capitals: "US", "UN". */
function isAcronym(w: string): boolean {
  return w.length > 1 && /^\p{Lu}+$/u.test(w);
}

export function isPunct(u: Unit | undefined, chars: string): boolean {
  return u !== undefined && u.q < 0 && u.w.length === 1 && chars.includes(u.w);
}

/** A cue word that can only be a verb: not "report", "claims" or "thinking". */
function isVerbCue(u: Unit): boolean {
  const cue = CUE_WORDS.get(u.lw);
  return cue !== undefined && !cue.nounLike && !cue.participle;
}

/** A dot that belongs to an abbreviation before it ("Mr.", "U.S."). */
export function abbreviationDot(us: readonly Unit[], j: number): boolean {
  const u = us[j];
  const before = us[j - 1];
  return u !== undefined && u.w === '.' && before !== undefined && before.e === u.s && (ABBREVIATIONS.has(before.lw) || /^\p{Lu}$/u.test(before.w));
}

/** The noun phrase that ends at unit j, read backwards no further than lo. */
export function phraseBefore(us: readonly Unit[], j: number, lo: number): Phrase | null {
  const end = j + 1;
  let start = end;
  let words = 0;
  while (j >= lo) {
    const u = us[j] as Unit;
    if (u.q >= 0) break;
    if (!isWord(u)) {
      if (abbreviationDot(us, j) && start < end + 1) {
        start = j;
        j--;
        continue;
      }
      // A hyphen joins a name; a dash with spaces around it ends the phrase.
      if ((u.w === '-' || u.w === '&' || u.w === '/') && start < end && !spacedDash(us, j)) {
        j--;
        continue;
      }
      break;
    }
    const lw = u.lw;
    if (SUBJECT_PRONOUNS.has(lw)) {
      if (start === end) start = j;
      break;
    }
    if (DETERMINERS.has(lw)) {
      start = j;
      words++;
      // "the head of the agency": the phrase goes on before a preposition.
      const prep = us[j - 1];
      if (prep !== undefined && j - 1 > lo && NP_PREPOSITIONS.has(prep.lw) && isWord(us[j - 2]) && !BREAKS.has((us[j - 2] as Unit).lw)) {
        j -= 2;
        continue;
      }
      break;
    }
    // "Police in western Norland said": a place after "in" qualifies the speaker before it.
    if (lw === 'in' && start < end && placeAt(us, start, end) && j - 1 >= lo && canHeadPlace(us[j - 1])) {
      j--;
      continue;
    }
    // "The top US diplomat": in capitals, "US" is the country, not the pronoun.
    if (BREAKS.has(lw) || (OBJECT_PRONOUNS.has(lw) && !isAcronym(u.w)) || (isVerbCue(u) && !isUpperStart(u.w))) break;
    if (NP_PREPOSITIONS.has(lw)) {
      if (start === end || !isWord(us[j - 1])) break;
      j--;
      continue;
    }
    start = j;
    words++;
    if (words >= 12) break;
    j--;
  }
  while (start < end && NP_PREPOSITIONS.has((us[start] as Unit).lw)) start++;
  if (start >= end) return null;
  return { start, end };
}

/** The speaker before the cue at k: "Clinton said", "the official, who asked not to be named, said". */
export function subjectBefore(us: readonly Unit[], k: number, lo: number): Phrase | null {
  let j = k - 1;
  while (j >= lo && BETWEEN.has((us[j] as Unit).lw)) j--;
  // "Mulvaney on Sunday defended …", "the mayor last week said": when it was said stands between.
  const when = whenBefore(us, j, lo);
  if (when < j) {
    j = when;
    while (j >= lo && BETWEEN.has((us[j] as Unit).lw)) j--;
  }
  // "Rep. Paul Ryan (R-WI) said": a parenthesis after the name.
  if (isPunct(us[j], ')')) {
    let m = j - 1;
    while (m > lo && m > j - 10 && !isPunct(us[m], '(')) m--;
    if (isPunct(us[m], '(')) {
      const p = phraseBefore(us, m - 1, lo);
      return p === null ? null : { start: p.start, end: j + 1 };
    }
  }
  if (j < lo) return null;
  const u = us[j] as Unit;
  // "Clinton shook her head and said": the subject of the sentence.
  if ((u.lw === 'and' || u.lw === 'but') && lo === 0 && j > 1) return sentenceSubject(us, j);
  if (u.lw === 'who' || u.lw === 'which') {
    let m = j - 1;
    if (isPunct(us[m], ',')) m--;
    return m >= lo ? phraseBefore(us, m, lo) : null;
  }
  if (isPunct(u, ',')) {
    // "Sen. Ana Ruiz, D-Ohio, a member of the committee, said", "Ruiz, however, said": the sentence's
    // subject and everything between it and the verb.
    if (lo === 0) {
      const head = appositiveHead(us, j);
      if (head !== null) return head;
    }
    // "Bernstein, a Montgomery Village resident, said": the name before the description.
    for (let m = j - 1; m > lo && m >= j - 25; m--) {
      const v = us[m] as Unit;
      if (v.q >= 0 || isPunct(v, '.;:!?') && !abbreviationDot(us, m)) return null;
      if (isPunct(v, ',')) {
        const name = phraseBefore(us, m - 1, lo);
        if (name === null) return null;
        // "Others, however, said": an aside, not a description.
        const aside = us[m + 1] as Unit;
        if (m + 2 === j && (ASIDES.has(aside.lw) || (aside.lw.endsWith('ly') && aside.lw.length > 3))) return name;
        return { start: name.start, end: j };
      }
    }
    return null;
  }
  let p = phraseBefore(us, j, lo);
  // "A source close to Ruiz said", "people familiar with Ruiz's plans said", "a letter to Ruiz said": the
  // name is what the subject is close to or addressed to; the subject goes back to its head.
  if (p !== null && p.start >= lo + 2) {
    const prep = (us[p.start - 1] as Unit).lw;
    const before = (us[p.start - 2] as Unit).lw;
    const near = (prep === 'to' && (before === 'close' || before === 'loyal' || before === 'near')) || (prep === 'with' && before === 'familiar');
    const addressed = prep === 'to' && ADDRESSED.has(before);
    const head = near ? phraseBefore(us, p.start - 3, lo) : addressed ? phraseBefore(us, p.start - 2, lo) : null;
    if (head !== null) p = { start: head.start, end: p.end };
  }
  // "Google and Apple said", "Ruiz and her husband said": a subject of two, from where the subject starts.
  if (p !== null && p.start >= lo + 2 && (us[p.start - 1] as Unit).lw === 'and') {
    const first = phraseBefore(us, p.start - 2, lo);
    if (first !== null && plainConjunct(us, first) && (first.start === lo || (lo === 0 && sentenceSubject(us, j)?.start === first.start))) return { start: first.start, end: p.end };
  }
  return p;
}

/**
 * A phrase that can be one of two subjects: no lower-case word straight before a capitalised one but a
 * determiner's or "of" ("the Ohio senator", "the mayor of Springfield"); "The mayor met Ruiz" holds a verb.
 */
function plainConjunct(us: readonly Unit[], p: Phrase): boolean {
  for (let j = p.start; j + 1 < p.end; j++) {
    const u = us[j] as Unit;
    const next = us[j + 1] as Unit;
    if (isWord(u) && !isUpperStart(u.w) && isWord(next) && isUpperStart(next.w) && !DETERMINERS.has(u.lw) && u.lw !== 'of') return false;
  }
  // "Ruiz resigned and the mayor said", "Apple fell and analysts said": a name and a word after it is a
  // clause; "the mayor resigned and …" too, when that word reads as a verb in the past.
  const last = us[p.end - 1] as Unit;
  if (isUpperStart(last.w)) return true;
  const opensWithName = isUpperStart((us[p.start] as Unit).w) && !DETERMINERS.has((us[p.start] as Unit).lw);
  return !opensWithName && !(p.end - p.start > 2 && PAST_VERB.test(last.lw));
}

// A word that reads as a verb in the past: "resigned", "lost", "fell".
const PAST_VERB = /^(?:\p{L}+ed|lost|won|left|fell|rose|quit|went|came|ran|fled|spoke|said|took|gave|sold|paid|met|led)$/u;

const DAY_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|weekend|month|year)$/u;
const WHEN_OPENERS = new Set(['on', 'in', 'at', 'during', 'late', 'early', 'last', 'this', 'earlier', 'later']);

/**
 * The unit before a phrase of time that ends at j ("on Sunday", "last week", "on Sunday night", "early
 * Tuesday", "in the morning"), or j when there is none. A bare day ("Sunday said") is left as it is.
 */
function whenBefore(us: readonly Unit[], j: number, lo: number): number {
  if (j - 1 < lo || !DAY_WORDS.test((us[j] as Unit).lw)) return j;
  let m = j - 1;
  if (DAY_WORDS.test((us[m] as Unit).lw)) m--;
  if (m >= lo && (us[m] as Unit).lw === 'the') m--;
  return m >= lo && WHEN_OPENERS.has((us[m] as Unit).lw) ? m - 1 : j;
}

/** The noun phrase that starts at unit j: "said Marla Kilfoyle, executive director of …". */
export function phraseAfter(us: readonly Unit[], j: number, hi: number): Phrase | null {
  const start = j;
  const first = us[j];
  if (first === undefined || !isWord(first)) return null;
  if (SUBJECT_PRONOUNS.has(first.lw)) return { start: j, end: j + 1 };
  let words = 0;
  let end = j;
  while (j < hi) {
    const u = us[j] as Unit;
    if (!isWord(u)) {
      if (abbreviationDot(us, j) || (u.w === '-' && !spacedDash(us, j)) || u.w === '&') {
        j++;
        end = j;
        continue;
      }
      break;
    }
    if (words > 0 && (BREAKS.has(u.lw) || (isVerbCue(u) && !isUpperStart(u.w)))) break;
    // "told reporters the bridge …": a determiner starts another phrase, unless a preposition leads to it.
    if (words > 0 && DETERMINERS.has(u.lw) && !NP_PREPOSITIONS.has((us[j - 1] as Unit).lw)) break;
    if (NP_PREPOSITIONS.has(u.lw)) {
      if (!isWord(us[j + 1])) break;
    } else {
      end = j + 1;
    }
    words++;
    j++;
    if (words >= 14) break;
  }
  if (end <= start) return null;
  return { start, end };
}

// Quantifiers that stand alone for people: "Some chanted “USA!”", "“Go home,” yelled another."
const PEOPLE_QUANTIFIERS = new Set(['some', 'many', 'others', 'another', 'one', 'several', 'most', 'few', 'both']);

/** Whether a phrase can name a speaker: a name, a pronoun, or a description ("the official", "officials"). */
export function canSpeak(us: readonly Unit[], p: Phrase): boolean {
  const first = us[p.start] as Unit;
  const last = us[p.end - 1] as Unit;
  if (p.end - p.start === 1 && (SUBJECT_PRONOUNS.has(first.lw) || PEOPLE_QUANTIFIERS.has(first.lw))) return true;
  if (BREAKS.has(last.lw) || DETERMINERS.has(last.lw)) return false;
  for (let j = p.start; j < p.end; j++) {
    const u = us[j] as Unit;
    if (u.q >= 0) return false;
  }
  return true;
}

/** Small words inside names: "Secretary of State", "Tom van der Berg", "Ana de la Cruz", "Abu al Hassan". */
export const NAME_PARTICLES = new Set(['of', 'de', 'del', 'della', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'bin', 'ibn']);

/** The person's or organisation's name within a phrase, titles dropped: "Sen. Jeff Flake" → "Jeff Flake". */
export function nameIn(us: readonly Unit[], p: Phrase): string | null {
  // Runs of capitalised words; a comma ends the part that can hold the name ("Flake, the senator").
  type Run = { words: string[]; from: number; at: number; owner?: boolean };
  const runs: Run[] = [];
  let run: string[] = [];
  let runFrom = p.start;
  let prepositionSeen = false;
  let firstRunBeforePreposition: Run | null = null;
  const flush = (at: number, owner = false): void => {
    while (run.length && NAME_PARTICLES.has(run[run.length - 1] as string)) run.pop();
    if (run.length) runs.push({ words: run, from: runFrom, at, owner });
    run = [];
  };
  for (let j = p.start; j < p.end; j++) {
    const u = us[j] as Unit;
    // A comma or a parenthesis ends the part that names: "Flake, the senator", "Ana Ruiz (D-Ohio)"; an
    // owner is no name of the speaker's: "Ruiz's spokesman, Tom Reed".
    if (isPunct(u, ',(')) {
      flush(j);
      // "Ruiz’s Republican opponent, Tom Reed", "the chief executive of Apple, Tim Cook": a word of a
      // description, or what the speaker belongs to, is no name either.
      if (runs.some((x) => x.owner !== true && !describes(x.words, qualifies(us, x.at)) && !belongsTo(us, x.from, p.start))) break;
      continue;
    }
    if (u.w === '.' && run.length) {
      run[run.length - 1] += '.';
      continue;
    }
    if (isWord(u) && isUpperStart(u.w) && !/^\d/u.test(u.w) && !SUBJECT_PRONOUNS.has(u.lw)) {
      // "The", "An", "One", a month or a weekday do not start a name.
      if (!run.length && (isStopWord(u.lw) || DETERMINERS.has(u.lw) || NOT_NAMES.has(u.lw))) continue;
      if (!run.length) runFrom = j;
      // A possessive before an institution's word goes on with its name ("St Columba’s Hospital"); before
      // anything else it names an owner ("Ruiz’s spokesman", "Apple’s Tim Cook").
      const possessive = /['’]s$/u.test(u.w);
      const nameGoesOn = possessive && institutionAfter(us, j + 1);
      run.push(nameGoesOn ? u.w : u.w.replace(/['’]s$/u, ''));
      if (possessive && !nameGoesOn) flush(j, isWord(us[j + 1]));
    } else if (run.length && NAME_PARTICLES.has(u.lw) && (isUpperStart(us[j + 1]?.w ?? 'a') || (NAME_PARTICLES.has(us[j + 1]?.lw ?? '') && isUpperStart(us[j + 2]?.w ?? 'a')))) {
      // "Secretary of State", "Tom van der Berg", "Ana de la Cruz".
      run.push(u.lw);
    } else {
      flush(j);
      // "Police in western Norland": the place is where the speaker is, never who; and before a common
      // noun ("Legislative leaders in …"), a capital opens the sentence, not a name.
      if (u.lw === 'in') {
        if (j > p.start && !isUpperStart((us[j - 1] as Unit).w)) runs.length = 0;
        break;
      }
      if (NP_PREPOSITIONS.has(u.lw) && !prepositionSeen) {
        prepositionSeen = true;
        // Only a name straight before it ("Ruiz at the ministry"); in "White House chief of staff Mick
        // Mulvaney" the capitals before the common noun only qualify it.
        const last = runs[runs.length - 1];
        if (last !== undefined && last.at === j) firstRunBeforePreposition = last;
      }
    }
  }
  flush(p.end);
  const named = runs.filter((x) => x.owner !== true);
  const chosen = firstRunBeforePreposition ?? named[named.length - 1] ?? runs[runs.length - 1];
  if (!chosen) return null;
  // "The attorney general of New York", "a spokesman for Governor Ruiz": a name straight after a
  // preposition is what the speaker belongs to or speaks for, not the speaker (an owner's words are the
  // owner's: "the heart of Sanders's message").
  if (chosen !== firstRunBeforePreposition && chosen.owner !== true && belongsTo(us, chosen.from, p.start)) return null;
  let words = chosen.words;
  // Drop titles: everything up to the last title word ("Vermont Sen. Bernie Sanders", "Secretary of State John Kerry").
  let lastTitle = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const lw = (words[i] as string).toLowerCase().replace(/\.$/u, '');
    if (TITLES.has(lw)) lastTitle = i;
    else if (lw === 'of' && lastTitle === i - 1) lastTitle = i + 1 < words.length - 1 ? i + 1 : lastTitle;
  }
  if (lastTitle >= 0) words = words.slice(lastTitle + 1);
  // "The CEO of Apple": what follows the title is whose CEO, not the speaker's name.
  if (words[0] === 'of') return null;
  // "Joel Pollak of Breitbart California": the person before the organisation.
  const of = words.indexOf('of');
  if (of >= 2) words = words.slice(0, of);
  // "Norwegian police", "the Turkish government": a nationality names no one by itself; the speaker is the
  // group it qualifies, named whole. "The French said" names no one ("English said" may be Bryan English).
  if (words.every((w) => isDemonym(w))) {
    let end = chosen.at;
    while (end < p.end && isWord(us[end]) && !isUpperStart((us[end] as Unit).w) && !NP_PREPOSITIONS.has((us[end] as Unit).lw) && (us[end] as Unit).lw !== 'in') end++;
    if (end > chosen.at) return us.slice(chosen.from, end).map((u) => u.w).join(' ');
    if (us[chosen.from - 1]?.lw === 'the') return null;
  }
  const name = words.join(' ');
  if (!name || TITLES.has(name.toLowerCase().replace(/\.$/u, ''))) return null;
  return name;
}

/**
 * Whether the name starting at unit `from` follows a preposition that makes it what the speaker belongs to
 * or is close to, not the speaker: "the attorney general of New York", "a friend of Tom Reed", "a source
 * close to Ruiz". A message or an office speaks for the name after "of" or "from": "a statement from
 * Apple", "the office of Governor Ruiz".
 */
function belongsTo(us: readonly Unit[], from: number, start: number): boolean {
  let b = from - 1;
  // Capitals a name cannot start with were passed over: "of New York".
  while (b > start && (DETERMINERS.has((us[b] as Unit).lw) || (isUpperStart((us[b] as Unit).w) && (isStopWord((us[b] as Unit).lw) || NOT_NAMES.has((us[b] as Unit).lw))))) b--;
  if (b <= start) return false;
  const preposition = (us[b] as Unit).lw;
  if (!BELONGING.has(preposition)) return false;
  const head = us[b - 1];
  return !(head !== undefined && (preposition === 'of' || preposition === 'from') && SPEAKS_FOR.has(head.lw));
}

const BELONGING = new Set(['of', 'for', 'at', 'from', 'with', 'to']);
// Messages addressed to someone: "a letter to Ruiz said" is not Ruiz speaking.
const ADDRESSED = new Set(['letter', 'letters', 'email', 'e-mail', 'memo', 'note', 'message', 'petition', 'appeal', 'complaint', 'reply', 'response']);
// What speaks in the name of whoever follows "of" or "from": "a statement from Apple".
const SPEAKS_FOR = new Set([
  'statement', 'statements', 'letter', 'letters', 'email', 'e-mail', 'memo', 'note', 'message', 'post', 'tweet',
  'tweets', 'release', 'report', 'filing', 'office', 'campaign', 'account', 'website', 'page', 'video', 'ad',
  'lawsuit', 'complaint', 'motion', 'brief', 'ruling', 'announcement',
]);

/** Whether the run flushed at unit `at` was cut by a lower-case word: an adjective of it ("Republican opponent"). */
function qualifies(us: readonly Unit[], at: number): boolean {
  const u = us[at];
  return u !== undefined && isWord(u) && !isUpperStart(u.w);
}

/**
 * Whether a name goes on after a possessive at unit j: capitals ending in an institution's word ("St
 * Columba’s Hospital", "Moody’s Investors Service"), or "of" and a capital ("Lloyd’s of London").
 */
function institutionAfter(us: readonly Unit[], j: number): boolean {
  if ((us[j] as Unit | undefined)?.lw === 'of') return /^\p{Lu}/u.test(us[j + 1]?.w ?? '');
  let k = j;
  while (isWord(us[k]) && /^\p{Lu}/u.test((us[k] as Unit).w) && k < j + 4) k++;
  return k > j && INSTITUTION_WORDS.has((us[k - 1] as Unit).lw);
}

/**
 * A run of capitals that describes a speaker rather than names one: "CEO of Apple", or "Republican" when a
 * noun follows it (`beforeNoun`: "Republican opponent"; "The Independent," names a newspaper).
 */
function describes(words: readonly string[], beforeNoun: boolean): boolean {
  const lw = words.map((w) => w.toLowerCase().replace(/\.$/u, ''));
  return (beforeNoun && lw.every((w) => DESCRIBING.has(w))) || (TITLES.has(lw[0] as string) && lw[1] === 'of');
}

// Capitalised words that describe a person rather than name one: "Republican opponent", "Democratic rival".
const DESCRIBING = new Set(['republican', 'democrat', 'democratic', 'independent', 'conservative', 'liberal', 'labour', 'tory', 'green', 'libertarian', 'socialist']);

// Words that go on with a name after a possessive: "St Columba’s Hospital", "Queen’s University".
const INSTITUTION_WORDS = new Set([
  'hospital', 'college', 'university', 'school', 'church', 'cathedral', 'chapel', 'abbey', 'bank', 'park', 'street',
  'square', 'road', 'bridge', 'island', 'bay', 'day', 'hall', 'house', 'court', 'market', 'club', 'academy', 'institute',
  'foundation', 'society', 'league', 'party', 'council', 'cross', 'inn', 'garden', 'gardens', 'wharf', 'field', 'harbour',
  'harbor', 'lane', 'place', 'hill', 'point', 'well', 'wood', 'green', 'gate', 'service', 'services', 'ambulance',
  'group', 'company', 'fund', 'trust', 'agency', 'association', 'network', 'news', 'times', 'post', 'journal',
]);

// Words that open a subordinate clause or an adverbial before the subject: "When …, Ruiz said", "In …, Ruiz said".
const CLAUSE_OPENERS = new Set([
  'when', 'after', 'before', 'while', 'if', 'although', 'though', 'as', 'since', 'because', 'once', 'until', 'despite',
  'whether', 'unless', 'whatever', 'whenever', 'wherever', 'amid', 'during', 'following', 'in', 'on', 'at', 'for', 'with',
  'by', 'from', 'under', 'over', 'across', 'within', 'without', 'through', 'throughout', 'among', 'against', 'unlike',
]);

/** The subject at the start of a sentence, for a participle cue: "Trump hit back, saying …". */
export function sentenceSubject(us: readonly Unit[], before: number): Phrase | null {
  let j = 0;
  // A sentence that opens with a determiner or a pronoun opens with its subject: "The Times confirmed it, …".
  const opensSubject = us[0] !== undefined && (DETERMINERS.has((us[0] as Unit).lw) || SUBJECT_PRONOUNS.has((us[0] as Unit).lw));
  // Skip an opening adverbial up to its comma: "On Tuesday, Trump …" (not a name's description:
  // "Huma Abedin, vice chairwoman of …").
  let lower = us[0] !== undefined && isStopWord((us[0] as Unit).lw);
  const namedFirst = us[0] !== undefined && isUpperStart((us[0] as Unit).w) && !lower && !CLAUSE_OPENERS.has((us[0] as Unit).lw) && !/^\p{L}+(?:ed|ing)$/u.test((us[0] as Unit).lw);
  for (let m = 1; m < Math.min(before, 8) && !opensSubject; m++) {
    const u = us[m] as Unit;
    if (isPunct(u, ',')) {
      if (lower) j = m + 1;
      break;
    }
    // "Ruiz said the crews would stay, but …": a verb of saying makes it a clause, not an adverbial; so
    // does a verb in the past after a name and when ("Ruiz on Sunday defended the plan, saying …").
    if (m === 1 && !lower && !CLAUSE_OPENERS.has((us[0] as Unit).lw) && isVerbCue(u) && !isUpperStart(u.w)) break;
    if (namedFirst && isWord(u) && !isUpperStart(u.w) && PAST_VERB.test(u.lw)) break;
    // The dot of "Sen." is no lower-case word.
    if (!isUpperStart(u.w) && isWord(u)) lower = true;
  }
  // A longer opening clause runs to its comma too: "Asked on Monday whether he would run again, Ruiz
  // shook his head and said …".
  const first = us[0];
  // A name can end like a participle ("Boreing said"): a verb of saying after it makes it the subject.
  const second = us[1];
  if (j === 0 && first !== undefined && (CLAUSE_OPENERS.has(first.lw) || (/^\p{L}+(?:ed|ing)$/u.test(first.lw) && !isUpperStart(second?.w ?? 'A') && !(second !== undefined && isVerbCue(second))))) {
    for (let m = 8; m < before && m < 40; m++) {
      if (isPunct(us[m], ',')) {
        j = m + 1;
        break;
      }
    }
  }
  const p = phraseAfter(us, j, before);
  if (p === null) return null;
  // Keep to the head: a phrase that runs into the verb is cut at the first lower-case word after a name
  // ("Secretary of State Madeleine Albright" goes on over its "of").
  let end = p.start + 1;
  while (
    end < p.end &&
    (isUpperStart((us[end] as Unit).w) ||
      DETERMINERS.has((us[end - 1] as Unit).lw) ||
      isPunct(us[end], '.') ||
      ((us[end] as Unit).lw === 'of' && isUpperStart(us[end + 1]?.w ?? 'a')))
  )
    end++;
  return { start: p.start, end };
}

// Words that join clauses: after a comma, a new clause rather than a description of the subject.
const JOINS_CLAUSES = new Set(['and', 'but', 'or', 'so', 'yet', 'while', 'although', 'though', 'because', 'as', 'when', 'if', 'since', 'after', 'before', 'then']);
// Adverbs set off by commas between a subject and its verb: "Ruiz, however, said".
const ASIDES = new Set(['however', 'meanwhile', 'though', 'too', 'also', 'instead', 'moreover', 'likewise', 'nonetheless', 'nevertheless', 'therefore', 'indeed', 'similarly', 'separately', 'meantime', 'later', 'earlier', 'today', 'yesterday']);
// Words that open an aside between a subject and its verb: "Ruiz, in a statement, said", "Ruiz, asked about it, said".
const ASIDE_OPENERS = new Set(['in', 'for', 'at', 'on', 'during', 'after', 'with', 'speaking', 'asked', 'when']);

/**
 * The sentence's subject when descriptions set off by commas stand between it and the verb after the comma
 * at `comma`: "Sen. Ana Ruiz, D-Ohio, a member of the committee, said", "Ana Ruiz (D-Ohio), who chairs the
 * committee, said". An aside ("Ruiz, however, said") is left out. Null when the words between could be a
 * clause of their own.
 */
function appositiveHead(us: readonly Unit[], comma: number): Phrase | null {
  const p = sentenceSubject(us, comma);
  if (p === null || p.end >= comma || comma - p.end > 60) return null;
  const first = us[p.start] as Unit;
  if (!isUpperStart(first.w) || BREAKS.has(first.lw) || JOINS_CLAUSES.has(first.lw) || DETERMINERS.has(first.lw) && p.end - p.start < 2) return null;
  // "Separately, the agency, …": an opening adverb, not the subject.
  if (p.end - p.start === 1 && (ASIDES.has(first.lw) || first.lw.endsWith('ly'))) return null;
  if (!isPunct(us[p.end], ',(')) return null;
  for (let m = p.end; m < comma; m++) {
    const v = us[m] as Unit;
    if (v.q >= 0) return null;
    // A full stop before a comma or a parenthesis ends an abbreviation ("Jackson, Miss.,", "(D-Md.)"), not the sentence.
    if (isPunct(v, ';:!?—–') || (v.w === '.' && !abbreviationDot(us, m) && !isPunct(us[m + 1], ',)'))) return null;
    if (isPunct(v, ',') && JOINS_CLAUSES.has(us[m + 1]?.lw ?? '')) return null;
  }
  // "Ruiz, however, said": only the subject speaks.
  const aside = wordAt(us, p.end + 1);
  if (p.end + 2 === comma && aside !== undefined && (ASIDES.has(aside.lw) || aside.lw.endsWith('ly'))) return p;
  if (isPunct(us[p.end], ',') && ASIDE_OPENERS.has(us[p.end + 1]?.lw ?? '')) {
    // "Ruiz, in a statement, said" / "Ruiz, for her part, said"
    let m = p.end + 1;
    while (m < comma && !isPunct(us[m], ',')) m++;
    if (m === comma) return p;
  }
  return { start: p.start, end: comma };
}

function wordAt(us: readonly Unit[], j: number): Unit | undefined {
  const u = us[j];
  return isWord(u) ? u : undefined;
}

/** A hyphen written with a space on each side: a dash between clauses. */
function spacedDash(us: readonly Unit[], j: number): boolean {
  const u = us[j] as Unit;
  const before = us[j - 1];
  const after = us[j + 1];
  return u.w === '-' && before !== undefined && after !== undefined && before.e < u.s && after.s > u.e;
}
