import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { requesterOf } from '../records-requests/requester.ts';
import { mayActForParent } from '../records-requests/access.ts';
import { destructionCaseOf } from './present.ts';
import type { DestructionCaseView, DestructionRequestInput } from './schemas.ts';

/**
 * A request to destroy the child's records ("the information must be destroyed at your
 * request", PSN, Destruction of Information, 34 CFR 300.624): the parent asks for their own
 * child, online, today; the privacy officer or a district administrator records a request
 * received on paper, in person, by e-mail or phone, from a parent of the child or the student
 * of age. Who may ask is who may inspect the records (`checkInspectionRequest`): a refusal is a
 * 422 with the citation. Recorded once (409 after). Running the destruction is another step,
 * the privacy officer's (destroy-records.ts).
 */
export async function requestDestruction(
  call: Call,
  input: DestructionRequestInput & { studentId: string },
): Promise<DestructionCaseView> {
  const outcome = await withStudentRecords(call, async (records) => {
    const { studentId } = input;
    const grant = await records.grantIf(
      studentId,
      'records-destruction',
      'create',
      'request-destruction',
      mayActForParent,
      "The child's parent asks for the destruction; the privacy officer or a district administrator records a request received another way.",
    );
    const who = await requesterOf(records, grant, input);
    const existing = await records.tx
      .selectFrom('destruction_cases')
      .where('student_id', '=', studentId)
      .select('requested_on')
      .forUpdate()
      .executeTakeFirst();
    if (existing?.requested_on) {
      await records.log([studentId], 'records-destruction', 'read', 'request-destruction');
      return { conflict: true as const };
    }
    const requested = {
      requested_on: who.receivedOn,
      request_channel: who.channel,
      requester_kind: who.kind,
      requester_guardian_id: who.guardianId,
      request_recorded_by: call.actor.accountId,
      request_recorded_at: new Date(),
    };
    if (existing)
      await records.tx
        .updateTable('destruction_cases')
        .set(requested)
        .where('student_id', '=', studentId)
        .execute();
    else
      await records.tx
        .insertInto('destruction_cases')
        .values({ district_id: call.actor.districtId, student_id: studentId, ...requested })
        .execute();
    await records.log([studentId], 'records-destruction', 'create', 'request-destruction');
    return { view: await destructionCaseOf(records, grant, studentId) };
  });
  if ('conflict' in outcome) throw new ConflictError('Destruction was already requested.');
  return outcome.view;
}
