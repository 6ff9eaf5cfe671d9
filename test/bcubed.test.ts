import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bcubed } from '../src/eval/bcubed.js';

test('B-cubed is perfect for the gold clustering and penalises merges and splits the right way', () => {
  const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'y'], ['d', 'y']]);
  assert.deepEqual(bcubed(new Map([['a', '1'], ['b', '1'], ['c', '2'], ['d', '2']]), gold), { precision: 1, recall: 1, f1: 1 });

  const merged = bcubed(new Map([['a', '1'], ['b', '1'], ['c', '1'], ['d', '1']]), gold);
  assert.equal(merged.recall, 1);
  assert.equal(merged.precision, 0.5);

  const split = bcubed(new Map([['a', '1'], ['b', '2'], ['c', '3'], ['d', '4']]), gold);
  assert.equal(split.precision, 1);
  assert.equal(split.recall, 0.5);
  assert.ok(Math.abs(split.f1 - 2 / 3) < 1e-12);
});

test('B-cubed by hand on an uneven example', () => {
  // gold: {a,b,c} {d}; predicted: {a,b} {c,d}
  const r = bcubed(new Map([['a', 'p'], ['b', 'p'], ['c', 'q'], ['d', 'q']]), new Map([['a', 'g'], ['b', 'g'], ['c', 'g'], ['d', 'h']]));
  // precision per item: a 1, b 1, c 1/2, d 1/2 → 0.75; recall: a 2/3, b 2/3, c 1/3, d 1 → 2/3
  assert.ok(Math.abs(r.precision - 0.75) < 1e-12);
  assert.ok(Math.abs(r.recall - 2 / 3) < 1e-12);
});
