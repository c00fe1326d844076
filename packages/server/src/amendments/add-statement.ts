import { mayAddStatement } from '@continuum/rules/records/index.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { InvalidInputError, NotFoundError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { refuseDistrictFields } from '../records-requests/requester.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';
import { isParentOf, mayActForParent } from '../records-requests/access.ts';
import { readAmendment } from './read-amendment.ts';
import { ownGuardianId } from '../records-requests/requester.ts';
import type { AmendmentView, StatementInput } from './schemas.ts';

/**
 * The parent's statement commenting on the information or giving their reasons for disagreeing
 * with the hearing's decision (PSN, Result of Hearing, 34 CFR 300.620(b)): allowed only after a
 * hearing kept the information (the rules' `mayAddStatement`; otherwise 422 with the passage).
 * It is attached to the record the request challenged, kept as long as that record is kept
 * (only inserted: the app may not change or remove it), and disclosed whenever the record is
 * (amendments/statements.ts). The parent places it online, today; the privacy officer or a
 * district administrator records one received on paper, in person or by e-mail.
 */
export async function addStatement(
  call: Call,
  input: StatementInput & { studentId: string; requestId: string },
): Promise<AmendmentView> {
  return withStudentRecords(call, async (records) => {
    const { studentId, requestId } = input;
    const grant = await records.grantIf(
      studentId,
      'amendment',
      'create',
      'add-amendment-statement',
      mayActForParent,
      "The child's parent places a statement in the records; the privacy officer or a district administrator records one received another way.",
    );
    const parent = isParentOf(grant);
    const districtFields = ['receivedOn', 'channel'] as const;
    if (parent) refuseDistrictFields(input, districtFields);
    else {
      const missing = districtFields.filter((f) => input[f] === undefined);
      if (missing.length)
        throw new InvalidInputError(missing.map((path) => ({ path, message: 'required' })));
      if (input.channel === 'online')
        throw new InvalidInputError([
          { path: 'channel', message: 'online statements are placed by the parent' },
        ]);
      refuseFutureDates(records, { receivedOn: input.receivedOn });
    }
    // Locked: the request's state cannot change while its statement is placed.
    const request = await records.tx
      .selectFrom('amendment_requests')
      .where('id', '=', requestId)
      .where('student_id', '=', studentId)
      .select(['status', 'record_type', 'guardian_id', 'hearing_decided_on'])
      .forUpdate()
      .executeTakeFirst();
    if (!request) throw new NotFoundError('amendment request');
    const may = mayAddStatement(request.status);
    if (!may.allowed) {
      await records.log([studentId], 'amendment', 'read', 'add-amendment-statement');
      const message =
        'A statement is placed in the records after a hearing that kept the information. This request has no such outcome.';
      throw new RefusedError(message, may.citation, [{ path: 'statement', message }]);
    }
    const receivedOn = parent ? records.asOf : (input.receivedOn ?? records.asOf);
    if (request.hearing_decided_on !== null && receivedOn < request.hearing_decided_on)
      throw new InvalidInputError([
        {
          path: 'receivedOn',
          message: `cannot be before the hearing's decision (${request.hearing_decided_on})`,
        },
      ]);
    await records.tx
      .insertInto('amendment_statements')
      .values({
        district_id: call.actor.districtId,
        student_id: studentId,
        amendment_request_id: requestId,
        record_type: request.record_type,
        statement: input.statement,
        guardian_id: parent ? await ownGuardianId(records, studentId) : request.guardian_id,
        received_on: receivedOn,
        channel: parent ? 'online' : (input.channel ?? 'paper'),
        added_by: call.actor.accountId,
      })
      .execute();
    await records.log([studentId], 'amendment', 'create', 'add-amendment-statement');
    return readAmendment(records, grant, requestId);
  });
}
