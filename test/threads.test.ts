// The thread index on its own: which earlier story a story continues.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ThreadSignature, ThreadIndex } from '../src/match/threads.js';

const DAY = 86_400_000;

function sig(weights: Record<string, number>, actors: string[], day: number): ThreadSignature {
  const norm = Math.sqrt(Object.values(weights).reduce((s, w) => s + w * w, 0));
  return { vector: new Map(Object.entries(weights).map(([f, w]) => [f, w / norm])), actors, time: day * DAY };
}

describe('ThreadIndex', () => {
  it('links a story to the most similar earlier one that shares an actor, never to one that shares none', () => {
    const index = new ThreadIndex();
    // The port strike in March, a pay dispute elsewhere, and a similar strike with other actors.
    index.update(1, sig({ strike: 3, port: 2, pilots: 2, rota: 1, '@ilves': 1 }, ['ilves', 'vessa'], 60));
    index.update(2, sig({ pay: 3, ferry: 2, strike: 1 }, ['lindholm'], 65));
    index.update(3, sig({ strike: 3, port: 2, pilots: 2, rota: 1 }, ['tarsk'], 70));
    index.update(4, sig({ strike: 2, port: 1, pilots: 2, talks: 2, rota: 1, '@ilves': 1 }, ['vessa', 'ilves'], 150));
    const link = index.findLink(4);
    assert.equal(link?.storyId, 1, 'story 3 reads alike but shares no actor');
    assert.deepEqual(link?.sharedActors, ['vessa', 'ilves']);
    assert.ok((link?.score ?? 0) > 0.8, `score ${link?.score}`);
    index.update(5, sig({ election: 3, mayor: 2 }, ['vessa'], 160));
    assert.equal(index.findLink(5), null, 'a shared actor on another subject is no thread');
  });

  it('gives equal scores to the smaller story id, whatever the order stories were indexed in', () => {
    for (const order of [[20, 10], [10, 20]]) {
      const index = new ThreadIndex();
      for (const id of order) index.update(id, sig({ quake: 2, relief: 1 }, ['kessa'], 10));
      index.update(30, sig({ quake: 2, relief: 1 }, ['kessa'], 40));
      assert.equal(index.findLink(30)?.storyId, 10, `indexed as ${order.join(', ')}`);
    }
  });
});
