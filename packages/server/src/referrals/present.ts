import type { StudentRecords } from '../access/student-records.ts';
import type { ReferralView } from './schemas.ts';

/** The student's referrals (or one), newest first, with their interventions and any withdrawal agreement. Reads only: the caller logs. */
export async function loadReferrals(
  records: StudentRecords,
  studentId: string,
  referralId?: string,
): Promise<ReferralView[]> {
  const { tx } = records;
  let query = tx
    .selectFrom('referrals')
    .where('student_id', '=', studentId)
    .selectAll()
    .orderBy('submitted_on', 'desc')
    .orderBy('created_at', 'desc');
  if (referralId) query = query.where('id', '=', referralId);
  const referrals = await query.execute();
  if (referrals.length === 0) return [];
  const ids = referrals.map((r) => r.id);
  const interventions = await tx
    .selectFrom('referral_interventions')
    .where('referral_id', 'in', ids)
    .selectAll()
    .orderBy('starts_on')
    .orderBy('recorded_at')
    .execute();
  const withdrawals = await tx
    .selectFrom('referral_withdrawals')
    .where('referral_id', 'in', ids)
    .selectAll()
    .execute();
  return referrals.map((r) => {
    const w = withdrawals.find((x) => x.referral_id === r.id);
    return {
      id: r.id,
      studentId: r.student_id,
      referrerKind: r.referrer_kind,
      referrerName: r.referrer_name,
      reason: r.reason,
      submittedOn: r.submitted_on,
      status: r.status,
      receivedOn: r.received_on,
      designee:
        r.designee_decision && r.designee_decided_on
          ? {
              name: r.designee_name ?? '',
              decision: r.designee_decision,
              decidedOn: r.designee_decided_on,
              note: r.designee_note ?? '',
            }
          : null,
      noInterventionsReason: r.no_interventions_reason,
      interventions: interventions
        .filter((i) => i.referral_id === r.id)
        .map((i) => ({
          id: i.id,
          intervention: i.intervention,
          tier: i.tier,
          startsOn: i.starts_on,
          endsOn: i.ends_on,
          outcome: i.outcome,
        })),
      adminMeeting: {
        requestedOn: r.admin_meeting_requested_on,
        heldOn: r.admin_meeting_held_on,
        outcome: r.admin_meeting_outcome,
      },
      withdrawal: w
        ? {
            agreedOn: w.agreed_on,
            language: w.language,
            services: w.services,
            chairpersonCopyOn: w.chairperson_copy_on,
            referrerCopyOn: w.referrer_copy_on,
            parentCopyOn: w.parent_copy_on,
            studentCopyOn: w.student_copy_on,
            documentId: w.document_id,
          }
        : null,
      version: r.version,
    };
  });
}
