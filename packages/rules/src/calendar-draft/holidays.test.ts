import { test, describe } from 'node:test';

import assert from 'node:assert/strict';
import { day } from '../calendar/index.ts';
import { newYorkHolidays } from './holidays.ts';

const window2023 = newYorkHolidays(day('2023-07-01'), day('2024-06-30'));
const dates = window2023.map((h) => h.date);

describe('New York holidays from date-holidays', () => {
  const cases: { name: string; date: string; listed: boolean }[] = [
    { name: 'Thanksgiving 2023-11-23 is a holiday', date: '2023-11-23', listed: true },
    {
      name: "Lincoln's Birthday 2024-02-12, a New York holiday, is listed",
      date: '2024-02-12',
      listed: true,
    },
    {
      name: 'Election Day 2023-11-07, a New York holiday, is listed',
      date: '2023-11-07',
      listed: true,
    },
    { name: 'Christmas 2023-12-25 is a holiday', date: '2023-12-25', listed: true },
    { name: 'Juneteenth 2024-06-19 is a holiday', date: '2024-06-19', listed: true },
    {
      name: 'Susan B. Anthony Day 2024-02-15 is a commemoration, not a public holiday',
      date: '2024-02-15',
      listed: false,
    },
    { name: 'Christmas Eve is an optional day, not a holiday', date: '2023-12-24', listed: false },
    {
      name: 'the day after Thanksgiving is an observance, not a holiday',
      date: '2023-11-24',
      listed: false,
    },
    { name: 'Halloween is an observance, not a holiday', date: '2023-10-31', listed: false },
  ];
  for (const c of cases) {
    test(c.name, () => assert.equal(dates.includes(c.date), c.listed));
  }
  test('a weekend holiday brings its observed weekday (Christmas 2022 on a Sunday, observed Monday the 26th)', () => {
    const dec2022 = newYorkHolidays(day('2022-12-01'), day('2022-12-31'));
    assert.deepEqual(
      dec2022.map((h) => h.date),
      ['2022-12-25', '2022-12-26'],
    );
  });
  test('the window is inclusive at both ends and in date order', () => {
    assert.deepEqual(
      newYorkHolidays(day('2026-07-03'), day('2026-07-04')).map((h) => h.date),
      ['2026-07-03', '2026-07-04'],
    );
    assert.deepEqual(dates, [...dates].sort());
  });
  test('thirteen holidays a year, with observed days', () => {
    const names = new Set(window2023.map((h) => h.name.replace(/ \(substitute day\)$/, '')));
    assert.equal(names.size, 13);
  });
});
