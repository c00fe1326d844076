import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, NotFoundError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { grantEvaluationChange } from './evaluation-gates.ts';
import { ieeColumns, toIeeRequest } from './get-evaluation.ts';
import type { IeeRequestView, IeeResponseInput } from './schemas.ts';

const CITATION =
  'PSN, Independent Educational Evaluations, Parent right to evaluation at public expense';

/**
 * Records the district's answer to an IEE request, which it must give without unnecessary
 * delay: file a due process complaint to show its evaluation is appropriate, or ensure the
 * IEE is provided at public expense (PSN, Parent right to evaluation at public expense).
 */
export async function respondToIeeRequest(
  call: Call,
  input: IeeResponseInput & { studentId: string; ieeRequestId: string },
): Promise<IeeRequestView> {
  const outcome = await withStudentRecords(call, async (records) => {
    await grantEvaluationChange(records, input.studentId, 'update', 'respond-to-iee-request');
    const { tx } = records;
    const request = await tx
      .selectFrom('iee_requests')
      .where('student_id', '=', input.studentId)
      .where('id', '=', input.ieeRequestId)
      .select(ieeColumns)
      .forUpdate()
      .executeTakeFirst();
    if (!request) throw new NotFoundError('IEE request');
    if (request.version !== input.version) {
      await records.log([input.studentId], 'evaluation', 'read', 'show-current-after-conflict');
      return { conflict: toIeeRequest(request, records.asOf) };
    }
    if (request.response !== null) {
      throw new RefusedError(
        'The district has already answered this request. Its answer is part of the record.',
        CITATION,
      );
    }
    if (input.respondedOn < request.received_on) {
      throw new RefusedError('The answer cannot come before the request was received.', CITATION, [
        { path: 'respondedOn', message: 'is before the request was received' },
      ]);
    }
    const row = await tx
      .updateTable('iee_requests')
      .set((eb) => ({
        response: input.response,
        responded_on: input.respondedOn,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', input.ieeRequestId)
      .returning(ieeColumns)
      .executeTakeFirstOrThrow();
    await records.log([input.studentId], 'evaluation', 'update', 'respond-to-iee-request');
    return { updated: toIeeRequest(row, records.asOf) };
  });
  if ('conflict' in outcome) {
    throw new ConflictError(
      'Someone else changed this request since you opened it. Review the current record and try again.',
      outcome.conflict,
    );
  }
  return outcome.updated;
}
