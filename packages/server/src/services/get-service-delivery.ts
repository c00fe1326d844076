import { delivery } from '@continuum/rules';
import {
  CalendarCoverageError,
  isoDate,
  parseIsoDate,
  type Day,
} from '@continuum/rules/calendar/index.ts';
import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { grantDelivery } from './access.ts';
import type { CurrentService, DeliveryBasis } from './load.ts';
import { loadCurrentServices, loadDeliveryBasis, loadSessions } from './load.ts';
import { findingsOf } from './findings.ts';
import { presentService, presentSession } from './present.ts';
import { openableGroups } from './group-access.ts';
import type { StudentDelivery, WeekView } from './schemas.ts';

/** Weeks and months shown per service, each ending with the one under way. */
const weeksShown = 6;
const monthsShown = 3;

/**
 * A student's service delivery: each service of the IEP in effect with its weeks and months
 * of mandated against delivered minutes, its alerts and the program limits its sessions
 * break; the sessions of the months shown (voided ones marked); and the week the week form
 * logs (this week unless `week` names a day of another, never one still ahead). Read by
 * anyone with a relationship to the student; logged as a read of the sessions and the IEP.
 */
export async function getServiceDelivery(
  call: Call,
  input: { studentId: string; week?: string | undefined },
): Promise<StudentDelivery> {
  return withStudentRecords(call, async (records) => {
    const { studentId } = input;
    const grant = await grantDelivery(records, studentId, 'read', 'view-service-delivery');
    const basis = await loadDeliveryBasis(records);
    const [services, sessions, version] = await Promise.all([
      loadCurrentServices(records.tx, [studentId]).then((m) => m.get(studentId) ?? []),
      loadSessions(records.tx, [studentId], { voided: true }),
      records.tx
        .selectFrom('iep_versions')
        .where('student_id', '=', studentId)
        .where('status', '=', 'final')
        .select(['id', 'iep_id', 'projected_implementation_date'])
        .executeTakeFirst(),
    ]);
    const week = weekOf(basis, services, input.week);
    const counted = services.map((s) => ({
      ...presentService(s, grant),
      ...findingsOf(basis, s, sessions, { weeks: weeksShown, months: monthsShown }),
    }));
    // The sessions of the periods shown (the first school weeks and months) and of the week.
    const shownFrom = [
      week.monday,
      isoDate(delivery.monthOf(basis.asOfDay).first),
      ...counted.flatMap((s) =>
        [...s.weeks.slice(0, 1), ...s.months.slice(0, 1)].map((p) => p.from),
      ),
    ].sort()[0]!;
    const shown = sessions.filter((s) => s.date >= shownFrom);
    // A group session shows as this child's part of it (present-group.ts, 34 CFR 300.615).
    const openable = await openableGroups(records, shown);
    await records.log([studentId], ['service-session', 'iep'], 'read', 'view-service-delivery');
    return {
      studentId,
      asOf: basis.asOf,
      notice: basis.calendar.ok ? null : basis.calendar.message,
      iep: version
        ? {
            iepId: version.iep_id,
            versionId: version.id,
            projectedImplementationDate: version.projected_implementation_date,
          }
        : null,
      canLog: counted.some((s) => s.canLog),
      services: counted,
      sessions: shown.map((s) => presentSession(s, grant, openable)),
      week,
    };
  });
}

/** The week holding `requested` (this week when absent or ahead), with its weekdays. */
function weekOf(
  basis: DeliveryBasis,
  services: readonly CurrentService[],
  requested: string | undefined,
): WeekView {
  const thisMonday = delivery.mondayOf(basis.asOfDay);
  const asked = requested === undefined ? null : parseIsoDate(requested);
  const monday = asked === null ? thisMonday : Math.min(delivery.mondayOf(asked), thisMonday);
  const cal = basis.calendar.ok ? basis.calendar.calendar : null;
  const schoolDay = (d: Day) => {
    if (!cal) return false;
    try {
      return services.some((s) => delivery.isServiceDay(cal, s, d));
    } catch (error) {
      if (error instanceof CalendarCoverageError) return false;
      throw error;
    }
  };
  return {
    monday: isoDate(monday as Day),
    previous: isoDate((monday - 7) as Day),
    next: monday < thisMonday ? isoDate((monday + 7) as Day) : null,
    days: [0, 1, 2, 3, 4].map((k) => {
      const d = (monday + k) as Day;
      return { date: isoDate(d), schoolDay: schoolDay(d), future: d > basis.asOfDay };
    }),
  };
}
