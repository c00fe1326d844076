import { isWeekday, type Day } from './days.ts';
import type { CalendarSpec } from './schema.ts';

/** The kinds of day that depend on the calendar file and are precompiled into ordinals. */
export type ListedKind = 'school' | 'school-summer-workday' | 'workday';

export interface CompiledYear {
  readonly id: string;
  readonly first: Day;
  readonly last: Day;
}

/**
 * A calendar compiled once into prefix counts, so that "the Nth day of kind K after E" is two
 * array reads. Day `start + i` is described by index `i`; the span runs from the first school
 * year's first day to the last school year's last day, summers between years included.
 */
export interface CompiledCalendar {
  readonly name: string;
  readonly years: readonly CompiledYear[];
  readonly start: Day;
  readonly end: Day;
  /** before[k][i] = number of days of kind k in [start, start + i); length = span + 1. */
  readonly before: Readonly<Record<ListedKind, Int32Array>>;
  /** nth[k][j] = offset from start of the (j+1)th day of kind k. */
  readonly nth: Readonly<Record<ListedKind, Int32Array>>;
  /** Prefix counts of non-instructional weekdays inside school years, for the basis text. */
  readonly nonInstructionalBefore: Int32Array;
}

/**
 * Compiles a validated calendar. Workdays and business days coincide here because the calendar
 * file lists one set of holidays (federal and State); `business` reads the `workday` arrays.
 */
export function compileCalendar(spec: CalendarSpec): CompiledCalendar {
  const years = spec.schoolYears.map((y) => ({ id: y.id, first: y.firstDay, last: y.lastDay }));
  const firstYear = years[0];
  const lastYear = years[years.length - 1];
  if (!firstYear || !lastYear) throw new RangeError('a calendar lists at least one school year');
  const start = firstYear.first;
  const end = lastYear.last;
  const span = end - start + 1;

  const holiday = new Uint8Array(span);
  for (const h of spec.holidays) if (h >= start && h <= end) holiday[h - start] = 1;
  // 0 = summer (between years), 1 = in session, 2 = non-instructional weekday in session.
  const session = new Uint8Array(span);
  for (const y of spec.schoolYears) {
    session.fill(1, y.firstDay - start, y.lastDay - start + 1);
    for (const d of y.nonInstructionalDays) session[d - start] = 2;
  }

  const kinds: ListedKind[] = ['school', 'school-summer-workday', 'workday'];
  const before = {} as Record<ListedKind, Int32Array>;
  const nth = {} as Record<ListedKind, Int32Array>;
  const is: Record<ListedKind, (i: number) => boolean> = {
    workday: (i) => isWeekday((start + i) as Day) && holiday[i] === 0,
    school: (i) => isWeekday((start + i) as Day) && session[i] === 1,
    'school-summer-workday': (i) => (session[i] === 0 ? is.workday(i) : is.school(i)),
  };
  for (const kind of kinds) {
    const counts = new Int32Array(span + 1);
    const list: number[] = [];
    for (let i = 0; i < span; i++) {
      const yes = is[kind](i);
      if (yes) list.push(i);
      counts[i + 1] = (counts[i] ?? 0) + (yes ? 1 : 0);
    }
    before[kind] = counts;
    nth[kind] = Int32Array.from(list);
  }
  const nonInstructionalBefore = new Int32Array(span + 1);
  for (let i = 0; i < span; i++) {
    const skipped = session[i] === 2 ? 1 : 0;
    nonInstructionalBefore[i + 1] = (nonInstructionalBefore[i] ?? 0) + skipped;
  }
  return { name: spec.name, years, start, end, before, nth, nonInstructionalBefore };
}

/** The index of the school year containing `d` (first day to last day), or -1 in summer. */
export function schoolYearIndexOf(cal: CompiledCalendar, d: Day): number {
  for (let i = 0; i < cal.years.length; i++) {
    const y = cal.years[i];
    if (y && d >= y.first && d <= y.last) return i;
  }
  return -1;
}

/** The first school year that has not ended on `d` (the current one, or the next after summer). */
export function currentOrNextYearIndex(cal: CompiledCalendar, d: Day): number {
  return cal.years.findIndex((y) => y.last >= d);
}
