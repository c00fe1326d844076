import type { Purpose } from '../access/access-log.ts';
import type { StudentRecords } from '../access/student-records.ts';
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
  return withStudentRecords(call, (records) =>
    readEvaluationList(records, input.studentId, 'view-evaluations'),
  );
}

/** Reads and logs a student's evaluations inside an open records scope (the complete record too). */
export async function readEvaluationList(
  records: StudentRecords,
  studentId: string,
  purpose: Purpose,
): Promise<EvaluationList> {
  const grant = await records.grant(studentId, 'evaluation', 'read', purpose);
  const { tx } = records;
  const evaluations = await tx
    .selectFrom('evaluations')
    .where('student_id', '=', studentId)
    .select(evaluationColumns)
    .orderBy('created_at', 'desc')
    .execute();
  const iees = await tx
    .selectFrom('iee_requests')
    .where('student_id', '=', studentId)
    .select(ieeColumns)
    .orderBy('received_on', 'desc')
    .execute();
  await records.log([studentId], 'evaluation', 'read', purpose);
  return {
    items: evaluations.map(toEvaluationSummary),
    ieeRequests: iees.map((r) => toIeeRequest(r, records.asOf)),
    manageCase: grant.abilities.manageCase,
  };
}
