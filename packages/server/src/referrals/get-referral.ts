import type { Call } from '../http/call.ts';
import type { StudentRecords } from '../access/student-records.ts';
import type { Purpose } from '../access/access-log.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { NotFoundError } from '../errors.ts';
import type { ReferralDetail } from './schemas.ts';
import { loadReferrals } from './present.ts';

/** One referral: who referred, the interventions tried, the administrator's meeting, any withdrawal agreement. */
export async function getReferral(
  call: Call,
  input: { studentId: string; referralId: string },
): Promise<ReferralDetail> {
  return withStudentRecords(call, (records) =>
    readReferral(records, input.studentId, input.referralId, 'view-referrals'),
  );
}

/** Reads and logs one referral inside an open records scope (shared by the writes). */
export async function readReferral(
  records: StudentRecords,
  studentId: string,
  referralId: string,
  purpose: Purpose,
): Promise<ReferralDetail> {
  const grant = await records.grant(studentId, 'referral', 'read', purpose);
  const [referral] = await loadReferrals(records, studentId, referralId);
  if (!referral) throw new NotFoundError('referral');
  await records.log([studentId], 'referral', 'read', purpose);
  return { referral, mayManage: grant.abilities.manageCase };
}
