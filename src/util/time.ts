// Times as articles give them: ISO 8601, with a zone or without one ("2026-06-25T07:30:00"), or a date
// alone. A time without a zone is read as UTC, the same wherever Crosswire runs, as the feeds write it.
const HAS_ZONE = /(?:Z|[+-]\d\d:?\d\d)$/iu;

/** Milliseconds since the epoch, or NaN when the text is not a time. */
export function parseTime(iso: string): number {
  const t = iso.trim();
  // A date alone is already read as UTC by Date.parse; a date with a time but no zone would be local.
  return Date.parse(/T\d/u.test(t) && !HAS_ZONE.test(t) ? `${t}Z` : t);
}
