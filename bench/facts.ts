// `npm run bench -- facts [--input FILE.jsonl] [--story 100]`: the fact finders per article (quotes,
// entities, claims) over the demo corpus (or the `text` of each row of FILE.jsonl), then a story's facts
// assembled across its articles (alignment, corroboration, summary) for stories of growing size, built
// from the demo's Halvik articles repeated as independent reports. Prints times; asserts nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findClaims } from '../src/analyze/claims.js';
import { findEntities } from '../src/analyze/entities.js';
import { articleFacts } from '../src/analyze/facts.js';
import { findAttributions } from '../src/analyze/quotes.js';
import { extract } from '../src/extract/extract.js';
import type { ParsedDocument } from '../src/model.js';
import { type FactArticle, storyFacts } from '../src/stories/story-facts.js';
import { numberOption, stringOption } from './options.js';

interface Text {
  origin: string;
  outlet: string;
  title: string;
  text: string;
}

function demoTexts(): Text[] {
  const root = join(import.meta.dirname, '..', 'demo');
  const docs: Array<Exclude<ParsedDocument, { kind: 'error' }>> = [];
  for (const f of readdirSync(join(root, 'html'))) docs.push({ kind: 'html', origin: `html/${f}`, html: readFileSync(join(root, 'html', f), 'utf8'), url: null });
  for (const f of readdirSync(join(root, 'txt'))) docs.push({ kind: 'text', origin: `txt/${f}`, text: readFileSync(join(root, 'txt', f), 'utf8') });
  for (const f of readdirSync(join(root, 'feeds'))) {
    for (const line of readFileSync(join(root, 'feeds', f), 'utf8').split('\n').filter(Boolean)) {
      const record = JSON.parse(line) as { id: string; title: string; text: string; source?: string };
      docs.push({ kind: 'record', origin: `feeds/${f}#${record.id}`, record });
    }
  }
  return docs.map((d) => {
    const a = extract(d);
    return { origin: d.origin, outlet: a.outlet ?? d.origin, title: a.title, text: a.text };
  });
}

function inputTexts(path: string): Text[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line, i) => {
      const row = JSON.parse(line) as { id?: string; title?: string; text: string };
      return { origin: row.id ?? String(i), outlet: row.id ?? String(i), title: row.title ?? '', text: row.text };
    });
}

/** Milliseconds per call of `run` over every text, the best of `passes` passes after one to warm up. */
function perArticle(texts: readonly Text[], run: (t: Text) => unknown, passes = 5): number {
  let best = Infinity;
  for (let p = 0; p <= passes; p++) {
    const start = process.hrtime.bigint();
    for (const t of texts) run(t);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (p > 0) best = Math.min(best, ms);
  }
  return best / texts.length;
}

export async function benchFacts(): Promise<void> {
  const input = stringOption('input', '') || null;
  const texts = input ? inputTexts(input) : demoTexts();
  const words = texts.reduce((n, t) => n + t.text.split(/\s+/u).length, 0) / texts.length;
  console.log(`facts: ${texts.length} articles (${input ?? 'the demo corpus'}), ${words.toFixed(0)} words on average`);
  const attributions = new Map(texts.map((t) => [t, findAttributions(t.text)]));
  const rows: Array<[string, number]> = [
    ['quotes', perArticle(texts, (t) => findAttributions(t.text))],
    ['entities', perArticle(texts, (t) => findEntities(t.title, t.text))],
    ['claims', perArticle(texts, (t) => findClaims(t.text, attributions.get(t) ?? []))],
    ['all finders', perArticle(texts, (t) => articleFacts(t.title, t.text))],
  ];
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(12)} ${ms.toFixed(3)} ms/article  ${((ms / words) * 1000).toFixed(3)} ms/1,000 words`);

  // A story's facts from stored article facts: the work a story page does once its articles' facts are kept.
  const seed = texts.filter((t) => /halvik/iu.test(t.origin));
  const pool = seed.length ? seed : texts.slice(0, 4);
  const facts = new Map(pool.map((t) => [t, articleFacts(t.title, t.text)]));
  const largest = numberOption('story', 200);
  console.log('story facts (alignment, corroboration, summary) from stored article facts:');
  for (const size of [4, 20, 50, 100, largest].filter((n, i, all) => n <= largest && all.indexOf(n) === i)) {
    const articles: FactArticle[] = Array.from({ length: size }, (_, i) => {
      const t = pool[i % pool.length] as Text;
      return { id: i + 1, outlet: `${t.outlet} ${Math.floor(i / pool.length)}`, copyOf: null, text: t.text, facts: facts.get(t) ?? { entities: [], attributions: [], claims: [] } };
    });
    const passes = size > 50 ? 3 : 10;
    let best = Infinity;
    for (let p = 0; p <= passes; p++) {
      const start = process.hrtime.bigint();
      storyFacts(articles);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (p > 0) best = Math.min(best, ms);
    }
    console.log(`  ${String(size).padStart(4)} articles  ${best.toFixed(1)} ms`);
  }
}
