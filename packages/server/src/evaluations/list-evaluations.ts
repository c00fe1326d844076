import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import {
  evaluationColumns,
  ieeColumns,
  toEvaluationSummary,
  toIeeRequest,
} from './get-evaluation.ts';
import type { EvaluationList } from './schemas.ts';

/** A student's evaluations, newest first, and every IEE request with the days it has been open. */
export async function listEvaluations(
  call: Call,
  input: { studentId: string },
): Promise<EvaluationList> {
  return withStudentRecords(call, async (records) => {
    const grant = await records.grant(input.studentId, 'evaluation', 'read', 'view-evaluations');
    const { tx } = records;
    const evaluations = await tx
      .selectFrom('evaluations')
      .where('student_id', '=', input.studentId)
      .select(evaluationColumns)
      .orderBy('created_at', 'desc')
      .execute();
    const iees = await tx
      .selectFrom('iee_requests')
      .where('student_id', '=', input.studentId)
      .select(ieeColumns)
      .orderBy('received_on', 'desc')
      .execute();
    await records.log([input.studentId], 'evaluation', 'read', 'view-evaluations');
    return {
      items: evaluations.map(toEvaluationSummary),
      ieeRequests: iees.map((r) => toIeeRequest(r, records.asOf)),
      manageCase: grant.abilities.manageCase,
    };
  });
}
