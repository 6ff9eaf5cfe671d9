// When a figure holds, as its sentence says: "20 arrested on Saturday" and "35 arrested on Sunday" are two
// counts, not two outlets disagreeing about one. Measure keys leave times out (claim-key.ts), so that
// "residents evacuated overnight" and "residents evacuated" meet; the times are kept here instead, in a
// normalised form that two outlets' wordings share: "saturday", "september 27", "september", "2019",
// "last year", "this week", "first day", "third quarter", "yesterday".
//
// What is left out, and why:
// - Parts of a day ("overnight", "in the morning", "by evening"): they say when the writer looked, not which
//   count it is; one night's evacuation is "overnight" in one report and "during the night" in another.
// - The time of the telling ("police said on Tuesday", "told reporters on Monday", "in a statement on
//   Friday"): it dates the statement, and outlets report one figure on different days.
import type { Tok } from './claim-text.js';
import { MONTHS } from './claim-units.js';

const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const MONTH_NAMES: ReadonlyMap<string, string> = new Map([
  ['jan', 'january'], ['feb', 'february'], ['mar', 'march'], ['apr', 'april'], ['jun', 'june'], ['jul', 'july'],
  ['aug', 'august'], ['sep', 'september'], ['sept', 'september'], ['oct', 'october'], ['nov', 'november'], ['dec', 'december'],
]);

const ORDINALS: ReadonlyMap<string, string> = new Map([
  ['first', 'first'], ['opening', 'first'], ['second', 'second'], ['third', 'third'], ['fourth', 'fourth'],
  ['fifth', 'fifth'], ['sixth', 'sixth'], ['seventh', 'seventh'], ['eighth', 'eighth'], ['ninth', 'ninth'],
  ['tenth', 'tenth'], ['final', 'last'], ['last', 'last'],
]);
const ORDINAL_BY_NUMBER = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
]);

/** Periods an ordinal counts within an event or a year: "the first day", "the third quarter". */
const ORDINAL_PERIODS: ReadonlySet<string> = new Set(['day', 'night', 'week', 'month', 'year', 'quarter', 'half', 'session', 'round']);

/** "last year", "this week", "the past month": the calendar period before, of, or after the report. */
const RELATIVE: ReadonlyMap<string, string> = new Map([
  ['last', 'last'], ['past', 'last'], ['previous', 'last'], ['this', 'this'], ['next', 'next'], ['coming', 'next'],
]);
const RELATIVE_PERIODS: ReadonlySet<string> = new Set(['week', 'weekend', 'month', 'year', 'quarter', 'season', 'summer', 'winter', 'spring', 'autumn']);

/** Words before a month name that make it one. */
const MONTH_BEFORE: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'of', 'during', 'through', 'throughout', 'early', 'late', 'mid', 'last',
  'next', 'this', 'to', 'before', 'after', 'and', 'or', 'between',
]);

const DAYS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);

/** Words that date a statement rather than the figure when a time follows them closely. */
const SAYING: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'added', 'adds', 'reported', 'reports', 'confirmed',
  'confirms', 'stated', 'states', 'wrote', 'writes', 'according', 'statement', 'briefing', 'interview', 'conference',
]);

/** Where a sentence's clauses part: a time in one clause is no time of a figure in the next. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '(', ')']);

const isUpper = (w: string): boolean => w[0] !== undefined && w[0] !== w[0].toLowerCase();
const bare = (lw: string): string => lw.replace(/['’]s$/u, '');

interface Time {
  start: number;
  end: number;
  values: string[];
  /** Written "Saturday's", "last year's". */
  possessive?: boolean;
}

