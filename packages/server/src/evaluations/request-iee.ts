import { withStudentRecords } from '../access/student-records.ts';
import { InvalidInputError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { grantEvaluationChange } from './evaluation-gates.ts';
import { ieeColumns, toIeeRequest } from './get-evaluation.ts';
import type { IeeRequestInput, IeeRequestView } from './schemas.ts';

const CITATION = 'PSN, Independent Educational Evaluations (34 CFR 300.502; 8 NYCRR 200.5(g))';

/**
 * Records a parent's request for an independent educational evaluation at public expense,
 * because they disagree with one of the district's evaluations. The parent is entitled to one
 * at public expense each time the district conducts an evaluation they disagree with, so a
 * second request about the same evaluation is refused (PSN, Parent right to evaluation at
 * public expense). The district may ask why, but may not require an explanation.
 */
export async function requestIee(
  call: Call,
  input: IeeRequestInput & { studentId: string },
): Promise<IeeRequestView> {
  return withStudentRecords(call, async (records) => {
    await grantEvaluationChange(records, input.studentId, 'create', 'record-iee-request');
    const { tx } = records;
    const evaluation = await tx
      .selectFrom('evaluations')
      .where('student_id', '=', input.studentId)
      .where('id', '=', input.evaluationId)
      .select('id')
      .executeTakeFirst();
    if (!evaluation) {
      throw new InvalidInputError([
        { path: 'evaluationId', message: 'is not an evaluation of this student' },
      ]);
    }
    const earlier = await tx
      .selectFrom('iee_requests')
      .where('evaluation_id', '=', input.evaluationId)
      .select('id')
      .executeTakeFirst();
    if (earlier) {
      throw new RefusedError(
        'The parent has already requested an independent educational evaluation at public expense of this evaluation. A parent is entitled to only one at public expense each time the district conducts an evaluation they disagree with; a new district evaluation opens a new right.',
        CITATION,
        [{ path: 'evaluationId', message: 'already has an IEE request' }],
      );
    }
    const row = await tx
      .insertInto('iee_requests')
      .values({
        district_id: call.actor.districtId,
        student_id: input.studentId,
        evaluation_id: input.evaluationId,
        received_on: input.receivedOn,
        disagreement: input.disagreement ?? null,
        response: null,
        responded_on: null,
        created_by: call.actor.accountId,
      })
      .returning(ieeColumns)
      .executeTakeFirstOrThrow();
    await records.log([input.studentId], 'evaluation', 'create', 'record-iee-request');
    return toIeeRequest(row, records.asOf);
  });
}
