// Shows, for one page of an extraction data set, which extracted paragraphs the gold text lacks (+) and
// which gold paragraphs were missed (-): for tuning. `node --import tsx scripts/diff-page.ts SET ID-PREFIX`
import { join } from 'node:path';
import { pageHtml, readGold } from '../src/eval/extraction.js';
import { findContent } from '../src/extract/content.js';
import { parsePage } from '../src/extract/page-tree.js';

const [set = 'scrapinghub-dev', prefix = ''] = process.argv.slice(2);
const dir = join('..', 'shared', 'data', 'extraction', set);
const row = readGold(dir).find((r) => r.id.startsWith(prefix));
if (!row) throw new Error('no such page');
const { root, facts } = parsePage(pageHtml(dir, row));
const out = findContent(root, facts.title);
const norm = (s: string): string => s.toLowerCase().replace(/\W+/gu, ' ').trim();
const gold = norm(row.body ?? (row.with ?? []).join(' '));
console.log(row.url);
for (const p of out.paragraphs) console.log(`${gold.includes(norm(p).slice(0, 60)) ? ' ' : '+'} ${p.slice(0, 160)}`);
const got = norm(out.paragraphs.join(' '));
if (row.body) for (const p of row.body.split(/\n+/u)) if (p.trim() && !got.includes(norm(p).slice(0, 60))) console.log(`- ${p.slice(0, 160)}`);
for (const w of row.with ?? []) if (!got.includes(norm(w))) console.log(`-W ${w.slice(0, 160)}`);
for (const w of row.without ?? []) if (got.includes(norm(w))) console.log(`+X ${w.slice(0, 160)}`);
