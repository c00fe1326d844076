import { withStudentRecords } from '../access/student-records.ts';
import { NotFoundError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { readMeeting } from './get-meeting.ts';
import { grantMeetingChange } from './manage-case.ts';
import type { MeetingDetail, MemberInput } from './schemas.ts';

/** Adds a person to a scheduled meeting's members. A held meeting's members are its record. */
export async function addMeetingMember(
  call: Call,
  input: MemberInput & { studentId: string; meetingId: string },
): Promise<MeetingDetail> {
  return withStudentRecords(call, async (records) => {
    await grantMeetingChange(records, input.studentId, 'update', 'schedule-meeting');
    const { tx } = records;
    const meeting = await tx
      .selectFrom('meetings')
      .where('student_id', '=', input.studentId)
      .where('id', '=', input.meetingId)
      .select(['status'])
      .forUpdate()
      .executeTakeFirst();
    if (!meeting) throw new NotFoundError('meeting');
    if (meeting.status === 'held') {
      throw new RefusedError(
        'This meeting has been recorded as held: its members and attendance are part of the record and no longer change.',
        'PLAN, CSE appointment',
      );
    }
    const last = await tx
      .selectFrom('meeting_members')
      .where('meeting_id', '=', input.meetingId)
      .select((eb) => eb.fn.max('position').as('position'))
      .executeTakeFirst();
    await tx
      .insertInto('meeting_members')
      .values({
        district_id: call.actor.districtId,
        meeting_id: input.meetingId,
        position: (last?.position ?? -1) + 1,
        full_name: input.fullName,
        role: input.role,
        attended: null,
        excusal: null,
      })
      .execute();
    await records.log([input.studentId], 'meeting', 'update', 'schedule-meeting');
    return readMeeting(records, input.studentId, input.meetingId, 'schedule-meeting');
  });
}
