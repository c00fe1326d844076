import { withStudentRecords } from '../access/student-records.ts';
import { NotFoundError, RefusedError } from '../errors.ts';
import type { Call } from '../http/call.ts';
import { readMeeting } from './get-meeting.ts';
import { grantMeetingChange } from './manage-case.ts';
import type { MeetingDetail, ReviewRequestInput } from './schemas.ts';

/**
 * Records a parent's written request that the full CSE review a subcommittee's recommendation
 * (PLAN, CSE appointment, Responsibilities: the subcommittee "will immediately refer" it). It
 * stays open, shown on the student's meetings, until a full CSE meeting addresses it.
 */
export async function requestFullCommitteeReview(
  call: Call,
  input: ReviewRequestInput & { studentId: string; meetingId: string },
): Promise<MeetingDetail> {
  return withStudentRecords(call, async (records) => {
    await grantMeetingChange(records, input.studentId, 'create', 'request-full-committee-review');
    const { tx } = records;
    const meeting = await tx
      .selectFrom('meetings')
      .where('student_id', '=', input.studentId)
      .where('id', '=', input.meetingId)
      .select(['committee', 'status', 'held_on'])
      .executeTakeFirst();
    if (!meeting) throw new NotFoundError('meeting');
    if (meeting.committee !== 'subcommittee' || meeting.status !== 'held') {
      throw new RefusedError(
        'A request for review by the full CSE concerns a recommendation of a subcommittee meeting that was held. Record it on that meeting.',
        'PLAN, CSE appointment, Responsibilities',
        [{ path: 'meetingId', message: 'is not a held subcommittee meeting' }],
      );
    }
    if (meeting.held_on !== null && input.receivedOn < meeting.held_on) {
      throw new RefusedError(
        'The request must be received on or after the day of the subcommittee meeting.',
        'PLAN, CSE appointment, Responsibilities',
        [{ path: 'receivedOn', message: 'is before the meeting' }],
      );
    }
    await tx
      .insertInto('full_committee_review_requests')
      .values({
        district_id: call.actor.districtId,
        student_id: input.studentId,
        meeting_id: input.meetingId,
        received_on: input.receivedOn,
        addressed_by: null,
        created_by: call.actor.accountId,
      })
      .execute();
    await records.log([input.studentId], 'meeting', 'create', 'request-full-committee-review');
    return readMeeting(records, input.studentId, input.meetingId, 'request-full-committee-review');
  });
}
