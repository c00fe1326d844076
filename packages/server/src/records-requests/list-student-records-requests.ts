import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { handlesRecordRights, isParentOf, mayReadRequests } from './access.ts';
import { readGuardianNames, readStudentName, requestRows, toRequestView } from './present.ts';
import { loadCopies } from '../complete-record/present.ts';
import type { StudentRecordsRequests } from './schemas.ts';

/**
 * A child's records requests, newest first, for the parent, the privacy officer, district
 * administrators and the committee's chairperson, with what the reader may do: ask (the
 * parent), record, provide and withdraw (the privacy officer and administrators, who also get
 * the child's parents to record a request for).
 */
export async function listStudentRecordsRequests(
  call: Call,
  input: { studentId: string },
): Promise<StudentRecordsRequests> {
  return withStudentRecords(call, async (records) => {
    const { studentId } = input;
    const grant = await records.grantIf(
      studentId,
      'records-request',
      'read',
      'view-records-requests',
      (g) => mayReadRequests(call.actor, g),
      "The child's records requests are read by the parent, the privacy officer, district administrators and the committee's chairperson.",
    );
    const studentName = await readStudentName(records.tx, studentId);
    const rows = await requestRows(records.tx)
      .where('r.student_id', '=', studentId)
      .orderBy('r.received_on', 'desc')
      .orderBy('r.recorded_at', 'desc')
      .execute();
    const mayHandle = handlesRecordRights(grant);
    const guardians = mayHandle ? await readGuardianNames(records.tx, studentId) : [];
    const copies = await loadCopies(
      records.tx,
      rows.map((r) => r.id),
    );
    await records.log([studentId], 'records-request', 'read', 'view-records-requests');
    return {
      studentId,
      studentName,
      asOf: records.asOf,
      requests: rows.map((r) => ({ ...toRequestView(r), copiesMade: copies.get(r.id) ?? [] })),
      guardians,
      mayRequest: isParentOf(grant),
      mayHandle,
    };
  });
}
