import type { Day } from '../calendar/days.ts';
import type { CompiledCalendar } from '../calendar/compile.ts';
import type { DeliveryService } from './service-days.ts';
import { inEffect, mondayOf, serviceDaysIn } from './service-days.ts';

/**
 * The district's settings for the delivery alerts (delivery_settings), each a number the
 * district chooses (the issue: "a district-set number of school days").
 */
export interface DeliverySettings {
  /** Services not started within this many school days after they take effect. */
  notStartedSchoolDays: number;
  /** No session for this many school days. */
  providerGapSchoolDays: number;
  /** Chronic under-delivery: delivered + make-up below this percentage of the mandate ... */
  underDeliveryPercent: number;
  /** ... over this many school weeks. */
  underDeliveryWeeks: number;
}

/** The weeks the under-delivery alert and the weekly minimums look at. */
export interface RecentWeeks {
  /** Mondays of the school weeks, oldest first. */
  mondays: Day[];
  /** From the first Monday to the last week's Sunday; null when there is no such week. */
  from: Day | null;
  through: Day | null;
}

/**
 * The last `count` complete school weeks before the week of `asOf`: weeks (Monday to Sunday)
 * with at least one service day on which the service was in effect. The week under way is left
 * out, so a provider is never judged on a week they may still complete; weeks without school
 * (recesses, summer) are skipped, so "the last 4 school weeks" after a recess reach back
 * before it. Fewer weeks when the service took effect more recently, or when the calendar
 * begins (weeks it does not describe are not looked at).
 */
export function recentSchoolWeeks(
  cal: CompiledCalendar,
  service: DeliveryService,
  asOf: Day,
  count: number,
): RecentWeeks {
  const mondays: Day[] = [];
  for (
    let monday = (mondayOf(asOf) - 7) as Day;
    mondays.length < count && monday + 6 >= service.startsOn && monday >= cal.start;
    monday = (monday - 7) as Day
  ) {
    const days = serviceDaysIn(cal, service, monday, (monday + 6) as Day);
    if (days.some((d) => inEffect(service, d))) mondays.unshift(monday);
  }
  const first = mondays[0];
  const last = mondays[mondays.length - 1];
  return {
    mondays,
    from: first ?? null,
    through: last === undefined ? null : ((last + 6) as Day),
  };
}
