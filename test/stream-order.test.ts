// The order `eval cluster` feeds records in: an online matcher's result depends on it, so a shuffled run
// must be reproducible from its seed and must never put a dated record before an earlier one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { streamOrder } from '../src/eval/cluster.js';
import type { NewsRecord } from '../src/model.js';

function rows(n: number, published?: (i: number) => string | undefined): Array<{ record: NewsRecord; order: number }> {
  return Array.from({ length: n }, (_, i) => {
    const p = published?.(i);
    return { record: { id: `r${i}`, title: `Report ${i}`, text: 'Orsund council met.', ...(p ? { published: p } : {}) } as NewsRecord, order: i + 1 };
  });
}

const ids = (list: ReadonlyArray<{ record: NewsRecord }>): string[] => list.map((r) => r.record.id as string);

describe('stream order for eval cluster', () => {
  it('keeps file order for undated records, and time order for dated ones', () => {
    assert.deepEqual(ids(streamOrder(rows(5))), ['r0', 'r1', 'r2', 'r3', 'r4']);
    const dated = rows(4, (i) => `2024-03-0${4 - i}T10:00:00Z`);
    assert.deepEqual(ids(streamOrder(dated)), ['r3', 'r2', 'r1', 'r0']);
  });

  it('shuffles undated records the same way for the same seed, and differently for another', () => {
    const input = rows(30);
    const a = ids(streamOrder(input, 7));
    assert.deepEqual(ids(streamOrder(input, 7)), a);
    assert.notDeepEqual(a, ids(input));
    assert.notDeepEqual(ids(streamOrder(input, 8)), a);
    assert.deepEqual([...a].sort(), ids(input).sort(), 'every record arrives exactly once');
  });

  it('still puts dated records in time order when shuffling', () => {
    const input = rows(12, (i) => `2024-03-${String(12 - i).padStart(2, '0')}T10:00:00Z`);
    assert.deepEqual(ids(streamOrder(input, 3)), ids([...input].reverse()));
  });
});
