// Prints the numeric claims findClaims reads in articles, one line each, for tuning the rules by eye:
// `node --import tsx scripts/claims.ts FILE...` (plain text, an HTML page, or a JSON Lines file of records
// with `text`; a record's `id` or the file name heads its claims).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { findClaims, type FoundClaim } from '../src/analyze/claims.js';
import { findAttributions } from '../src/analyze/quotes.js';
import { extract } from '../src/extract/extract.js';

function texts(file: string): Array<{ name: string; text: string }> {
  const raw = readFileSync(file, 'utf8');
  if (file.endsWith('.jsonl')) {
    return raw.split('\n').filter((l) => l.trim()).map((l, i) => {
      const r = JSON.parse(l) as { id?: string; title?: string; text: string };
      return { name: `${basename(file)}#${r.id ?? i + 1}`, text: r.title ? `${r.title}\n\n${r.text}` : r.text };
    });
  }
  if (/\.html?$/u.test(file)) {
    const a = extract({ kind: 'html', origin: file, html: raw, url: null });
    return [{ name: basename(file), text: `${a.title}\n\n${a.text}` }];
  }
  return [{ name: basename(file), text: raw }];
}

for (const file of process.argv.slice(2)) {
  for (const { name, text } of texts(file)) {
    console.log(`== ${name}`);
    for (const c of findClaims(text, findAttributions(text)) as FoundClaim[]) {
      const range = typeof c.high === 'number' ? `..${c.high}` : '';
      console.log(`  ${c.surface} = ${c.value}${range} ${c.unit ?? '(count)'} ${c.bound} | ${c.measure} [${c.measureKey.join(' ')}]`
        + `${c.predicateKey?.length ? ` held by [${c.predicateKey.join(' ')}]` : ''}${c.speaker ? ` | says ${c.speaker}` : ''}`);
    }
  }
}
