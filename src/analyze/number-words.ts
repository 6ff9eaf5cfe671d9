// Numbers written in words: "twenty-three", "four hundred and fifty", "five-and-a-half", "a dozen",
// "two and a half", "half a million", "a third", "two-thirds". The reader takes the words one by one
// (a hyphenated word is given as its parts), so that the caller knows how many it used.

const SMALL: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/** Denominators: "a third", "two-thirds", "three quarters". "Second" is left out: it is a unit and an ordinal. */
const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5], ['fifths', 5],
  ['tenth', 10], ['tenths', 10],
]);

/** Words that can start a number in words ("a" and "an" only with what follows them). */
export const NUMBER_WORD = /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|third|thirds|quarter|quarters)$/u;

export interface WordNumber {
  value: number;
  /** How many of the words it took. */
  used: number;
  /** "A dozen" and fractions standing alone ("a third of") are round by nature. */
  approx: boolean;
  /** A fraction standing alone ("half", "a third", "two-thirds"): a share when "of" follows. */
  fraction: boolean;
}

/** The fraction that starts at `i` ("a half", "a quarter", "three quarters", "one-third"), or null. */
function fractionAt(words: readonly string[], i: number): { value: number; used: number } | null {
  const first = words[i] ?? '';
  const second = words[i + 1] ?? '';
  if (first === 'a' || first === 'an') {
    const d = FRACTIONS.get(second);
    return d !== undefined && !second.endsWith('s') ? { value: 1 / d, used: 2 } : null;
  }
  const n = SMALL.get(first);
  const d = FRACTIONS.get(second);
  // "one third", "two thirds": the numerator must be below the denominator, or it is "three quarters"-like.
  if (n !== undefined && n >= 1 && d !== undefined && n < d && (n === 1) === !second.endsWith('s')) return { value: n / d, used: 2 };
  return null;
}

/**
 * The number in words that starts at words[i] (lower case), or null. Stops at the first word that cannot
 * continue it, so "five hours" takes one word and "one-off" none that matter (the caller checks the rest).
 */
export function readNumberWords(words: readonly string[], i: number): WordNumber | null {
  const w = words[i] ?? '';
  // A fraction standing alone: "half", "a half", "a third", "two-thirds", "half a million".
  if (w === 'half') {
    const next = words[i + 1];
    const scale = next === 'a' || next === 'an' ? SCALE_WORDS.get(words[i + 2] ?? '') : undefined;
    if (scale !== undefined) return { value: scale / 2, used: 3, approx: true, fraction: false };
    return { value: 0.5, used: 1, approx: false, fraction: true };
  }
  const lone = fractionAt(words, i);
  if (lone !== null) return { value: lone.value, used: lone.used, approx: w === 'a' || w === 'an', fraction: true };

  let total = 0;
  let current = 0;
  let j = i;
  let approx = false;
  // What the last word was, which decides what may follow it.
  let last: 'start' | 'a' | 'small' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen' = 'start';
  let lastScale = Infinity;
  for (; j < words.length; j++) {
    const word = words[j] as string;
    const small = SMALL.get(word);
    if (word === 'a' || word === 'an') {
      if (last !== 'start') break;
      const next = words[j + 1] ?? '';
      if (next !== 'hundred' && next !== 'dozen' && !SCALE_WORDS.has(next)) return null;
      current = 1;
      last = 'a';
      if (next === 'dozen') approx = true;
      continue;
    }
    if (small !== undefined) {
      // "twenty three" takes a unit after the tens; "five six" is two numbers.
      if (last === 'small' || last === 'teen' || last === 'dozen' || (last === 'tens' && small >= 10) || last === 'a') break;
      current += small;
      last = small >= 10 ? 'teen' : 'small';
      continue;
    }
    const tens = TENS.get(word);
    if (tens !== undefined) {
      if (last === 'small' || last === 'teen' || last === 'tens' || last === 'dozen' || last === 'a') break;
      current += tens;
      last = 'tens';
      continue;
    }
    if (word === 'hundred') {
      if (last === 'start' || last === 'hundred' || last === 'dozen' || current >= 100) break;
      current *= 100;
      last = 'hundred';
      continue;
    }
    const scale = SCALE_WORDS.get(word);
    if (scale !== undefined) {
      if (last === 'start' || last === 'scale' || scale >= lastScale) break;
      total += current * scale;
      current = 0;
      lastScale = scale;
      last = 'scale';
      continue;
    }
    if (word === 'dozen') {
      if (last !== 'a' && last !== 'small' && last !== 'teen' && last !== 'tens') break;
      current *= 12;
      last = 'dozen';
      continue;
    }
    if (word === 'and') {
      // "four hundred and fifty"; "two and a half", "five-and-a-half".
      const next = words[j + 1] ?? '';
      if ((last === 'hundred' || last === 'scale') && (SMALL.has(next) || TENS.has(next))) {
        // What follows "and" is read as after a bare "hundred": tens or units, then nothing larger.
        last = 'hundred';
        continue;
      }
      if (last === 'small' || last === 'teen' || last === 'tens') {
        const f = fractionAt(words, j + 1);
        if (f !== null) {
          current += f.value;
          j += 1 + f.used;
        }
      }
      break;
    }
    break;
  }
  const used = j - i;
  if (used === 0 || last === 'a' || last === 'start') return null;
  return { value: total + current, used, approx, fraction: false };
}
