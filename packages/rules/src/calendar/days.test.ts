import { describe, test } from 'node:test';

import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addHours,
  addMonths,
  civilFromDay,
  day,
  dayFromCivil,
  isoDate,
  isoTimestamp,
  parseIsoDate,
  parseTimestamp,
  weekday,
  type Day,
} from './days.ts';

describe('day numbers (Hinnant civil-date conversion)', () => {
  const cases: [string, number, number][] = [
    ['1970-01-01', 0, 4],
    ['2000-02-29', 11016, 2],
    ['1969-12-31', -1, 3],
    ['2026-10-01', 20727, 4],
    ['2028-02-29', 21243, 2],
    ['1600-03-01', -135080, 3],
  ];
  for (const [iso, n, wd] of cases) {
    test(`${iso} is day ${n}, weekday ${wd}`, () => {
      assert.equal(day(iso), n);
      assert.equal(isoDate(n as Day), iso);
      assert.equal(weekday(n as Day), wd);
    });
  }

  test('agrees with the JavaScript Date UTC arithmetic for every day 1900-2200', () => {
    for (let n = -25567; n < 84000; n += 1) {
      const date = new Date(n * 86400000);
      const c = civilFromDay(n as Day);
      assert.equal(c.year, date.getUTCFullYear());
      assert.equal(c.month, date.getUTCMonth() + 1);
      assert.equal(c.day, date.getUTCDate());
      assert.equal(dayFromCivil(c.year, c.month, c.day), n);
    }
  });

  test('round-trips any day through its ISO text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => {
        assert.equal(parseIsoDate(isoDate(n as Day)), n);
      }),
    );
  });

  test('rejects malformed dates and days that do not exist', () => {
    for (const bad of [
      '2026-13-01',
      '2027-02-29',
      '2026-9-1',
      '2026-09-31',
      '20260901',
      '2026-02-30 ',
      '',
    ]) {
      assert.equal(parseIsoDate(bad), null, bad);
    }
    assert.equal(isoDate(parseIsoDate('2028-02-29') as Day), '2028-02-29');
  });
});

describe('calendar months clamp to the end of the month', () => {
  const cases: [string, number, string][] = [
    ['2026-10-31', 4, '2027-02-28'],
    ['2027-10-31', 4, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-15', 12, '2027-03-15'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-12-31', -1, '2026-11-30'],
    ['2026-08-31', 4, '2026-12-31'],
  ];
  for (const [from, months, expected] of cases) {
    test(`${from} + ${months} months = ${expected}`, () => {
      assert.equal(isoDate(addMonths(day(from), months)), expected);
    });
  }
});

describe('timestamps keep the offset they were written in', () => {
  test('24 hours after a proposal crosses midnight and month ends', () => {
    const t = parseTimestamp('2026-10-31T15:45:00-04:00');
    assert.ok(t);
    assert.equal(isoTimestamp(addHours(t, 24)), '2026-11-01T15:45:00-04:00');
  });
  test('UTC and minutes-only forms are accepted', () => {
    const t = parseTimestamp('2027-02-28T23:30Z');
    assert.ok(t);
    assert.equal(isoTimestamp(addHours(t, 24)), '2027-03-01T23:30:00Z');
  });
  test('a timestamp without an offset is ambiguous and rejected', () => {
    assert.equal(parseTimestamp('2026-10-05T10:00:00'), null);
    assert.equal(parseTimestamp('2026-10-05T25:00:00Z'), null);
  });
});
