// Numeric claims: the figures an article states, each with its unit and bound (claim-figure.ts), what it
// measures (claim-measure.ts, keyed by claim-key.ts), the sentence that states it and who gives it; and
// whether two claims from different articles agree (claim-compare.ts).
//
// Choices a reader of the output should know:
// - "nearly" and "almost" are 'about', not 'under': the writer's point is closeness, and 'under' would let
//   "nearly 450" agree with 10.
// - A range ("between 40 and 50", "40-50", "five or six") is value = low end, bound 'over', and high = the
//   upper end (ClaimExtras): read without `high` it is still true, so it can only miss a conflict.
// - Vague quantities alone ("hundreds", "dozens", "thousands", "several", "billions in aid") are no claims:
//   they could only ever be 'same' with a figure, and a reader gains nothing from them.
// - Scores and tallies ("won 2-1", "a 5-4 vote") are no claims: a pair of numbers is not one value.
// - A fraction with "of" ("a third of residents", "half of") is a share: unit '%', bound 'about'.
// - Counts need a noun (or a verb that happens to people: "450 evacuated"); a small count of a known set
//   ("the two countries", "its two tanks") and "one" other than "one person" are no claims.
// - A hyphen or minus sign against the digits with nothing before it ("−20C", "-20 degrees") and "minus 18"
//   make a negative value; a dash between two numbers is a range ("40-50"), after a word a code ("COVID-19").
// - A figure too long to be a number (hundreds of digits) is no claim: JSON has no Infinity, and a stored
//   null would be read back as no number at all.
// - Times of a figure ("on Saturday", "in 2019", "last year", "on the first day") are its `when`, kept out
//   of its measure: claims of different times are two figures, never a conflict (claim-when.ts).
import type { Attribution, Claim } from '../model.js';
import { compareClaims, type ClaimExtras } from './claim-compare.js';
import { changeOf, changeVerbBefore, tallyBefore } from './claim-change.js';
import { readFigure, startsWordNumber, type Figure } from './claim-figure.js';
import { keyOf } from './claim-key.js';
import { participle } from './claim-label.js';
import { frameBefore, isVerbForm, readMeasure, type Frame, type Range, type Reading } from './claim-measure.js';
import { sentenceSpans, tokenizeSpan, type Tok } from './claim-text.js';
import { figureTimes } from './claim-when.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, UNIT_INFO } from './claim-units.js';

export { compareClaims };
export type { ClaimExtras };

type Tally = NonNullable<ReturnType<typeof tallyBefore>>;

/** A claim as findClaims makes it: the model's Claim and the fields proposed for it. */
export type FoundClaim = Claim & ClaimExtras;

