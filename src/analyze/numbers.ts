// Numbers that pin a story down: amounts, percentages, counts with their scale.
const NUMBER =
  /(?<cur>[$€£¥])?\s?(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?<unit>%|percent\b|per cent\b|(?:million|billion|trillion|bn|m)\b)?/giu;

const SCALE: Record<string, string> = { million: 'm', m: 'm', billion: 'bn', bn: 'bn', trillion: 'tn' };

export function findNumbers(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const g = m.groups ?? {};
    const written = g['num'] ?? '';
    const num = written.replace(/,/g, '');
    const unitRaw = (g['unit'] ?? '').toLowerCase();
    const unit = unitRaw === '%' || unitRaw.startsWith('per') ? '%' : (SCALE[unitRaw] ?? '');
    const cur = g['cur'] ?? '';
    // Bare small integers and years are everywhere; only amounts, shares and larger counts identify a story.
    if (!cur && !unit && (num.length < 3 || /^(19|20)\d\d$/u.test(written))) continue;
    out.add(`${cur}${Number(num)}${unit}`);
  }
  return [...out];
}
