import type { Call } from '../http/call.ts';
import { NotFoundError } from '../errors.ts';
import type { AdminMeetingInput, ReferralDetail } from './schemas.ts';
import { checkAdminMeeting } from './referral-rules.ts';
import { changeReferral, refusedBy } from './change-referral.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';

/**
 * Records the building administrator's meeting with the parent about general education
 * supports instead of special education: when it was requested, when held, and, when it ended
 * without a written agreement, that the referral continues on the committee's timelines. The
 * 10-school-day window (rule `referral-admin-meeting`) is shown on the case timeline; the
 * meeting is the administrator's option, so a later request is recorded as it happened.
 */
export async function recordAdminMeeting(
  call: Call,
  input: AdminMeetingInput & { studentId: string; referralId: string },
): Promise<ReferralDetail> {
  return changeReferral(
    call,
    input,
    { action: 'update', purpose: 'update-referral' },
    async (records, referral) => {
      refuseFutureDates(records, { requestedOn: input.requestedOn, heldOn: input.heldOn });
      const student = await records.tx
        .selectFrom('students')
        .where('id', '=', input.studentId)
        .select('level')
        .executeTakeFirst();
      if (!student) throw new NotFoundError('student');
      const refusal = checkAdminMeeting({
        level: student.level,
        status: referral.status,
        receivedOn: referral.receivedOn,
        requestedOn: input.requestedOn,
      });
      if (refusal) throw refusedBy(refusal);
      await records.tx
        .updateTable('referrals')
        .set({
          admin_meeting_requested_on: input.requestedOn,
          admin_meeting_held_on: input.heldOn ?? null,
          admin_meeting_outcome: input.outcome ?? null,
        })
        .where('id', '=', referral.id)
        .execute();
    },
  );
}
