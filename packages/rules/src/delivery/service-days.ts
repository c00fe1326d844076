import { civilFromDay, dayFromCivil, weekday, type Day } from '../calendar/days.ts';
import { isDayOfKind } from '../calendar/count.ts';
import type { CompiledCalendar } from '../calendar/compile.ts';
import type { ServicePeriod } from '../iep/content.ts';
import type { ProgramId } from '../programs/catalog.ts';

/**
 * One service of a final IEP as delivery counts it (the server's `iep_services` row, with the
 * day it takes effect worked out). Pure data: no clock, no I/O.
 */
export interface DeliveryService {
  id: string;
  program: ProgramId;
  /** `frequency` sessions of `durationMinutes` per `period` (day, week or month). */
  frequency: number;
  period: ServicePeriod;
  durationMinutes: number;
  /** The largest group the IEP allows (1: individual). */
  groupSize: number;
  /** The first day the service is owed: see `effectiveStart`. */
  startsOn: Day;
  /** The last day it is owed (the IEP's end date), or null when the IEP gives none. */
  endsOn: Day | null;
  /** Given in July and August too (12-month services, PLAN Extended School Year). */
  twelveMonth: boolean;
}

/**
 * The day a service is owed from: the later of the IEP version's projected implementation date
 * and the service's own start date (PREK, Accessibility and Storage: staff have the IEP "prior
 * to initiation of IEP recommendations", so recommendations start on the implementation date,
 * or later when the IEP dates the service later). Null when neither is known.
 */
export function effectiveStart(implementationDate: Day | null, startDate: Day | null): Day | null {
  if (implementationDate === null) return startDate;
  if (startDate === null) return implementationDate;
  return implementationDate > startDate ? implementationDate : startDate;
}

export function inEffect(service: Pick<DeliveryService, 'startsOn' | 'endsOn'>, d: Day): boolean {
  return d >= service.startsOn && (service.endsOn === null || d <= service.endsOn);
}

/**
 * Whether a service is given on `d`: every school day of the district's calendar; for a
 * 12-month service also the workdays of July and August between two school years (the summer
 * session). Throws CalendarCoverageError for a day the calendar does not describe.
 */
export function isServiceDay(
  cal: CompiledCalendar,
  service: Pick<DeliveryService, 'twelveMonth'>,
  d: Day,
): boolean {
  if (isDayOfKind(cal, 'school', d)) return true;
  if (!service.twelveMonth) return false;
  const { month } = civilFromDay(d);
  if (month !== 7 && month !== 8) return false;
  const inSchoolYear = cal.years.some((y) => d >= y.first && d <= y.last);
  return !inSchoolYear && isDayOfKind(cal, 'workday', d);
}

/** The Monday of the week (Monday to Sunday) holding `d`. */
export function mondayOf(d: Day): Day {
  return (d - ((weekday(d) + 6) % 7)) as Day;
}

/** The first and last day of the calendar month holding `d`. */
export function monthOf(d: Day): { first: Day; last: Day } {
  const { year, month } = civilFromDay(d);
  const first = dayFromCivil(year, month, 1);
  const next = month === 12 ? dayFromCivil(year + 1, 1, 1) : dayFromCivil(year, month + 1, 1);
  return { first, last: (next - 1) as Day };
}

/** The service days of `service` in [from, through]. */
export function serviceDaysIn(
  cal: CompiledCalendar,
  service: Pick<DeliveryService, 'twelveMonth'>,
  from: Day,
  through: Day,
): Day[] {
  const days: Day[] = [];
  for (let d = from; d <= through; d = (d + 1) as Day) {
    if (isServiceDay(cal, service, d)) days.push(d);
  }
  return days;
}

/**
 * The Nth service day after `from` (`from` is day 0 and never counts), as the timeline
 * catalog counts "within N school days". Throws CalendarCoverageError past the calendar.
 */
export function serviceDayAfter(
  cal: CompiledCalendar,
  service: Pick<DeliveryService, 'twelveMonth'>,
  from: Day,
  n: number,
): Day {
  let d = from;
  for (let left = n; left > 0;) {
    d = (d + 1) as Day;
    if (isServiceDay(cal, service, d)) left--;
  }
  return d;
}
