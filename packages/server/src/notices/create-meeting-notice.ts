import { withStudentRecords } from '../access/student-records.ts';
import { InvalidInputError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { draftLanguage } from './parent-language.ts';
import { toNoticeView } from './present.ts';
import { requireManageCase } from './require-manage-case.ts';
import type { NoticeView } from './schemas.ts';

/**
 * Drafts the notice of a scheduled committee meeting (8 NYCRR 200.5(c)(2)): its date, time,
 * place and purpose, who will attend, and the parent's rights to bring people with knowledge
 * or special expertise about the child and to an interpreter (PSN NYC addendum, Language
 * Access Services), in the parent's language where the product writes it.
 */
export async function createMeetingNotice(
  call: Call,
  input: { studentId: string; meetingId: string },
): Promise<NoticeView> {
  return withStudentRecords(call, async (records) => {
    const grant = await requireManageCase(records, input.studentId, 'create', 'draft-notice');
    const { tx } = records;
    const meeting = await tx
      .selectFrom('meetings')
      .select(['committee', 'purpose', 'scheduled_on', 'scheduled_time', 'place', 'status'])
      .select('interpreter_language')
      .where('student_id', '=', input.studentId)
      .where('id', '=', input.meetingId)
      .executeTakeFirst();
    if (!meeting || meeting.status !== 'scheduled')
      throw new InvalidInputError([
        { path: 'meetingId', message: 'is not a scheduled meeting of this student' },
      ]);
    const members = await tx
      .selectFrom('meeting_members')
      .select(['full_name', 'role'])
      .where('meeting_id', '=', input.meetingId)
      .orderBy('role')
      .orderBy('full_name')
      .execute();
    await records.log([input.studentId], 'meeting', 'read', 'draft-notice');
    const { i18n } = await draftLanguage(records, input.studentId);
    const content: Record<string, string> = {
      date: i18n.formatDate(meeting.scheduled_on),
      time: meeting.scheduled_time,
      place: meeting.place,
      purpose: i18n.t('notices.meetingPurpose', {
        committee: i18n.t(`notices.committee.${meeting.committee}`),
        purpose: i18n.t(`notices.purpose.${meeting.purpose}`),
      }),
      attendees: members.map((m) => `${m.full_name} (${m.role})`).join('\n'),
      rightToBringOthers: i18n.t('notices.default.rightToBringOthers'),
      rightToInterpreter: meeting.interpreter_language
        ? i18n.t('notices.default.interpreterArranged', {
            language: i18n.languageName(meeting.interpreter_language),
          })
        : i18n.t('notices.default.rightToInterpreter'),
    };
    const row = await tx
      .insertInto('notices')
      .values({
        district_id: records.actor.districtId,
        student_id: input.studentId,
        kind: 'meeting-notice',
        content: JSON.stringify(content),
        source_kind: 'meeting',
        source_id: input.meetingId,
        created_by: records.actor.accountId,
        updated_by: records.actor.accountId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await records.log([input.studentId], 'notice', 'create', 'draft-notice');
    return toNoticeView(row, null, grant.abilities.manageCase);
  });
}
