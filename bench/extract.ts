// `npm run bench -- extract [--input DIR] [--rounds N]`: Crosswire's HTML extractor against Mozilla
// Readability on linkedom (the pairing the extraction issue measures against), on the same pages in one
// run. Pages are read and decoded first (untimed); each round runs every page through one extractor, then
// the other, so that both see the machine in the same state.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../src/extract/html.js';
import { declaredCharset, decodeText } from '../src/ingest/decode.js';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

interface Page {
  id: string;
  url: string | null;
  html: string;
}

function readPages(dir: string): Page[] {
  return readFileSync(join(dir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const row = JSON.parse(l) as { id: string; url?: string | null; html: string };
      const raw = readFileSync(join(dir, row.html));
      const bytes = row.html.endsWith('.gz') ? gunzipSync(raw) : raw;
      return { id: row.id, url: row.url ?? null, html: decodeText(bytes, declaredCharset(bytes)).text };
    });
}

function readabilityText(page: Page): string {
  const { document } = parseHTML(page.html);
  return new Readability(document as never).parse()?.textContent ?? '';
}

function crosswireText(page: Page): string {
  return extractHtml({ origin: page.id, html: page.html, url: page.url }).text;
}

export async function benchExtract(): Promise<void> {
  const dir = resolve(option('input', join('..', 'shared', 'data', 'extraction', 'scrapinghub-dev')));
  if (!existsSync(join(dir, 'gold.jsonl'))) {
    console.log(`extract: no pages at ${dir} (give --input DIR with a gold.jsonl): skipped`);
    return;
  }
  const rounds = Number(option('rounds', '3'));
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
