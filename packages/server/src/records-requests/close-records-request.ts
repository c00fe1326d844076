import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { recordCaseEvent, refuseFutureDates, voidCaseEvents } from '../timelines/case-events.ts';
import { handlesRecordRights } from './access.ts';
import { requestRows, requestSource, toRequestView } from './present.ts';
import type { ProvideInput, RecordsRequestView, WithdrawInput } from './schemas.ts';

export type CloseInput =
  ({ outcome: 'provided' } & ProvideInput) | ({ outcome: 'withdrawn' } & WithdrawInput);

/**
 * Closes an open request, by the privacy officer or a district administrator: the records were
 * provided (recording `records-inspection-provided`, which meets the `records-inspection`
 * deadline, on the day and how: inspected, explained, copies given), or the requester withdrew
 * it (the request's event is voided, so no deadline is owed). A request is closed once (409).
 */
export async function closeRecordsRequest(
  call: Call,
  input: CloseInput & { studentId: string; requestId: string },
): Promise<RecordsRequestView> {
  const outcome = await withStudentRecords(call, async (records) => {
    const { studentId, requestId } = input;
    const purpose =
      input.outcome === 'provided' ? 'provide-records-inspection' : 'withdraw-records-request';
    await records.grantIf(
      studentId,
      'records-request',
      'update',
      purpose,
      handlesRecordRights,
      'The privacy officer or a district administrator closes a records request.',
    );
    // Locked, so two closings of one request cannot both record their event.
    const locked = await records.tx
      .selectFrom('records_requests')
      .where('id', '=', requestId)
      .where('student_id', '=', studentId)
      .select('id')
      .forUpdate()
      .executeTakeFirst();
    if (!locked) throw new NotFoundError('records request');
    const current = await requestRows(records.tx)
      .where('r.id', '=', requestId)
      .executeTakeFirstOrThrow();
    if (current.status !== 'requested') {
      await records.log([studentId], 'records-request', 'read', purpose);
      return { conflict: toRequestView(current) };
    }
    const on = input.outcome === 'provided' ? input.providedOn : input.withdrawnOn;
    const field = input.outcome === 'provided' ? 'providedOn' : 'withdrawnOn';
    refuseFutureDates(records, { [field]: on });
    if (on < current.received_on)
      throw new InvalidInputError([
        {
          path: field,
          message: `cannot be before the request was received (${current.received_on})`,
        },
      ]);
    let providedEventId: string | null = null;
    if (input.outcome === 'provided')
      providedEventId = await recordCaseEvent(records, {
        studentId,
        type: 'records-inspection-provided',
        on,
        field,
        source: requestSource,
        sourceId: requestId,
      });
    else
      await voidCaseEvents(
        records,
        studentId,
        { source: requestSource, sourceId: requestId },
        'The records request was withdrawn.',
      );
    await records.tx
      .updateTable('records_requests')
      .set({
        status: input.outcome,
        ...(input.outcome === 'provided'
          ? {
              provided_on: on,
              provided_how: input.how,
              provided_event_id: providedEventId,
              // Explanations and interpretations given with the records (300.613(b)(1)).
              ...(input.explanationsGiven
                ? { explanations_given_on: on, explanations_given_by: call.actor.accountId }
                : {}),
            }
          : { withdrawn_on: on }),
        closed_by: call.actor.accountId,
      })
      .where('id', '=', requestId)
      .execute();
    await records.log([studentId], ['records-request', 'case-timeline'], 'update', purpose);
    const row = await requestRows(records.tx)
      .where('r.id', '=', requestId)
      .executeTakeFirstOrThrow();
    return { closed: toRequestView(row) };
  });
  if ('conflict' in outcome)
    throw new ConflictError('This records request was already closed.', outcome.conflict);
  return outcome.closed;
}
