import type { Call } from '../http/call.ts';
import { InvalidInputError } from '../errors.ts';
import { recordCaseEvent } from '../timelines/case-events.ts';
import type { DesigneeDecisionInput, ReferralDetail } from './schemas.ts';
import { REFERRAL_CITATIONS } from './referral-rules.ts';
import { changeReferral, refusedBy } from './change-referral.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';

/**
 * The district designee's decision on a request for referral from a physician, a judicial
 * officer or a public agency (PLAN, CSE referral process). To refer makes it a referral the
 * committee receives that day (the case event `referral-received`); not to refer closes it.
 */
export async function decideRoutedReferral(
  call: Call,
  input: DesigneeDecisionInput & { studentId: string; referralId: string },
): Promise<ReferralDetail> {
  return changeReferral(
    call,
    input,
    { action: 'update', purpose: 'update-referral' },
    async (records, referral) => {
      if (referral.status !== 'awaiting-designee')
        throw refusedBy({
          field: 'decision',
          citation: REFERRAL_CITATIONS.whoRefers,
          message:
            "Only a request from a physician, judicial officer or public agency waits for the designee's decision, and this one has been decided.",
        });
      refuseFutureDates(records, { decidedOn: input.decidedOn });
      if (input.decidedOn < referral.submittedOn)
        throw new InvalidInputError([
          { path: 'decidedOn', message: `cannot be before the request (${referral.submittedOn})` },
        ]);
      const refer = input.decision === 'refer';
      await records.tx
        .updateTable('referrals')
        .set({
          status: refer ? 'open' : 'declined-by-designee',
          received_on: refer ? input.decidedOn : null,
          designee_name: input.designeeName,
          designee_decision: input.decision,
          designee_decided_on: input.decidedOn,
          designee_note: input.note ?? null,
        })
        .where('id', '=', referral.id)
        .execute();
      if (refer)
        await recordCaseEvent(records, {
          studentId: input.studentId,
          type: 'referral-received',
          on: input.decidedOn,
          field: 'decidedOn',
          source: 'referral',
          sourceId: referral.id,
        });
    },
  );
}
