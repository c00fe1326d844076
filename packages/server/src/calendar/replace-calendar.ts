import { parseCalendar, RuleInputError } from '@continuum/rules/calendar/index.ts';
import type { Call } from '../http/call.ts';
import { inDistrict } from '../db/tenant.ts';
import { ConflictError, InvalidInputError } from '../errors.ts';
import { requireCalendarEditor } from './calendar-policy.ts';
import { readDistrictCalendar } from './load-calendar.ts';
import type { DistrictCalendar, PutCalendarInput } from './schemas.ts';

/** `schoolYears[0].lastDay` (the rules package's field path) as `calendar.schoolYears.0.lastDay`. */
export function calendarFieldPath(field: string): string {
  const dotted = field === '(root)' ? '' : field.replace(/\[(\d+)\]/g, '.$1');
  return dotted ? `calendar.${dotted}` : 'calendar';
}

/**
 * Replaces the district's school calendar with a file the rules package accepts (every field
 * at fault is named), after checking the version read: two administrators editing at once
 * never overwrite each other silently. The deadlines of every case are counted on the new
 * calendar from the next read on.
 */
export async function replaceCalendar(
  call: Call,
  input: PutCalendarInput,
): Promise<DistrictCalendar> {
  requireCalendarEditor(call.actor);
  try {
    parseCalendar(input.calendar);
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    throw new InvalidInputError(
      error.issues.map((issue) => ({
        path: calendarFieldPath(issue.field),
        message: issue.message,
      })),
      'The calendar file needs attention.',
    );
  }
  const calendar = JSON.stringify(input.calendar);
  const districtId = call.actor.districtId;
  const outcome = await inDistrict(call.ctx.database.db, districtId, async (tx) => {
    const changed =
      input.version === 0
        ? await tx
            .insertInto('school_calendars')
            .values({ district_id: districtId, calendar, updated_by: call.actor.accountId })
            .onConflict((oc) => oc.column('district_id').doNothing())
            .returning('version')
            .executeTakeFirst()
        : await tx
            .updateTable('school_calendars')
            .set((eb) => ({
              calendar,
              version: eb('version', '+', 1),
              updated_by: call.actor.accountId,
              updated_at: new Date(),
            }))
            .where('version', '=', input.version)
            .returning('version')
            .executeTakeFirst();
    return { changed: changed !== undefined, current: await readDistrictCalendar(tx) };
  });
  if (!outcome.changed) {
    throw new ConflictError(
      'Someone else changed the school calendar since you opened it. Review the current calendar and try again.',
      outcome.current,
    );
  }
  return outcome.current;
}
