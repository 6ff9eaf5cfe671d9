// A republished copy repeats its original; it adds an outlet to a fact, never a report. Every article of a
// story is counted under its report: the original at the root of its copy chain.

export interface ReportMember {
  id: number;
  copyOf: number | null;
}

/** Each article's report: the id of the original at the root of its copy chain (its own id for an original). */
export function reportsOf(articles: readonly ReportMember[]): Map<number, number> {
  const copyOf = new Map(articles.map((a) => [a.id, a.copyOf]));
  const out = new Map<number, number>();
  for (const a of articles) {
    let root = a.id;
    const seen = new Set<number>([root]);
    // The chain is followed as far as the story holds it; an original outside the story still names the report.
    for (let next = copyOf.get(root); next !== null && next !== undefined && !seen.has(next); next = copyOf.get(root)) {
      root = next;
      seen.add(root);
      if (!copyOf.has(root)) break;
    }
    out.set(a.id, root);
  }
  return out;
}

/** The number of distinct reports among the given articles. */
export function reportCount(articleIds: Iterable<number>, reports: ReadonlyMap<number, number>): number {
  const roots = new Set<number>();
  for (const id of articleIds) roots.add(reports.get(id) ?? id);
  return roots.size;
}
