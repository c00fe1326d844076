import type { AccessAction, Purpose } from '../access/access-log.ts';
import type { StudentGrant, StudentRecords } from '../access/student-records.ts';

/**
 * The grant of an actor who may change the student's case (the chairperson of the student's
 * committee, a district administrator); anyone else is refused and the refusal logged.
 */
export async function requireManageCase(
  records: StudentRecords,
  studentId: string,
  action: AccessAction,
  purpose: Purpose,
): Promise<StudentGrant> {
  const grant = await records.grantCaseChange(
    studentId,
    'notice',
    action,
    purpose,
    'You may view this student’s notices but not change them.',
  );
  return grant;
}
