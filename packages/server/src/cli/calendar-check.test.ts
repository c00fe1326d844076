import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NYC_STYLE_CALENDAR } from '@continuum/rules/calendar/fixtures.ts';
import { calendarCheck } from './calendar-check.ts';

const dir = mkdtempSync(join(tmpdir(), 'continuum-calendar-'));
async function check(value: unknown): Promise<{ code: number; out: string; err: string }> {
  const path = join(dir, 'calendar.json');
  writeFileSync(path, JSON.stringify(value));
  let out = '';
  let err = '';
  const code = await calendarCheck([path], {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
  });
  return { code, out, err };
}

describe('continuum calendar check', () => {
  test('summarises a valid calendar: years and school days per year', async () => {
    const { code, out } = await check(NYC_STYLE_CALENDAR);
    assert.equal(code, 0);
    assert.match(out, /NYC-style district 2025-28: 3 school years/);
    assert.match(out, /2026-27: 2026-09-10 to 2027-06-25, 176 school days/);
  });

  test('names every bad field and exits 2', async () => {
    const { code, out, err } = await check({
      name: 'bad',
      schoolYears: [
        {
          id: '2026-27',
          firstDay: '2026-09-10',
          lastDay: '2027-06-25',
          nonInstructionalDays: ['2026-09-12', '2027-13-01'],
        },
        { id: '2027-28', firstDay: '2027-06-01', lastDay: '2028-06-25' },
      ],
      holidays: ['2026-12-25'],
    });
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.match(err, /schoolYears\[0\]\.nonInstructionalDays\[1\]: must be a date YYYY-MM-DD/);
    assert.match(err, /schoolYears\[1\]\.firstDay: must be after schoolYears\[0\]\.lastDay/);
  });

  test('a weekend listed as non-instructional is reported', async () => {
    const { code, err } = await check({
      name: 'x',
      schoolYears: [
        {
          id: 'a',
          firstDay: '2026-09-10',
          lastDay: '2027-06-25',
          nonInstructionalDays: ['2026-09-12'],
        },
      ],
    });
    assert.equal(code, 2);
    assert.match(err, /nonInstructionalDays\[0\]: must be a weekday between firstDay and lastDay/);
  });

  test('without a file it prints usage and exits 2', async () => {
    let err = '';
    assert.equal(await calendarCheck([], { out: () => undefined, err: (t) => void (err += t) }), 2);
    assert.match(err, /usage/);
  });
});
