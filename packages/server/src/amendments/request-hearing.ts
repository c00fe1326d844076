import type { Call } from '../http/call.ts';
import type { AmendmentView, HearingRequestInput } from './schemas.ts';
import { takeParentsStep } from './step.ts';

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
  return takeParentsStep(call, {
    studentId: input.studentId,
    requestId: input.requestId,
    to: 'hearing-requested',
    field: 'requestedOn',
    receivedOn: input.requestedOn,
    changes: (on) => ({ hearing_requested_on: on }),
    purpose: 'request-amendment-hearing',
    refusal:
      "The child's parent requests the hearing; the privacy officer or a district administrator records a request received another way.",
  });
}
