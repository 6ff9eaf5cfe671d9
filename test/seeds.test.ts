// The four seed articles (two outlets each on two Blinken–Wang Yi meetings) must ingest cleanly and
// fall into exactly two stories. The seeds stay in ../shared; this test reads them from there.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SKIP_NO_SHARED, cli, sharedPath, tempDir } from './support/helpers.js';

const seeds = sharedPath('seeds');

// Lines that are site furniture in the seeds' sources, as the issue lists them.
const FURNITURE = [
  /^Get all your news in one place/m, /^Start reading$/m, /^Sign up to read this article$/m, /Already a member\?/,
  /^Connect with us$/m, /^Read More$/m, /^Leave a Reply$/m, /^Related Stories$/m, /^Our Picks$/m,
  /^Download the app$/m, /^World News$/m, /^World$/m, /^International Business Times$/m, /syndicated feed/,
  /premium titles/, /One app\./, /trusted global sources/, /Fourteen days free/, /Top stories on inkl/,
];

interface StoryJson {
  id: number;
  threadId: number | null;
  articles: Array<{ id: number; origin: string }>;
}

test('the seeds ingest into exactly two stories, without furniture and without losing a paragraph', { skip: seeds ? false : SKIP_NO_SHARED }, (t) => {
  const dir = tempDir(t);
  const db = join(dir, 'seeds.db');
  const first = cli(db, 'ingest', seeds as string, '--json');
  assert.equal(first.code, 0, first.stderr);
  assert.equal(JSON.parse(first.stdout).new, 4);

  const stories = JSON.parse(cli(db, 'stories', '--json').stdout) as StoryJson[];
  const groups = stories
    .map((s) => s.articles.map((a) => /(\d{3})_/.exec(a.origin)?.[1]).sort().join(','))
    .sort();
  assert.deepEqual(groups, ['000,001', '002,003']);
  // The April visit and the September meeting are two stories of one thread.
  assert.notEqual(stories[0]?.threadId, null);
  assert.equal(stories[0]?.threadId, stories[1]?.threadId);
  const thread = JSON.parse(cli(db, 'thread', String(stories[0]?.threadId), '--json').stdout) as { stories: Array<{ id: number }> };
  assert.deepEqual(thread.stories.map((s) => s.id).sort(), stories.map((s) => s.id).sort());

  for (const story of stories) {
    for (const a of story.articles) {
      const article = JSON.parse(cli(db, 'article', String(a.id), '--json').stdout) as { text: string; title: string; origin: string };
      for (const f of FURNITURE) assert.doesNotMatch(article.text, f, `${article.origin} keeps furniture ${f}`);
      // Every paragraph of the source that is a real paragraph (a sentence of 8+ words) is kept verbatim.
      const source = readFileSync(article.origin, 'utf8');
      const paragraphs = source.split('\n').map((l) => l.trim()).filter((l) => l.split(/\s+/).length >= 8 && /[.!?”"’)]$/.test(l));
      for (const p of paragraphs) {
        if (/\(Credit: |syndicated feed|curated specifically for you/.test(p)) continue; // caption and promotions
        if (p === article.title) continue; // the headline is the title, not a paragraph
        assert.ok(article.text.includes(p), `${article.origin} lost a paragraph: ${p.slice(0, 80)}`);
      }
    }
  }

  const again = cli(db, 'ingest', seeds as string, '--json');
  const summary = JSON.parse(again.stdout) as { new: number; duplicates: number };
  assert.equal(summary.new, 0, 're-ingesting the seeds adds nothing');
  assert.equal(summary.duplicates, readdirSync(seeds as string).length);
});
