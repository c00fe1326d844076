import type { Purpose } from '../access/access-log.ts';
import type { AccessAction } from '../access/access-log.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { ForbiddenError } from '../errors.ts';

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
  const grant = await records.grant(studentId, 'meeting', action, purpose);
  if (!grant.abilities.manageCase) {
    records.deny(studentId, 'meeting', action, purpose);
    throw new ForbiddenError('You may view this student but not change their committee meetings.');
  }
}
