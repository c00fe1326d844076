import type { AccessAction, Purpose } from '../access/access-log.ts';
import type { StudentGrant, StudentRecords } from '../access/student-records.ts';

/**
 * The actor's grant to change the student's consents: the chairperson of the student's
 * committee or a district administrator (`abilities.manageCase`). Others are refused and the
 * refusal is logged.
 */
export async function manageConsentGrant(
  records: StudentRecords,
  studentId: string,
  action: AccessAction,
  purpose: Purpose,
): Promise<StudentGrant> {
  const grant = await records.grantCaseChange(
    studentId,
    'consent',
    action,
    purpose,
    "You may view this student's consents but not change them.",
  );
  return grant;
}
