import type { Call } from '../http/call.ts';
import type { AddInterventionInput, ReferralDetail } from './schemas.ts';
import { REFERRAL_CITATIONS } from './referral-rules.ts';
import { changeReferral, refusedBy } from './change-referral.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';

/**
 * Adds a pre-referral intervention (MTSS: the intervention, its tier, dates and outcome) to the
 * referral's record. A withdrawn referral keeps its record as it was.
 */
export async function addReferralIntervention(
  call: Call,
  input: AddInterventionInput & { studentId: string; referralId: string },
): Promise<ReferralDetail> {
  return changeReferral(
    call,
    input,
    { action: 'update', purpose: 'update-referral' },
    async (records, referral) => {
      if (referral.status === 'withdrawn')
        throw refusedBy({
          field: 'intervention',
          citation: REFERRAL_CITATIONS.withdrawal,
          message: 'This referral was withdrawn by written agreement; its record stays as agreed.',
        });
      refuseFutureDates(records, { startsOn: input.startsOn, endsOn: input.endsOn });
      await records.tx
        .insertInto('referral_interventions')
        .values({
          district_id: records.actor.districtId,
          referral_id: referral.id,
          intervention: input.intervention,
          tier: input.tier,
          starts_on: input.startsOn,
          ends_on: input.endsOn ?? null,
          outcome: input.outcome ?? '',
          recorded_by: records.actor.accountId,
        })
        .execute();
    },
  );
}
