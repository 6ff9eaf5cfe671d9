// The article's headline as its reader sees it. Pages declare titles for search engines and social
// networks (JSON-LD headline, og:title, <title>) that often differ from the headline printed above the
// article: shortened, reworded, prefixed "Opinion |", with straight quotes for curly ones. The printed
// heading is the headline when the declared titles vouch for it; a heading that agrees with none of them
// is the site's logo or another story's.
import { Parser } from 'htmlparser2';
import { collapseSpaces } from '../util/spaces.js';

export interface HeadlineEvidence {
  /** Titles the page declares, most trusted first (JSON-LD headline, og:title, twitter:title, <title>). */
  declared: ReadonlyArray<string | null | undefined>;
  /** Texts of the page's <h1> elements, then of its <h2> elements, each in page order. */
  h1: readonly string[];
  h2: readonly string[];
  outlet: string | null;
  /** The page's host name: sites name themselves after it ("harbourtimes.co.uk" → "Harbourtimes"). */
  host?: string | null;
}

/** How much of one title's words another shares (Dice over word multisets) for a heading to be vouched for. */
const MIN_AGREEMENT = 0.5;
const SOLE_H1_AGREEMENT = 0.25;

/** Words, with each CJK character a word of its own (those scripts write no spaces). */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? [];
}

function agreement(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of a) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** A declared title's text: JSON-LD and meta values may carry entities ("&#8217;") and even tags. */
export function plainTitle(raw: string): string {
  if (!/[<&]/u.test(raw)) return collapseSpaces(raw).trim().normalize('NFC');
  let text = '';
  const parser = new Parser({ ontext: (t) => (text += t) }, { decodeEntities: true });
  parser.write(raw);
  parser.end();
  return collapseSpaces(text).trim().normalize('NFC');
}

/** Second-level labels under a country code that belong to the suffix: harbourtimes.co.uk, diario.com.br. */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gob']);

/** The label of a host name that names the site: "www.harbourtimes.co.uk" → "harbourtimes", "edition.cnn.com" → "cnn". */
function siteName(host: string | null | undefined): string | null {
  if (!host) return null;
  const labels = host.toLowerCase().replace(/^www\d*\./u, '').split('.');
  const last = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const i = labels.length >= 3 && last.length === 2 && SECOND_LEVEL.has(second) ? labels.length - 3 : labels.length - 2;
  return labels[Math.max(0, i)] ?? null;
}

export function chooseHeadline({ declared, h1, h2, outlet, host = null }: HeadlineEvidence): string | null {
  // The site's own name, as the page states it and as its address spells it: a heading or a declared title
  // that is only that names the site, not the article.
  const site = host?.toLowerCase().replace(/^www\d*\./u, '') ?? null;
  const given = declared.filter((t): t is string => !!t?.trim()).map(plainTitle);
  // A heading that repeats the last, shorter segment of a declared title ("Council approves the dredging -
  // Harbour Times") is the site's logo; after a shorter first one ("Opinion | ..."), it is the headline.
  const tails = new Set(
    given
      .map((t) => t.split(/\s+[|–—-]\s+/u))
      .filter((p) => p.length > 1 && words(p[p.length - 1] ?? '').length < words(p.slice(0, -1).join(' ')).length)
      .map((p) => nameKey(p[p.length - 1] ?? '')),
  );
  const logos = h1.filter((h) => tails.has(nameKey(h)));
  const names = [outlet, siteName(host), site, ...logos].filter((n): n is string => !!n);
  const siteKeys = new Set(names.map(nameKey));
  const isSiteName = (text: string): boolean => siteKeys.has(nameKey(text));
  const titles = given.filter((t) => t && !isSiteName(t));
  const stripped = titles.map((t) => names.map((n) => stripOutletFromTitle(t, n)).find((s) => s !== t) ?? stripOutletFromTitle(t, null));
  const vouched = (headings: readonly string[], minimum: number): string | null => {
    let best: string | null = null;
    let bestScore = minimum;
    for (const raw of headings) {
      const heading = collapseSpaces(raw).trim();
      const w = words(heading);
      // A heading of one word, or the outlet's name, is a logo whatever the titles say.
      if (w.length < 2 || isSiteName(heading)) continue;
      // Against the titles with their outlet part removed: a logo heading shares nothing else with them.
      const score = Math.max(...stripped.map((t) => agreement(w, words(t))));
      if (score > bestScore || (best === null && score >= bestScore)) {
        best = heading;
        bestScore = score;
      }
    }
    return best;
  };
  if (!titles.length) return h1.map((h) => collapseSpaces(h).trim()).find((h) => words(h).length > 0) ?? null;
  // A page's only <h1> needs less support: pages declare titles reworded for search engines, and a page
  // with one <h1> most often gives it to the headline.
  return vouched(h1, h1.length === 1 ? SOLE_H1_AGREEMENT : MIN_AGREEMENT) ?? vouched(h2, MIN_AGREEMENT) ?? stripped[0] ?? null;
}

/** An outlet's name as compared: letters and digits only ("Harbour Times", "harbourtimes" and "HarbourTimes" agree). */
const nameKey = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** "Headline | Outlet" and "Headline - Outlet": drop the outlet part of a <title>. */
export function stripOutletFromTitle(title: string, outlet: string | null): string {
  const t = title.trim();
  const o = outlet ? nameKey(outlet) : null;
  // Only a first or last segment that names the outlet goes; the headline's own dashes stay as written.
  const parts = t.split(/\s+([|–—-])\s+/u);
  if (parts.length < 3) return t;
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (o && nameKey(last) === o) return rejoin(parts.slice(0, -2));
  if (o && nameKey(first) === o) return rejoin(parts.slice(2));
  // No outlet known: a short last segment after a bar is the site's name ("Pilots end strike | Harbour Times").
  if (!o && parts[parts.length - 2] === '|' && last.split(/\s+/u).length <= 4) return rejoin(parts.slice(0, -2));
  return t;
}

/** Segments and the separators between them (as split above) back into a title. */
function rejoin(parts: readonly string[]): string {
  let out = parts[0] ?? '';
  for (let i = 1; i + 1 < parts.length; i += 2) out += ` ${parts[i]} ${parts[i + 1]}`;
  return out.trim();
}
