import type { AccessAction, Purpose } from '../access/access-log.ts';
import type { StudentGrant, StudentRecords } from '../access/student-records.ts';
import { ForbiddenError, InvalidInputError } from '../errors.ts';

/**
 * The actor's grant to change the student's referrals: the chairperson of the student's
 * committee or a district administrator (`abilities.manageCase`). Others are refused and the
 * refusal is logged.
 */
export async function manageReferralGrant(
  records: StudentRecords,
  studentId: string,
  action: AccessAction,
  purpose: Purpose,
): Promise<StudentGrant> {
  const grant = await records.grant(studentId, 'referral', action, purpose);
  if (!grant.abilities.manageCase) {
    records.deny(studentId, 'referral', action, purpose);
    throw new ForbiddenError("You may view this student's referrals but not change them.");
  }
  return grant;
}

/** Dates that have not come yet cannot be recorded as past: the paths of any such. */
export function refuseFutureDates(
  records: StudentRecords,
  dates: Record<string, string | undefined>,
): void {
  const future = Object.entries(dates).filter(([, on]) => on !== undefined && on > records.asOf);
  if (future.length)
    throw new InvalidInputError(
      future.map(([path]) => ({ path, message: 'cannot be a day that has not come yet' })),
    );
}
