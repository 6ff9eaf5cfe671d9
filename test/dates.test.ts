// Dates as pages and scraped text state them → ISO 8601, so that stories are ordered and grouped in time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateLine, parseDate } from '../src/extract/dates.js';

describe('parseDate: ISO 8601', () => {
  it('keeps a UTC time and drops milliseconds', () => {
    assert.equal(parseDate('2026-04-03T09:15:00Z'), '2026-04-03T09:15:00Z');
    assert.equal(parseDate('2026-04-03T09:15:00.250Z'), '2026-04-03T09:15:00Z');
  });

  it('converts offsets to UTC, with or without a colon', () => {
    assert.equal(parseDate('2026-04-03T11:15:00+02:00'), '2026-04-03T09:15:00Z');
    assert.equal(parseDate('2026-04-03T11:15:00+0200'), '2026-04-03T09:15:00Z');
    assert.equal(parseDate('2026-04-03T04:15:00-05:00'), '2026-04-03T09:15:00Z');
    assert.equal(parseDate('2026-04-03T00:30:00+02:00'), '2026-04-02T22:30:00Z', 'the UTC date can be the day before');
  });

  it('keeps a bare date as a date and a local time without inventing a zone', () => {
    assert.equal(parseDate('2026-04-03'), '2026-04-03');
    assert.equal(parseDate('2026-04-03T09:15'), '2026-04-03T09:15:00');
    assert.equal(parseDate('  2026-04-03 09:15:30  '), '2026-04-03T09:15:30');
  });
});

describe('parseDate: dates written out', () => {
  it('reads "April 3, 2026" and abbreviations', () => {
    assert.equal(parseDate('April 3, 2026'), '2026-04-03');
    assert.equal(parseDate('Apr. 3, 2026'), '2026-04-03');
    assert.equal(parseDate('Sept. 14, 2026'), '2026-09-14');
    assert.equal(parseDate('December 31st, 2025'), '2025-12-31');
  });

  it('reads "3 April 2026, 9:15 AM" (day first, with a time)', () => {
    assert.equal(parseDate('3 April 2026'), '2026-04-03');
    assert.equal(parseDate('3 April 2026, 9:15 AM'), '2026-04-03T09:15:00');
    assert.equal(parseDate('3 April 2026, 9:15 pm'), '2026-04-03T21:15:00');
    assert.equal(parseDate('3 April 2026, 12:05 a.m.'), '2026-04-03T00:05:00');
  });

  it('reads "Published: March 12, 2026 at 4:05 pm UTC"', () => {
    assert.equal(parseDate('Published: March 12, 2026 at 4:05 pm UTC'), '2026-03-12T16:05:00Z');
  });

  it(
    'reads an upper-case "PM" like a lower-case one',
    () => {
      assert.equal(parseDate('3 April 2026, 9:15 PM'), '2026-04-03T21:15:00');
      assert.equal(parseDate('March 12, 2026 at 4:05 PM UTC'), '2026-03-12T16:05:00Z');
    },
  );
});

describe('parseDate: RFC 2822 (feeds and HTTP headers)', () => {
  it('reads the date of an RFC 2822 timestamp', () => {
    assert.match(parseDate('Fri, 03 Apr 2026 09:15:00 GMT') ?? '', /^2026-04-03/u);
  });

  it(
    'keeps the zone of an RFC 2822 timestamp',
    () => {
      assert.equal(parseDate('Fri, 03 Apr 2026 09:15:00 GMT'), '2026-04-03T09:15:00Z');
      assert.equal(parseDate('Fri, 03 Apr 2026 09:15:00 +0200'), '2026-04-03T07:15:00Z');
    },
  );
});

describe('parseDate: not dates', () => {
  it('returns null for an impossible month, hour, or no date at all', () => {
    assert.equal(parseDate('2026-13-03'), null);
    assert.equal(parseDate('2026-00-10'), null);
    assert.equal(parseDate('2026-04-03T25:00:00Z'), null);
    assert.equal(parseDate('Smarch 3, 2026'), null);
    assert.equal(parseDate('yesterday'), null);
    assert.equal(parseDate(''), null);
    assert.equal(parseDate(null), null);
    assert.equal(parseDate(undefined), null);
  });

  it(
    'returns null for a day the month does not have',
    () => {
      assert.equal(parseDate('February 30, 2026'), null);
      assert.equal(parseDate('April 31, 2026'), null);
      assert.equal(parseDate('2026-02-30'), null);
      assert.equal(parseDate('2026-02-30T10:00:00Z'), null);
    },
  );
});

describe('dateLine', () => {
  it('accepts a line that is only a date, with or without a label', () => {
    assert.equal(dateLine('April 3, 2026'), '2026-04-03');
    assert.equal(dateLine('Published: March 12, 2026 at 4:05 pm UTC'), '2026-03-12T16:05:00Z');
    assert.equal(dateLine('Updated 3 April 2026, 9:15 AM'), '2026-04-03T09:15:00');
    assert.equal(dateLine('Last updated on 2026-04-03T09:15:00Z'), '2026-04-03T09:15:00Z');
  });

  it('rejects a sentence that merely contains a date', () => {
    assert.equal(dateLine('The ministry said on April 3, 2026 that the talks would resume.'), null);
    assert.equal(dateLine('Talks resume on April 3, 2026 in Lisbon'), null);
    assert.equal(dateLine('Mediators will meet again on 3 April 2026, officials said.'), null);
  });

  it('rejects long lines and lines without a date', () => {
    assert.equal(dateLine(`April 3, 2026 ${'x'.repeat(60)}`), null);
    assert.equal(dateLine('Talks resume'), null);
  });
});
