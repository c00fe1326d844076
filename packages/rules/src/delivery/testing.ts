// Test support for the delivery rule tables: the calendar they count on, and a service and a
// session with the defaults each case changes.
import { compileCalendar } from '../calendar/compile.ts';
import { day } from '../calendar/days.ts';
import { parseCalendar } from '../calendar/schema.ts';
import { NYC_STYLE_CALENDAR } from '../calendar/fixtures.ts';
import type { DeliveryService } from './service-days.ts';
import type { DeliverySession } from './totals.ts';

/** The NYC-style calendar of calendar/fixtures.ts (school years 2025-26 to 2027-28), compiled. */
export const cal = compileCalendar(parseCalendar(NYC_STYLE_CALENDAR));

/** A related service twice a week for 30 minutes, in groups of up to 3, from 2026-09-10. */
export function service(over: Partial<DeliveryService> = {}): DeliveryService {
  return {
    id: 'svc',
    program: 'related-service',
    frequency: 2,
    period: 'week',
    durationMinutes: 30,
    groupSize: 3,
    startsOn: day('2026-09-10'),
    endsOn: null,
    twelveMonth: false,
    ...over,
  };
}

/** A session of 30 minutes delivered to the student alone by provider `p1`. */
export const session = (date: string, over: Partial<DeliverySession> = {}): DeliverySession => ({
  date: day(date),
  status: 'delivered',
  minutes: 30,
  groupSize: 1,
  missedReason: null,
  providerId: 'p1',
  ...over,
});
