import type { Purpose } from '../access/access-log.ts';
import type { StudentRecords } from '../access/student-records.ts';
import { withStudentRecords } from '../access/student-records.ts';
import type { Call } from '../http/call.ts';
import { meetingColumns, toMeetingSummary, toReviewRequest } from './get-meeting.ts';
import type { MeetingList } from './schemas.ts';

/** A student's committee meetings, newest first, and the open requests for full CSE review. */
export async function listMeetings(call: Call, input: { studentId: string }): Promise<MeetingList> {
  return withStudentRecords(call, (records) =>
    readMeetingList(records, input.studentId, 'view-meetings'),
  );
}

/** Reads and logs a student's meetings inside an open records scope (the complete record too). */
export async function readMeetingList(
  records: StudentRecords,
  studentId: string,
  purpose: Purpose,
): Promise<MeetingList> {
  const grant = await records.grant(studentId, 'meeting', 'read', purpose);
  const { tx } = records;
  const meetings = await tx
    .selectFrom('meetings as m')
    .where('m.student_id', '=', studentId)
    .select(meetingColumns)
    .orderBy('m.scheduled_on', 'desc')
    .orderBy('m.scheduled_time', 'desc')
    .execute();
  const open = await tx
    .selectFrom('full_committee_review_requests')
    .where('student_id', '=', studentId)
    .where('addressed_by', 'is', null)
    .select(['id', 'meeting_id', 'received_on', 'addressed_by'])
    .orderBy('received_on')
    .execute();
  await records.log([studentId], 'meeting', 'read', purpose);
  return {
    items: meetings.map((m) => toMeetingSummary(m, grant.abilities.manageCase)),
    openReviewRequests: open.map(toReviewRequest),
    manageCase: grant.abilities.manageCase,
  };
}
