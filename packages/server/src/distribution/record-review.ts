import { distribution } from '@continuum/rules';
import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { RefusedError } from '../errors.ts';
import type { FieldIssue } from '../errors.ts';
import { refuse } from './access.ts';
import type { ReviewInput, ReviewView } from './schemas.ts';
import { loadAssignments, loadIepInEffect, loadReviews, presentReview } from './present.ts';
import { reviewableAssignments } from './reviewers.ts';

/**
 * Records that the IEP in effect was reviewed with one implementer and their responsibilities
 * explained (PREK, Accessibility and Storage): by the program leader or designee with a
 * teacher or provider, or by a teacher or provider implementing the IEP with a paraprofessional.
 * A paraprofessional's open request is answered (closed) by it, in the same transaction. The
 * implementer then confirms it themselves.
 */
export async function recordReview(
  call: Call,
  input: ReviewInput & { studentId: string; iepId: string },
): Promise<ReviewView> {
  return withStudentRecords(call, async (records) => {
    const denied = (message: string): never =>
      refuse(records, input.studentId, 'iep-review', 'create', 'record-iep-review', message);
    const grant = await records.grant(input.studentId, 'iep-review', 'create', 'record-iep-review');
    if (!grant.abilities.recordReviews) {
      denied(
        'Only the program leader or their designee, or a teacher or provider implementing this IEP, records a review of it.',
      );
    }
    const { current } = await loadIepInEffect(records, input.studentId, input.iepId);
    const assignments = await loadAssignments(records.tx, [input.iepId]);
    const assignment = assignments.find((a) => a.id === input.assignmentId && a.ended_at === null);
    const fields: FieldIssue[] = [];
    if (!assignment) {
      fields.push({
        path: 'assignmentId',
        message: 'Choose a current implementer of this IEP.',
      });
    } else if (
      !reviewableAssignments(grant, call.actor, assignments, records.asOf).includes(assignment)
    ) {
      denied(
        distribution.reviewKindFor(assignment.role) === 'leader-with-implementer'
          ? 'The program leader or their designee reviews the IEP with teachers and providers. (PREK, Accessibility and Storage)'
          : 'A teacher or provider implementing this IEP reviews it with paraprofessionals. (PREK, Accessibility and Storage)',
      );
    }
    if (!current) {
      fields.push({
        path: 'assignmentId',
        message: 'This IEP has given way to a later one; review the IEP in effect.',
      });
    }
    if (input.reviewedOn > records.asOf) {
      fields.push({ path: 'reviewedOn', message: 'A review cannot be dated after today.' });
    }
    if (fields.length > 0 || !assignment || !current) {
      throw new RefusedError(
        'This review cannot be recorded: each problem is listed with its field.',
        distribution.IMPLEMENTERS_CITATION,
        fields,
      );
    }
    const kind = distribution.reviewKindFor(assignment.role);
    const row = await records.tx
      .insertInto('iep_reviews')
      .values({
        district_id: call.actor.districtId,
        student_id: input.studentId,
        iep_id: input.iepId,
        iep_version_id: current.id,
        assignment_id: assignment.id,
        kind,
        reviewed_on: input.reviewedOn,
        reviewed_by: call.actor.staffId!,
        responsibilities: input.responsibilities,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (kind === 'teacher-with-paraprofessional') {
      // "The paraprofessional(s) must be given the opportunity to review the IEP upon request":
      // this review answers the open request.
      await records.tx
        .updateTable('review_requests')
        .set({ review_id: row.id, closed_at: new Date() })
        .where('assignment_id', '=', assignment.id)
        .where('closed_at', 'is', null)
        .execute();
    }
    await records.log([input.studentId], 'iep-review', 'create', 'record-iep-review');
    const review = (await loadReviews(records.tx, [input.iepId])).find((r) => r.id === row.id)!;
    return presentReview(review);
  });
}
