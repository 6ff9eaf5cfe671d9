// When a feed is polled next: from its own rhythm, with backoff after failures, and never before the
// server's Retry-After.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_INTERVAL_S, MAX_INTERVAL_S, MIN_INTERVAL_S, nextPollAfterFailure, nextPollAfterSuccess, pollInterval } from '../src/ingest/schedule.js';

const NOW = new Date(Date.UTC(2026, 5, 2, 12));
const hoursAgo = (h: number): string => new Date(NOW.getTime() - h * 3_600_000).toISOString();

test('a feed publishing every two hours is polled hourly; one publishing every few minutes no more than every ten minutes; a weekly one daily', () => {
  assert.equal(pollInterval([hoursAgo(0), hoursAgo(2), hoursAgo(4), hoursAgo(6)], 0, null, NOW), 3600);
  assert.equal(pollInterval([hoursAgo(0), hoursAgo(0.05), hoursAgo(0.1), hoursAgo(0.15)], 3, null, NOW), MIN_INTERVAL_S);
  assert.equal(pollInterval([hoursAgo(0), hoursAgo(168), hoursAgo(336)], 0, null, NOW), MAX_INTERVAL_S);
});

test('a feed gone quiet is polled less often than its old rhythm says; items dated by the day only say nothing of it', () => {
  // Three items a minute apart, the last two days ago: not every ten minutes, but every half day.
  assert.equal(pollInterval([hoursAgo(48), hoursAgo(48.02), hoursAgo(48.04)], 0, null, NOW), 12 * 3600);
  const sameDay = '2026-06-02T00:00:00Z';
  assert.equal(pollInterval([sameDay, sameDay, sameDay, sameDay], 0, DEFAULT_INTERVAL_S, NOW), DEFAULT_INTERVAL_S * 1.5);
});

test('without enough dates, the interval shortens when new items came and lengthens when none did', () => {
  assert.equal(pollInterval([], 2, DEFAULT_INTERVAL_S), DEFAULT_INTERVAL_S / 2);
  assert.equal(pollInterval([null, 'not a date'], 0, DEFAULT_INTERVAL_S), DEFAULT_INTERVAL_S * 1.5);
  assert.equal(pollInterval([], 0, MAX_INTERVAL_S), MAX_INTERVAL_S);
});

test('failures back off exponentially up to a day, and a Retry-After longer than the backoff wins', () => {
  const now = new Date('2026-06-02T12:00:00Z');
  const after = (errors: number, retry: number | null = null): number => (nextPollAfterFailure(now, errors, retry).getTime() - now.getTime()) / 1000;
  assert.deepEqual([after(1), after(2), after(3)], [300, 600, 1200]);
  assert.equal(after(20), MAX_INTERVAL_S);
  assert.equal(after(1, 7200), 7200);
  assert.equal(after(3, 60), 1200);
  assert.equal(nextPollAfterSuccess(now, 3600).toISOString(), '2026-06-02T13:00:00.000Z');
});
