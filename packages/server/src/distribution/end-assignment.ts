import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { grantManageImplementers } from './access.ts';
import { deliverNotificationEmails, notifyStaff } from './notify-staff.ts';
import type { AssignmentView, EndAssignmentInput } from './schemas.ts';
import { loadAssignments, loadIepInEffect, presentAssignment } from './present.ts';

/**
 * Ends an implementer's assignment, saying why. Access ends at once: the access policy grants
 * 'implementer' only through assignments that have not ended, so the person's next request for
 * the student is answered 404 (unless another relationship holds). The person is notified.
 */
export async function endAssignment(
  call: Call,
  input: EndAssignmentInput & { studentId: string; iepId: string; assignmentId: string },
): Promise<AssignmentView> {
  const { view, outboxId } = await withStudentRecords(call, async (records) => {
    await grantManageImplementers(records, input.studentId, 'update', 'end-assignment');
    await loadIepInEffect(records, input.studentId, input.iepId);
    const find = async () =>
      (await loadAssignments(records.tx, [input.iepId])).find((a) => a.id === input.assignmentId);
    const assignment = await find();
    if (!assignment) throw new NotFoundError('assignment');
    const ended = await records.tx
      .updateTable('implementer_assignments')
      .set({ ended_at: new Date(), ended_by: call.actor.accountId, end_reason: input.reason })
      .where('id', '=', input.assignmentId)
      .where('ended_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!ended) {
      throw new ConflictError('This assignment has already ended.', presentAssignment(assignment));
    }
    const { outboxId } = await notifyStaff(records, {
      staffId: assignment.staff_id,
      studentId: input.studentId,
      kind: 'assignment-ended',
      subjectId: assignment.id,
    });
    await records.log([input.studentId], 'implementer-assignment', 'update', 'end-assignment');
    return { view: presentAssignment((await find())!), outboxId };
  });
  await deliverNotificationEmails(call, [outboxId]);
  return view;
}
