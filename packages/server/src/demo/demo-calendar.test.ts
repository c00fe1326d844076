import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  compileCalendar,
  countForward,
  isoDate,
  parseCalendar,
  parseIsoDate,
  type Day,
} from '@continuum/rules/calendar/index.ts';
import { demoCalendar } from './demo-calendar.ts';

test('the demo calendar covers the school years 2024-25 through 2027-28 and is valid', () => {
  const spec = parseCalendar(demoCalendar());
  assert.deepEqual(
    spec.schoolYears.map((y) => y.id),
    ['2024-25', '2025-26', '2026-27', '2027-28'],
  );
  const calendar = compileCalendar(spec);
  assert.equal(isoDate(calendar.start), '2024-09-05');
  assert.equal(isoDate(calendar.end), '2028-06-27');
});

test('its recesses and holidays are not school days (Thanksgiving, winter recess)', () => {
  const calendar = compileCalendar(parseCalendar(demoCalendar()));
  const day = (s: string) => parseIsoDate(s) as Day;
  // The Wednesday before Thanksgiving 2026: the next school day is the Monday after.
  assert.equal(isoDate(countForward(calendar, 'school', day('2026-11-25'), 1)), '2026-11-30');
  // The last school day before the winter recess: the next is after New Year's Day.
  assert.equal(isoDate(countForward(calendar, 'school', day('2026-12-23'), 1)), '2027-01-04');
});
