import { Temporal } from 'temporal-polyfill';
import type { Random } from './random.ts';

/** Calendar dates for the demo district, as YYYY-MM-DD strings (what the date columns hold). */

/** The demo district's first day of school: 10 September (2026-09-10 for 2026-27). */
const FIRST_DAY = { month: 9, day: 10 };

export function parseIsoDate(value: string): Temporal.PlainDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new RangeError(`not a YYYY-MM-DD date: ${value}`);
  return Temporal.PlainDate.from(value, { overflow: 'reject' });
}

/** The first day of the school year under way on `asOf` (the latest 10 September on or before it). */
export function schoolYearStart(asOf: Temporal.PlainDate): Temporal.PlainDate {
  const thisYear = Temporal.PlainDate.from({ year: asOf.year, ...FIRST_DAY });
  return Temporal.PlainDate.compare(thisYear, asOf) <= 0
    ? thisYear
    : thisYear.subtract({ years: 1 });
}

/** Age in whole years on a date. */
export function ageOn(dateOfBirth: string, on: string): number {
  return parseIsoDate(dateOfBirth).until(parseIsoDate(on), { largestUnit: 'years' }).years;
}

/**
 * A uniformly random birth date for someone `age` years old on `asOf`, no earlier than
 * `notBefore` and no later than `notAfter` when given (grade cut-offs narrow the window).
 */
export function birthDateForAge(
  random: Random,
  age: number,
  asOf: Temporal.PlainDate,
  bounds: { notBefore?: Temporal.PlainDate; notAfter?: Temporal.PlainDate } = {},
): string {
  let earliest = asOf.subtract({ years: age + 1 }).add({ days: 1 });
  let latest = asOf.subtract({ years: age });
  if (bounds.notBefore && Temporal.PlainDate.compare(bounds.notBefore, earliest) > 0)
    earliest = bounds.notBefore;
  if (bounds.notAfter && Temporal.PlainDate.compare(bounds.notAfter, latest) < 0)
    latest = bounds.notAfter;
  const span = earliest.until(latest, { largestUnit: 'days' }).days;
  if (span < 0)
    throw new RangeError(`no birth date gives age ${age} on ${asOf.toString()} within the bounds`);
  return earliest.add({ days: random.int(0, span) }).toString();
}
