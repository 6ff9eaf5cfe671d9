// Copies: wire reports republished with new headlines, site furniture, trimmed endings and light edits
// must be grouped under their original, and independent reports of the same events kept apart from
// them (though in the same story). The reports are written for the project; the republications are
// made from them here, the way syndication makes them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { bcubed } from '../src/eval/bcubed.js';
import type { RawDocument } from '../src/model.js';
import { Pipeline } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { FIXTURES, tempDir } from './support/helpers.js';

interface Report { outlet: string; title: string; published: string; paragraphs: string[] }
interface Event { key: string; wire: Report; independent: Report[] }

const { events } = JSON.parse(readFileSync(join(FIXTURES, 'copies', 'reports.json'), 'utf8')) as { events: Event[] };

function later(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
}

/** The ways a syndicated copy differs from its wire original. */
function republications(e: Event): Array<{ doc: RawDocument; name: string }> {
  const w = e.wire;
  const noDateline = w.paragraphs.map((p, i) => (i === 0 ? p.replace(/^[^—]*—\s*/u, '') : p));
  const scraped = [
    'Subscribe', 'Sign in', 'World', `${w.title.split(' ').slice(0, 4).join(' ')} – latest updates`,
    `Breaking: ${w.title}`, 'By Staff Reporter', '', ...w.paragraphs.flatMap((p) => [p, '']),
    'Share this article', 'Related Stories', 'Sign up for our newsletter', '© 2026 Valley Courier',
  ].join('\n');
  return [
    {
      name: 'new headline, furniture around it (a scrape)',
      doc: { kind: 'text', origin: `${e.key}/scrape.txt`, text: scraped },
    },
    {
      name: 'trimmed ending',
      doc: record(`${e.key}-trim`, `${w.title.split(':')[0]} (update)`, w.paragraphs.slice(0, -2), 'Lowland Daily', later(w.published, 2)),
    },
    {
      name: 'dateline removed, light edits, last paragraph cut',
      doc: record(
        `${e.key}-edit`,
        `What we know: ${w.title.toLowerCase()}`,
        noDateline.slice(0, -1).map((p) => p.replace(/\bsaid\b/u, 'told reporters').replace(/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u, '')),
        'Metro Digest',
        later(w.published, 3),
      ),
    },
  ];
}

function record(id: string, title: string, paragraphs: string[], source: string, published: string): RawDocument {
  return { kind: 'record', origin: `copies.jsonl#${id}`, record: { id, title, text: paragraphs.join('\n\n'), source, published, url: `https://${source.toLowerCase().replace(/\W+/gu, '')}.example/${id}` } };
}

test('wire copies are grouped under their original with precision and recall ≥ 0.95, independent reports are not', async (t) => {
  const store = new SqliteStore(join(tempDir(t), 'copies.db'));
  t.after(() => store.close());
  const pipeline = await Pipeline.open(store);
  const goldCopyGroup = new Map<string, string>();
  const goldStory = new Map<string, string>();
  const articleOf = new Map<string, number>();

  // Arrival order mixes events: wires, then copies and independent reports, event by event interleaved.
  const arrivals: Array<{ name: string; doc: RawDocument; group: string; event: string }> = [];
  for (const e of events) arrivals.push({ name: `${e.key} wire`, doc: record(`${e.key}-wire`, e.wire.title, e.wire.paragraphs, e.wire.outlet, e.wire.published), group: e.key, event: e.key });
  for (const e of events) {
    for (const r of republications(e)) arrivals.push({ name: `${e.key}: ${r.name}`, doc: r.doc, group: e.key, event: e.key });
    e.independent.forEach((r, i) => arrivals.push({ name: `${e.key} independent ${i}`, doc: record(`${e.key}-ind${i}`, r.title, r.paragraphs, r.outlet, r.published), group: `${e.key}/independent/${i}`, event: e.key }));
  }
  for (const a of arrivals) {
    const outcome = await pipeline.ingest(a.doc);
    assert.notEqual(outcome.status, 'failed', `${a.name}: ${outcome.status === 'failed' ? outcome.reason : ''}`);
    if (outcome.status === 'failed') continue;
    articleOf.set(a.name, outcome.articleId);
    goldCopyGroup.set(a.name, a.group);
    goldStory.set(a.name, a.event);
  }

  const predictedGroup = new Map<string, string>();
  const predictedStory = new Map<string, string>();
  for (const [name, id] of articleOf) {
    const article = await store.getArticle(id);
    assert.ok(article);
    predictedGroup.set(name, String(article.copyOf ?? article.id));
    predictedStory.set(name, String(article.storyId));
  }
  const copies = bcubed(predictedGroup, goldCopyGroup);
  const stories = bcubed(predictedStory, goldStory);
  t.diagnostic(`copy groups: P ${copies.precision.toFixed(3)} R ${copies.recall.toFixed(3)} F1 ${copies.f1.toFixed(3)} over ${articleOf.size} articles`);
  t.diagnostic(`stories: P ${stories.precision.toFixed(3)} R ${stories.recall.toFixed(3)} F1 ${stories.f1.toFixed(3)}`);
  assert.ok(copies.precision >= 0.95, `copy precision ${copies.precision}`);
  assert.ok(copies.recall >= 0.95, `copy recall ${copies.recall}`);

  // Each event's story says "1 original report, republished 3 times" plus its independent reports.
  for (const e of events) {
    const storyId = Number(predictedStory.get(`${e.key} wire`));
    const summary = await store.getStorySummary(storyId);
    assert.equal(summary?.articleCount, 6, `${e.key}: six articles`);
    assert.equal(summary?.reportCount, 3, `${e.key}: three independent reports (the wire counted once)`);
  }
});
