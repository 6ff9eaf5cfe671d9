// Dates as pages and scraped text state them, normalised to ISO 8601.
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function month(name: string): number | undefined {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(y: number, m: number, d: number, time: string | undefined, zone: string | undefined): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null; // no 30 February
  let h = 0;
  let min = 0;
  if (time) {
    const t = /^(\d{1,2})[:.](\d{2})\s*([ap])?\.?m?\.?/iu.exec(time.trim());
    if (t) {
      h = Number(t[1]);
      min = Number(t[2]);
      const ap = t[3]?.toLowerCase();
      if (ap === 'p' && h < 12) h += 12;
      if (ap === 'a' && h === 12) h = 0;
    }
  }
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (!time) return date;
  const z = zone && /^(?:utc|gmt|z)$/iu.test(zone) ? 'Z' : '';
  return `${date}T${pad(h)}:${pad(min)}:00${z}`;
}

/**
 * Parses a stated date: ISO 8601, RFC 2822, "April 3, 2026", "3 April 2026", with an optional time.
 * Returns ISO 8601 (a bare date when no time is stated), or null.
 */
export function parseDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const s = input.trim();
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/u.exec(s);
  if (isoMatch) {
    const [, y, m, d, hh, mm, ss, zone] = isoMatch;
    if (!hh) return iso(Number(y), Number(m), Number(d), undefined, undefined);
    if (!iso(Number(y), Number(m), Number(d), undefined, undefined)) return null;
    const parsed = new Date(`${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}${zone ? normalizeZone(zone) : ''}`);
    if (Number.isNaN(parsed.getTime())) return null;
    return zone ? parsed.toISOString().replace('.000Z', 'Z') : `${y}-${m}-${d}T${hh}:${mm}:${ss ?? '00'}`;
  }
  // RFC 2822 (feeds, HTTP): "Fri, 03 Apr 2026 09:15:00 GMT" or "+0200"; its zone must not be lost.
  if (/^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[A-Z]{2,4}|[+-]\d{4})$/u.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace('.000Z', 'Z');
  }
  const monthFirst = /\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[,\s]+(?:at\s+)?(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?))?\s*(UTC|GMT)?/iu.exec(s);
  if (monthFirst) {
    const m = month(monthFirst[1] ?? '');
    if (m) return iso(Number(monthFirst[3]), m, Number(monthFirst[2]), monthFirst[4], monthFirst[5]);
  }
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})(?:[,\s]+(?:at\s+)?(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?))?\s*(UTC|GMT)?/iu.exec(s);
  if (dayFirst) {
    const m = month(dayFirst[2] ?? '');
    if (m) return iso(Number(dayFirst[3]), m, Number(dayFirst[1]), dayFirst[4], dayFirst[5]);
  }
  const rfc = Date.parse(s);
  if (!Number.isNaN(rfc) && /\d{4}/u.test(s) && /[a-z]{3}/iu.test(s)) return new Date(rfc).toISOString().replace('.000Z', 'Z');
  return null;
}

function normalizeZone(zone: string): string {
  if (zone === 'Z') return 'Z';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

/** A line that is only a date (a dateline in scraped text), with an optional "Published"/"Updated" label. */
export function dateLine(line: string): string | null {
  const s = line.trim();
  if (s.length > 60) return null;
  const body = s.replace(/^(?:published|updated|posted|last updated|first published)(?:\s+on)?\s*:?\s*/iu, '');
  const parsed = parseDate(body);
  if (!parsed) return null;
  // The line must be mostly the date: a sentence that happens to contain one is not a dateline.
  const rest = body.replace(/[\p{L}]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[\p{L}]+\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}\S*|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\b(?:utc|gmt|at|on)\b|[,|·•-]/giu, '').trim();
  return rest.split(/\s+/u).filter(Boolean).length <= 2 ? parsed : null;
}

/**
 * The date in an article's address, as many sites write it: /2019/11/19/, /2019-11-19-, /20191119/. A
 * bare date: addresses carry no time.
 */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /\/((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/u.exec(path) ??
    /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/u.exec(path);
  if (!m) return null;
  return iso(Number(m[1]), Number(m[2]), Number(m[3]), undefined, undefined);
}
