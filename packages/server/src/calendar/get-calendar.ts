import type { Call } from '../http/call.ts';
import { inDistrict } from '../db/tenant.ts';
import { requireCalendarReader } from './calendar-policy.ts';
import { readDistrictCalendar } from './load-calendar.ts';
import type { DistrictCalendar } from './schemas.ts';

/** The district's school calendar, for any staff member (it holds no student data). */
export async function getCalendar(call: Call): Promise<DistrictCalendar> {
  requireCalendarReader(call.actor);
  return inDistrict(call.ctx.database.db, call.actor.districtId, readDistrictCalendar);
}