function monthAt(toks: readonly Tok[], i: number): string | null {
  const t = toks[i];
  if (t === undefined || t.k !== 'word' || !MONTHS.has(t.lw) || !isUpper(t.w)) return null;
  // "May", "March", "April" and "Jun" are words or names as well: a month has a day or a year beside it, or
  // a word of time before it ("in April", "since March", "last September").
  const dated = dayBeside(toks, i) !== null || yearAt(toks, i + 1) !== null || (toks[i + 1]?.w === ',' && yearAt(toks, i + 2) !== null);
  if (!dated && !MONTH_BEFORE.has(toks[i - 1]?.lw ?? '')) return null;
  return MONTH_NAMES.get(t.lw) ?? t.lw;
}

/** A day of the month written next to the month at i: "September 27", "Sept. 27", "27 September", "27th of May". */
function dayBeside(toks: readonly Tok[], i: number): number | null {
  let n = i + 1;
  if (toks[n]?.w === '.') n++;
  const after = toks[n];
  const day = (t: Tok | undefined, k: number): number | null => {
    if (t === undefined || t.k !== 'number' || !/^\d{1,2}$/u.test(t.w)) return null;
    const v = Number(t.w);
    const suffix = toks[k + 1];
    if (suffix !== undefined && suffix.k === 'word' && suffix.s === t.e && !/^(?:st|nd|rd|th)$/u.test(suffix.lw)) return null;
    return v >= 1 && v <= 31 ? v : null;
  };
  const d = day(after, n);
  if (d !== null) return d;
  let p = i - 1;
  if (toks[p]?.lw === 'of') p--;
  if (toks[p] !== undefined && toks[p]?.k === 'word' && /^(?:st|nd|rd|th)$/u.test((toks[p] as Tok).lw)) p--;
  return day(toks[p], p);
}

/** A year at token i: four digits from 1800 to 2100, not "1990s" and not part of a longer number. */
function yearAt(toks: readonly Tok[], i: number): string | null {
  const t = toks[i];
  if (t === undefined || t.k !== 'number' || !/^\d{4}$/u.test(t.w)) return null;
  const v = Number(t.w);
  if (v < 1800 || v > 2100) return null;
  const next = toks[i + 1];
  if (next !== undefined && next.s === t.e && next.k === 'word') return null;
  return t.w;
}

/** The time expression that starts at token i, or null. */
function timeAt(toks: readonly Tok[], i: number): Time | null {
  const t = toks[i] as Tok;
  const next = toks[i + 1];
  if (t.k === 'number') {
    const year = yearAt(toks, i);
    return year === null ? null : { start: i, end: i + 1, values: [year] };
  }
  if (t.k !== 'word') return null;
  const lw = bare(t.lw);
  if (WEEKDAYS.has(lw)) return { start: i, end: i + 1, values: [lw] };
  if (DAYS.has(lw)) return { start: i, end: i + 1, values: [lw] };
  const month = monthAt(toks, i);
  if (month !== null) {
    const day = dayBeside(toks, i);
    return { start: i, end: i + 1, values: day === null ? [month] : [`${month} ${day}`, month] };
  }
  const nextLw = next !== undefined && next.k === 'word' ? bare(next.lw) : '';
  const relative = RELATIVE.get(lw);
  if (relative !== undefined && RELATIVE_PERIODS.has(nextLw)) return { start: i, end: i + 2, values: [`${relative} ${nextLw}`] };
  const ordinal = ORDINALS.get(lw);
  if (ordinal !== undefined && ORDINAL_PERIODS.has(nextLw)) return { start: i, end: i + 2, values: [`${ordinal} ${nextLw}`] };
  // "a year ago", "a week earlier": the period before.
  if ((lw === 'a' || lw === 'one') && RELATIVE_PERIODS.has(nextLw) && /^(?:ago|earlier)$/u.test(toks[i + 2]?.lw ?? '')) {
    return { start: i, end: i + 3, values: [`last ${nextLw}`] };
  }
  // "day one", "day 3"; "Q3", "H1".
  if (lw === 'day' && next !== undefined) {
    const n = next.k === 'number' ? Number(next.w) : NUMBER_WORDS.get(next.lw);
    if (n !== undefined && n >= 1 && n <= 10) return { start: i, end: i + 2, values: [`${ORDINAL_BY_NUMBER[n]} day`] };
  }
  if ((t.w === 'Q' || t.w === 'H') && next !== undefined && next.k === 'number' && next.s === t.e) {
    const n = Number(next.w);
    if (n >= 1 && n <= (t.w === 'Q' ? 4 : 2)) return { start: i, end: i + 2, values: [`${ORDINAL_BY_NUMBER[n]} ${t.w === 'Q' ? 'quarter' : 'half'}`] };
  }
  // "the 1st day", "the 3rd week".
  if (/^(?:st|nd|rd|th)$/u.test(lw) && toks[i - 1]?.k === 'number' && toks[i - 1]?.e === t.s && ORDINAL_PERIODS.has(nextLw)) {
    const n = Number((toks[i - 1] as Tok).w);
    if (n >= 1 && n <= 10) return { start: i - 1, end: i + 2, values: [`${ORDINAL_BY_NUMBER[n]} ${nextLw}`] };
  }
  return null;
}

