import { records as rules } from '@continuum/rules';
import { withStudentRecords } from '../access/student-records.ts';
import { InvalidInputError, NotFoundError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { handlesRecordRights } from '../records-requests/access.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';
import { feeScheduleOn } from './fee-schedule.ts';
import { loadCopies } from './present.ts';
import type { RecordCopyInput, RecordCopyView } from './schemas.ts';

/**
 * Records a copy of the child's records made for a request (PSN, Access Rights, 300.613(b)(2):
 * copies when the parent cannot effectively inspect without them; Fees, 300.617), by the
 * privacy officer or a district administrator. The fee is the rules' `copyFee`: the pages times
 * the district's per-page fee in force that day (none set: free), never anything for search or
 * retrieval, and waived when the parent says they cannot pay ("never one that prevents
 * access"). A copy is kept with its request: a withdrawn request takes none.
 */
export async function recordCopy(
  call: Call,
  input: RecordCopyInput & { studentId: string; requestId: string },
): Promise<RecordCopyView> {
  return withStudentRecords(call, async (records) => {
    const { studentId, requestId } = input;
    await records.grantIf(
      studentId,
      'records-request',
      'create',
      'record-records-copy',
      handlesRecordRights,
      'The privacy officer or a district administrator records the copies made for a request.',
    );
    const request = await records.tx
      .selectFrom('records_requests')
      .where('id', '=', requestId)
      .where('student_id', '=', studentId)
      .select(['status', 'received_on'])
      .executeTakeFirst();
    if (!request) throw new NotFoundError('records request');
    if (request.status === 'withdrawn')
      throw new RefusedError(
        'The request was withdrawn: no copies are made for it.',
        rules.RECORDS_CITATIONS.access,
        [{ path: 'madeOn', message: 'The request was withdrawn.' }],
      );
    refuseFutureDates(records, { madeOn: input.madeOn });
    if (input.madeOn < request.received_on)
      throw new InvalidInputError([
        {
          path: 'madeOn',
          message: `cannot be before the request was received (${request.received_on})`,
        },
      ]);
    const schedule = await feeScheduleOn(records.tx, input.madeOn);
    const perPage = schedule?.copy_per_page_cents ?? 0;
    const fee = rules.copyFee({
      schedule: [{ kind: 'copy-per-page', cents: perPage }],
      pages: input.pages,
      feePreventsAccess: input.feePreventsAccess,
    });
    const row = await records.tx
      .insertInto('record_copies')
      .values({
        district_id: call.actor.districtId,
        student_id: studentId,
        request_id: requestId,
        made_on: input.madeOn,
        pages: input.pages,
        per_page_cents: perPage,
        fee_waived: input.feePreventsAccess,
        fee_cents: fee.owedCents,
        recorded_by: call.actor.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await records.log([studentId], 'records-request', 'create', 'record-records-copy');
    const copies = (await loadCopies(records.tx, [requestId])).get(requestId) ?? [];
    return copies.find((c) => c.id === row.id)!;
  });
}
