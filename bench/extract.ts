// `npm run bench -- extract [--input DIR] [--rounds N]`: Crosswire's HTML extractor against Mozilla
// Readability on linkedom (the pairing the extraction issue measures against), on the same pages in one
// run. Pages are read and decoded first (untimed); each round runs every page through one extractor, then
// the other, so that both see the machine in the same state.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { pageHtml, readGold } from '../src/eval/extraction.js';
import { extractHtml } from '../src/extract/html.js';
import { readDocuments } from '../src/ingest/files.js';
import { prepare } from '../src/prepare.js';
import { numberOption, stringOption } from './options.js';


interface Page {
  id: string;
  url: string | null;
  html: string;
}

function readPages(dir: string): Page[] {
  return readGold(dir).map((row) => ({ id: row.id, url: row.url ?? null, html: pageHtml(dir, row) }));
}

function readabilityText(page: Page): string {
  const { document } = parseHTML(page.html);
  return new Readability(document as never).parse()?.textContent ?? '';
}

function crosswireText(page: Page): string {
  return extractHtml({ origin: page.id, html: page.html, url: page.url }).text;
}

/** Pages no extractor should choke on, through the whole import path (read, decode, extract, analyze). */
async function badInput(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-bad-'));
  // Paragraphs told apart by a number: the extractor reads a paragraph given twice only once.
  const paras = (n: number): string =>
    Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: the harbour authority agreed on Friday to hire six more pilots before winter.</p>`).join('');
  const nav = `<ul>${'<li><a href="/x">Section</a></li>'.repeat(20)}</ul>`;
  let big = '';
  while (big.length < 40 * 1024 * 1024) big += `<div>${nav}</div>`;
  const files: Array<[string, string | Buffer]> = [
    ['empty.html', ''],
    ['binary.html', Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 7919) % 256))],
    ['40mb.html', `<html><body>${paras(30)}${big}</body></html>`],
    ['deep.html', `<html><body>${'<div>'.repeat(10_000)}${paras(5)}${'</div>'.repeat(10_000)}</body></html>`],
    ['navigation.html', `<html><body>${nav.repeat(500)}</body></html>`],
  ];
  console.log('bad input, through read + decode + extract + analyze:');
  for (const [name, content] of files) {
    const path = join(dir, name);
    writeFileSync(path, content);
    const started = performance.now();
    let outcome = '';
    for await (const doc of readDocuments(path)) {
      const p = prepare(doc);
      outcome = p.ok ? `article of ${p.analysis.wordCount} words${p.article.incomplete ? ` (${p.article.incomplete})` : ''}` : `refused: ${p.reason}`;
    }
    console.log(`  ${name.padEnd(16)} ${((performance.now() - started) / 1000).toFixed(2).padStart(6)} s  ${outcome}`);
  }
  rmSync(dir, { recursive: true, force: true });
}

export async function benchExtract(): Promise<void> {
  await badInput();
  const dir = resolve(stringOption('input', join('..', 'shared', 'data', 'extraction', 'scrapinghub-dev')));
  if (!existsSync(join(dir, 'gold.jsonl'))) {
    console.log(`extract: no pages at ${dir} (give --input DIR with a gold.jsonl): skipped`);
    return;
  }
  const rounds = numberOption('rounds', 3);
  const pages = readPages(dir);
  const mb = pages.reduce((s, p) => s + p.html.length, 0) / 1048576;
  console.log(`extract: ${pages.length} pages (${mb.toFixed(1)} MB of HTML) from ${dir}, ${rounds} rounds`);
  // One untimed pass each, so that both are compiled before they are timed.
  for (const p of pages.slice(0, 10)) {
    crosswireText(p);
    readabilityText(p);
  }
  const ms = { crosswire: 0, readability: 0 };
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of [['crosswire', crosswireText], ['readability', readabilityText]] as const) {
      const started = performance.now();
      for (const p of pages) {
        try {
          run(p);
        } catch {
          // A page an extractor cannot handle still counts its time.
        }
      }
      ms[name] += performance.now() - started;
    }
  }
  const rate = (t: number): number => (pages.length * rounds * 1000) / t;
  console.log(`crosswire:                 ${rate(ms.crosswire).toFixed(1)} pages/s (${(ms.crosswire / pages.length / rounds).toFixed(2)} ms/page)`);
  console.log(`readability + linkedom:    ${rate(ms.readability).toFixed(1)} pages/s (${(ms.readability / pages.length / rounds).toFixed(2)} ms/page)`);
  console.log(`ratio (crosswire / readability): ${(rate(ms.crosswire) / rate(ms.readability)).toFixed(2)}×`);
}
