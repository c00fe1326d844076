import { withStudentRecords } from '../access/student-records.ts';
import { InvalidInputError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { handlesRecordRights } from '../records-requests/access.ts';
import { deliverNotices } from './deliver.ts';
import { readAmendment } from './read-amendment.ts';
import type { AmendmentView, HearingOutcomeInput } from './schemas.ts';
import { takeAmendmentStep } from './step.ts';

/**
 * The hearing's result, recorded by the privacy officer or a district administrator (PSN,
 * Result of Hearing and Hearing Procedures, 34 CFR 300.620-300.621): the day it was held, who
 * heard it, the day of the decision and its summary (the decision is based on the evidence at
 * the hearing, with its reasons). Amended: the information is changed (saying what) and the
 * parent informed in writing. Kept: the parent is told of the right to place a statement in the
 * records. Both notices are queued to the parent's e-mail and shown on the page.
 */
export async function recordHearingOutcome(
  call: Call,
  input: HearingOutcomeInput & { studentId: string; requestId: string },
): Promise<AmendmentView> {
  const outcome = await withStudentRecords(call, async (records) => {
    const { studentId, requestId } = input;
    const grant = await records.grantIf(
      studentId,
      'amendment',
      'update',
      'record-amendment-hearing',
      handlesRecordRights,
      "The privacy officer or a district administrator records the hearing's outcome.",
    );
    const amended = input.outcome === 'amended';
    if (amended !== (input.amendmentMade !== undefined))
      throw new InvalidInputError([
        {
          path: 'amendmentMade',
          message: amended ? 'required' : 'does not apply when the hearing kept the information',
        },
      ]);
    if (input.decidedOn < input.heldOn)
      throw new InvalidInputError([
        { path: 'decidedOn', message: 'cannot be before the hearing was held' },
      ]);
    const outbox = await takeAmendmentStep(records, {
      studentId,
      requestId,
      to: amended ? 'hearing-amended' : 'hearing-kept',
      // The step is the hearing's decision; the hearing itself is held on or after the request.
      on: input.decidedOn,
      field: 'decidedOn',
      dates: { heldOn: input.heldOn },
      purpose: 'record-amendment-hearing',
      changes: {
        hearing_held_on: input.heldOn,
        heard_by: input.heardBy,
        hearing_decided_on: input.decidedOn,
        hearing_summary: input.summary,
        ...(amended ? { amendment_made: input.amendmentMade ?? null } : {}),
      },
    });
    return { view: await readAmendment(records, grant, requestId), outbox };
  });
  return deliverNotices(call, outcome);
}
