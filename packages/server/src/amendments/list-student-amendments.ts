import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { readStudentName, readGuardianNames } from '../records-requests/present.ts';
import { mayReadAmendments } from './access.ts';
import { isParentOf, handlesRecordRights } from '../records-requests/access.ts';
import { amendmentRows, DECISION_DAYS, statementRows, toAmendmentView } from './present.ts';
import { readerOf } from './read-amendment.ts';
import { amendableRecordTypes } from './record-types.ts';
import type { StudentAmendments } from './schemas.ts';

/**
 * A child's amendment requests, newest first, each with its decision, hearing, the notices the
 * parent was given and the statements attached to the record, for the parent, the privacy
 * officer, district administrators and the committee's chairperson; with the steps the reader
 * may take on each (the rules say which steps the state allows, the relationship whose steps
 * they are).
 */
export async function listStudentAmendments(
  call: Call,
  input: { studentId: string },
): Promise<StudentAmendments> {
  return withStudentRecords(call, async (records) => {
    const { studentId } = input;
    const grant = await records.grantIf(
      studentId,
      'amendment',
      'read',
      'view-amendments',
      (g) => mayReadAmendments(call.actor, g),
      "The child's amendment requests are read by the parent, the privacy officer, district administrators and the committee's chairperson.",
    );
    const studentName = await readStudentName(records.tx, studentId);
    const rows = await amendmentRows(records.tx)
      .where('r.student_id', '=', studentId)
      .orderBy('r.received_on', 'desc')
      .orderBy('r.recorded_at', 'desc')
      .execute();
    const statements = await statementRows(records.tx)
      .where('st.student_id', '=', studentId)
      .execute();
    const mayHandle = handlesRecordRights(grant);
    const guardians = mayHandle ? await readGuardianNames(records.tx, studentId) : [];
    await records.log([studentId], 'amendment', 'read', 'view-amendments');
    if (mayHandle) await records.log([studentId], 'guardians', 'read', 'view-amendments');
    const reader = readerOf(grant);
    return {
      studentId,
      studentName,
      asOf: records.asOf,
      decisionDays: DECISION_DAYS,
      requests: rows.map((r) => toAmendmentView(r, statements, reader, records.asOf)),
      recordTypes: [...amendableRecordTypes],
      guardians,
      mayRequest: isParentOf(grant),
      mayHandle,
    };
  });
}
