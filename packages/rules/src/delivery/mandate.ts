import type { Day } from '../calendar/days.ts';
import type { CompiledCalendar } from '../calendar/compile.ts';
import type { DeliveryService } from './service-days.ts';
import { inEffect, isServiceDay, mondayOf, monthOf, serviceDaysIn } from './service-days.ts';

/**
 * Mandated minutes: what the IEP owes, from its frequency, period and duration, over the
 * district's school days (PLAN, Related Services: services are given at the frequency and
 * duration on the IEP; PLAN, Special Education Itinerant Services (d): "in accordance with the
 * student's IEP"). Every period becomes a rate per service day, so any stretch of days (a
 * week, a month, the alert's window) sums the same way:
 *
 * - `day`: frequency x duration on every service day (a school day);
 * - `week`: frequency x duration in each week (Monday to Sunday) that has service days, spread
 *   evenly over that week's service days. A week shortened by a holiday still owes the whole
 *   weekly mandate (the sessions are rescheduled within the week); a week without school owes
 *   nothing;
 * - `month`: frequency x duration in each calendar month, spread evenly over that month's
 *   service days, so a week owes the share of its school days (a week across two months takes
 *   its share of each).
 *
 * Only days the service is in effect carry a mandate: a service starting on a Thursday owes
 * Thursday's and Friday's share of its first week. Minutes are exact (fractions kept); pages
 * round them.
 */

/** Caches the service days of each week and month, for one service's counts. */
class PeriodDays {
  private readonly weeks = new Map<number, number>();
  private readonly months = new Map<number, number>();

  constructor(
    private readonly cal: CompiledCalendar,
    private readonly service: DeliveryService,
  ) {}

  inWeek(d: Day): number {
    const monday = mondayOf(d);
    let n = this.weeks.get(monday);
    if (n === undefined) {
      n = serviceDaysIn(this.cal, this.service, monday, (monday + 6) as Day).length;
      this.weeks.set(monday, n);
    }
    return n;
  }

  inMonth(d: Day): number {
    const { first, last } = monthOf(d);
    let n = this.months.get(first);
    if (n === undefined) {
      n = serviceDaysIn(this.cal, this.service, first, last).length;
      this.months.set(first, n);
    }
    return n;
  }
}

/** The minutes a service owes on one day (0 on a day that is not a service day in effect). */
function owedOn(cal: CompiledCalendar, service: DeliveryService, periods: PeriodDays, d: Day) {
  if (!inEffect(service, d) || !isServiceDay(cal, service, d)) return 0;
  const perPeriod = service.frequency * service.durationMinutes;
  switch (service.period) {
    case 'day':
      return perPeriod;
    case 'week':
      return perPeriod / periods.inWeek(d);
    case 'month':
      return perPeriod / periods.inMonth(d);
  }
}

/**
 * The minutes mandated over [from, through]. Throws CalendarCoverageError when the calendar
 * does not describe a day it needs (for a monthly service, every day of the months touched).
 */
export function mandatedMinutes(
  cal: CompiledCalendar,
  service: DeliveryService,
  from: Day,
  through: Day,
): number {
  const periods = new PeriodDays(cal, service);
  let total = 0;
  for (let d = from; d <= through; d = (d + 1) as Day) total += owedOn(cal, service, periods, d);
  return total;
}

/** Whether the service is in effect on every service day of the week starting `monday`. */
export function inEffectAllWeek(
  cal: CompiledCalendar,
  service: DeliveryService,
  monday: Day,
): boolean {
  const days = serviceDaysIn(cal, service, monday, (monday + 6) as Day);
  return days.length > 0 && days.every((d) => inEffect(service, d));
}
