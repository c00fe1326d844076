import { isoDate, isWeekday, type Day } from './days.ts';
import { CalendarCoverageError } from './errors.ts';
import type { CompiledCalendar, ListedKind } from './compile.ts';
import { DAY_KIND_LABEL, type DayKind } from './kinds.ts';

/**
 * "Within N days of event E" (timeline catalog, Counting): the due date is the Nth day of the
 * kind after E. E is day 0 and never counts, whatever its kind. n = 0 returns E itself.
 * Throws CalendarCoverageError when the calendar does not describe a day the count crosses.
 */
export function countForward(cal: CompiledCalendar, kind: DayKind, from: Day, n: number): Day {
  if (n === 0) return from;
  switch (kind) {
    case 'calendar':
      return (from + n) as Day;
    case 'business-incl-holidays':
      return weekdayAtOrdinal(weekdaysBefore(from) + (isWeekday(from) ? 1 : 0) + n - 1);
    case 'business':
      return listedForward(cal, 'workday', kind, from, n);
    case 'school':
    case 'workday':
    case 'school-summer-workday':
      return listedForward(cal, kind, kind, from, n);
  }
}

/** "N days before E": the latest date that leaves N days of the kind before E (E not counted). */
export function countBackward(cal: CompiledCalendar, kind: DayKind, from: Day, n: number): Day {
  if (n === 0) return from;
  switch (kind) {
    case 'calendar':
      return (from - n) as Day;
    case 'business-incl-holidays':
      return weekdayAtOrdinal(weekdaysBefore(from) - n);
    case 'business':
      return listedBackward(cal, 'workday', kind, from, n);
    case 'school':
    case 'workday':
    case 'school-summer-workday':
      return listedBackward(cal, kind, kind, from, n);
  }
}

/** How many days of the kind fall in (after, through]. */
export function countBetween(
  cal: CompiledCalendar,
  kind: DayKind,
  after: Day,
  through: Day,
): number {
  if (through <= after) return 0;
  switch (kind) {
    case 'calendar':
      return through - after;
    case 'business-incl-holidays':
      return weekdaysBefore((through + 1) as Day) - weekdaysBefore((after + 1) as Day);
    case 'business':
    case 'school':
    case 'workday':
    case 'school-summer-workday': {
      const listed = kind === 'business' ? 'workday' : kind;
      cover(cal, kind, (after + 1) as Day, through);
      const counts = cal.before[listed];
      return at(counts, through - cal.start + 1) - at(counts, after - cal.start + 1);
    }
  }
}

/** Whether `d` is a day of the kind. */
export function isDayOfKind(cal: CompiledCalendar, kind: DayKind, d: Day): boolean {
  return countBetween(cal, kind, (d - 1) as Day, d) === 1;
}

/** Non-instructional weekdays in (after, through], clipped to the calendar, for basis text. */
export function nonInstructionalBetween(cal: CompiledCalendar, after: Day, through: Day): number {
  const lo = Math.max(after + 1, cal.start) - cal.start;
  const hi = Math.min(through, cal.end) - cal.start + 1;
  return hi > lo ? at(cal.nonInstructionalBefore, hi) - at(cal.nonInstructionalBefore, lo) : 0;
}

function listedForward(
  cal: CompiledCalendar,
  listed: ListedKind,
  kind: DayKind,
  from: Day,
  n: number,
): Day {
  const label = DAY_KIND_LABEL[kind];
  if (from < cal.start - 1)
    throw uncovered(cal, label, from, `count ${n} ${label} after ${isoDate(from)}`);
  const counts = cal.before[listed];
  const days = cal.nth[listed];
  const target = at(counts, Math.min(from, cal.end) - cal.start + 1) + n;
  if (from > cal.end || target > days.length) {
    throw uncovered(cal, label, from, `count ${n} ${label} after ${isoDate(from)}`);
  }
  return (cal.start + at(days, target - 1)) as Day;
}

function listedBackward(
  cal: CompiledCalendar,
  listed: ListedKind,
  kind: DayKind,
  from: Day,
  n: number,
): Day {
  const label = DAY_KIND_LABEL[kind];
  const what = `count ${n} ${label} before ${isoDate(from)}`;
  if (from > cal.end + 1) throw uncovered(cal, label, from, what);
  const target = at(cal.before[listed], Math.max(from - cal.start, 0)) - n + 1;
  if (from < cal.start || target < 1) throw uncovered(cal, label, from, what);
  return (cal.start + at(cal.nth[listed], target - 1)) as Day;
}

function cover(cal: CompiledCalendar, kind: DayKind, from: Day, through: Day): void {
  if (from < cal.start || through > cal.end) {
    const label = DAY_KIND_LABEL[kind];
    throw uncovered(
      cal,
      label,
      from < cal.start ? from : through,
      `count ${label} from ${isoDate(from)} to ${isoDate(through)}`,
    );
  }
}

function uncovered(
  cal: CompiledCalendar,
  label: string,
  d: Day,
  what: string,
): CalendarCoverageError {
  const first = cal.years[0];
  const last = cal.years[cal.years.length - 1];
  const edge =
    d < cal.start
      ? `before ${isoDate(cal.start)} (the first day of school year ${first?.id ?? ''})`
      : `after ${isoDate(cal.end)} (the last day of school year ${last?.id ?? ''})`;
  return new CalendarCoverageError(
    `the calendar "${cal.name}" does not list ${label} ${edge}; needed to ${what}`,
  );
}

function at(array: Int32Array, i: number): number {
  return array[i] ?? 0;
}

// Weekday ordinals for the kind that needs no calendar: 1970-01-05 (day 4) was a Monday.
const MONDAY = 4;

function weekdaysBefore(d: Day): number {
  const sinceMonday = d - MONDAY;
  const weeks = Math.floor(sinceMonday / 7);
  return weeks * 5 + Math.min(sinceMonday - weeks * 7, 5);
}

function weekdayAtOrdinal(ordinal: number): Day {
  const weeks = Math.floor(ordinal / 5);
  return (MONDAY + weeks * 7 + (ordinal - weeks * 5)) as Day;
}
