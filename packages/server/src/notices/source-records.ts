import type { Purpose } from '../access/access-log.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { InvalidInputError } from '../errors.ts';
import type { Translator } from '@continuum/web';
import type { IepContent } from '@continuum/rules/iep/index.ts';
import type { SourceKind } from './schemas.ts';
import type { UsedReport } from './prefill.ts';
import { consentPrefill, iepPrefill, referralPrefill, reportsLine } from './prefill.ts';

/**
 * Reads the record a notice is made from (the student's own: another student's record is
 * refused as unknown) and what it contributes to the notice's content. The read is logged
 * under the record's own type.
 */
export async function sourceContent(
  records: StudentRecords,
  input: { studentId: string; kind: SourceKind; id: string; purpose: Purpose; i18n: Translator },
): Promise<Record<string, string>> {
  const { tx } = records;
  const { studentId, id, i18n } = input;
  const unknown = () =>
    new InvalidInputError([{ path: 'sourceId', message: 'is not a record of this student' }]);
  switch (input.kind) {
    case 'meeting': {
      const meeting = await tx
        .selectFrom('meetings')
        .select(['committee', 'purpose', 'scheduled_on', 'held_on'])
        .where('student_id', '=', studentId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!meeting) throw unknown();
      await records.log([studentId], 'meeting', 'read', input.purpose);
      return {
        reasons: i18n.t('notices.prefill.meeting', {
          committee: meeting.committee.toUpperCase(),
          date: i18n.formatDate(meeting.held_on ?? meeting.scheduled_on),
        }),
      };
    }
    case 'evaluation': {
      const evaluation = await tx
        .selectFrom('evaluations')
        .select('id')
        .where('student_id', '=', studentId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!evaluation) throw unknown();
      const reports = await completedReports(records, { studentId, evaluationId: id });
      await records.log([studentId], 'evaluation', 'read', input.purpose);
      return reports.length > 0 ? { evaluationBasis: reportsLine(reports, i18n) } : {};
    }
    case 'iep-version': {
      const version = await tx
        .selectFrom('iep_versions')
        .select(['status', 'content', 'meeting_date'])
        .where('student_id', '=', studentId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!version) throw unknown();
      // A notice tells what the committee decided: a draft is not a decision yet.
      if (version.status === 'draft')
        throw new InvalidInputError([
          { path: 'sourceId', message: 'is a draft IEP: finalize it before the notice' },
        ]);
      const reports = await completedReports(records, {
        studentId,
        until: version.meeting_date,
      });
      await records.log([studentId], ['iep', 'evaluation'], 'read', input.purpose);
      return iepPrefill(
        {
          content: version.content as IepContent,
          meetingDate: version.meeting_date,
          reports,
        },
        i18n,
      );
    }
    case 'referral': {
      const referral = await tx
        .selectFrom('referrals')
        .select(['referrer_kind', 'reason', 'received_on', 'submitted_on'])
        .where('student_id', '=', studentId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!referral) throw unknown();
      await records.log([studentId], 'referral', 'read', input.purpose);
      return referralPrefill(
        {
          receivedOn: referral.received_on ?? referral.submitted_on,
          referrerKind: referral.referrer_kind,
          reason: referral.reason,
        },
        i18n,
      );
    }
    case 'consent': {
      const consent = await tx
        .selectFrom('consents')
        .select(['type', 'description'])
        .where('student_id', '=', studentId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!consent) throw unknown();
      const latest = await tx
        .selectFrom('consent_states')
        .select(['state', 'on_date'])
        .where('consent_id', '=', id)
        .orderBy('seq', 'desc')
        .executeTakeFirst();
      await records.log([studentId], 'consent', 'read', input.purpose);
      if (!latest || (latest.state !== 'refused' && latest.state !== 'revoked'))
        throw new InvalidInputError([
          { path: 'sourceId', message: 'is not a consent the parent refused or revoked' },
        ]);
      return consentPrefill(
        {
          type: consent.type,
          state: latest.state,
          on: latest.on_date,
          description: consent.description,
        },
        i18n,
      );
    }
  }
}

/**
 * The completed evaluation reports of the student (of one evaluation, or all of them up to a
 * day), oldest first: what the committee used.
 */
async function completedReports(
  records: StudentRecords,
  input: { studentId: string; evaluationId?: string; until?: string | null },
): Promise<UsedReport[]> {
  let query = records.tx
    .selectFrom('evaluation_components as c')
    .innerJoin('evaluations as e', (j) =>
      j.onRef('e.id', '=', 'c.evaluation_id').onRef('e.district_id', '=', 'c.district_id'),
    )
    .select(['c.component', 'c.report_on'])
    .where('e.student_id', '=', input.studentId)
    .where('c.status', '=', 'completed');
  if (input.evaluationId) query = query.where('e.id', '=', input.evaluationId);
  if (input.until)
    query = query.where((eb) =>
      eb.or([eb('c.report_on', 'is', null), eb('c.report_on', '<=', input.until!)]),
    );
  const rows = await query.orderBy('c.report_on').orderBy('c.component').execute();
  return rows.map((r) => ({ component: r.component, reportOn: r.report_on }));
}
