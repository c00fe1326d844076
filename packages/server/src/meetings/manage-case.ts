import type { Purpose } from '../access/access-log.ts';
import type { AccessAction } from '../access/access-log.ts';
import type { StudentRecords } from '../access/student-records.ts';

/**
 * The grant to change a student's meetings: the committee's chairperson or a district
 * administrator (abilities.manageCase); anyone else with a relationship may only read.
 */
export async function grantMeetingChange(
  records: StudentRecords,
  studentId: string,
  action: AccessAction,
  purpose: Purpose,
): Promise<void> {
  await records.grantCaseChange(
    studentId,
    'meeting',
    action,
    purpose,
    'You may view this student but not change their committee meetings.',
  );
}
