import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { grantRequests, mayHandleRequests, mayReadRequests } from './access.ts';
import { requestRows, studentName, toRequestView } from './present.ts';
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
    const grant = await grantRequests(
      records,
      studentId,
      'read',
      'view-records-requests',
      (g) => mayReadRequests(call.actor, g),
      "The child's records requests are read by the parent, the privacy officer, district administrators and the committee's chairperson.",
    );
    const student = await records.tx
      .selectFrom('students')
      .where('id', '=', studentId)
      .select(['preferred_name', 'legal_first_name', 'legal_last_name'])
      .executeTakeFirstOrThrow();
    const rows = await requestRows(records.tx)
      .where('r.student_id', '=', studentId)
      .orderBy('r.received_on', 'desc')
      .orderBy('r.recorded_at', 'desc')
      .execute();
    const mayHandle = mayHandleRequests(grant);
    const guardians = mayHandle
      ? await records.tx
          .selectFrom('student_guardians as sg')
          .innerJoin('guardians as g', (j) =>
            j.onRef('g.district_id', '=', 'sg.district_id').onRef('g.id', '=', 'sg.guardian_id'),
          )
          .where('sg.student_id', '=', studentId)
          .select(['g.id', 'g.full_name as name'])
          .orderBy('g.full_name')
          .execute()
      : [];
    const copies = await loadCopies(
      records.tx,
      rows.map((r) => r.id),
    );
    await records.log([studentId], 'records-request', 'read', 'view-records-requests');
    return {
      studentId,
      studentName: studentName(student),
      asOf: records.asOf,
      requests: rows.map((r) => ({ ...toRequestView(r), copiesMade: copies.get(r.id) ?? [] })),
      guardians,
      mayRequest: grant.relationships.has('guardian'),
      mayHandle,
    };
  });
}
