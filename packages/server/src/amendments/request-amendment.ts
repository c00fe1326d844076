import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { requesterOf } from '../records-requests/requester.ts';
import { mayActForParent } from '../records-requests/access.ts';
import { readAmendment } from './read-amendment.ts';
import type { AmendmentInput, AmendmentView } from './schemas.ts';

/**
 * A request to amend information in the child's education records that the requester believes
 * is inaccurate, misleading, or violates the child's privacy or other rights (PSN, Amendment of
 * Records at Parent's Request, 34 CFR 300.618(a)): a parent asks for their own child, online,
 * today; the privacy officer or a district administrator records a request received on paper,
 * in person, by e-mail or phone from any of the child's parents, or from the student of age.
 * The right to ask follows the right to inspect (one amends what one may see): the rules'
 * `checkInspectionRequest` refuses a parent whose recorded limit removes access, and a student
 * under 18, with the passage. The district decides within its reasonable period
 * (`DECISION_DAYS`, present.ts).
 */
export async function requestAmendment(
  call: Call,
  input: AmendmentInput & { studentId: string },
): Promise<AmendmentView> {
  return withStudentRecords(call, async (records) => {
    const { studentId } = input;
    const grant = await records.grantIf(
      studentId,
      'amendment',
      'create',
      'request-amendment',
      mayActForParent,
      "The child's parent asks to amend the records; the privacy officer or a district administrator records a request received another way.",
    );
    const who = await requesterOf(records, grant, input);
    // Who may ask was read: the student's age, or the parent's authority.
    await records.log(
      [studentId],
      who.kind === 'student' ? 'student-profile' : 'guardians',
      'read',
      'request-amendment',
    );
    const row = await records.tx
      .insertInto('amendment_requests')
      .values({
        district_id: call.actor.districtId,
        student_id: studentId,
        requester_kind: who.kind,
        guardian_id: who.guardianId,
        received_on: who.receivedOn,
        channel: who.channel,
        record_type: input.recordType,
        information: input.information,
        reason: input.reason,
        change_requested: input.changeRequested,
        status_on: who.receivedOn,
        recorded_by: call.actor.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await records.log([studentId], 'amendment', 'create', 'request-amendment');
    return readAmendment(records, grant, row.id);
  });
}
