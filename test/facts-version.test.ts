// The store keeps each article's facts with the version of the finders that found them, and finds them
// again when the version is raised. A change to the finders that is not matched by a new version would
// leave every store with stale facts: this test holds a fingerprint of what the finders find in the demo
// corpus, recorded with the version, and fails when the output changes while the version does not.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { articleFacts, FACTS_VERSION } from '../src/analyze/facts.js';
import { extract } from '../src/extract/extract.js';
import { FIXTURES, ROOT } from './support/helpers.js';

const RECORD = join(FIXTURES, 'facts-version.json');

function demoArticles(): Array<{ title: string; text: string; removed: string[] }> {
  const demo = join(ROOT, 'demo');
  const out: Array<{ title: string; text: string; removed: string[] }> = [];
  for (const f of readdirSync(join(demo, 'html')).sort()) out.push(extract({ kind: 'html', origin: f, html: readFileSync(join(demo, 'html', f), 'utf8'), url: null }));
  for (const f of readdirSync(join(demo, 'txt')).sort()) out.push(extract({ kind: 'text', origin: f, text: readFileSync(join(demo, 'txt', f), 'utf8') }));
  return out;
}

test('the fact finders’ version is raised whenever what they find changes', () => {
  const hash = createHash('sha256');
  for (const a of demoArticles()) hash.update(JSON.stringify(articleFacts(a.title, a.text, a.removed)));
  const fingerprint = hash.digest('hex').slice(0, 16);
  const recorded = JSON.parse(readFileSync(RECORD, 'utf8')) as { version: number; fingerprint: string };
  const record = `record {"version": ${FACTS_VERSION}, "fingerprint": "${fingerprint}"} in test/fixtures/facts-version.json`;
  if (recorded.fingerprint !== fingerprint && recorded.version === FACTS_VERSION) {
    assert.fail(`the fact finders find other facts in the demo corpus than version ${FACTS_VERSION} did: raise FACTS_VERSION in src/analyze/facts.ts, then ${record.replace(String(FACTS_VERSION), '<the new version>')}`);
  }
  // A raised version is recorded with its fingerprint, so that the next change is caught in turn.
  assert.deepEqual(recorded, { version: FACTS_VERSION, fingerprint }, record);
});
