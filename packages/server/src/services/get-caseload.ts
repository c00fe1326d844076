import { programs } from '@continuum/rules';
import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import { assignmentOf, deliveringAssignments, mayLog, type LogRights } from './access.ts';
import { loadDeliveryLists } from './district-lists.ts';
import { findingsOf } from './findings.ts';
import { presentService } from './present.ts';
import type { CaseloadView } from './schemas.ts';

/**
 * A staff member's caseload (the signed-in one's unless `staffId` names another): the
 * students they are assigned to implement, among those the reader may see, each with the
 * services the assignment covers (the whole IEP or its parts), this week's mandated against
 * delivered minutes and the alerts. A SEIT sees their caseload against the limit of 20
 * (PLAN, Special Education Itinerant Services (c)). Each student shown is logged.
 */
export async function getCaseload(
  call: Call,
  input: { staffId?: string | undefined },
): Promise<CaseloadView> {
  if (call.actor.kind !== 'staff') throw new ForbiddenError('Caseloads are for staff.');
  return withStudentRecords(call, async (records) => {
    const staffId = input.staffId ?? records.actor.staffId;
    const staff = staffId
      ? await records.tx
          .selectFrom('staff')
          .where('id', '=', staffId)
          .select(['id', 'full_name'])
          .executeTakeFirst()
      : undefined;
    if (!staff) throw new NotFoundError('staff member');
    const lists = await loadDeliveryLists(records, { assignedTo: staff.id });
    const assignments = await records.tx
      .selectFrom('implementer_assignments')
      .where('staff_id', '=', staff.id)
      .where('ended_at', 'is', null)
      .where('starts_on', '<=', records.asOf)
      .select(['student_id', 'iep_id', 'whole_iep', 'services', 'role'])
      .execute();
    const students = lists.students.map((student) => {
      const own = assignments.filter((a) => a.student_id === student.studentId);
      // The services the staff member implements; the reader logs them when it is their own.
      const covered: LogRights = { administers: false, assignments: own.map(assignmentOf) };
      const rights: LogRights | null =
        staff.id === records.actor.staffId
          ? { administers: false, assignments: deliveringAssignments(records.actor, own) }
          : null;
      const services = (lists.services.get(student.studentId) ?? []).filter((s) =>
        mayLog(covered, s),
      );
      return {
        ...student,
        role: own[0]?.role ?? 'classroom-teacher',
        wholeIep: own.some((a) => a.whole_iep),
        services: services.map((s) => {
          const findings = findingsOf(lists.basis, s, lists.sessions.get(student.studentId) ?? [], {
            weeks: 1,
            months: 0,
          });
          return {
            ...presentService(s, rights),
            thisWeek: findings.weeks[0] ?? null,
            alerts: findings.alerts,
            problem: findings.problem,
          };
        }),
      };
    });
    await records.log(
      students.map((s) => s.studentId),
      'service-session',
      'read',
      'view-caseload',
    );
    const seitStudents = new Set(
      assignments.filter((a) => a.role === 'seit').map((a) => a.student_id),
    );
    return {
      staffId: staff.id,
      staffName: staff.full_name,
      asOf: lists.basis.asOf,
      notice: lists.basis.calendar.ok ? null : lists.basis.calendar.message,
      students,
      seit:
        seitStudents.size > 0
          ? { students: seitStudents.size, limit: programs.PROGRAMS.seit.limits.maxCaseload }
          : null,
    };
  });
}
