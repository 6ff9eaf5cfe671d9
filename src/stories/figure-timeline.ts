// Whether a disputed figure is one figure at several moments: the toll that was 40 in the morning report
// and "rose to 60" in the evening one. The reports are laid out by when they were published, and every
// change of value must be one the later report says happened ("rose to", "fell to", "has reached"), in
// the direction it went, at least half an hour after the value before it was first stated. Anything else
// stays a conflict: a reader is told the outlets disagree unless the text itself says the figure changed.
import { parseTime } from '../util/time.js';
import type { ClaimItem } from './claim-table.js';

/** Reports this close in time are one moment: a figure that moved needs a later report to say so. */
const UPDATE_GAP_MS = 30 * 60_000;
const DAY_MS = 86_400_000;

/** A version of a disputed figure: the claim, the agreeing group (fact) it is in, and the report (copy chain root) it is from. */
export interface TimedVersion {
  item: ClaimItem;
  fact: number;
  report: number;
}

/** One value the figure took: its versions, oldest first, and when it was first stated. */
export interface FigureStep {
  fact: number;
  versions: ClaimItem[];
  published: string;
}

/** When an article was published, as the span it may have been: a date alone is the whole (UTC) day. */
interface Moment {
  from: number;
  to: number;
}

function momentOf(item: ClaimItem): Moment | null {
  if (!item.published) return null;
  const t = parseTime(item.published);
  if (Number.isNaN(t)) return null;
  return { from: t, to: /T\d/u.test(item.published) ? t : t + DAY_MS - 1 };
}

/** Whether the later claim says it moved from the earlier value, the way it went. */
function movedFrom(earlier: ClaimItem, later: ClaimItem): boolean {
  const way = later.claim.change;
  return (way === 'up' && later.claim.value > earlier.claim.value) || (way === 'down' && later.claim.value < earlier.claim.value);
}

/**
 * The values a disputed figure took, in order, or null when its reports do not show one figure that moved.
 * Each report counts at the first moment it states a value (a copy republished later is no later report);
 * a value no dated report states cannot be placed, so the row stays a conflict. A value may come back ("fell
 * to 40" after 60): each change is judged against the value just before it, not against every older one.
 */
export function figureSteps(versions: readonly TimedVersion[]): FigureStep[] | null {
  // Each report's statement of each value, at the first moment it made it.
  const statements = new Map<string, { fact: number; moment: Moment | null; first: ClaimItem; items: ClaimItem[] }>();
  // Each version's publication time, read once: the steps' versions are ordered by it below.
  const published = new Map<ClaimItem, number>();
  for (const v of versions) {
    const key = `${v.report}:${v.fact}`;
    const moment = momentOf(v.item);
    published.set(v.item, moment?.from ?? Infinity);
    const s = statements.get(key);
    if (!s) {
      statements.set(key, { fact: v.fact, moment, first: v.item, items: [v.item] });
      continue;
    }
    s.items.push(v.item);
    if (moment !== null && (s.moment === null || moment.from < s.moment.from)) {
      s.moment = moment;
      s.first = v.item;
    }
  }
  const all = [...statements.values()];
  const dated = all.filter((s) => s.moment !== null).sort((a, b) => (a.moment as Moment).from - (b.moment as Moment).from || a.first.articleId - b.first.articleId);
  const facts = new Set(all.map((s) => s.fact));
  for (const f of facts) if (!dated.some((s) => s.fact === f)) return null;

  const steps: Array<FigureStep & { at: Moment; claim: ClaimItem }> = [];
  for (const s of dated) {
    const moment = s.moment as Moment;
    const last = steps[steps.length - 1];
    if (last !== undefined && last.fact === s.fact) {
      last.versions.push(...s.items);
      continue;
    }
    // The report says the figure moved if any of its versions of this value says so.
    if (last !== undefined && (moment.from - last.at.to < UPDATE_GAP_MS || !s.items.some((i) => movedFrom(last.claim, i)))) return null;
    steps.push({ fact: s.fact, versions: [...s.items], published: s.first.published as string, at: moment, claim: s.first });
  }
  if (steps.length < 2) return null;
  // Undated statements of a value join its latest step: the value is placed by the dated reports of it.
  for (const s of all) {
    if (s.moment !== null) continue;
    const step = steps.findLast((x) => x.fact === s.fact);
    step?.versions.push(...s.items);
  }
  const byTime = (a: ClaimItem, b: ClaimItem): number => (published.get(a) as number) - (published.get(b) as number) || a.articleId - b.articleId || a.claim.span[0] - b.claim.span[0];
  return steps.map((s) => ({ fact: s.fact, versions: s.versions.sort(byTime), published: s.published }));
}
