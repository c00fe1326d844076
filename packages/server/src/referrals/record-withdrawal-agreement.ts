import { createTranslator, isLocale } from '@continuum/web';
import type { Call } from '../http/call.ts';
import { NotFoundError } from '../errors.ts';
import { renderPdf } from '../documents/render-pdf.ts';
import { storeDocument } from '../documents/store-document.ts';
import type { ReferralDetail, WithdrawalInput } from './schemas.ts';
import { checkWithdrawal } from './referral-rules.ts';
import { changeReferral, refusedBy } from './change-referral.ts';
import { refuseFutureDates } from '../timelines/case-events.ts';
import { agreementDocument } from './withdrawal-document.ts';

/**
 * Records the written agreement that withdraws a referral (PLAN): reached at the building
 * administrator's meeting, naming each general education support service with its duration,
 * in the parent's native language, with the dates copies went to the chairperson, the referrer
 * and the parent (and the student when appropriate). The referral becomes `withdrawn` and keeps
 * the agreement; the agreement is rendered to PDF and filed in the student's record as an
 * immutable document. When the product cannot write the parent's language it renders English
 * and says on the document that a translation is needed.
 */
export async function recordWithdrawalAgreement(
  call: Call,
  input: WithdrawalInput & { studentId: string; referralId: string },
): Promise<ReferralDetail> {
  return changeReferral(
    call,
    input,
    { action: 'create', purpose: 'record-withdrawal-agreement' },
    async (records, referral) => {
      refuseFutureDates(records, {
        agreedOn: input.agreedOn,
        chairpersonCopyOn: input.chairpersonCopyOn,
        referrerCopyOn: input.referrerCopyOn,
        parentCopyOn: input.parentCopyOn,
        studentCopyOn: input.studentCopyOn,
      });
      const { tx, actor } = records;
      const student = await tx
        .selectFrom('students')
        .where('id', '=', input.studentId)
        .select(['legal_first_name', 'legal_last_name', 'native_language'])
        .executeTakeFirst();
      if (!student) throw new NotFoundError('student');
      const guardians = await tx
        .selectFrom('student_guardians as sg')
        .innerJoin('guardians as g', (j) =>
          j.onRef('g.district_id', '=', 'sg.district_id').onRef('g.id', '=', 'sg.guardian_id'),
        )
        .where('sg.student_id', '=', input.studentId)
        .select('g.preferred_language')
        .execute();
      const refusal = checkWithdrawal({
        status: referral.status,
        meetingHeldOn: referral.adminMeeting.heldOn,
        meetingOutcome: referral.adminMeeting.outcome,
        agreedOn: input.agreedOn,
        language: input.language,
        parentLanguages: [...guardians.map((g) => g.preferred_language), student.native_language],
        copies: {
          chairpersonCopyOn: input.chairpersonCopyOn,
          referrerCopyOn: input.referrerCopyOn,
          parentCopyOn: input.parentCopyOn,
          studentCopyOn: input.studentCopyOn,
        },
      });
      if (refusal) throw refusedBy(refusal);
      const locale = isLocale(input.language) ? input.language : 'en';
      const i18n = createTranslator(locale);
      const content = await renderPdf(
        agreementDocument(
          {
            studentName: `${student.legal_first_name} ${student.legal_last_name}`,
            submittedOn: referral.submittedOn,
            meetingHeldOn: referral.adminMeeting.heldOn!,
            agreedOn: input.agreedOn,
            services: input.services,
            copies: {
              chairperson: input.chairpersonCopyOn,
              referrer: input.referrerCopyOn,
              parent: input.parentCopyOn,
              student: input.studentCopyOn ?? null,
            },
            translationNeededFor: locale === input.language ? null : input.language,
          },
          i18n,
        ),
      );
      const document = await storeDocument(records, {
        studentId: input.studentId,
        kind: 'referral-withdrawal-agreement',
        title: i18n.t('referral.pdf.title'),
        language: locale,
        content,
        source: 'referral',
        sourceId: referral.id,
      });
      await tx
        .insertInto('referral_withdrawals')
        .values({
          district_id: actor.districtId,
          referral_id: referral.id,
          agreed_on: input.agreedOn,
          language: input.language,
          services: JSON.stringify(input.services),
          chairperson_copy_on: input.chairpersonCopyOn,
          referrer_copy_on: input.referrerCopyOn,
          parent_copy_on: input.parentCopyOn,
          student_copy_on: input.studentCopyOn ?? null,
          document_id: document.id,
          recorded_by: actor.accountId,
        })
        .execute();
      await tx
        .updateTable('referrals')
        .set({ status: 'withdrawn', admin_meeting_outcome: 'withdraw-referral' })
        .where('id', '=', referral.id)
        .execute();
    },
  );
}
