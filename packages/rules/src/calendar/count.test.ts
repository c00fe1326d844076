import { describe, test } from 'node:test';

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { day, isoDate, isWeekday, type Day } from './days.ts';
import { compileCalendar } from './compile.ts';
import { parseCalendar } from './schema.ts';
import { countBackward, countBetween, countForward, isDayOfKind } from './count.ts';
import { CalendarCoverageError } from './errors.ts';
import type { DayKind } from './kinds.ts';
import { NYC_STYLE_CALENDAR, ONE_YEAR_CALENDAR } from './fixtures.ts';

const spec = parseCalendar(NYC_STYLE_CALENDAR);
const cal = compileCalendar(spec);
const oneYear = compileCalendar(parseCalendar(ONE_YEAR_CALENDAR));

// A deliberately naive reading of the day kinds, to check the compiled arrays against.
function naiveIs(kind: DayKind, d: Day): boolean {
  const holiday = spec.holidays.includes(d);
  const year = spec.schoolYears.find((y) => d >= y.firstDay && d <= y.lastDay);
  const school = !!year && isWeekday(d) && !year.nonInstructionalDays.includes(d);
  switch (kind) {
    case 'calendar':
      return true;
    case 'business-incl-holidays':
      return isWeekday(d);
    case 'workday':
    case 'business':
      return isWeekday(d) && !holiday;
    case 'school':
      return school;
    case 'school-summer-workday':
      return year ? school : isWeekday(d) && !holiday;
  }
}

function naiveForward(kind: DayKind, from: Day, n: number): Day {
  let d = from;
  for (let left = n; left > 0;) {
    d = (d + 1) as Day;
    if (naiveIs(kind, d)) left--;
  }
  return d;
}

const KINDS: DayKind[] = [
  'calendar',
  'school',
  'school-summer-workday',
  'workday',
  'business',
  'business-incl-holidays',
];

describe('counting N days of a kind after an event (the event is day 0)', () => {
  const cases: [string, DayKind, string, number, string][] = [
    ['60 calendar days after 2026-10-01', 'calendar', '2026-10-01', 60, '2026-11-30'],
    ['calendar days cross the leap day 2028-02-29', 'calendar', '2028-02-01', 29, '2028-03-01'],
    ['10 school days skip Yom Kippur and Columbus Day', 'school', '2026-09-15', 10, '2026-09-30'],
    ['a Saturday trigger counts from the Monday after', 'school', '2026-10-03', 1, '2026-10-05'],
    ['school days skip the whole winter recess', 'school', '2026-12-23', 1, '2027-01-04'],
    [
      'school days skip summer: the 1st after the last day is the next first day',
      'school',
      '2026-06-26',
      1,
      '2026-09-10',
    ],
    [
      'workdays in summer count from the Monday after the last day',
      'school-summer-workday',
      '2027-06-25',
      1,
      '2027-06-28',
    ],
    [
      'summer workdays skip Independence Day observed',
      'school-summer-workday',
      '2027-07-02',
      1,
      '2027-07-06',
    ],
    [
      '3 business days after a Friday skip a Monday holiday',
      'business',
      '2027-01-15',
      3,
      '2027-01-21',
    ],
    [
      'business days incl. holidays count the Monday holiday',
      'business-incl-holidays',
      '2027-01-15',
      3,
      '2027-01-20',
    ],
    [
      'workdays count recess weekdays that are not holidays',
      'workday',
      '2026-12-28',
      3,
      '2026-12-31',
    ],
  ];
  for (const [name, kind, from, n, expected] of cases) {
    test(name, () => {
      assert.equal(isoDate(countForward(cal, kind, day(from), n)), expected);
    });
  }

  test('5 business days before a Monday hearing skip Columbus Day: the Friday before it', () => {
    assert.equal(isoDate(countBackward(cal, 'business', day('2026-10-19'), 5)), '2026-10-09');
  });

  test('10 business days (holidays included) before a Monday is the Monday two weeks earlier', () => {
    assert.equal(
      isoDate(countBackward(cal, 'business-incl-holidays', day('2027-01-18'), 10)),
      '2027-01-04',
    );
  });

  test('a count past the last listed school year is a coverage error naming the last day', () => {
    assert.throws(
      () => countForward(oneYear, 'school', day('2027-06-01'), 60),
      (e: unknown) =>
        e instanceof CalendarCoverageError &&
        /after 2027-06-25 \(the last day of school year 2026-27\)/.test(e.message),
    );
  });

  test('school days before the first listed year are not guessed', () => {
    assert.throws(
      () => countForward(oneYear, 'school', day('2026-08-20'), 5),
      CalendarCoverageError,
    );
    assert.throws(
      () => countBackward(oneYear, 'business', day('2026-09-11'), 5),
      CalendarCoverageError,
    );
  });

  test('calendar days need no calendar coverage', () => {
    assert.equal(isoDate(countForward(oneYear, 'calendar', day('2030-12-31'), 1)), '2031-01-01');
  });
});

describe('properties of counting', () => {
  const inSpan = fc.integer({ min: cal.start + 5, max: cal.end - 400 }).map((n) => n as Day);
  const kind = fc.constantFrom(...KINDS);

  test('the compiled count equals a day-by-day count', () => {
    fc.assert(
      fc.property(kind, inSpan, fc.integer({ min: 0, max: 120 }), (k, from, n) => {
        assert.equal(countForward(cal, k, from, n), naiveForward(k, from, n));
      }),
    );
  });

  test('counting N days forward then back returns the start, for days of that kind', () => {
    fc.assert(
      fc.property(kind, inSpan, fc.integer({ min: 1, max: 120 }), (k, from, n) => {
        fc.pre(isDayOfKind(cal, k, from));
        assert.equal(countBackward(cal, k, countForward(cal, k, from, n), n), from);
      }),
    );
  });

  test('due dates are monotonic in the trigger date', () => {
    fc.assert(
      fc.property(
        kind,
        inSpan,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 120 }),
        (k, a, gap, n) => {
          const b = (a + gap) as Day;
          assert.ok(countForward(cal, k, a, n) <= countForward(cal, k, b, n));
        },
      ),
    );
  });

  test('countBetween agrees with countForward', () => {
    fc.assert(
      fc.property(kind, inSpan, fc.integer({ min: 1, max: 120 }), (k, from, n) => {
        assert.equal(countBetween(cal, k, from, countForward(cal, k, from, n)), n);
      }),
    );
  });
});
