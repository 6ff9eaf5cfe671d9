// How a count is named for a reader: "killing two people" is a count of "people killed", "employs 220
// people" one of "people employed". Only the wording a table shows: what the claim measures, and so how
// it is compared, stays the text's own.

// Verbs whose participle does not end in "-ed", by their base form.
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['lose', 'lost'], ['keep', 'kept'], ['hold', 'held'], ['find', 'found'], ['bring', 'brought'], ['send', 'sent'],
  ['take', 'taken'], ['give', 'given'], ['make', 'made'], ['sell', 'sold'], ['buy', 'bought'], ['hit', 'hit'],
  ['put', 'put'], ['cut', 'cut'], ['feed', 'fed'], ['see', 'seen'], ['spend', 'spent'], ['build', 'built'],
  ['catch', 'caught'], ['teach', 'taught'], ['draw', 'drawn'], ['shoot', 'shot'], ['bite', 'bitten'],
  ['hide', 'hidden'], ['drive', 'driven'], ['write', 'written'], ['choose', 'chosen'], ['throw', 'thrown'],
  ['know', 'known'], ['fly', 'flown'], ['tell', 'told'], ['pay', 'paid'], ['lay', 'laid'], ['strike', 'struck'],
  ['sweep', 'swept'], ['steal', 'stolen'], ['freeze', 'frozen'], ['break', 'broken'], ['win', 'won'],
  ['run', 'run'], ['set', 'set'], ['let', 'let'], ['begin', 'begun'], ['shut', 'shut'], ['spin', 'spun'],
  ['sit', 'sat'], ['dig', 'dug'], ['lead', 'led'], ['meet', 'met'], ['fight', 'fought'], ['seek', 'sought'],
  ['flee', 'fled'], ['think', 'thought'], ['hurt', 'hurt'], ['beat', 'beaten'], ['eat', 'eaten'], ['feel', 'felt'],
  ['deal', 'dealt'], ['read', 'read'], ['ride', 'ridden'], ['shake', 'shaken'], ['fall', 'fallen'], ['shed', 'shed'],
  ['sleep', 'slept'], ['spread', 'spread'], ['rise', 'risen'], ['grow', 'grown'], ['go', 'gone'], ['come', 'come'],
  ['wake', 'woken'], ['speak', 'spoken'], ['forget', 'forgotten'], ['swim', 'swum'], ['sing', 'sung'],
  ['sink', 'sunk'], ['tear', 'torn'], ['wear', 'worn'], ['lend', 'lent'], ['bend', 'bent'], ['hang', 'hung'],
  ['stick', 'stuck'], ['swing', 'swung'], ['bind', 'bound'], ['quit', 'quit'], ['split', 'split'], ['bet', 'bet'],
  ['cast', 'cast'], ['cost', 'cost'], ['burst', 'burst'], ['slay', 'slain'], ['shine', 'shone'], ['stand', 'stood'],
  ['understand', 'understood'], ['weep', 'wept'], ['creep', 'crept'], ['light', 'lit'],
]);

// Past tenses that differ from the participle.
const PAST: ReadonlyMap<string, string> = new Map([
  ['took', 'taken'], ['gave', 'given'], ['saw', 'seen'], ['drew', 'drawn'], ['ate', 'eaten'], ['fell', 'fallen'],
  ['rose', 'risen'], ['drove', 'driven'], ['wrote', 'written'], ['flew', 'flown'], ['threw', 'thrown'],
  ['grew', 'grown'], ['knew', 'known'], ['chose', 'chosen'], ['began', 'begun'], ['ran', 'run'], ['came', 'come'],
  ['went', 'gone'], ['shook', 'shaken'], ['stole', 'stolen'], ['froze', 'frozen'], ['broke', 'broken'],
  ['spoke', 'spoken'], ['woke', 'woken'], ['hid', 'hidden'], ['bit', 'bitten'], ['forgot', 'forgotten'],
  ['rode', 'ridden'], ['swam', 'swum'], ['sang', 'sung'], ['sank', 'sunk'], ['tore', 'torn'], ['wore', 'worn'],
]);

