// Article times with and without a zone: a story's age (and so its rank) must not depend on the zone of
// the machine Crosswire runs on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTime } from '../src/util/time.js';

describe('parseTime', () => {
  it('reads a time without a zone as UTC, whatever the machine’s zone', (t) => {
    const zone = process.env.TZ;
    t.after(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    for (const tz of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      assert.equal(parseTime('2026-06-25T07:30:00'), Date.UTC(2026, 5, 25, 7, 30), tz);
      assert.equal(parseTime('2026-06-25T07:30'), Date.UTC(2026, 5, 25, 7, 30), tz);
      assert.equal(parseTime('2026-06-25T07:30:00.250'), Date.UTC(2026, 5, 25, 7, 30, 0, 250), tz);
    }
  });

  it('keeps a stated zone, reads a date alone as its UTC midnight, and gives NaN for what is not a time', () => {
    assert.equal(parseTime('2026-06-25T07:30:00+02:00'), Date.UTC(2026, 5, 25, 5, 30));
    assert.equal(parseTime('2026-06-25T07:30:00-0430'), Date.UTC(2026, 5, 25, 12, 0));
    assert.equal(parseTime('2026-06-25T07:30:00Z'), Date.UTC(2026, 5, 25, 7, 30));
    assert.equal(parseTime('2026-06-25'), Date.UTC(2026, 5, 25));
    assert.ok(Number.isNaN(parseTime('yesterday')));
    assert.ok(Number.isNaN(parseTime('')));
  });
});
