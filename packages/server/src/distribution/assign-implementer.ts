import { distribution } from '@continuum/rules';
import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, RefusedError } from '../errors.ts';
import type { FieldIssue } from '../errors.ts';
import { grantManageImplementers } from './access.ts';
import { deliverNotificationEmails, notifyStaff } from './notify-staff.ts';
import type { AssignInput, AssignmentView } from './schemas.ts';
import { loadAssignments, loadIepInEffect, loadServices, presentAssignment } from './present.ts';

const CITATION = distribution.IMPLEMENTERS_CITATION;

/**
 * Assigns a staff member to implement a final IEP, in whole or in part (PREK, Accessibility and
 * Storage: "all staff who are responsible for implementing the IEP, either in whole or in part,
 * must be provided with electronic access"). From `startsOn` (today when left out) until the
 * assignment ends, the access policy grants them the student ('implementer'). Refused (422,
 * field by field) for a person without the matching staff role, an IEP with no final version in
 * effect, and parts that are not services of that version; a person already assigned to this
 * IEP is a conflict (409). The person is notified.
 */
export async function assignImplementer(
  call: Call,
  input: AssignInput & { studentId: string; iepId: string },
): Promise<AssignmentView> {
  const { view, outboxId } = await withStudentRecords(call, async (records) => {
    await grantManageImplementers(records, input.studentId, 'create', 'assign-implementer');
    const { current } = await loadIepInEffect(records, input.studentId, input.iepId);
    const fields: FieldIssue[] = [];
    if (!current) {
      fields.push({
        path: 'iepId',
        message: `Only a final IEP in effect is implemented: this one is a draft, or has given way to a later IEP. (${CITATION})`,
      });
    }
    const staff = await records.tx
      .selectFrom('staff')
      .where('id', '=', input.staffId)
      .select(['id', 'roles'])
      .executeTakeFirst();
    if (!staff) {
      fields.push({ path: 'staffId', message: 'No such staff member in this district.' });
    } else if (!distribution.mayImplementAs(input.role, staff.roles)) {
      const needed = distribution.QUALIFYING_STAFF_ROLES[input.role].join(' or ');
      fields.push({
        path: 'role',
        message: `This staff member does not hold the ${needed} role needed to implement the IEP as ${input.role}. (${CITATION})`,
      });
    }
    const keys = new Set(
      (await loadServices(records.tx, current ? [current.id] : [])).map((s) => s.key),
    );
    const services = [...new Set(input.services)];
    services.forEach((key, i) => {
      if (current && !keys.has(key)) {
        fields.push({
          path: `services.${i}`,
          message: `"${key}" is not a service of the IEP in effect. (${CITATION}: "in whole or in part")`,
        });
      }
    });
    if (fields.length > 0) {
      throw new RefusedError(
        'This assignment cannot be made: each problem is listed with its field.',
        CITATION,
        fields,
      );
    }
    const existing = (await loadAssignments(records.tx, [input.iepId])).find(
      (a) => a.staff_id === input.staffId && a.ended_at === null,
    );
    if (existing) {
      throw new ConflictError(
        'This staff member is already assigned to this IEP. End that assignment first to change it.',
        presentAssignment(existing),
      );
    }
    const row = await records.tx
      .insertInto('implementer_assignments')
      .values({
        district_id: call.actor.districtId,
        student_id: input.studentId,
        staff_id: input.staffId,
        iep_id: input.iepId,
        role: input.role,
        whole_iep: services.length === 0,
        services,
        starts_on: input.startsOn ?? records.asOf,
        responsibility: input.responsibility ?? '',
        assigned_by: call.actor.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { outboxId } = await notifyStaff(records, {
      staffId: input.staffId,
      studentId: input.studentId,
      kind: 'assigned',
      subjectId: row.id,
    });
    await records.log([input.studentId], 'implementer-assignment', 'create', 'assign-implementer');
    const created = (await loadAssignments(records.tx, [input.iepId])).find(
      (a) => a.id === row.id,
    )!;
    return { view: presentAssignment(created), outboxId };
  });
  await deliverNotificationEmails(call, [outboxId]);
  return view;
}
