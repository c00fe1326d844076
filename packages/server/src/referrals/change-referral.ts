import type { Call } from '../http/call.ts';
import type { StudentRecords } from '../access/student-records.ts';
import type { AccessAction, Purpose } from '../access/access-log.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, NotFoundError, RefusedError } from '../errors.ts';
import type { ReferralDetail, ReferralView } from './schemas.ts';
import type { Refusal } from './referral-rules.ts';
import { loadReferrals } from './present.ts';
import { readReferral } from './get-referral.ts';
import { manageReferralGrant } from './manage-grant.ts';

/**
 * One change to a referral the caller read at `version`, in one transaction: the grant check,
 * the version guard, the change, the access log. A stale version answers 409 with the referral
 * as it is now (that read is logged and kept, so the 409's record is in the access log).
 */
export async function changeReferral(
  call: Call,
  input: { studentId: string; referralId: string; version: number },
  access: { action: AccessAction; purpose: Purpose },
  change: (records: StudentRecords, referral: ReferralView) => Promise<void>,
): Promise<ReferralDetail> {
  const { studentId, referralId } = input;
  const outcome = await withStudentRecords(call, async (records) => {
    await manageReferralGrant(records, studentId, access.action, access.purpose);
    const [referral] = await loadReferrals(records, studentId, referralId);
    if (!referral) throw new NotFoundError('referral');
    if (referral.version === input.version) {
      const bumped = await records.tx
        .updateTable('referrals')
        .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
        .where('id', '=', referral.id)
        .where('version', '=', input.version)
        .returning('id')
        .executeTakeFirst();
      if (bumped) {
        await change(records, referral);
        await records.log([studentId], 'referral', access.action, access.purpose);
        return { updated: await readReferral(records, studentId, referralId, access.purpose) };
      }
    }
    const [current] = await loadReferrals(records, studentId, referralId);
    await records.log([studentId], 'referral', 'read', 'show-current-after-conflict');
    return { conflict: current! };
  });
  if ('conflict' in outcome)
    throw new ConflictError(
      'Someone else changed this referral since you opened it. Review the current record and try again.',
      outcome.conflict,
    );
  return outcome.updated;
}

/** A refusal by rule as the error the API and pages show (422, with the field it is about). */
export function refusedBy(refusal: Refusal): RefusedError {
  return new RefusedError(refusal.message, refusal.citation, [
    { path: refusal.field, message: refusal.message },
  ]);
}
