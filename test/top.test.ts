// The bounded selection the matcher uses instead of sorting whole candidate lists.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { topKeys, topPositions } from '../src/match/top.js';

describe('topKeys', () => {
  it('returns the same k keys, in the same order, as a full sort, ties included', () => {
    let seed = 17;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 200; round++) {
      const values = new Map<number, number>();
      const n = Math.floor(random() * 300);
      // Few distinct values, so that ties are common and the tie order is tested.
      for (let i = 0; i < n; i++) values.set(Math.floor(random() * 10_000), Math.floor(random() * 20) / 4);
      const k = 1 + Math.floor(random() * 40);
      const expected = [...values].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k).map(([key]) => key);
      assert.deepEqual(topKeys(values, k), expected);
      const byDescendingKey = [...values].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, k).map(([key]) => key);
      assert.deepEqual(topKeys(values, k, (a, b) => b - a), byDescendingKey);
    }
  });

  it('returns nothing for k = 0 and everything, sorted, when k exceeds the size', () => {
    const values = new Map([[3, 1], [1, 2], [2, 2]]);
    assert.deepEqual(topKeys(values, 0), []);
    assert.deepEqual(topKeys(values, 10), [1, 2, 3]);
  });
});

describe('topPositions', () => {
  it('returns the same k positions, in the same order, as a full sort, ties included', () => {
    let seed = 29;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 200; round++) {
      const n = Math.floor(random() * 300);
      const values = Float64Array.from({ length: n }, () => Math.floor(random() * 20) / 4);
      const k = Math.floor(random() * 45);
      // Ties go to the larger position here, so that the tie-break is seen to be the caller's.
      const expected = [...values.keys()].sort((a, b) => (values[b] as number) - (values[a] as number) || b - a).slice(0, k);
      assert.deepEqual(topPositions(values, k, (a, b) => b - a), expected);
    }
  });
});
