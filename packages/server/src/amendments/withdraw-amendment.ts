import { withStudentRecords } from '../access/student-records.ts';
import { InvalidInputError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { grantAmendments, isParentOf, mayActForParent } from './access.ts';
import { readAmendment } from './read-amendment.ts';
import type { AmendmentView, WithdrawInput } from './schemas.ts';
import { takeAmendmentStep } from './step.ts';

/**
 * The parent withdraws their request, before the decision or before the hearing's outcome (the
 * request is theirs to make, so theirs to drop: docs/records.md, Interpretations): online,
 * today, or recorded by the privacy officer or a district administrator on the day received.
 */
export async function withdrawAmendment(
  call: Call,
  input: WithdrawInput & { studentId: string; requestId: string },
): Promise<AmendmentView> {
  return withStudentRecords(call, async (records) => {
    const { studentId, requestId } = input;
    const grant = await grantAmendments(
      records,
      studentId,
      'update',
      'withdraw-amendment',
      mayActForParent,
      "The child's parent withdraws the request; the privacy officer or a district administrator records a withdrawal received another way.",
    );
    const parent = isParentOf(grant);
    if (parent && input.withdrawnOn !== undefined)
      throw new InvalidInputError([
        { path: 'withdrawnOn', message: 'is recorded by the district, not sent by a parent' },
      ]);
    const on = parent ? records.asOf : input.withdrawnOn;
    if (on === undefined)
      throw new InvalidInputError([{ path: 'withdrawnOn', message: 'required' }]);
    await takeAmendmentStep(records, {
      studentId,
      requestId,
      to: 'withdrawn',
      on,
      field: 'withdrawnOn',
      purpose: 'withdraw-amendment',
      changes: { withdrawn_on: on },
    });
    return readAmendment(records, grant, requestId);
  });
}