// Where a figure may be: a digit or a number word. One pass over the text finds the sentences worth
// tokenising. Written as a trie and without the unicode flag, it runs several times faster than a plain
// list of alternatives; \b is ASCII then, which is all the number words need.
const ANCHOR = /\d|\b(?:one|t(?:wo|hree|en|welve|hirt(?:een|y)|wenty|housand|rillion|hirds?)|f(?:our(?:teen)?|ive|ifteen|orty|ifty)|s(?:ix(?:teen|ty)?|even(?:teen|ty)?)|e(?:ight(?:een|y)?|leven)|nine(?:teen|ty)?|h(?:undred|alf)|million|billion|dozen|quarters?)\b/gi;

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'his', 'its', 'their', 'this', 'that', 'who']);
const POSSESSIVE_OR_DETERMINER = /^(?:the|its|their|his|her|our|my|your|these|those|this|that|both|whose)$|['’]s$/u;

/** Could a figure start at this token: digits, a number in words, or a currency before a number. */
function mayStart(toks: readonly Tok[], i: number): boolean {
  const t = toks[i] as Tok;
  if (t.k === 'number') return true;
  const n = toks[i + 1];
  if (n === undefined) return false;
  if (t.k === 'mark') return n.k === 'number' && CURRENCY_SYMBOLS.has(t.w);
  if (n.k === 'number') return CURRENCY_CODES.has(t.w) || startsWordNumber(toks, i);
  if (n.w === '$') return n.s === t.e && toks[i + 2]?.k === 'number' && DOLLAR_PREFIXES.has(t.lw);
  return startsWordNumber(toks, i);
}

/** One figure of a sentence with what was read around it, before the claim is written out. */
interface Draft {
  figure: Figure;
  reading: Reading;
  frame: Frame | null;
  unit: string | null;
  pin: Range | null;
  predicate: Range | null;
  /** The running count the figure is the value of: "the death toll from the landslide" (rose to 60). */
  tally: Tally | null;
}

/** The written words of token ranges (numbers and marks left out of keys). */
function words(toks: readonly Tok[], ranges: ReadonlyArray<Range | null>): string[] {
  const out: string[] = [];
  for (const r of ranges) {
    if (r === null) continue;
    for (let k = r[0]; k < r[1]; k++) if ((toks[k] as Tok).k === 'word') out.push((toks[k] as Tok).w);
  }
  return out;
}

/** The text of token ranges in text order, joined by single spaces. */
function phrase(text: string, toks: readonly Tok[], ranges: ReadonlyArray<Range | null>): string {
  const sorted = ranges.filter((r): r is Range => r !== null && r[1] > r[0]).sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const out = merged.map(([s, e]) => text.slice((toks[s] as Tok).s, (toks[e - 1] as Tok).e)).join(' ');
  return out.includes('\n') || out.includes('  ') ? out.replace(/\s+/gu, ' ') : out;
}

/** Figures of one kind may share a noun's pin across "and"; a percentage and a sum of money may not. */
function kind(unit: string | null): string {
  return unit === null ? 'count' : (UNIT_INFO.get(unit)?.kind ?? unit);
}

/** The figures of one sentence, read and joined across coordination ("70% of X and 90% of Y imported by Z"). */
function readSentence(toks: readonly Tok[]): Draft[] {
  const drafts: Draft[] = [];
  for (let i = 0; i < toks.length; ) {
    if (!mayStart(toks, i)) {
      i++;
      continue;
    }
    const r = readFigure(toks, i);
    const figure = r.figure;
    i = Math.max(r.skip, i + 1);
    if (figure === null) continue;
    const counted = figure.unit === null;
    const duration = !counted && !figure.adjectival && UNIT_INFO.get(figure.unit as string)?.kind === 'time';
    // "The death toll rose to 60": a bare count is the new value of the tally named before it.
    const tally = counted ? tallyBefore(toks, Math.min(figure.lead, figure.start)) : null;
    const reading = readMeasure(toks, figure.lead, figure.next, counted, duration) ?? (tally !== null ? bareReading(figure.next, tally.people) : null);
    if (reading === null) continue;
    if (counted && tally === null) {
      // "the two countries", "its two tanks", "her two children": a known set, not a figure being stated.
      const before = toks[figure.lead - 1];
      if (figure.value <= 10 && before !== undefined && POSSESSIVE_OR_DETERMINER.test(before.lw)) continue;
      if (figure.value === 1 && !reading.people) continue;
      if (reading.noun === null && !reading.people) continue;
    }
    const frame = frameBefore(toks, reading.nounOf?.[0] ?? figure.lead, duration || UNIT_INFO.get(figure.unit ?? '')?.kind === 'length');
    // "five states", "two levels": a small count of things says something only with what happened to them.
    if (counted && tally === null && !reading.people && figure.value < 10 && (frame?.verb ?? null) === null && reading.predicate === null && reading.nounOf === null) continue;
    drafts.push({ figure, reading, frame, unit: counted ? (reading.people || tally?.people === true ? 'people' : null) : figure.unit, pin: reading.pin, predicate: reading.predicate, tally });
  }
  // "about 70% of lathes and 90% of circuit boards bought by Varland are made in Ostmark":
  // the pin and the verb after the last of coordinated figures belong to each of them.
  for (let d = drafts.length - 2; d >= 0; d--) {
    const a = drafts[d] as Draft;
    const b = drafts[d + 1] as Draft;
    if (!coordinated(toks, a, b)) continue;
    if (a.pin === null && a.reading.predicate === null) a.pin = b.pin;
    if (a.predicate === null) a.predicate = b.predicate;
  }
  for (let d = 1; d < drafts.length; d++) {
    const a = drafts[d - 1] as Draft;
    const b = drafts[d] as Draft;
    if (coordinated(toks, a, b) && (b.frame === null || b.frame.verb === null)) b.frame = a.frame;
  }
  return drafts;
}

/** What is read after a bare count that a tally before it measures: nothing of its own. */
function bareReading(next: number, people: boolean): Reading {
  return { nounOf: null, noun: null, of: null, pin: null, predicate: null, clause: null, people, stop: next };
}

/** Is b the next conjunct after a ("70% of X and 90% of Y", "X, Y and Z"), with nothing read in between? */
function coordinated(toks: readonly Tok[], a: Draft, b: Draft): boolean {
  if (kind(a.unit) !== kind(b.unit)) return false;
  let k = a.reading.stop;
  if (toks[k]?.w === ',') k++;
  if (toks[k]?.lw !== 'and' && toks[k]?.lw !== 'or' && toks[k - 1]?.w !== ',') return false;
  if (toks[k]?.lw === 'and' || toks[k]?.lw === 'or') k++;
  return b.figure.lead === k;
}

/**
 * The speaker of the attribution that covers a claim: the innermost content that holds it, else the nearest
 * indirect cue before it in its sentence (a reported clause the finder ended early: "Demirtaş said the team
 * had modified the enzyme, and plans to test it in a 200-litre reactor"). A cue after the figure that did
 * not take it into its content reports something else ("210 mm of rain, an amount meteorologists said
 * would ...").
 */
function speakerOf(text: string, span: Range, sentence: Range, attributions: readonly Attribution[]): string | null {
  let best: Attribution | null = null;
  for (const a of attributions) {
    if (a.content[0] <= span[0] && span[1] <= a.content[1]) {
      if (best === null || a.content[1] - a.content[0] < best.content[1] - best.content[0]) best = a;
    }
  }
  if (best === null) {
    for (const a of attributions) {
      if (a.direct || a.cue === null || a.cue[0] < sentence[0] || a.cue[1] > span[0]) continue;
      if (a.source !== null && a.source[0] <= span[0] && span[1] <= a.source[1]) continue;
      if (best === null || (best.cue as Range)[0] < a.cue[0]) best = a;
    }
  }
  if (best === null) return null;
  if (best.speaker !== null && !namesAnother(text, best, sentence, attributions)) return best.speaker;
  // No resolved name: the source as written ("police", "the hospital", "the port authority"), when it is a
  // short noun phrase; not a pronoun, and not a phrase the finder took too much of ("results released").
  if (best.source === null) return null;
  const source = text.slice(best.source[0], best.source[1]).replace(/^(?:the|a|an)\s+/iu, '').trim();
  const sourceWords = source.split(/\s+/u);
  if (!source || sourceWords.length > 3 || PRONOUNS.has(source.toLowerCase())) return null;
  return sourceWords.some((w) => isVerbForm(w.toLowerCase())) ? null : source;
}

/**
 * Is the attribution's speaker a description ("the mayor") resolved to a name that another attribution of
 * the same sentence gives as its own source? Then the description is someone else: a writer who sets
 * "Police said 312 ..., while the mayor said 450 ..." side by side means two sources.
 */
function namesAnother(text: string, a: Attribution, sentence: Range, attributions: readonly Attribution[]): boolean {
  if (a.source === null || a.speaker === null) return false;
  const source = text.slice(a.source[0], a.source[1]);
  if (source.includes(a.speaker) || PRONOUNS.has(source.toLowerCase())) return false;
  return attributions.some((o) => o !== a && o.speaker === a.speaker && o.source !== null && o.source[0] >= sentence[0]
    && o.source[1] <= sentence[1] && text.slice(o.source[0], o.source[1]).includes(a.speaker as string));
}

/** A pinning phrase that only names a place: "in Tamsby", "at Heathrow". */
function isPlace(toks: readonly Tok[], pin: Range): boolean {
  const prep = (toks[pin[0]] as Tok).lw;
  if (prep !== 'in' && prep !== 'at' && prep !== 'across' && prep !== 'within') return false;
  for (let k = pin[0] + 1; k < pin[1]; k++) {
    const t = toks[k] as Tok;
    if (t.k === 'word' && t.lw !== 'the' && t.w[0] === t.lw[0]) return false;
  }
  return true;
}

/** Writes one draft out as a claim, or null when nothing is left of what it measures. */
function toClaim(text: string, toks: readonly Tok[], d: Draft, sentence: Range, attributions: readonly Attribution[], when: string[]): FoundClaim | null {
  const lead = Math.min(d.figure.lead, d.figure.start);
  // "Inflation fell to 3%": the verb of change says how the figure moved, not what it measures, so that
  // "inflation rose to 4%" measures the same thing; where nothing else says what it measures, the verb stays.
  const moved = changeVerbBefore(toks, lead);
  const claim = moved !== null && d.frame?.verb != null && d.frame.verb[0] >= moved[0] ? measuredClaim(text, toks, d, { subject: d.frame.subject, verb: null }) : null;
  const found = claim ?? measuredClaim(text, toks, d, d.frame);
  if (found === null) return null;
  found.sentence = sentence;
  found.speaker = speakerOf(text, found.span, sentence, attributions);
  found.when = when;
  const change = changeOf(toks, lead, d.reading.stop, d.tally !== null);
  if (change !== undefined) found.change = change;
  if (d.tally !== null || cumulative(toks, d)) found.running = true;
  return found;
}

/** The claim of a draft with what it measures read in `frame`; null when nothing is left of what it measures. */
function measuredClaim(text: string, toks: readonly Tok[], d: Draft, frame: Frame | null): FoundClaim | null {
  const { figure, reading } = d;
  const counted = figure.unit === null;
  const subject = frame === null || frame.verb === null;
  let measureRanges: Array<Range | null>;
  let holderRanges: Array<Range | null> = [];
  let keyRanges: Array<Range | null> | null = null;
  if (d.tally !== null) {
    // A tally's value is measured by the tally ("death toll from the landslide"), not by the verb of change;
    // the tally noun itself is no part of what is counted ("number", "total"; a bare "toll" is kept).
    const { range, noun } = d.tally;
    measureRanges = [range, reading.noun, reading.of, d.pin];
    if ((toks[noun] as Tok).lw !== 'toll' || noun > range[0]) keyRanges = [[range[0], noun], [noun + 1, range[1]], reading.noun, reading.of, d.pin];
  } else if (counted) {
    // A count is identified by what happened to what it counts: the verb goes into the measure.
    measureRanges = [subject ? null : (frame?.verb ?? null), reading.nounOf, reading.noun, reading.of, d.pin, subject ? d.predicate : null];
  } else {
    measureRanges = [reading.nounOf, reading.noun, reading.of, d.pin, ...(reading.clause ?? [])];
    // After a copula or an auxiliary the subject holds the figure ("Ria Tolm had 15 points for the Owls"):
    // without it two players' points would be one measure, and in conflict.
    holderRanges = subject ? [frame?.subject ?? null, d.predicate] : [frame?.subject ?? null, frame?.verb ?? null];
    const place = d.pin !== null && measureRanges.filter((r) => r !== null).length === 1 && isPlace(toks, d.pin);
    if (place && frame !== null) {
      // "Temperatures reached 30C in Tamsby": a place pins the figure, but what it measures is what reached it.
      measureRanges = [frame.subject, frame.verb, d.pin];
      holderRanges = [];
    } else if (measureRanges.every((r) => r === null)) {
      // Nothing after the figure says what it measures: who holds it does ("Norway has offered 9 per cent").
      // The verb after a figure is no measure of it ("... 50 degrees could be far cheaper").
      measureRanges = subject ? [frame?.subject ?? null] : holderRanges;
      holderRanges = [];
    }
  }
  const measure = phrase(text, toks, measureRanges);
  const label = countLabel(text, toks, d, frame, subject);
  let measureKey = keyOf(words(toks, keyRanges ?? measureRanges));
  // The head comes first: the counted noun, the noun after "of" or after the figure, else the noun before
  // "of" ("a fine of"); compareClaims asks that two measures share one of their heads.
  const headRange = reading.noun ?? reading.nounOf;
  const head = d.unit === 'people' ? 'people' : headRange !== null ? keyOf([(toks[headRange[1] - 1] as Tok).w])[0] : undefined;
  if (head !== undefined) measureKey = [head, ...measureKey.filter((k) => k !== head)];
  if (!measure || measureKey.length === 0) return null;
  const first = toks[figure.start] as Tok;
  const last = toks[figure.end - 1] as Tok;
  const span: Range = [first.s, last.e];
  return {
    surface: text.slice(span[0], span[1]),
    span,
    value: figure.value,
    unit: d.unit,
    // "The number of dead surpassed 125": more than 125.
    bound: d.tally?.beyond === true && figure.bound === 'exact' ? 'over' : figure.bound,
    measure,
    ...(label !== null && label !== measure ? { label } : {}),
    measureKey,
    sentence: [0, 0],
    speaker: null,
    high: figure.high,
    predicateKey: keyOf(words(toks, holderRanges)),
  };
}

/**
 * Whether the sentence gives the count as it stands so far: "the floods have killed 60 people", "had killed
 * 45 by Tuesday", "60 dead so far", "as of Monday", "in total".
 */
function cumulative(toks: readonly Tok[], d: Draft): boolean {
  const verb = d.frame?.verb ?? null;
  // "has killed", "have left": the present perfect counts up to now ("had killed … before police arrived"
  // tells a story, and a modal or a plan counts nothing yet).
  if (verb !== null) {
    for (let j = verb[0] - 1; j >= 0 && j >= verb[0] - 2; j--) if (/^(?:has|have)$/u.test((toks[j] as Tok).lw)) return true;
  }
  for (let j = 0; j < d.figure.start; j++) if (AHEAD.has((toks[j] as Tok).lw)) return false;
  // The words that say "up to now" near the figure: "60 dead so far", "as of Monday, 45", "by Tuesday, 45".
  const from = Math.max(0, d.figure.start - 8);
  const to = Math.min(toks.length - 1, d.figure.end + 8);
  for (let j = from; j < to; j++) {
    const a = (toks[j] as Tok).lw;
    const b = (toks[j + 1] as Tok).lw;
    if ((a === 'so' && b === 'far') || (a === 'to' && b === 'date') || (a === 'in' && b === 'total') || (a === 'as' && b === 'of')) return true;
    if (a === 'by' && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|midday|noon|midnight|then|now)$/u.test(b)) return true;
  }
  return false;
}

