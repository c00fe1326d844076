import type { AccessAction, Purpose } from '../access/access-log.ts';
import type { StudentGrant, StudentRecords } from '../access/student-records.ts';
import { ForbiddenError, InvalidInputError } from '../errors.ts';

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
  const grant = await records.grant(studentId, 'consent', action, purpose);
  if (!grant.abilities.manageCase) {
    records.deny(studentId, 'consent', action, purpose);
    throw new ForbiddenError("You may view this student's consents but not change them.");
  }
  return grant;
}

/** A day that has not come yet cannot be recorded as past. */
export function refuseFutureDate(records: StudentRecords, path: string, on: string): void {
  if (on > records.asOf)
    throw new InvalidInputError([{ path, message: 'cannot be a day that has not come yet' }]);
}
