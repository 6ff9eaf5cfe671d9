// How a count is named for a reader: "killing two people" measures "people killed", "employs 220
// people" measures "people employed". The comparison key is built from the same words in any order;
// this is only the wording the facts table shows.

// Participles that do not end in "-ed", by the verb's stem before "-ing" and by its past tense.
const BY_ING_STEM: ReadonlyMap<string, string> = new Map([
  ['leav', 'left'], ['los', 'lost'], ['keep', 'kept'], ['hold', 'held'], ['find', 'found'], ['bring', 'brought'],
  ['send', 'sent'], ['tak', 'taken'], ['giv', 'given'], ['mak', 'made'], ['sell', 'sold'], ['buy', 'bought'],
  ['hitt', 'hit'], ['putt', 'put'], ['cutt', 'cut'], ['feed', 'fed'], ['see', 'seen'], ['spend', 'spent'],
  ['build', 'built'], ['catch', 'caught'], ['teach', 'taught'], ['draw', 'drawn'], ['shoot', 'shot'],
  ['bit', 'bitten'], ['hid', 'hidden'], ['driv', 'driven'], ['writ', 'written'], ['choos', 'chosen'],
  ['throw', 'thrown'], ['know', 'known'], ['fly', 'flown'], ['tell', 'told'], ['pay', 'paid'], ['lay', 'laid'],
  ['strik', 'struck'], ['sweep', 'swept'], ['steal', 'stolen'], ['freez', 'frozen'], ['break', 'broken'],
  ['winn', 'won'], ['runn', 'run'], ['gett', 'got'], ['sett', 'set'], ['lett', 'let'], ['beginn', 'begun'],
  ['shutt', 'shut'], ['spinn', 'spun'], ['sitt', 'sat'], ['digg', 'dug'], ['lead', 'led'], ['meet', 'met'],
  ['fight', 'fought'], ['seek', 'sought'], ['flee', 'fled'], ['think', 'thought'], ['hurt', 'hurt'],
]);
const BY_PAST: ReadonlyMap<string, string> = new Map([
  ['took', 'taken'], ['gave', 'given'], ['saw', 'seen'], ['drew', 'drawn'], ['ate', 'eaten'], ['fell', 'fallen'],
  ['rose', 'risen'], ['drove', 'driven'], ['wrote', 'written'], ['flew', 'flown'], ['threw', 'thrown'],
  ['grew', 'grown'], ['knew', 'known'], ['chose', 'chosen'], ['began', 'begun'], ['ran', 'run'], ['came', 'come'],
  ['went', 'gone'], ['shook', 'shaken'], ['stole', 'stolen'], ['froze', 'frozen'], ['broke', 'broken'],
  ['spoke', 'spoken'], ['woke', 'woken'], ['hid', 'hidden'], ['bit', 'bitten'], ['forgot', 'forgotten'],
]);
const BY_PRESENT: ReadonlyMap<string, string> = new Map([
  ['leaves', 'left'], ['loses', 'lost'], ['keeps', 'kept'], ['holds', 'held'], ['finds', 'found'], ['brings', 'brought'],
  ['sends', 'sent'], ['takes', 'taken'], ['gives', 'given'], ['makes', 'made'], ['sells', 'sold'], ['buys', 'bought'],
  ['feeds', 'fed'], ['sees', 'seen'], ['spends', 'spent'], ['builds', 'built'], ['pays', 'paid'], ['tells', 'told'],
]);

// Words that look like verb forms but say nothing that happened to what is counted.
const NOT_TURNED = new Set(['has', 'had', 'was', 'is', 'does', 'did', 'says', 'said', 'gets', 'got', 'nothing', 'thing', 'things', 'during', 'meaning', 'means', 'meant', 'including', 'includes', 'included', 'totalling', 'totaling', 'numbering', 'according', 'being']);

const OWN_PARTICIPLES: ReadonlySet<string> = new Set([...BY_ING_STEM.values(), ...BY_PRESENT.values()]);

/**
 * The past participle of a verb as written ("killing", "kills", "killed" → "killed"; "leaving" → "left"),
 * or null when the word does not look like a verb form this can turn.
 */
export function participle(verb: string): string | null {
  const w = verb.toLowerCase();
  if (!/^[a-z]+$/u.test(w) || w.length < 3 || NOT_TURNED.has(w)) return null;
  const past = BY_PAST.get(w) ?? BY_PRESENT.get(w);
  if (past !== undefined) return past;
  if (w.endsWith('ing') && w.length > 5) {
    const stem = w.slice(0, -3);
    const irregular = BY_ING_STEM.get(stem);
    if (irregular !== undefined) return irregular;
    // "carrying" → "carried"; "trapping" keeps its double letter ("trapped").
    if (/[^aeiou]y$/u.test(stem)) return `${stem.slice(0, -1)}ied`;
    return stem.endsWith('e') ? `${stem}d` : `${stem}ed`;
  }
  if (w.endsWith('ed')) return w;
  if (w.endsWith('s') && !w.endsWith('ss')) {
    const base = w.slice(0, -1);
    if (base.endsWith('ie')) return `${base.slice(0, -2)}ied`;
    if (/(?:ch|sh|x|ss)e$/u.test(base)) return `${base.slice(0, -1)}ed`;
    return base.endsWith('e') ? `${base}d` : `${base}ed`;
  }
  // An irregular past that is its own participle ("lost", "left", "won", "hit"): kept as written.
  return OWN_PARTICIPLES.has(w) ? w : null;
}