const ADVERB_PARTICLES = new Set(['up', 'out', 'off', 'away', 'back', 'down']);
// Words that put a count in the future or in a plan: "will cut 300 jobs by Friday" is no total so far.
const AHEAD = new Set([
  'will', 'would', 'could', 'may', 'might', 'should', 'shall', 'can', 'must', 'plans', 'planned', 'planning', 'expected',
  'expects', 'aims', 'aimed', 'intends', 'intended', 'hopes', 'hoped', 'wants', 'wanted', 'vowed', 'vows', 'pledged',
  'pledges', 'promised', 'promises', 'threatened', 'threatens', 'proposed', 'proposes', 'considering', 'considers',
]);
// Words before a verb that make what it says not (yet) done: those of a plan, and denials and conditions.
const UNDONE = new Set([
  ...AHEAD, 'to', 'not', "n't", 'never', 'no', 'denied', 'denies', 'deny', 'denying', 'against', 'without', 'avoid',
  'avoided', 'stop', 'stopped', 'if', 'unless', 'considered', 'weighing', 'weighed', 'weighs', 'proposing', 'accused',
  'alleged', 'allegedly', 'threatening', 'seeks', 'sought', 'of',
]);
const STATES = new Set(['dead', 'injured', 'wounded', 'missing', 'homeless', 'alive', 'stranded']);

