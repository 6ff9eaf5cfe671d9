// Shows, for one page of an extraction data set, which extracted paragraphs the gold text lacks (+) and
// which gold paragraphs were missed (-): for tuning. `node --import tsx scripts/diff-page.ts SET ID-PREFIX`
import { join } from 'node:path';
import { pageHtml, readGold } from '../src/eval/extraction.js';
import { extractHtml } from '../src/extract/html.js';

const [set = 'scrapinghub-dev', prefix = ''] = process.argv.slice(2);
const dir = join('..', 'shared', 'data', 'extraction', set);
const row = readGold(dir).find((r) => r.id.startsWith(prefix));
if (!row) throw new Error('no such page');
const out = { paragraphs: extractHtml({ origin: row.id, html: pageHtml(dir, row), url: row.url }).text.split('\n\n') };
const norm = (s: string): string => s.toLowerCase().replace(/\W+/gu, ' ').trim();
const gold = norm(row.body ?? (row.with ?? []).join(' '));
console.log(row.url);
for (const p of out.paragraphs) console.log(`${gold.includes(norm(p).slice(0, 60)) ? ' ' : '+'} ${p.slice(0, 160)}`);
const got = norm(out.paragraphs.join(' '));
if (row.body) for (const p of row.body.split(/\n+/u)) if (p.trim() && !got.includes(norm(p).slice(0, 60))) console.log(`- ${p.slice(0, 160)}`);
for (const w of row.with ?? []) if (!got.includes(norm(w))) console.log(`-W ${w.slice(0, 160)}`);
for (const w of row.without ?? []) if (got.includes(norm(w))) console.log(`+X ${w.slice(0, 160)}`);
