import type { Purpose } from '../access/access-log.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { InvalidInputError } from '../errors.ts';
import type { Translator } from '@continuum/web';
import type { SourceKind } from './schemas.ts';

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
      const components = await tx
        .selectFrom('evaluation_components')
        .select(['component', 'report_on', 'status'])
        .where('evaluation_id', '=', id)
        .where('status', '=', 'completed')
        .orderBy('report_on')
        .execute();
      await records.log([studentId], 'evaluation', 'read', input.purpose);
      if (components.length === 0) return {};
      return {
        evaluationBasis: components
          .map((c) =>
            c.report_on
              ? i18n.t('notices.prefill.component', {
                  component: c.component,
                  date: i18n.formatDate(c.report_on),
                })
              : c.component,
          )
          .join('\n'),
      };
    }
    case 'iep-version': {
      const version = await tx
        .selectFrom('iep_versions')
        .select('status')
        .where('student_id', '=', studentId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!version) throw unknown();
      await records.log([studentId], 'iep', 'read', input.purpose);
      return {};
    }
    case 'referral': {
      const referral = await tx
        .selectFrom('referrals')
        .select('id')
        .where('student_id', '=', studentId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!referral) throw unknown();
      await records.log([studentId], 'referral', 'read', input.purpose);
      return {};
    }
    case 'consent': {
      const consent = await tx
        .selectFrom('consents')
        .select('id')
        .where('student_id', '=', studentId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!consent) throw unknown();
      await records.log([studentId], 'consent', 'read', input.purpose);
      return {};
    }
  }
}
