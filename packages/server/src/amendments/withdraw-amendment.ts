import type { Call } from '../http/call.ts';
import type { AmendmentView, WithdrawInput } from './schemas.ts';
import { takeParentsStep } from './step.ts';

/**
 * The parent withdraws their request, before the decision or before the hearing's outcome (the
 * request is theirs to make, so theirs to drop: docs/records.md, Interpretations): online,
 * today, or recorded by the privacy officer or a district administrator on the day received.
 */
export async function withdrawAmendment(
  call: Call,
  input: WithdrawInput & { studentId: string; requestId: string },
): Promise<AmendmentView> {
  return takeParentsStep(call, {
    studentId: input.studentId,
    requestId: input.requestId,
    to: 'withdrawn',
    field: 'withdrawnOn',
    receivedOn: input.withdrawnOn,
    changes: (on) => ({ withdrawn_on: on }),
    purpose: 'withdraw-amendment',
    refusal:
      "The child's parent withdraws the request; the privacy officer or a district administrator records a withdrawal received another way.",
  });
}