/**
 * A count with the verb before it, named the way a table of facts names it: the thing counted, then
 * what happened to it ("killing two people in Las Toscas" → "people killed in Las Toscas", "employs 220
 * people" → "people employed"); null for anything else, which keeps the words in text order.
 */
function countLabel(text: string, toks: readonly Tok[], d: Draft, frame: Frame | null, subject: boolean): string | null {
  const { reading } = d;
  if (d.tally !== null || d.figure.unit !== null || subject || frame?.verb == null || reading.noun === null || reading.nounOf !== null) return null;
  const [v0, v1] = frame.verb;
  // "hit by two missiles", "called for 730,000 claims": what is counted did it, or is its object.
  if (v1 - v0 > 1 && !ADVERB_PARTICLES.has((toks[v1 - 1] as Tok).lw)) return null;
  // "will not cut 300 jobs", "plans to cut", "denied killing 40": a participle would say it was done.
  for (let j = v0 - 1; j >= 0 && j >= v0 - 3; j--) if (UNDONE.has((toks[j] as Tok).lw)) return null;
  const done = participle((toks[v0] as Tok).w);
  if (done === null) return null;
  // "left 11 people dead": a state after the noun is what the verb left them in.
  if (STATES.has((toks[(reading.noun as Range)[1] - 1] as Tok).lw)) return null;
  // "recalling 184,000 heaters sold in the UK": a participle of its own after the noun keeps the text's order.
  const after = d.pin !== null ? (toks[d.pin[0]] as Tok).lw : '';
  if (after !== '' && participle(after) === after) return null;
  const particle = v1 - v0 > 1 ? ` ${phrase(text, toks, [[v0 + 1, v1]])}` : '';
  const pin = d.pin !== null ? ` ${phrase(text, toks, [d.pin])}` : '';
  return `${phrase(text, toks, [reading.noun, reading.of])} ${done}${particle}${pin}`;
}

/**
 * The figures the text states, in text order, each with what it measures and who gives it. `attributions`
 * are findAttributions(text)'s result: a figure inside an attribution's content (or after an indirect-speech
 * cue in its sentence) takes that attribution's speaker. Each claim's `when` holds the times its
 * sentence gives the figure (claim-when.ts).
 */
export function findClaims(text: string, attributions: readonly Attribution[]): Claim[] {
  const anchors: number[] = [];
  for (const m of text.matchAll(ANCHOR)) anchors.push(m.index);
  if (anchors.length === 0) return [];
  const out: FoundClaim[] = [];
  let a = 0;
  for (const sentence of sentenceSpans(text)) {
    const [s, e] = sentence;
    while (a < anchors.length && (anchors[a] as number) < s) a++;
    if (a >= anchors.length) break;
    if ((anchors[a] as number) >= e) continue;
    const toks = tokenizeSpan(text, s, e);
    const drafts = readSentence(toks);
    const times = figureTimes(toks, drafts.map((d) => [d.figure.start, d.figure.end] as const));
    drafts.forEach((d, k) => {
      const claim = toClaim(text, toks, d, sentence, attributions, times[k] ?? []);
      if (claim !== null) out.push(claim);
    });
  }
  return out;
}
