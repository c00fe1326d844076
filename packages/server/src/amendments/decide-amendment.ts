import { withStudentRecords } from '../access/student-records.ts';
import { InvalidInputError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { handlesRecordRights } from '../records-requests/access.ts';
import { deliverNotices } from './deliver.ts';
import { readAmendment } from './read-amendment.ts';
import type { AmendmentView, DecisionInput } from './schemas.ts';
import { takeAmendmentStep } from './step.ts';

/**
 * The district's decision on a request, by the privacy officer or a district administrator
 * (PSN, Amendment of Records at Parent's Request, 34 CFR 300.618(b)-(c)): amend the information
 * (saying what was changed), or refuse (saying why). A refusal owes the parent notice of it and
 * of the right to a hearing (the rules' `refusal-and-hearing-right`): it is queued to the
 * parent's e-mail and shown on the child's amendments page with the form to request the hearing.
 */
export async function decideAmendment(
  call: Call,
  input: DecisionInput & { studentId: string; requestId: string },
): Promise<AmendmentView> {
  const outcome = await withStudentRecords(call, async (records) => {
    const { studentId, requestId } = input;
    const grant = await records.grantIf(
      studentId,
      'amendment',
      'update',
      'decide-amendment',
      handlesRecordRights,
      'The privacy officer or a district administrator decides on a request to amend the records.',
    );
    const amended = input.decision === 'amended';
    // What was changed goes with an amendment, the reason with a refusal; never the other.
    const needed = amended ? 'amendmentMade' : 'refusalReason';
    const other = amended ? 'refusalReason' : 'amendmentMade';
    const problems = [
      ...(input[needed] === undefined ? [{ path: needed, message: 'required' }] : []),
      ...(input[other] !== undefined
        ? [{ path: other, message: `does not apply when the request is ${input.decision}` }]
        : []),
    ];
    if (problems.length) throw new InvalidInputError(problems);
    const outbox = await takeAmendmentStep(records, {
      studentId,
      requestId,
      to: input.decision,
      on: input.decidedOn,
      field: 'decidedOn',
      purpose: 'decide-amendment',
      changes: {
        decided_on: input.decidedOn,
        decided_by: call.actor.accountId,
        decision_reason: input.refusalReason ?? null,
        amendment_made: input.amendmentMade ?? null,
      },
    });
    return { view: await readAmendment(records, grant, requestId), outbox };
  });
  return deliverNotices(call, outcome);
}
