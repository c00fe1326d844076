import { withStudentRecords } from '../access/student-records.ts';
import { InvalidInputError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { grantAmendments, isParentOf, mayActForParent } from './access.ts';
import { readAmendment } from './read-amendment.ts';
import type { AmendmentView, HearingRequestInput } from './schemas.ts';
import { takeAmendmentStep } from './step.ts';

/**
 * The parent requests a hearing to challenge a refusal (PSN, Opportunity for a Hearing, 34 CFR
 * 300.619): online, today, for their own child; or the privacy officer or a district
 * administrator records a request received another way, on the day it was received. Only a
 * refused request may be heard (the rules refuse any other, with the passage).
 */
export async function requestHearing(
  call: Call,
  input: HearingRequestInput & { studentId: string; requestId: string },
): Promise<AmendmentView> {
  return withStudentRecords(call, async (records) => {
    const { studentId, requestId } = input;
    const grant = await grantAmendments(
      records,
      studentId,
      'update',
      'request-amendment-hearing',
      mayActForParent,
      "The child's parent requests the hearing; the privacy officer or a district administrator records a request received another way.",
    );
    const parent = isParentOf(grant);
    if (parent && input.requestedOn !== undefined)
      throw new InvalidInputError([
        { path: 'requestedOn', message: 'is recorded by the district, not sent by a parent' },
      ]);
    const on = parent ? records.asOf : input.requestedOn;
    if (on === undefined)
      throw new InvalidInputError([{ path: 'requestedOn', message: 'required' }]);
    await takeAmendmentStep(records, {
      studentId,
      requestId,
      to: 'hearing-requested',
      on,
      field: 'requestedOn',
      purpose: 'request-amendment-hearing',
      changes: { hearing_requested_on: on },
    });
    return readAmendment(records, grant, requestId);
  });
}
