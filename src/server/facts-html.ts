// A story's facts on its page: the cited summary; the facts against the outlets (disputed first), a
// table a reader scans across to see who says what; the statements with each outlet's wording; and who
// and where. Everything passes through `html`, which escapes it.
import type { FactStatus, StoryClaim, StoryFacts, StoryQuote } from '../model.js';
import { STATUS_ORDER } from '../stories/status.js';
import { wordingsOf } from '../stories/wordings.js';
import { html, plural, raw, time, type Raw } from './html.js';
import { entityHref } from './links.js';

const STATUS_LABEL: Record<FactStatus, string> = { conflict: 'In conflict', updated: 'Updated', corroborated: 'Corroborated', 'single-source': 'Single source' };
/** Rows shown at once; the rest fold away. */
const TABLE_ROWS = 25;
/** Outlet columns; the others are counted in one. */
const TABLE_OUTLETS = 7;
const MAX_STATEMENTS = 30;
const EXCERPT = 90;

/** A fact's status; in the table the count of reports goes on a line of its own, to keep the column narrow. */
function status(s: FactStatus, reports: number, inTable = false): Raw {
  return html`<span class="fact-${s}">${STATUS_LABEL[s]}</span>${s === 'corroborated' ? html`${inTable ? raw('<br>') : ' · '}<span class="muted">${plural(reports, 'report')}</span>` : ''}`;
}

function excerpt(text: string): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length <= EXCERPT ? t : `${t.slice(0, t.lastIndexOf(' ', EXCERPT) > EXCERPT / 2 ? t.lastIndexOf(' ', EXCERPT) : EXCERPT)}…`;
}

/** A row of the table: what the fact is, and what each outlet column shows for it. */
interface FactRow {
  label: Raw;
  status: FactStatus;
  reports: number;
  /** The cell of each outlet that states it. */
  cells: Map<string, Raw>;
}

function claimRow(c: StoryClaim): FactRow {
  const cells = new Map<string, Raw>();
  for (const v of c.values) {
    for (const o of v.outlets) cells.set(o, html`<span class="${c.status === 'conflict' ? 'v-dispute' : ''}">${v.text}</span>`);
  }
  // A dispute lists who gives which value; an update, the values in the order the figure took them.
  const detail =
    c.status === 'conflict' ? html`${c.values.map((v) => `${v.text}: ${v.outlets.join(', ')}`).join(' · ')}`
    : c.status === 'updated' ? html`${c.values.map((v, i) => html`${i ? ' → ' : ''}${v.text} (${v.outlets.join(', ')}${v.published ? html`, ${time(v.published)}` : ''})`)}`
    : null;
  const label = html`${c.measure || 'A figure'}${detail ? html`<div class="muted">${detail}</div>` : ''}`;
  return { label, status: c.status, reports: c.reports, cells };
}

function quoteRow(q: StoryQuote): FactRow {
  const cells = new Map<string, Raw>();
  for (const v of q.versions) cells.set(v.outlet, html`<span title="${v.direct ? 'quotes the words' : 'reports the words'}">${v.direct ? '“ ”' : '✓'}</span>`);
  const first = q.versions[0];
  return { label: html`<strong>${q.speaker ?? 'Unnamed speaker'}</strong>: ${first ? excerpt(first.text) : ''}`, status: q.status, reports: q.reports, cells };
}

function matrix(rows: FactRow[]): Raw {
  const count = new Map<string, number>();
  for (const r of rows) for (const o of r.cells.keys()) count.set(o, (count.get(o) ?? 0) + 1);
  const outlets = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o);
  const shown = outlets.slice(0, TABLE_OUTLETS);
  const others = outlets.length - shown.length;
  const row = (r: FactRow): Raw => {
    const more = [...r.cells.keys()].filter((o) => !shown.includes(o)).length;
    return html`<tr><th scope="row">${r.label}</th><td class="status">${status(r.status, r.reports, true)}</td>${shown.map(
      (o) => html`<td class="cell">${r.cells.get(o) ?? html`<span class="muted" aria-label="not stated">·</span>`}</td>`,
    )}${others ? html`<td class="cell">${more ? `+${more}` : ''}</td>` : ''}</tr>`;
  };
  const head = html`<thead><tr><th scope="col">Fact</th><th scope="col">Status</th>${shown.map((o) => html`<th scope="col">${o}</th>`)}${others ? html`<th scope="col">${others} more</th>` : ''}</tr></thead>`;
  const first = rows.slice(0, TABLE_ROWS);
  const rest = rows.slice(TABLE_ROWS);
  return html`<div class="scroll"><table class="matrix">${head}<tbody>${first.map(row)}</tbody></table></div>
${rest.length ? html`<details class="copies"><summary>${plural(rest.length, 'more fact')}</summary><div class="scroll"><table class="matrix">${head}<tbody>${rest.map(row)}</tbody></table></div></details>` : ''}`;
}

function statement(q: StoryQuote, f: StoryFacts): Raw {
  const who = q.speakerKey ? f.entities.find((e) => e.key === q.speakerKey) : undefined;
  return html`<li><div><strong>${who ? html`<a href="${entityHref(who.type, who.key)}">${q.speaker}</a>` : (q.speaker ?? 'Unnamed speaker')}</strong> · ${status(q.status, q.reports)}</div>
${wordingsOf(q.versions).map((w) => html`<blockquote>${w.direct ? `“${w.text}”` : w.text} <span class="cite">— ${w.outlets.join(', ')}</span></blockquote>`)}</li>`;
}

export function summarySection(f: StoryFacts): Raw {
  if (!f.summary.length) return html``;
  return html`<section id="summary" aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2>
<ol class="summary">${f.summary.map((s) => html`<li>${s.text} <span class="cite">[${[...new Set(s.sources.map((x) => x.outlet))].join(', ')}]</span></li>`)}</ol></section>`;
}

export function factsSection(f: StoryFacts): Raw {
  const rows = [...f.claims.map(claimRow), ...f.quotes.map(quoteRow)].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.reports - a.reports);
  const quotes = f.quotes.slice(0, MAX_STATEMENTS);
  const chips = (type: 'person' | 'organisation' | 'place'): Raw[] =>
    f.entities.filter((e) => e.type === type).slice(0, 15).map((e) => html`<li class="${type}"><a href="${entityHref(type, e.key)}" title="${e.roles.join('; ')}">${e.name}</a></li>`);
  return html`<section id="facts" aria-labelledby="h-facts"><h2 id="h-facts">Facts across outlets</h2>
<p class="muted">${f.tally.corroborated} corroborated · ${f.tally['single-source']} single-source · ${f.tally.conflict} in conflict${f.tally.updated ? ` · ${f.tally.updated} updated` : ''}</p>
${rows.length ? matrix(rows) : html`<p class="muted">No figures or statements found in its reports.</p>`}</section>
${quotes.length ? html`<section id="quotes" aria-labelledby="h-quotes"><h2 id="h-quotes">Who said what</h2><ul class="statements">${quotes.map((q) => statement(q, f))}</ul></section>` : ''}
<section id="entities" aria-labelledby="h-entities"><h2 id="h-entities">People, organisations, places</h2>
<ul class="chips">${chips('person')}</ul><ul class="chips">${chips('organisation')}</ul><ul class="chips">${chips('place')}</ul></section>`;
}
