import type { Call } from '../http/call.ts';
import type { StudentRecords } from '../access/student-records.ts';
import type { Purpose } from '../access/access-log.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { ConsentList } from './schemas.ts';
import { loadBenefitsNotifications, loadConsents } from './present.ts';

/** A student's consent requests with their history, and the public-benefits notifications. */
export async function listConsents(call: Call, input: { studentId: string }): Promise<ConsentList> {
  return withStudentRecords(call, (records) =>
    readConsentList(records, input.studentId, 'view-consents'),
  );
}

/** Reads and logs the student's consents inside an open records scope. */
export async function readConsentList(
  records: StudentRecords,
  studentId: string,
  purpose: Purpose,
): Promise<ConsentList> {
  const grant = await records.grant(studentId, 'consent', 'read', purpose);
  const items = await loadConsents(records, studentId);
  const publicBenefits = await loadBenefitsNotifications(records, studentId);
  await records.log([studentId], 'consent', 'read', purpose);
  return { items, publicBenefits, mayManage: grant.abilities.manageCase };
}
