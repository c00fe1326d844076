import type { StudentRecords } from '../access/student-records.ts';
import { InvalidInputError } from '../errors.ts';

/**
 * The date of the committee meeting a version is linked to (held_on once held, else the day it
 * is scheduled), or an input error when the meeting is not one of this student's.
 */
export async function meetingDateOf(
  records: StudentRecords,
  studentId: string,
  meetingId: string | null | undefined,
): Promise<string | null> {
  if (!meetingId) return null;
  const meeting = await records.tx
    .selectFrom('meetings')
    .where('id', '=', meetingId)
    .where('student_id', '=', studentId)
    .select(['held_on', 'scheduled_on'])
    .executeTakeFirst();
  if (!meeting) {
    throw new InvalidInputError([
      { path: 'meetingId', message: "must be one of this student's committee meetings" },
    ]);
  }
  return meeting.held_on ?? meeting.scheduled_on;
}
