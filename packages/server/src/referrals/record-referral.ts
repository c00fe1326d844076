import type { Call } from '../http/call.ts';
import { withStudentRecords } from '../access/student-records.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { recordCaseEvent } from '../timelines/case-events.ts';
import type { CreateReferralInput, ReferralDetail } from './schemas.ts';
import { readReferral } from './get-referral.ts';
import { loadReferrals } from './present.ts';
import { checkReferrer, routedToDesignee } from './referral-rules.ts';
import { manageReferralGrant } from './manage-grant.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';
import { refusedBy } from './change-referral.ts';

/**
 * Records a referral for an existing student: who referred, why, the interventions tried
 * before it (or why none were). A referral by a parent, an adult student or designated staff
 * is received by the committee on the day it is submitted, which records the case event
 * `referral-received` (the 10-school-day window for the building administrator's meeting runs
 * from it). A request from a physician, judicial officer or public agency waits for the
 * designee's decision (decide-routed-referral.ts). One referral is open at a time.
 */
export async function recordReferral(
  call: Call,
  input: CreateReferralInput & { studentId: string },
): Promise<ReferralDetail> {
  const outcome = await withStudentRecords(call, async (records) => {
    await manageReferralGrant(records, input.studentId, 'create', 'record-referral');
    refuseFutureDates(records, {
      submittedOn: input.submittedOn,
      ...Object.fromEntries(
        (input.interventions ?? []).flatMap((i, n) => [
          [`interventions.${n}.startsOn`, i.startsOn],
          [`interventions.${n}.endsOn`, i.endsOn],
        ]),
      ),
    });
    const { tx, actor } = records;
    const student = await tx
      .selectFrom('students')
      .where('id', '=', input.studentId)
      .select('date_of_birth')
      .executeTakeFirst();
    if (!student) throw new NotFoundError('student');
    const refusal = checkReferrer({
      kind: input.referrerKind,
      dateOfBirth: student.date_of_birth,
      submittedOn: input.submittedOn,
    });
    if (refusal) throw refusedBy(refusal);
    const active = (await loadReferrals(records, input.studentId)).find(
      (r) => r.status === 'open' || r.status === 'awaiting-designee',
    );
    if (active) {
      await records.log([input.studentId], 'referral', 'read', 'show-current-after-conflict');
      return { conflict: active };
    }
    const routed = routedToDesignee(input.referrerKind);
    const row = await tx
      .insertInto('referrals')
      .values({
        district_id: actor.districtId,
        student_id: input.studentId,
        referrer_kind: input.referrerKind,
        referrer_name: input.referrerName,
        reason: input.reason,
        submitted_on: input.submittedOn,
        status: routed ? 'awaiting-designee' : 'open',
        received_on: routed ? null : input.submittedOn,
        no_interventions_reason: input.noInterventionsReason ?? null,
        created_by: actor.accountId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.interventions?.length)
      await tx
        .insertInto('referral_interventions')
        .values(
          input.interventions.map((i) => ({
            district_id: actor.districtId,
            referral_id: row.id,
            intervention: i.intervention,
            tier: i.tier,
            starts_on: i.startsOn,
            ends_on: i.endsOn ?? null,
            outcome: i.outcome ?? '',
            recorded_by: actor.accountId,
          })),
        )
        .execute();
    if (!routed)
      await recordCaseEvent(records, {
        studentId: input.studentId,
        type: 'referral-received',
        on: input.submittedOn,
        field: 'submittedOn',
        source: 'referral',
        sourceId: row.id,
      });
    await records.log([input.studentId], 'referral', 'create', 'record-referral');
    return { created: await readReferral(records, input.studentId, row.id, 'record-referral') };
  });
  if ('conflict' in outcome)
    throw new ConflictError(
      'This student already has an open referral. Continue that one; a new referral can be recorded once it is withdrawn or the designee declines it.',
      outcome.conflict,
    );
  return outcome.created;
}
