import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { ReferralList } from './schemas.ts';
import { loadReferrals } from './present.ts';

/** A student's referrals, newest first. */
export async function listReferrals(
  call: Call,
  input: { studentId: string },
): Promise<ReferralList> {
  return withStudentRecords(call, async (records) => {
    const grant = await records.grant(input.studentId, 'referral', 'read', 'view-referrals');
    const items = await loadReferrals(records, input.studentId);
    await records.log([input.studentId], 'referral', 'read', 'view-referrals');
    return { items, mayManage: grant.abilities.manageCase };
  });
}
