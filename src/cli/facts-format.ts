// A story's facts for the terminal: the cited summary, then disputes, figures that moved, corroborated facts,
// statements and single-source figures, then who and where. Long lists are cut; --json carries them whole.
import type { StoryClaim, StoryFacts, StoryQuote } from '../model.js';
import type { StoreEntity } from '../facts.js';
import { wordingsOf } from '../stories/wordings.js';

const MAX_ROWS = 8;
const MAX_QUOTE_CHARS = 220;

function clip(s: string, most = MAX_QUOTE_CHARS): string {
  // Text from the web reaches a terminal: control characters (escape sequences among them) are dropped.
  const flat = s.replace(/[\u0000-\u001f\u007f-\u009f]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  return flat.length > most ? `${flat.slice(0, most - 1).trimEnd()}…` : flat;
}


/** A publication time as stored: "2026-05-02 18:00 UTC" (times are kept in UTC), or the date alone. */
function shownTime(iso: string): string {
  return /T\d/u.test(iso) ? `${iso.slice(0, 16).replace('T', ' ')}${/(?:Z|\+00:?00)$/u.test(iso) ? ' UTC' : ''}` : iso.slice(0, 10);
}

function more(total: number, shown: number): string[] {
  return total > shown ? [`  … and ${total - shown} more (--json has them all)`] : [];
}

function claimLine(c: StoryClaim): string[] {
  const values = c.values.map((v) => `${v.text} (${v.outlets.join(', ')})`);
  if (c.status === 'conflict') {
    return [`  ✗ ${c.measure || 'a figure'}: ${values.join(' vs ')}`, ...c.versions.map((v) => `      ${v.outlet}: “${clip(v.sentence, 160)}”`)];
  }
  if (c.status === 'updated') {
    // The values in the order the figure took them, each with when a report first gave it.
    const steps = c.values.map((v) => `${v.text} (${v.outlets.join(', ')}${v.published ? `, ${shownTime(v.published)}` : ''})`);
    return [`  ↗ ${c.measure || 'a figure'}: ${steps.join(' → ')}`];
  }
  const mark = c.status === 'corroborated' ? '✓' : '·';
  return [`  ${mark} ${c.measure || 'a figure'}: ${values.join('; ')}`];
}

function quoteLines(q: StoryQuote): string[] {
  const head = `  ${q.status === 'conflict' ? '✗' : q.status === 'corroborated' ? '✓' : '·'} ${q.speaker ?? '(unnamed speaker)'}${q.reports > 1 ? `, ${q.reports} reports` : ''}:`;
  return [head, ...wordingsOf(q.versions).map((w) => `      ${w.outlets.join(', ')}: ${w.direct ? '“' : ''}${clip(w.text)}${w.direct ? '”' : ''}`)];
}

export function printFacts(f: StoryFacts): string {
  const lines: string[] = ['Summary:'];
  if (!f.summary.length) lines.push('  (no sentence to summarise)');
  f.summary.forEach((s, i) => lines.push(`  ${i + 1}. ${clip(s.text, 400)} [${[...new Set(s.sources.map((x) => x.outlet))].join(', ')}]`));
  lines.push('', `Facts: ${f.tally.corroborated} corroborated · ${f.tally['single-source']} single-source · ${f.tally.conflict} in conflict${f.tally.updated ? ` · ${f.tally.updated} updated` : ''}`);

  const conflicts = f.claims.filter((c) => c.status === 'conflict');
  const quoteConflicts = f.quotes.filter((q) => q.status === 'conflict');
  if (conflicts.length || quoteConflicts.length) {
    lines.push('', 'In conflict:', ...conflicts.flatMap(claimLine), ...quoteConflicts.flatMap(quoteLines));
  }
  const updated = f.claims.filter((c) => c.status === 'updated');
  if (updated.length) lines.push('', 'Figures updated by later reports:', ...updated.slice(0, MAX_ROWS).flatMap(claimLine), ...more(updated.length, MAX_ROWS));
  const agreed = f.claims.filter((c) => c.status === 'corroborated');
  if (agreed.length) lines.push('', 'Figures corroborated by several reports:', ...agreed.slice(0, MAX_ROWS).flatMap(claimLine), ...more(agreed.length, MAX_ROWS));
  const statements = f.quotes.filter((q) => q.status !== 'conflict');
  if (statements.length) {
    lines.push('', 'Statements (corroborated first):', ...statements.slice(0, MAX_ROWS).flatMap(quoteLines), ...more(statements.length, MAX_ROWS));
  }
  const single = f.claims.filter((c) => c.status === 'single-source');
  if (single.length) lines.push('', 'Figures from a single report:', ...single.slice(0, MAX_ROWS).flatMap(claimLine), ...more(single.length, MAX_ROWS));

  const byType = (type: string): string =>
    f.entities
      .filter((e) => e.type === type)
      .slice(0, 12)
      .map((e) => (e.roles[0] ? `${e.name} (${e.roles[0]})` : e.name))
      .join(' · ');
  lines.push('', `People: ${byType('person') || '-'}`, `Organisations: ${byType('organisation') || '-'}`, `Places: ${byType('place') || '-'}`);
  return lines.join('\n');
}

export function printEntities(entities: readonly StoreEntity[]): string {
  if (!entities.length) return 'No entities yet. Import some articles: crosswire ingest PATH';
  return entities
    .map((e) => {
      const lines = [`${e.name}  (${e.type}) · ${e.storyIds.length} stor${e.storyIds.length === 1 ? 'y' : 'ies'}, ${e.reports} report(s) · stories ${e.storyIds.slice(0, 8).map((id) => `#${id}`).join(' ')}${e.storyIds.length > 8 ? ' …' : ''}`];
      if (e.roles.length) lines.push(`     roles: ${e.roles.slice(0, 5).join('; ')}`);
      if (e.aliases.length) lines.push(`     also: ${e.aliases.slice(0, 8).join(' · ')}`);
      return lines.join('\n');
    })
    .join('\n');
}