/** Does a verb of saying stand just before token i, with nothing between but words ("said in a statement on")? */
function datesStatement(toks: readonly Tok[], i: number, inFigure: (k: number) => boolean): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = toks[k] as Tok;
    if (t.k !== 'word' || inFigure(k)) return false;
    if (SAYING.has(t.lw)) return true;
  }
  return false;
}

/**
 * The times of each figure of a sentence. `figures` are the figures' token ranges [start, end), in text
 * order. A time belongs to the figures of its clause (the sentence cut at commas, semicolons, dashes,
 * brackets and "and", "but", "while"); a time in a clause without a figure ("On Saturday, police ...")
 * goes to the next clause holding a figure that has no time of its own.
 */
export function figureTimes(toks: readonly Tok[], figures: ReadonlyArray<readonly [number, number]>): string[][] {
  const out: string[][] = figures.map(() => []);
  if (figures.length === 0) return out;
  const inFigure = (k: number): boolean => figures.some(([s, e]) => k >= s && k < e);
  const clause: number[] = [];
  let c = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Tok;
    if (!inFigure(k) && (CLAUSE_MARKS.has(t.w) || (t.k === 'word' && CLAUSE_WORDS.has(t.lw)))) c++;
    clause.push(c);
  }
  const times: Time[] = [];
  for (let k = 0; k < toks.length; k++) {
    if (inFigure(k)) continue;
    const time = timeAt(toks, k);
    if (time === null) continue;
    if (/['’]s$/u.test((toks[time.end - 1] as Tok).lw)) time.possessive = true;
    if (!datesStatement(toks, time.start, inFigure)) times.push(time);
    k = time.end - 1;
  }
  if (times.length === 0) return out;
  const clauseOfFigure = figures.map(([s]) => clause[s] as number);
  const free: Time[] = [];
  for (const time of times) {
    const at = clause[time.start] as number;
    let placed = false;
    clauseOfFigure.forEach((fc, f) => {
      if (fc !== at) return;
      (out[f] as string[]).push(...time.values);
      placed = true;
    });
    if (!placed) free.push(time);
  }
  const timeless = clauseOfFigure.filter((_, f) => (out[f] as string[]).length === 0);
  for (const time of free) {
    // A time set off before a clause introduces it ("On Saturday, police arrested 20 people"); one after the
    // figures belongs to a clause of its own ("..., said the walkout would run until Friday"), and a
    // possessive describes a noun ("eased last year's acrimony").
    if (time.possessive) continue;
    const at = clause[time.start] as number;
    const next = timeless.find((fc) => fc > at);
    if (next === undefined) continue;
    clauseOfFigure.forEach((fc, f) => {
      if (fc === next) (out[f] as string[]).push(...time.values);
    });
  }
  return out.map((values) => [...new Set(values)]);
}