const OWN_PARTICIPLES: ReadonlySet<string> = new Set(IRREGULAR.values());

// Verbs of two syllables stressed on the last, which double its consonant.
const DOUBLING = new Set([
  'admit', 'commit', 'permit', 'submit', 'omit', 'emit', 'transmit', 'occur', 'recur', 'prefer', 'refer', 'confer',
  'defer', 'deter', 'control', 'patrol', 'compel', 'expel', 'propel', 'repel', 'regret', 'equip', 'acquit', 'rebut',
  'kidnap', 'enrol', 'instil', 'extol', 'outrun', 'upset', 'forbid', 'overrun',
]);

// Verbs that say nothing of what happened to what is counted, or whose participle misleads as a label
// ("homes left" reads as the homes remaining, not those the storm left without power).
const NOT_TURNED = new Set([
  'be', 'have', 'do', 'say', 'get', 'leave', 'mean', 'include', 'total', 'number', 'accord', 'need', 'want',
  'plan', 'expect', 'hope', 'seem', 'thing', 'nothing', 'during', 'left', 'has', 'is', 'was', 'does', 'says', 'gets',
  'cost', 'costs', 'costing',
]);

/**
 * The past participle of a verb as written ("killing", "kills", "killed" → "killed"; "shedding" → "shed",
 * "feeling" → "felt"), or null when the word does not look like a verb form this can turn.
 */
export function participle(verb: string): string | null {
  const w = verb.toLowerCase();
  if (!/^[a-z]+$/u.test(w) || w.length < 3 || NOT_TURNED.has(w)) return null;
  const past = PAST.get(w);
  if (past !== undefined) return past;
  if (w.endsWith('ing') && w.length > 5) {
    const stem = w.slice(0, -3);
    // The base before "-ing": as it stands ("feel"), with its "e" back ("ride"), or undoubled ("shed").
    const bases = [stem, `${stem}e`, /([b-df-hj-np-tv-z])\1$/u.test(stem) ? stem.slice(0, -1) : ''].filter(Boolean);
    if (bases.some((b) => NOT_TURNED.has(b))) return null;
    for (const b of bases) {
      const p = IRREGULAR.get(b);
      if (p !== undefined) return p;
    }
    // "carrying" → "carried"; "trapping" keeps its double letter ("trapped"), "evacuating" its lost "e".
    if (/[^aeiou]y$/u.test(stem)) return `${stem.slice(0, -1)}ied`;
    return stem.endsWith('e') ? `${stem}d` : `${stem}ed`;
  }
  if (w.endsWith('ed')) return w;
  if (w.endsWith('s') && !w.endsWith('ss')) {
    // The base before "-s": "spreads" → "spread", "chooses" → "choose", "pushes" → "push", "carries" → "carry".
    const bases = [w.slice(0, -1), w.endsWith('es') ? w.slice(0, -2) : '', w.endsWith('ies') ? `${w.slice(0, -3)}y` : ''].filter(Boolean);
    if (bases.some((b) => NOT_TURNED.has(b))) return null;
    for (const b of bases) {
      const p = IRREGULAR.get(b);
      if (p !== undefined) return p;
    }
    const base = bases[bases.length - 1] as string;
    if (base.endsWith('y') && w.endsWith('ies')) return `${base.slice(0, -1)}ied`;
    if (/(?:ch|sh|x|ss|z)es$/u.test(w)) return `${w.slice(0, -2)}ed`;
    const plain = w.slice(0, -1);
    if (plain.endsWith('e')) return `${plain}d`;
    // A short verb doubles its last consonant ("stops" → "stopped"; never w, x or y: "shows" → "showed"),
    // and so do verbs stressed on their last syllable ("admits" → "admitted").
    return /^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/u.test(plain) || DOUBLING.has(plain) ? `${plain}${plain.slice(-1)}ed` : `${plain}ed`;
  }
  // An irregular past that is its own participle ("lost", "won", "hit"): kept as written.
  return OWN_PARTICIPLES.has(w) ? w : null;
}
