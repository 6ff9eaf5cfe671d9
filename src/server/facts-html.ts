// A story's facts on its page: the cited summary, then the facts against the outlets (disputed first),
// the statements with each outlet's wording, and who and where. Everything passes through `html`, which
// escapes it.
import type { FactStatus, StoryClaim, StoryFacts, StoryQuote } from '../model.js';
import { wordingsOf } from '../stories/wordings.js';
import { html, type Raw } from './html.js';

const STATUS_LABEL: Record<FactStatus, string> = { conflict: 'In conflict', corroborated: 'Corroborated', 'single-source': 'Single source' };
const MAX_FACTS = 30;

function status(s: FactStatus, reports: number): Raw {
  return html`<span class="fact-${s}">${STATUS_LABEL[s]}${s === 'corroborated' ? ` · ${reports} reports` : ''}</span>`;
}

function claimRow(c: StoryClaim): Raw {
  const values = c.values;
  return html`<tr><td>${c.measure || '—'}</td><td>${values.map((v) => html`<div><strong>${v.text}</strong> <span class="muted">${v.outlets.join(', ')}</span></div>`)}</td><td>${status(c.status, c.reports)}</td></tr>`;
}

function statement(q: StoryQuote): Raw {
  return html`<li><div>${q.speaker ?? 'Unnamed speaker'} ${status(q.status, q.reports)}</div>
<ul>${wordingsOf(q.versions).map((w) => html`<li><span class="muted">${w.outlets.join(', ')}:</span> ${w.direct ? '“' : ''}${w.text}${w.direct ? '”' : ''}</li>`)}</ul></li>`;
}

export function factsSection(f: StoryFacts): Raw {
  const claims = f.claims.filter((c) => c.status !== 'single-source' || f.claims.length <= MAX_FACTS).slice(0, MAX_FACTS);
  const quotes = f.quotes.slice(0, MAX_FACTS);
  const people = (type: string): Raw[] => f.entities.filter((e) => e.type === type).slice(0, 12).map((e) => html`<li title="${e.roles.join('; ')}">${e.name}</li>`);
  return html`<h2>Summary</h2>
<ol class="summary">${f.summary.map((s) => html`<li>${s.text} <span class="muted">[${[...new Set(s.sources.map((x) => x.outlet))].join(', ')}]</span></li>`)}</ol>
<p class="muted">${f.tally.corroborated} corroborated · ${f.tally['single-source']} single-source · ${f.tally.conflict} in conflict</p>
${claims.length ? html`<h2>Figures</h2><table class="facts"><thead><tr><th>What</th><th>Value and outlets</th><th>Status</th></tr></thead><tbody>${claims.map(claimRow)}</tbody></table>` : ''}
${quotes.length ? html`<h2>Who said what</h2><ul class="statements">${quotes.map(statement)}</ul>` : ''}
<h2>People, organisations, places</h2>
<ul class="tags">${people('person')}</ul><ul class="tags">${people('organisation')}</ul><ul class="tags">${people('place')}</ul>`;
}
