import Holidays from 'date-holidays';
import { isoDate, type Day } from '../calendar/index.ts';

/**
 * Federal and New York State holidays, as computed by `date-holidays` for US-NY.
 *
 * Which holidays count: only the library's `public` type. That is New Year's Day, Martin
 * Luther King Jr. Day, Lincoln's Birthday, Washington's Birthday, Memorial Day, Juneteenth,
 * Independence Day, Labor Day, Columbus Day, Election Day, Veterans Day, Thanksgiving Day and
 * Christmas Day: the federal holidays (5 U.S.C. 6103) and New York's public holidays (General
 * Construction Law 24), which is what "business day" excludes (34 CFR 300.11(b)). Its
 * `observance` (Valentine's Day, the day after Thanksgiving ...) and `optional` (Christmas
 * Eve) types are not legal holidays; a district that closes then records a recess.
 *
 * The library also marks Susan B. Anthony Day (Feb 15) `public`, but New York observes it as
 * a commemoration, not a public holiday (it is not in General Construction Law 24), so it is
 * left out.
 *
 * Substitute days count too: when a holiday falls on a weekend the observed Friday or Monday
 * is when offices close (Juneteenth 2027 is Saturday June 19, observed Friday June 18).
 */
const NOT_PUBLIC_HOLIDAYS = new Set(['Susan B. Anthony Day']);

// The state and its time zone are fixed, so one instance serves every call. The library reads
// no clock when it is always given the year.
const newYork = new Holidays('US', 'NY');

export interface Holiday {
  date: string;
  name: string;
}

/** Holidays from `from` to `to` inclusive, in date order; a date held by two holidays appears once per holiday. */
export function newYorkHolidays(from: Day, to: Day): Holiday[] {
  const first = isoDate(from);
  const last = isoDate(to);
  const years: number[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) years.push(y);
  return (
    years
      .flatMap((year) => newYork.getHolidays(year, 'en'))
      .filter(
        (h) =>
          h.type === 'public' &&
          !NOT_PUBLIC_HOLIDAYS.has(h.name.replace(/ \(substitute day\)$/, '')),
      )
      // `date` is the holiday's civil date in New York ("2026-11-26 00:00:00"); its first ten
      // characters do not depend on the machine's time zone, unlike `start`, a JS Date.
      .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
      .filter((h) => h.date >= first && h.date <= last)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  );
}
