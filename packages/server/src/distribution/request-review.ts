import { distribution } from '@continuum/rules';
import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, RefusedError } from '../errors.ts';
import { isUniqueViolation } from '../db/sql-errors.ts';
import { refuse } from './access.ts';
import { deliverNotificationEmails, notifyStaff } from './notify-staff.ts';
import type { ReviewRequestInput, ReviewRequestView } from './schemas.ts';
import { loadAssignments, loadIepInEffect, loadRequests, presentRequest } from './present.ts';
import { givesAccess, reviewingTeachers } from './reviewers.ts';

const CLOSED_BY_REVIEW =
  'It stays open until the teacher or provider records the review that answers it.';

/**
 * A paraprofessional implementing the IEP asks a teacher or provider implementing it to review
 * the IEP with them (PREK, Accessibility and Storage: "The paraprofessional(s) must be given the
 * opportunity to review the IEP upon request"). The teacher is notified (a notification, and an
 * e-mail naming no student); the request stays open until they record the review.
 */
export async function requestReview(
  call: Call,
  input: ReviewRequestInput & { studentId: string; iepId: string },
): Promise<ReviewRequestView> {
  const { view, outboxId } = await withStudentRecords(call, async (records) => {
    await records.grant(input.studentId, 'iep-review', 'create', 'request-iep-review');
    const { current } = await loadIepInEffect(records, input.studentId, input.iepId);
    const assignments = await loadAssignments(records.tx, [input.iepId]);
    const own = assignments.find(
      (a) =>
        a.staff_id === call.actor.staffId &&
        a.role === 'paraprofessional' &&
        givesAccess(a, records.asOf),
    );
    if (!own) {
      refuse(
        records,
        input.studentId,
        'iep-review',
        'create',
        'request-iep-review',
        'Only a paraprofessional implementing this IEP asks for a review of it.',
      );
    }
    const teacher = reviewingTeachers(assignments, records.asOf).find(
      (t) => t.staffId === input.teacherStaffId,
    );
    if (!current || !teacher) {
      throw new RefusedError(
        'This request cannot be sent: the problem is listed with its field.',
        distribution.IMPLEMENTERS_CITATION,
        [
          {
            path: 'teacherStaffId',
            message: current
              ? 'Choose a teacher or provider implementing this IEP now. (PREK, Accessibility and Storage)'
              : 'This IEP has given way to a later one; ask about the IEP in effect.',
          },
        ],
      );
    }
    const open = (await loadRequests(records.tx, [input.iepId])).find(
      (q) => q.assignment_id === own.id && q.closed_at === null,
    );
    if (open) {
      throw new ConflictError(
        `You have already asked for a review of this IEP. ${CLOSED_BY_REVIEW}`,
        presentRequest(open),
      );
    }
    let id: string;
    try {
      ({ id } = await records.tx
        .insertInto('review_requests')
        .values({
          district_id: call.actor.districtId,
          student_id: input.studentId,
          iep_id: input.iepId,
          assignment_id: own.id,
          teacher_staff_id: teacher.staffId,
          note: input.note ?? '',
        })
        .returning('id')
        .executeTakeFirstOrThrow());
    } catch (error) {
      if (isUniqueViolation(error, 'review_requests_one_open')) {
        throw new ConflictError(
          `You have already asked for a review of this IEP. ${CLOSED_BY_REVIEW}`,
        );
      }
      throw error;
    }
    const { outboxId } = await notifyStaff(records, {
      staffId: teacher.staffId,
      studentId: input.studentId,
      kind: 'review-requested',
      subjectId: id,
    });
    await records.log([input.studentId], 'iep-review', 'create', 'request-iep-review');
    const row = (await loadRequests(records.tx, [input.iepId])).find((q) => q.id === id)!;
    return { view: presentRequest(row), outboxId };
  });
  await deliverNotificationEmails(call, [outboxId]);
  return view;
}
