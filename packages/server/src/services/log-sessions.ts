import { delivery } from '@continuum/rules';
import { CalendarCoverageError, parseIsoDate, type Day } from '@continuum/rules/calendar/index.ts';
import type { Call } from '../http/call.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { FieldIssue } from '../errors.ts';
import { ForbiddenError, InvalidInputError, RefusedError } from '../errors.ts';
import { loadCompiledCalendar, type CalendarForCounting } from '../calendar/load-calendar.ts';
import { grantDeliveryChange, requireCovers } from './access.ts';
import type { CurrentService } from './load.ts';
import { loadCurrentServices, loadSessions } from './load.ts';
import { presentSession } from './present.ts';
import type { SessionInput, SessionView, WeekInput } from './schemas.ts';

/**
 * Logging sessions of the IEP's services: one session, or a week's in one form. Either way
 * every row is checked before any is written, and they are written in the request's one
 * transaction: all rows or none. A row's problem names the row (`sessions.3.date`).
 */

const purpose = 'log-service-session' as const;

/**
 * The dates a session may have (422): not after today; not before the service takes effect
 * (PREK, Accessibility and Storage: the IEP is implemented from the initiation of its
 * recommendations) nor after it ends; and a delivered session on a day the district's school
 * calendar has school (or, for a 12-month service, a summer workday). A make-up may be given
 * on another day, and a missed session may be a day the school was closed.
 */
export const sessionDateCitation =
  "PREK, Accessibility and Storage (implementing the IEP from the initiation of its recommendations); the district's school calendar";

function dateProblem(
  row: SessionInput,
  service: CurrentService,
  asOf: string,
  calendar: CalendarForCounting,
): string | null {
  if (row.date > asOf) return `must not be after today (${asOf})`;
  if (service.takesEffectOn !== null && row.date < service.takesEffectOn)
    return `must not be before the service takes effect on ${service.takesEffectOn}`;
  if (service.endDate !== null && row.date > service.endDate)
    return `must not be after the service ends on ${service.endDate}`;
  if (row.status !== 'delivered') return null;
  if (!calendar.ok) return `cannot be checked against the school calendar: ${calendar.message}`;
  try {
    const isServiceDay = delivery.isServiceDay(
      calendar.calendar,
      service,
      parseIsoDate(row.date) as Day,
    );
    return isServiceDay ? null : `${row.date} is not a school day: log a make-up instead`;
  } catch (error) {
    if (!(error instanceof CalendarCoverageError)) throw error;
    return `the school calendar does not include ${row.date}`;
  }
}

/**
 * Checks and writes the rows of one student; `path(i, field)` names a row's field in errors.
 * The one way a session is written: a group session writes each child's through it
 * (log-group-session.ts), so every rule here holds for them too.
 */
export async function writeSessions(
  records: StudentRecords,
  studentId: string,
  rows: readonly SessionInput[],
  path: (i: number, field: string) => string,
): Promise<SessionView[]> {
  const grant = await grantDeliveryChange(records, studentId, 'create', purpose);
  const services = (await loadCurrentServices(records.tx, [studentId])).get(studentId) ?? [];
  const actor = records.actor;

  const invalid: FieldIssue[] = [];
  const found = rows.map((row, i) => {
    const service = services.find((s) => s.id === row.serviceId);
    if (!service)
      invalid.push({
        path: path(i, 'serviceId'),
        message: 'is not a service of the IEP in effect',
      });
    return service;
  });
  if (invalid.length > 0) throw new InvalidInputError(invalid);
  const inEffect = found as CurrentService[];
  for (const service of inEffect) requireCovers(records, grant, service, 'create', purpose);

  // Another provider is named only by a district administrator (entering a provider's log).
  const named = [...new Set(rows.map((r) => r.providerStaffId).filter((id) => id !== undefined))];
  if (named.some((id) => id !== actor.staffId) && !grant.administers) {
    records.deny(studentId, 'service-session', 'create', purpose);
    throw new ForbiddenError('You may log only the sessions you gave.');
  }
  const staff = named.length
    ? await records.tx.selectFrom('staff').where('id', 'in', named).select('id').execute()
    : [];
  const madeUp = rows.flatMap((r) => (r.makesUpSessionId ? [r.makesUpSessionId] : []));
  const missed = madeUp.length
    ? (await loadSessions(records.tx, [studentId], { ids: madeUp })).filter(
        (s) => s.status === 'missed',
      )
    : [];
  rows.forEach((row, i) => {
    if (row.providerStaffId && !staff.some((s) => s.id === row.providerStaffId))
      invalid.push({ path: path(i, 'providerStaffId'), message: 'is not a staff member' });
    const service = inEffect[i]!;
    if (
      row.makesUpSessionId &&
      !missed.some(
        (s) => s.id === row.makesUpSessionId && s.iepId === service.iepId && s.key === service.key,
      )
    )
      invalid.push({
        path: path(i, 'makesUpSessionId'),
        message: 'is not a missed session of this service',
      });
  });
  if (invalid.length > 0) throw new InvalidInputError(invalid);

  const calendar = await loadCompiledCalendar(records.tx);
  const refused: FieldIssue[] = [];
  rows.forEach((row, i) => {
    const problem = dateProblem(row, inEffect[i]!, records.asOf, calendar);
    if (problem) refused.push({ path: path(i, 'date'), message: problem });
  });
  if (refused.length > 0) {
    throw new RefusedError(
      rows.length === 1
        ? `This session cannot be logged on that date: ${refused[0]!.message}.`
        : `${refused.length} of these sessions cannot be logged on their dates; nothing was logged.`,
      sessionDateCitation,
      refused,
    );
  }

  const inserted = await records.tx
    .insertInto('service_sessions')
    .values(
      rows.map((row, i) => ({
        district_id: actor.districtId,
        student_id: studentId,
        iep_service_id: row.serviceId,
        provider_staff_id: row.providerStaffId ?? actor.staffId!,
        session_date: row.date,
        status: row.status,
        minutes: row.minutes,
        group_size: row.groupSize,
        location: row.location || inEffect[i]!.location,
        missed_reason: row.status === 'missed' ? (row.missedReason ?? null) : null,
        note: row.note ?? '',
        makes_up_session_id: row.makesUpSessionId ?? null,
        recorded_by: actor.accountId,
      })),
    )
    .returning('id')
    .execute();
  await records.log([studentId], 'service-session', 'create', purpose);
  const ids = inserted.map((r) => r.id);
  const stored = await loadSessions(records.tx, [studentId], { ids });
  return ids.map((id) =>
    presentSession(
      stored.find((s) => s.id === id)!,
      grant,
    ),
  );
}

/** Logs one session (delivered, missed with its reason, or a make-up). */
export async function logSession(
  call: Call,
  input: SessionInput & { studentId: string },
): Promise<SessionView> {
  const { studentId, ...row } = input;
  return withStudentRecords(call, async (records) => {
    const [view] = await writeSessions(records, studentId, [row], (_i, field) => field);
    return view!;
  });
}

/** Logs a week's sessions in one form: every row is written, or none (with each row's problem). */
export async function logWeek(
  call: Call,
  input: WeekInput & { studentId: string },
): Promise<{ sessions: SessionView[] }> {
  return withStudentRecords(call, async (records) => ({
    sessions: await writeSessions(
      records,
      input.studentId,
      input.sessions,
      (i, field) => `sessions.${i}.${field}`,
    ),
  }));
}
