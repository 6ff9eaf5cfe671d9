// The bundled demo corpus (written for the project) as a reader first sees it: its events as stories,
// its wire copies folded under their original.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { bcubed } from '../src/eval/bcubed.js';
import { ROOT, cli, tempDir } from './support/helpers.js';

interface Expected {
  articles: Array<{ file: string; record: string | null; event: string; outlet: string; copy_of: string | null; derivation: string | null }>;
}

test('the demo corpus ingests into its events, with wire copies folded under one original', (t) => {
  const expected = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'demo-expected.json'), 'utf8')) as Expected;
  const db = join(tempDir(t), 'demo.db');
  // The folder as a reader would name it: everything in it is news, nothing fails.
  const summary = JSON.parse(cli(db, 'ingest', 'demo', '--json').stdout) as { new: number; failed: unknown[] };
  assert.deepEqual(summary.failed, []);
  assert.equal(summary.new, expected.articles.length);

  const stories = JSON.parse(cli(db, 'stories', '--json', '--limit', '500').stdout) as Array<{
    id: number; threadId: number | null; articles: Array<{ id: number; origin: string; copyOf: number | null }>;
  }>;
  const keyOf = (origin: string): string => origin.replace(/^.*demo\//u, '');
  const predicted = new Map<string, string>();
  const articleKey = new Map<number, string>();
  const copyOf = new Map<string, number | null>();
  for (const s of stories) {
    for (const a of s.articles) {
      predicted.set(keyOf(a.origin), String(s.id));
      articleKey.set(a.id, keyOf(a.origin));
      copyOf.set(keyOf(a.origin), a.copyOf);
    }
  }
  const gold = new Map(expected.articles.map((a) => [a.record ? `${a.file}#${a.record}` : a.file, a.event]));

  // Threads: the mackerel talks (March) and the deal (May) are one matter; the two floods, in two
  // countries with other people, are not, though they share every word about water.
  const threadOfEvent = (event: string): number | null | undefined => {
    const file = expected.articles.find((a) => a.event === event && !a.record)?.file ?? '';
    return stories.find((s) => s.articles.some((a) => keyOf(a.origin) === file))?.threadId;
  };
  const talks = threadOfEvent('mackerel-talks-open');
  assert.ok(talks, 'the mackerel talks story has a thread');
  assert.equal(threadOfEvent('mackerel-deal-signed'), talks);
  const flood = threadOfEvent('altenmoos-flood');
  assert.ok(flood === null || flood !== threadOfEvent('puerto-calandra-flood'), 'two floods are not one thread');
  const score = bcubed(predicted, gold);
  t.diagnostic(`demo B-cubed P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)}, ${stories.length} stories for ${new Set(gold.values()).size} events`);
  assert.ok(score.precision >= 0.95, `precision ${score.precision}`);
  assert.ok(score.f1 >= 0.9, `F1 ${score.f1}`);

  // Wire republications (near-verbatim copies) are recognised as copies of one another: each group
  // has exactly one original and every other member points at it.
  const wire = expected.articles.filter((a) => a.derivation === 'wire-republication' || expected.articles.some((b) => b.copy_of === a.file && b.derivation === 'wire-republication'));
  const keys = wire.map((a) => (a.record ? `${a.file}#${a.record}` : a.file));
  const originals = keys.filter((k) => copyOf.get(k) === null);
  assert.equal(originals.length, 1, `one original among ${keys.join(', ')}`);
  // The original is the agency's own report, the earliest published, though a copy was imported first.
  const manifestOriginal = expected.articles.find((a) => a.derivation === 'wire-republication')?.copy_of;
  assert.equal(originals[0], manifestOriginal);
  for (const k of keys) {
    if (k === originals[0]) continue;
    assert.equal(articleKey.get(copyOf.get(k) ?? -1), originals[0], `${k} is a copy of the original`);
  }
});
