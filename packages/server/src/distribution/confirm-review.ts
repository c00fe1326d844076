import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { refuse } from './access.ts';
import type { ReviewView } from './schemas.ts';
import { loadIepInEffect, loadReviews, presentReview } from './present.ts';

/**
 * The implementer confirms, in the product, that the IEP was reviewed with them and their
 * responsibilities explained (PREK, Accessibility and Storage). Only that person may: anyone
 * else who may see the student is refused (403, logged).
 */
export async function confirmReview(
  call: Call,
  input: { studentId: string; iepId: string; reviewId: string },
): Promise<ReviewView> {
  return withStudentRecords(call, async (records) => {
    await records.grant(input.studentId, 'iep-review', 'update', 'confirm-iep-review');
    await loadIepInEffect(records, input.studentId, input.iepId);
    const review = await records.tx
      .selectFrom('iep_reviews as r')
      .innerJoin('implementer_assignments as a', (j) =>
        j.onRef('a.district_id', '=', 'r.district_id').onRef('a.id', '=', 'r.assignment_id'),
      )
      .where('r.id', '=', input.reviewId)
      .where('r.iep_id', '=', input.iepId)
      .select(['r.id', 'a.staff_id'])
      .executeTakeFirst();
    if (!review) throw new NotFoundError('review');
    if (review.staff_id !== call.actor.staffId) {
      refuse(
        records,
        input.studentId,
        'iep-review',
        'update',
        'confirm-iep-review',
        'Only the implementer the IEP was reviewed with confirms the review.',
      );
    }
    const confirmed = await records.tx
      .updateTable('iep_reviews')
      .set({ confirmed_at: new Date() })
      .where('id', '=', input.reviewId)
      .where('confirmed_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    const row = (await loadReviews(records.tx, [input.iepId])).find(
      (r) => r.id === input.reviewId,
    )!;
    if (!confirmed)
      throw new ConflictError('This review is already confirmed.', presentReview(row));
    await records.log([input.studentId], 'iep-review', 'update', 'confirm-iep-review');
    return presentReview(row);
  });
}
