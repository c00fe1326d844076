import { withStudentRecords } from '../access/student-records.ts';
import { InvalidInputError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { recordCaseEvent } from '../timelines/case-events.ts';
import { mayActForParent } from './access.ts';
import { requestRows, requestSource, toRequestView } from './present.ts';
import { requesterOf } from './requester.ts';
import type { RecordsRequestInput, RecordsRequestView } from './schemas.ts';

/**
 * A request to inspect and review the child's education records (PSN, Access Rights, 34 CFR
 * 300.613): a parent asks for their own child, online, today; the privacy officer or a
 * district administrator records a request received on paper, in person, by e-mail or phone,
 * from any parent of the child, a parent's representative, or the student. The rules decide
 * whether the requester may inspect (`checkInspectionRequest`: a recorded limit on authority,
 * a representative without authorization, a student under 18 are refused with the citation).
 * The request records the `records-request` case event in the same transaction, so the
 * `records-inspection` deadline (45 calendar days, and before any meeting) is derived from it.
 */
export async function requestInspection(
  call: Call,
  input: RecordsRequestInput & { studentId: string },
): Promise<RecordsRequestView> {
  return withStudentRecords(call, async (records) => {
    const { studentId } = input;
    const grant = await records.grantIf(
      studentId,
      'records-request',
      'create',
      'request-records-inspection',
      mayActForParent,
      "The child's parent asks to inspect the records; the privacy officer or a district administrator records a request received another way.",
    );
    if (!input.inspect && !input.explanations && !input.copies)
      throw new InvalidInputError([
        { path: 'inspect', message: 'say what is asked: inspect, explanations or copies' },
      ]);
    const who = await requesterOf(records, grant, input);
    const eventId = await recordCaseEvent(records, {
      studentId,
      type: 'records-request',
      on: who.receivedOn,
      field: 'receivedOn',
      source: requestSource,
      sourceId: null,
    });
    const row = await records.tx
      .insertInto('records_requests')
      .values({
        district_id: call.actor.districtId,
        student_id: studentId,
        requester_kind: who.kind,
        guardian_id: who.guardianId,
        representative_name: who.representativeName,
        authorization_recorded_on: who.authorizationRecordedOn,
        received_on: who.receivedOn,
        channel: who.channel,
        inspect: input.inspect,
        explanations: input.explanations,
        copies: input.copies,
        request_event_id: eventId,
        recorded_by: call.actor.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The event names its request, so voiding or reading it leads back here.
    await records.tx
      .updateTable('case_events')
      .set({ source_id: row.id })
      .where('id', '=', eventId)
      .execute();
    await records.log(
      [studentId],
      ['records-request', 'case-timeline'],
      'create',
      'request-records-inspection',
    );
    return toRequestView(
      await requestRows(records.tx).where('r.id', '=', row.id).executeTakeFirstOrThrow(),
    );
  });
}
