import { withStudentRecords } from '../access/student-records.ts';
import { ForbiddenError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { studentName } from '../records-requests/present.ts';
import { mayReadQueue } from './access.ts';
import { destructionCheck } from './check.ts';
import { destroyedRows, toDestructionDone } from './present.ts';
import type { DestructionQueue } from './schemas.ts';

/**
 * The privacy officer's destruction queue: every child whose parent was informed or who asked
 * for destruction, with what stops it today (the rules' answer: not informed, not requested,
 * an open request to inspect ...), and the destructions done with the permanent record kept.
 * For the privacy officer and district administrators.
 */
export async function listDestructionQueue(call: Call): Promise<DestructionQueue> {
  if (!mayReadQueue(call.actor))
    throw new ForbiddenError(
      'The destruction queue is listed for the privacy officer and district administrators.',
    );
  return withStudentRecords(call, async (records) => {
    const rows = await records.tx
      .selectFrom('destruction_cases as c')
      .innerJoin('students as st', (j) =>
        j.onRef('st.district_id', '=', 'c.district_id').onRef('st.id', '=', 'c.student_id'),
      )
      // Built on the students the actor may see, like every list.
      .where('c.student_id', 'in', records.visibleStudents().select('s.id'))
      .selectAll('c')
      .select([
        'st.preferred_name',
        'st.legal_first_name',
        'st.legal_last_name',
        'st.student_number',
      ])
      .orderBy('c.requested_on')
      .orderBy('c.informed_on')
      .execute();
    const pending = [];
    for (const row of rows) {
      const check = await destructionCheck(records, row.student_id, row);
      pending.push({
        studentId: row.student_id,
        studentName: studentName(row),
        studentNumber: row.student_number,
        informedOn: row.informed_on,
        requestedOn: row.requested_on,
        blocker: check.allowed ? null : { message: check.message, citation: check.citation },
      });
    }
    const destroyed = (await destroyedRows(records).execute()).map(toDestructionDone);
    await records.log(
      [...pending.map((p) => p.studentId), ...destroyed.map((d) => d.studentId)],
      'records-destruction',
      'read',
      'view-destruction-queue',
    );
    return { asOf: records.asOf, pending, destroyed };
  });
}
